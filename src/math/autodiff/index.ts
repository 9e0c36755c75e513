/**
 * The public autodiff module: primitives, the graph, the neuron of the figures, how they are
 * described to a figure, and gradient checking. Import it as `src/math/autodiff`; it is separate
 * from `src/math/index.ts` so that a page with only expression figures does not ship it, and the
 * other way round.
 */
export { OPS, type OpName, type OpRule } from './ops';
export { Graph, type GraphNode, type TraceStep } from './graph';
export { form, type DrawnNode, type Form, type FormPart, type NodeRole } from './describe';
export { ACTIVATIONS, ACTIVATION_SYMBOLS, NEURON_PARAMETERS, createNeuron, type Activation, type Neuron, type NeuronParams } from './neuron';
export { gradientCheck, type GradientCheck } from './check';
