import { describe, expect, it } from 'vitest';
import { arrowHeads, edgePath, joinPaths, layoutGraph, type GraphLayoutOptions, type GraphNodeSpec } from './graph-layout';

const nodes: GraphNodeSpec[] = [
  { id: 'a', layer: 0, slot: 0, badge: 0 },
  { id: 'b', layer: 0, slot: 2, badge: 0 },
  { id: 'c', layer: 1, slot: 1, badge: 10 },
  { id: 'd', layer: 2, slot: 1, badge: 16 },
];
const edges = [
  { from: 'a', to: 'c' },
  { from: 'b', to: 'c' },
  { from: 'c', to: 'd' },
];
const base: GraphLayoutOptions = { orientation: 'horizontal', width: 600, boxWidth: 80, boxHeight: 40, badgeRadius: 10, badgeGap: 2, slotGap: 60, layerGap: 90, pad: 5 };

describe('layoutGraph', () => {
  it('stretches layers across the width when horizontal', () => {
    const g = layoutGraph(nodes, edges, base);
    expect(g.nodes.get('a')).toMatchObject({ cx: 45, cy: 25, badge: null });
    // Last layer's box touches the right padding: 600 - 5 - 40.
    expect(g.nodes.get('d')?.cx).toBe(555);
    expect(g.nodes.get('c')).toMatchObject({ cx: 300, cy: 85, badge: { cx: 248, cy: 85, halfWidth: 10 } });
    expect(g.height).toBe(2 * 5 + 40 + 2 * 60);
  });

  it('stretches slots across the width when vertical and stacks layers downwards', () => {
    const g = layoutGraph(nodes, edges, { ...base, orientation: 'vertical', width: 300 });
    expect(g.nodes.get('a')).toMatchObject({ cx: 45, cy: 25 });
    expect(g.nodes.get('b')?.cx).toBe(255);
    expect(g.nodes.get('c')).toMatchObject({ cx: 150, cy: 115, badge: { cx: 150, cy: 83, halfWidth: 10 } });
    expect(g.height).toBe(2 * 5 + 40 + 2 * 90);
  });

  it('keeps every box inside the drawing at any width', () => {
    for (const orientation of ['horizontal', 'vertical'] as const) {
      for (const width of [240, 360, 480, 800, 1200]) {
        const g = layoutGraph(nodes, edges, { ...base, orientation, width });
        for (const n of g.nodes.values()) {
          expect(n.cx - n.width / 2).toBeGreaterThanOrEqual(base.pad - 1e-9);
          expect(n.cx + n.width / 2).toBeLessThanOrEqual(width - base.pad + 1e-9);
          expect(n.cy + n.height / 2).toBeLessThanOrEqual(g.height);
        }
      }
    }
  });

  it('routes edges from the outgoing side of the parent to the badge of the child', () => {
    const g = layoutGraph(nodes, edges, base);
    expect(g.edges).toHaveLength(3);
    // a: right side at x = 85, y = 25; c's badge left edge at 248 - 10 = 238, y = 85.
    expect(g.edges[0]?.d).toBe('M85 25C161.5 25 161.5 85 238 85');
  });

  it('ends edges at the side of a wide (pill) badge', () => {
    const g = layoutGraph(nodes, edges, base);
    // d: box left edge 515, badge centre 515 - 2 - 16 = 497, its left side 481.
    expect(g.nodes.get('d')?.badge).toEqual({ cx: 497, cy: 85, halfWidth: 16 });
    expect(g.edges[2]?.end).toEqual([481, 85]);
  });

  it('leaves room before a first-layer badge', () => {
    const g = layoutGraph([{ id: 'p', layer: 0, slot: 0, badge: 12 }, { id: 'q', layer: 1, slot: 0, badge: 0 }], [], base);
    expect(g.nodes.get('p')?.badge?.cx).toBe(5 + 12);
  });

  it('drops edges that name a missing node', () => {
    const g = layoutGraph(nodes, [...edges, { from: 'a', to: 'zz' }], base);
    expect(g.edges).toHaveLength(3);
  });

  it('joins paths into one path for a style bucket', () => {
    const g = layoutGraph(nodes, edges, base);
    const d = joinPaths(g.edges);
    expect(d.match(/M/g)).toHaveLength(3);
    expect(joinPaths([])).toBe('');
  });

  it('puts an arrowhead at the end of each edge, pointing along the flow', () => {
    const g = layoutGraph(nodes, edges, base);
    expect(g.edges[0]?.end).toEqual([238, 85]);
    expect(arrowHeads(g.edges.slice(0, 1), 'horizontal', 6)).toBe('M238 85l-6 -3.3v6.6z');
    expect(arrowHeads(g.edges.slice(0, 1), 'vertical', 6)).toBe('M238 85l-3.3 -6h6.6z');
    // Reversed: at the start (85, 25), pointing back towards the parent.
    expect(g.edges[0]?.start).toEqual([85, 25]);
    expect(arrowHeads(g.edges.slice(0, 1), 'horizontal', 6, true)).toBe('M85 25l6 -3.3v6.6z');
  });

  it('routes vertical edges top to bottom', () => {
    const g = layoutGraph(nodes, edges, { ...base, orientation: 'vertical', width: 300 });
    const a = g.nodes.get('a');
    const c = g.nodes.get('c');
    if (!a || !c) throw new Error('missing');
    expect(edgePath(a, c, { orientation: 'vertical', badgeRadius: 10 })).toBe('M45 45C45 59 150 59 150 73');
  });
});
