/**
 * The neuron of the backpropagation figure, as an autodiff graph:
 *   z = w1·x1 + w2·x2 + b,   a = act(z),   L = ½(a − y)²
 * with act one of sigmoid, tanh, relu. Node ids, for a view to lay out and label:
 *   x1 x2 w1 w2 b y (leaves) → m1 = w1·x1, m2 = w2·x2 → s = m1 + m2 → z = s + b → a → e = a − y
 *   → e2 = e² → L = ½·e2.
 */
import { Graph, type GraphNode } from './graph';

/** The activation functions the figure offers, in the order it offers them. */
export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;

/** One of {@link ACTIVATIONS}. */
export type Activation = (typeof ACTIVATIONS)[number];

/** Inputs, weights, bias, target and activation. */
export interface NeuronParams {
  readonly x1: number;
  readonly x2: number;
  readonly w1: number;
  readonly w2: number;
  readonly b: number;
  readonly y: number;
  readonly activation: Activation;
}

/** The built graph and its loss node. */
export interface Neuron {
  readonly graph: Graph;
  readonly loss: GraphNode;
}

/** The ids of the leaves that are trained (the figure's "parameters"). */
export const NEURON_PARAMETERS = ['w1', 'w2', 'b'] as const;

/** Build the neuron's graph with its values computed. */
export function createNeuron(p: NeuronParams): Neuron {
  const g = new Graph();
  const [x1, x2, w1, w2, b, y] = (['x1', 'x2', 'w1', 'w2', 'b', 'y'] as const).map((id) => g.input(id, p[id]));
  const m1 = g.apply('mul', [w1!, x1!], 'm1', 'w1·x1');
  const m2 = g.apply('mul', [w2!, x2!], 'm2', 'w2·x2');
  const s = g.apply('add', [m1, m2], 's', 'w1·x1 + w2·x2');
  const z = g.apply('add', [s, b!], 'z', 'z');
  const a = g.apply(p.activation, [z], 'a', `a = ${p.activation}(z)`);
  const e = g.apply('sub', [a, y!], 'e', 'a − y');
  const e2 = g.apply('square', [e], 'e2', '(a − y)²');
  const loss = g.apply('mul', [g.constant(0.5, 'half', '½'), e2], 'L', 'L');
  return { graph: g, loss };
}
