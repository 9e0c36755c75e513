/**
 * What the graph shows at a position of the timeline, as plain data for NeuronGraph.svelte:
 * each node's texts and highlight, and the edges sorted into style buckets, each bucket joined
 * into one path (one <path> per style rather than one per edge).
 */
import { arrowHeads, joinPaths, type GraphLayout, type PlacedEdge } from '../../viz';
import { formatNumber } from '../shared/format';
import { symOf, symText, type Sym } from './math-tokens';
import { activeStep, edgeState, gradSoFar, valueShown, type EdgeState } from './timeline';
import type { NeuronRun } from './types';

/** One node's texts at a position. */
export interface NodeView {
  id: string;
  sym: Sym;
  /** 'param' = trained by a gradient step (w₁, w₂, b); 'data' = other leaves; 'op' = computed. */
  kind: 'param' | 'data' | 'op';
  /** The formatted value, or null before the forward pass reaches the node. */
  value: string | null;
  /** The formatted ∂L/∂node, or null before the backward pass reaches it. */
  grad: string | null;
  /** Highlighted as the current step's node. */
  active: 'forward' | 'backward' | null;
  /** A sentence for assistive technology. */
  description: string;
}

/** The texts of every node at position p; `highlight` off shows no current step. */
export function nodeViews(run: NeuronRun, p: number, highlight = true): NodeView[] {
  const step = highlight ? activeStep(run, p) : null;
  const activeId = step === null ? null : step.kind === 'backward' ? step.step.node : step.node;
  return [...run.nodes.values()].map((n) => {
    const value = valueShown(run, p, n.id) ? formatNumber(n.value) : null;
    const g = gradSoFar(run, p, n.id);
    const grad = g === null ? null : formatNumber(g);
    const name = symText(symOf(n.id));
    const description = `${name} = ${value ?? 'not computed yet'}${grad === null ? '' : `, ∂L/∂${name} = ${grad}`}`;
    const kind = n.role === 'param' ? 'param' : n.parents.length > 0 ? 'op' : 'data';
    const active = activeId === n.id && step ? (step.kind === 'forward' ? 'forward' : 'backward') : null;
    return { id: n.id, sym: symOf(n.id), kind, value, grad, active, description };
  });
}

/** Edge paths by drawing state, plus the active edges on their own (they are animated). */
export interface EdgeBuckets {
  idle: string;
  value: string;
  grad: string;
  arrowsIdle: string;
  arrowsValue: string;
  arrowsGrad: string;
  activeForward: PlacedEdge[];
  activeBackward: PlacedEdge[];
}

/** Sorts the layout's edges into buckets for position p. */
export function edgeBuckets(run: NeuronRun, p: number, layout: GraphLayout, highlight = true): EdgeBuckets {
  const by: Record<EdgeState, PlacedEdge[]> = { idle: [], value: [], grad: [], 'active-forward': [], 'active-backward': [] };
  for (const e of layout.edges) by[edgeState(run, p, e.from, e.to, highlight)].push(e);
  const arrows = (edges: PlacedEdge[], reverse = false): string => arrowHeads(edges, layout.orientation, 6, reverse);
  return {
    idle: joinPaths(by.idle),
    value: joinPaths(by.value),
    grad: joinPaths(by.grad),
    arrowsIdle: arrows(by.idle),
    arrowsValue: arrows([...by.value, ...by['active-forward']]),
    // Gradients flow from child to parent: their arrows point back at the parent.
    arrowsGrad: arrows([...by.grad, ...by['active-backward']], true),
    activeForward: by['active-forward'],
    activeBackward: by['active-backward'],
  };
}
