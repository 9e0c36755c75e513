/**
 * The neuron of the backpropagation figure, as an autodiff graph:
 *   z = w1·x1 + w2·x2 + b,   a = act(z),   L = ½(a − y)²
 * with act one of sigmoid, tanh, relu. Node ids and labels:
 *   x1 x2 w1 w2 b y (leaves) → m1 = w1·x1, m2 = w2·x2 → s = m1 + m2 → z = s + b → a → e = a − y
 *   → e2 = e² (label e²) → L = ½·e2.
 * Beside the graph it describes the nodes as the figure draws them (see describe.ts): one sum z
 * for s and z, one loss L for e, e2 and L, each with its formulas and local derivatives.
 */
import { type DrawnNode, type Form, form, type NodeRole } from './describe';
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

/** The built graph, its loss node, and its nodes as the figure draws them, in creation order. */
export interface Neuron {
  readonly graph: Graph;
  readonly loss: GraphNode;
  readonly drawn: readonly DrawnNode[];
}

/** The ids of the leaves that are trained (the figure's "parameters"). */
export const NEURON_PARAMETERS = ['w1', 'w2', 'b'] as const;

/** Each activation as a function symbol. */
export const ACTIVATION_SYMBOLS: Readonly<Record<Activation, string>> = { sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU' };

const LEAVES = [['x1', 'input'], ['x2', 'input'], ['w1', 'param'], ['w2', 'param'], ['b', 'param'], ['y', 'target']] as const;

const { node: n, op, lit, fn } = form;
const joined = (nodes: readonly GraphNode[], by: string): Form => nodes.flatMap((q, i) => (i === 0 ? [n(q)] : [op(by), n(q)]));

/** A drawn node with the defaults of a node the engine computes in one step. */
function drawn(role: NodeRole, members: readonly GraphNode[], badge: string, definition: Form, locals: [GraphNode, Form][], more: Partial<DrawnNode> = {}): DrawnNode {
  return { role, members, badge, definition, locals: new Map(locals), slope: [], inside: [], ...more };
}

/** How σ′, tanh′ and ReLU′ follow from the output a; ReLU′ is 1 or 0 and has no such form. */
function slopeForms(act: Activation, a: GraphNode): Form[] {
  if (act === 'sigmoid') return [[n(a), op('('), lit('1'), op('−'), n(a), op(')')]];
  if (act === 'tanh') return [[lit('1'), op('−'), n(a), op('²')]];
  return [];
}

/** Build the neuron's graph with its values computed. */
export function createNeuron(p: NeuronParams): Neuron {
  const g = new Graph();
  const leaves = LEAVES.map(([id, role]) => ({ node: g.input(id, p[id]), role, setting: id }));
  const [x1, x2, w1, w2, b, y] = leaves.map((l) => l.node) as [GraphNode, GraphNode, GraphNode, GraphNode, GraphNode, GraphNode];
  const m1 = g.apply('mul', [w1, x1], 'm1');
  const m2 = g.apply('mul', [w2, x2], 'm2');
  const s = g.apply('add', [m1, m2], 's');
  const z = g.apply('add', [s, b], 'z');
  const a = g.apply(p.activation, [z], 'a');
  const e = g.apply('sub', [a, y], 'e');
  const e2 = g.apply('square', [e], 'e2', 'e²');
  const half = g.constant(0.5, 'half', '½');
  const loss = g.apply('mul', [half, e2], 'L');

  const f = ACTIVATION_SYMBOLS[p.activation];
  const product = (m: GraphNode, w: GraphNode, x: GraphNode): DrawnNode => drawn('mul', [m], '×', joined([w, x], '·'), [[w, [n(x)]], [x, [n(w)]]]);
  const difference = (u: GraphNode, v: GraphNode): Form => [op('('), n(u), op('−'), n(v), op(')')];
  return {
    graph: g,
    loss,
    drawn: [
      ...leaves.map(({ node, role, setting }) => drawn(role, [node], '', [n(node)], [], { setting })),
      product(m1, w1, x1),
      product(m2, w2, x2),
      drawn('sum', [s, z], '+', joined([m1, m2, b], '+'), [m1, m2, b].map((q) => [q, [lit('1')]]), {
        inside: [[n(s), op('='), ...joined([m1, m2], '+')], [n(z), op('='), ...joined([s, b], '+')]],
      }),
      drawn('act', [a], f, [fn(f), op('('), n(z), op(')')], [[z, [fn(`${f}′`), op('('), n(z), op(')')]]], { slope: slopeForms(p.activation, a) }),
      drawn('loss', [e, e2, loss], '½(·)²', [fn('½'), ...difference(a, y), op('²')], [[a, difference(a, y)], [y, difference(y, a)]], {
        inside: [[n(e), op('='), n(a), op('−'), n(y)], [n(e2)], [fn('½·'), n(e2)]],
      }),
    ],
  };
}
