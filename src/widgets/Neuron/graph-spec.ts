/**
 * Where the neuron's nodes sit and what their badges say, for src/viz/graph-layout.ts.
 * Grid (layer = forward step from the leaves, slot = position across):
 *
 *   layer 0      1      2     3     4
 *   w₁ ─┐
 *   x₁ ─┴─ × m₁ ─┐
 *   w₂ ─┐        ├─ + z ─ σ a ─┐
 *   x₂ ─┴─ × m₂ ─┤             ├─ L
 *   b ───────────┘       y ────┘
 *
 * Wide containers draw it left → right; narrow ones (phones) top → bottom.
 */
import { layoutGraph, type GraphLayout, type GraphLayoutOptions, type GraphNodeSpec } from '../../viz';
import type { NeuronRun } from './types';

/** Grid positions by node name. b and y sit a little lower so long edges clear m₂. */
const PLACES: Readonly<Record<string, [layer: number, slot: number]>> = {
  w1: [0, 0], x1: [0, 1], w2: [0, 2], x2: [0, 3], b: [0, 4.3],
  m1: [1, 0.5], m2: [1, 2.5], z: [2, 2.5], a: [3, 2.5], y: [3, 4.3], L: [4, 2.5],
};

/** Containers at least this wide (CSS px) get the left → right layout. */
export const WIDE_FROM = 760;

/** The text of a node's op badge ('' for leaves), as the engine describes it. */
export function badgeText(run: NeuronRun, id: string): string {
  return run.nodes.get(id)?.badge ?? '';
}

/** Sizes for a container width: roomy boxes when wide, boxes that share a phone's width when narrow. */
export function sizesFor(width: number): GraphLayoutOptions & { font: number } {
  if (width >= WIDE_FROM) {
    return { orientation: 'horizontal', width, boxWidth: 92, boxHeight: 58, badgeRadius: 13, badgeGap: 4, slotGap: 66, layerGap: 0, pad: 3, font: 13 };
  }
  const boxWidth = Math.min(92, Math.floor((width - 6 - 4 * 6) / 5));
  const font = boxWidth >= 72 ? 13 : 11.5;
  return { orientation: 'vertical', width, boxWidth, boxHeight: font * 4.3, badgeRadius: 12, badgeGap: 4, slotGap: 0, layerGap: font * 4.3 + 44, pad: 3, font };
}

/** Half the width of a badge with this text: a circle for one glyph, a pill for more. */
export function badgeHalfWidth(text: string, radius: number, font: number): number {
  const glyphs = [...text].length;
  return glyphs <= 1 ? radius : Math.round(radius + (glyphs - 1) * font * 0.3);
}

/** A laid-out graph with the text sizes the view needs. */
export type NeuronLayout = GraphLayout & { font: number; badgeRadius: number };

let last: { key: string; layout: NeuronLayout } | null = null;

/**
 * The laid-out graph of a run for a container width (edges follow the engine's parents). The
 * layout depends on the graph's shape, the badges and the width, not on the values, so the last
 * one is reused while a slider moves.
 */
export function neuronLayout(run: NeuronRun, width: number): NeuronLayout {
  const key = `${width}|${[...run.nodes.values()].map((n) => `${n.id}[${n.badge}]<${n.parents.join(',')}`).join(';')}`;
  if (last?.key === key) return last.layout;
  const layout = computeLayout(run, width);
  last = { key, layout };
  return layout;
}

function computeLayout(run: NeuronRun, width: number): NeuronLayout {
  const sizes = sizesFor(Math.max(280, width));
  const specs: GraphNodeSpec[] = [...run.nodes.keys()].map((id) => {
    const place = PLACES[id];
    if (place === undefined) throw new Error(`neuron figure: no place in the layout for the node '${id}'`);
    const [layer, slot] = place;
    const text = badgeText(run, id);
    return { id, layer, slot, badge: text ? badgeHalfWidth(text, sizes.badgeRadius, sizes.font) : 0 };
  });
  const edges = [...run.nodes.values()].flatMap((n) => n.parents.map((p) => ({ from: p, to: n.id })));
  return { ...layoutGraph(specs, edges, sizes), font: sizes.font, badgeRadius: sizes.badgeRadius };
}
