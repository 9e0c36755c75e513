/**
 * How a model built on the graph describes its nodes to a figure, so that the figure draws what
 * it is given and never reads the graph's private node ids.
 *
 * A figure may draw several engine nodes as one (the neuron's sum z = (m1 + m2) + b): a drawn
 * node lists its engine members, the last of which gives it its value and gradient. It says
 * what role it plays, what its op badge reads, and its formulas for the reader as display forms:
 * short lists of parts whose symbols are graph nodes, so a formula follows a node wherever it is
 * renamed. The numbers beside the formulas always come from the graph's own passes.
 */
import { type GraphNode } from './graph';

/** One part of a formula: a node's symbol (its label), an operator or bracket, a literal number, a function name. */
export type FormPart = { readonly node: GraphNode } | { readonly op: string } | { readonly lit: string } | { readonly fn: string };

/** A formula as a figure writes it, e.g. (a − y) as [op '(', node a, op '−', node y, op ')']. */
export type Form = readonly FormPart[];

/**
 * What a drawn node is: a trained parameter, an input, the target (leaves), or the product, sum,
 * activation or loss computed from them.
 */
export type NodeRole = 'param' | 'input' | 'target' | 'mul' | 'sum' | 'act' | 'loss';

/** One node as a figure draws it. */
export interface DrawnNode {
  readonly role: NodeRole;
  /** The engine nodes drawn as this one, in creation order, constants left out; the last is the exit. */
  readonly members: readonly GraphNode[];
  /** The op badge: '×', '+', 'σ', '½(·)²'; '' for a leaf. */
  readonly badge: string;
  /** The right-hand side of the node's definition, e.g. w1 · x1; a leaf is its own symbol. */
  readonly definition: Form;
  /** ∂node/∂parent as the reader writes it, by the exit node of each drawn parent. */
  readonly locals: ReadonlyMap<GraphNode, Form>;
  /** For an activation: how its slope follows from its output, e.g. a(1 − a); empty when it does not. */
  readonly slope: readonly Form[];
  /** The engine's steps inside a grouped node, e.g. s = m1 + m2 and z = s + b; empty for one engine node. */
  readonly inside: readonly Form[];
  /** For a leaf: the name of the setting its value comes from. */
  readonly setting?: string;
}

/** Shorthands for writing forms. */
export const form = {
  node: (node: GraphNode): FormPart => ({ node }),
  op: (op: string): FormPart => ({ op }),
  lit: (lit: string): FormPart => ({ lit }),
  fn: (fn: string): FormPart => ({ fn }),
};
