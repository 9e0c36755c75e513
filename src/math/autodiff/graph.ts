/**
 * A reverse-mode autodiff graph of scalar nodes, for the neuron and backpropagation figures.
 *
 * Every node keeps what a view needs to draw it: id, op, label, value, grad and parents. Nodes
 * are created after their parents, so creation order is a topological order: `forward` walks
 * it to recompute values after an input changes, and `backward` walks it in reverse, returning
 * the ordered trace of every gradient contribution so a figure can replay the pass step by step.
 */
import { type OpName, OPS } from './ops';

/** A scalar node. `value` and `grad` are updated in place by forward and backward. */
export interface GraphNode {
  readonly id: string;
  readonly op: OpName;
  label: string;
  value: number;
  grad: number;
  readonly parents: readonly GraphNode[];
}

/**
 * One step of the backward pass: gradient flows from node `from` into its parent `node`.
 * contribution = upstream · local, and gradAfter is the parent's gradient after adding it.
 * Plain data (ids, not nodes), so a trace is a snapshot that later passes do not change.
 */
export interface TraceStep {
  readonly node: string;
  readonly from: string;
  /** ∂from/∂node, the local derivative. */
  readonly local: number;
  /** ∂L/∂from, the gradient arriving from above. */
  readonly upstream: number;
  /** upstream · local: this step's share of ∂L/∂node. */
  readonly contribution: number;
  /** ∂L/∂node accumulated so far, after this step. */
  readonly gradAfter: number;
}

/** A graph under construction or in use. */
export class Graph {
  /** Every node, in creation (topological) order. */
  readonly nodes: GraphNode[] = [];
  private readonly byId = new Map<string, GraphNode>();

  /** A leaf whose value a figure may change (an input, weight or target). */
  input(id: string, value: number, label = id): GraphNode {
    return this.add_('input', [], id, label, value);
  }

  /** A fixed leaf; the backward pass sends it no gradient. */
  constant(value: number, id = `c${this.nodes.length}`, label = String(value)): GraphNode {
    return this.add_('const', [], id, label, value);
  }

  /** A node applying `op` to `parents`, with its value computed now. */
  apply(op: OpName, parents: readonly GraphNode[], id = `${op}${this.nodes.length}`, label = id): GraphNode {
    const rule = OPS.get(op);
    if (rule === undefined || rule.arity === 0 || rule.arity !== parents.length) {
      throw new Error(`autodiff: '${op}' cannot take ${parents.length} parents`);
    }
    return this.add_(op, parents, id, label, rule.forward(parents[0]!.value, parents[1]?.value ?? 0));
  }

  /** The node with this id, if any. */
  get(id: string): GraphNode | undefined {
    return this.byId.get(id);
  }

  /** Set a leaf's value; call forward() to propagate it. */
  set(id: string, value: number): void {
    const node = this.byId.get(id);
    if (node !== undefined) node.value = value;
  }

  /** Recompute every non-leaf value in topological order. */
  forward(): void {
    for (const n of this.nodes) {
      const rule = OPS.get(n.op)!;
      if (rule.arity > 0) n.value = rule.forward(n.parents[0]!.value, n.parents[1]?.value ?? 0);
    }
  }

  /**
   * Zero every gradient, seed ∂output/∂output = 1, and propagate gradients to every ancestor of
   * `output` in reverse topological order. Returns the steps in the order they happened.
   */
  backward(output: GraphNode): TraceStep[] {
    const needed = new Set<GraphNode>([output]);
    for (let i = this.nodes.length - 1; i >= 0; i--) {
      const n = this.nodes[i]!;
      n.grad = 0;
      if (needed.has(n)) for (const p of n.parents) needed.add(p);
    }
    output.grad = 1;
    const trace: TraceStep[] = [];
    for (let i = this.nodes.length - 1; i >= 0; i--) {
      const n = this.nodes[i]!;
      if (!needed.has(n) || n.parents.length === 0) continue;
      const locals = OPS.get(n.op)!.local(n.parents[0]!.value, n.parents[1]?.value ?? 0, n.value);
      n.parents.forEach((p, k) => {
        if (p.op === 'const') return;
        const local = locals[k]!;
        const contribution = n.grad * local;
        p.grad += contribution;
        trace.push({ node: p.id, from: n.id, local, upstream: n.grad, contribution, gradAfter: p.grad });
      });
    }
    return trace;
  }

  private add_(op: OpName, parents: readonly GraphNode[], id: string, label: string, value: number): GraphNode {
    if (this.byId.has(id)) throw new Error(`autodiff: duplicate node id '${id}'`);
    const node: GraphNode = { id, op, label, value, grad: 0, parents };
    this.nodes.push(node);
    this.byId.set(id, node);
    return node;
  }
}
