/**
 * The public autodiff module: primitives, the graph, the neuron of the figures, and gradient
 * checking. Import it as `src/math/autodiff`; it is separate from `src/math/index.ts` so that a
 * page with only expression figures does not ship it, and the other way round.
 */
export { OPS, type OpName, type OpRule } from './ops';
export { Graph, type GraphNode, type TraceStep } from './graph';
export { ACTIVATIONS, NEURON_PARAMETERS, createNeuron, type Activation, type Neuron, type NeuronParams } from './neuron';
export { gradientCheck, type GradientCheck } from './check';
