/**
 * Gradient checking: the backward pass against central finite differences,
 * ∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h, whose error is O(h²) for smooth L.
 */
import { type Graph, type GraphNode } from './graph';

/** One parameter's analytic and numeric gradient, and their absolute difference. */
export interface GradientCheck {
  readonly id: string;
  readonly analytic: number;
  readonly numeric: number;
  readonly error: number;
}

/**
 * Check ∂output/∂(leaf) for each id. Runs backward once, then perturbs each leaf both ways,
 * and leaves the graph with its original values and the backward pass's gradients.
 */
export function gradientCheck(graph: Graph, output: GraphNode, ids: readonly string[], h = 1e-5): GradientCheck[] {
  graph.backward(output);
  const analytic = ids.map((id) => graph.get(id)?.grad ?? NaN);
  return ids.map((id, i) => {
    const node = graph.get(id);
    if (node === undefined) return { id, analytic: NaN, numeric: NaN, error: NaN };
    const v = node.value;
    const loss = (at: number): number => {
      node.value = at;
      graph.forward();
      return output.value;
    };
    const numeric = (loss(v + h) - loss(v - h)) / (2 * h);
    loss(v);
    return { id, analytic: analytic[i]!, numeric, error: Math.abs(analytic[i]! - numeric) };
  });
}
