/**
 * Plain data the neuron figure shows, copied out of the engine's autodiff graph after one
 * forward and one backward pass (see run.ts). Views and helpers read only these shapes. Nodes
 * are named by the labels the engine gives them ('w1', 'm1', 'z', 'e²'), never by its ids.
 */
import type { NodeRole } from '../../math/autodiff';

/** One part of a formula: a node's symbol (by its name here), an operator, a literal number, a function name. */
export type NodeFormPart = { sym: string } | { op: string } | { lit: string } | { fn: string };

/** A formula for the reader, as the engine describes it (see src/math/autodiff/describe.ts). */
export type NodeForm = readonly NodeFormPart[];

/** A node of the computation graph after both passes. */
export interface NodeData {
  /** The engine's label, e.g. 'x1', 'w1', 'm1' (= w1·x1), 'z', 'a', 'L'. */
  id: string;
  /** The engine's op name; leaves have op 'input'. */
  op: string;
  /** What the node is: a parameter, an input, the target, or a product, sum, activation, loss. */
  role: NodeRole;
  /** The op badge ('' for leaves). */
  badge: string;
  /** The right-hand side of the node's definition. */
  definition: NodeForm;
  /** ∂node/∂parent as the reader writes it, by parent. */
  locals: ReadonlyMap<string, NodeForm>;
  /** For an activation, how its slope follows from its output (may be empty). */
  slope: readonly NodeForm[];
  /** The engine's own steps inside a node drawn for several (may be empty). */
  inside: readonly NodeForm[];
  /** For a leaf: the setting its value comes from. */
  setting?: string;
  /** The value from the forward pass. */
  value: number;
  /** ∂L/∂node from the backward pass. */
  grad: number;
  /** Ids of the nodes this one is computed from, in the op's argument order. */
  parents: readonly string[];
}

/**
 * One step of the backward pass: the gradient flows from `from` (a child) to `node` (one of
 * its parents). contribution = upstream · local is added to ∂L/∂node, where
 * upstream = ∂L/∂from and local = ∂from/∂node at the current values.
 */
export interface BackStep {
  node: string;
  from: string;
  local: number;
  upstream: number;
  contribution: number;
  /**
   * The engine's own trace steps this step is made of, in order (engine labels). The figure
   * draws a few engine nodes as one (z = (m1 + m2) + b, L = ½·(a − y)²); a step out of such a
   * node crosses its inner nodes first, and `local` is the product of their local derivatives.
   */
  inner: readonly { node: string; from: string; local: number }[];
}

/** One row of the finite-difference check. */
export interface CheckRow {
  id: string;
  /** ∂L/∂id from backpropagation. */
  backprop: number;
  /** The central difference (L(id + h) − L(id − h)) / 2h. */
  numeric: number;
  /** |backprop − numeric|. */
  diff: number;
  /** Whether the two agree within the checker's tolerance. */
  ok: boolean;
}

/** Everything computed for one setting of the neuron. */
export interface NeuronRun {
  nodes: ReadonlyMap<string, NodeData>;
  /** Ids of the computed (non-leaf) nodes in the order the forward pass evaluates them. */
  forward: readonly string[];
  /** The backward trace in order, without the seed ∂L/∂L = 1. */
  backward: readonly BackStep[];
  /** The output node whose gradient is seeded with 1 (the loss, 'L'). */
  output: string;
  loss: number;
  checks: readonly CheckRow[];
  /** The step size h the checker used. */
  h: number;
}
