import { describe, expect, it } from 'vitest';
import { neuronLayout, sizesFor, WIDE_FROM } from './graph-spec';
import { edgeBuckets, nodeViews } from './graph-view';
import { DEFAULT_PARAMS } from './params';
import { runNeuron } from './run';
import { forwardCount, totalSteps } from './timeline';

const run = runNeuron(DEFAULT_PARAMS);
const F = forwardCount(run);

describe('nodeViews', () => {
  it('shows leaves at once, computed values as the forward pass reaches them', () => {
    const at0 = new Map(nodeViews(run, 0).map((v) => [v.id, v]));
    expect(at0.get('w1')).toMatchObject({ kind: 'param', value: '0.500', grad: null });
    expect(at0.get('x1')?.kind).toBe('data');
    expect(at0.get('a')).toMatchObject({ kind: 'op', value: null, active: null });
    const at4 = new Map(nodeViews(run, 4).map((v) => [v.id, v]));
    expect(at4.get('a')).toMatchObject({ value: '0.562', active: 'forward' });
  });

  it('shows gradients as the backward pass reaches them, and no highlight in the overview', () => {
    const done = nodeViews(run, totalSteps(run), false);
    expect(done.every((v) => v.grad !== null && v.active === null)).toBe(true);
    expect(done.find((v) => v.id === 'w1')?.description).toBe('w₁ = 0.500, ∂L/∂w₁ = −0.216');
    expect(nodeViews(run, F + 2).find((v) => v.id === 'a')?.active).toBe('backward');
  });
});

describe('edgeBuckets', () => {
  const layout = neuronLayout(run, 990);
  it('draws all edges idle before anything is computed, one path per style', () => {
    const b = edgeBuckets(run, 0, layout);
    expect(b.idle.match(/M/g)).toHaveLength(layout.edges.length);
    expect(b.value).toBe('');
    expect(b.grad).toBe('');
  });
  it('marks the current step’s edges as active and the rest by pass', () => {
    expect(edgeBuckets(run, 1, layout).activeForward.map((e) => e.from).sort()).toEqual(['w1', 'x1']);
    const back = edgeBuckets(run, F + 2, layout);
    expect(back.activeBackward.map((e) => `${e.from}→${e.to}`)).toEqual(['a→L']);
    const end = edgeBuckets(run, totalSteps(run), layout, false);
    expect(end.grad.match(/M/g)).toHaveLength(layout.edges.length);
  });
});

describe('neuron layout', () => {
  it('is horizontal when wide and vertical on a phone, and fits the width', () => {
    expect(sizesFor(WIDE_FROM).orientation).toBe('horizontal');
    expect(sizesFor(340).orientation).toBe('vertical');
    const relu = runNeuron({ ...DEFAULT_PARAMS, act: 'relu' }); // the widest badge
    for (const width of [300, 340, 600, 990]) {
      const l = neuronLayout(relu, width);
      for (const n of l.nodes.values()) {
        expect(n.cx - n.width / 2).toBeGreaterThanOrEqual(0);
        expect(n.cx + n.width / 2).toBeLessThanOrEqual(width);
        if (n.badge) expect(n.badge.cx - n.badge.halfWidth).toBeGreaterThanOrEqual(0);
      }
    }
  });
  it('draws the engine’s edges', () => {
    const l = neuronLayout(run, 990);
    expect(l.edges.map((e) => `${e.from}→${e.to}`).sort()).toEqual(
      ['w1→m1', 'x1→m1', 'w2→m2', 'x2→m2', 'm1→z', 'm2→z', 'b→z', 'z→a', 'a→L', 'y→L'].sort(),
    );
  });
});

describe('edges that skip a layer', () => {
  /** Points along an edge's path data (M, H/V, then one cubic), sampled finely. */
  function along(d: string): [number, number][] {
    const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const line = /[HV]/.exec(d)?.[0];
    const [x0, y0] = [n[0]!, n[1]!];
    const rest = line ? n.slice(3) : n.slice(2);
    const [sx, sy] = line === 'H' ? [n[2]!, y0] : line === 'V' ? [x0, n[2]!] : [x0, y0];
    const [c1x, c1y, c2x, c2y, ex, ey] = rest as [number, number, number, number, number, number];
    const pts: [number, number][] = [];
    for (let i = 0; i <= 40; i++) pts.push([x0 + ((sx - x0) * i) / 40, y0 + ((sy - y0) * i) / 40]);
    for (let i = 0; i <= 80; i++) {
      const t = i / 80;
      const u = 1 - t;
      pts.push([u ** 3 * sx + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t ** 3 * ex, u ** 3 * sy + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t ** 3 * ey]);
    }
    return pts;
  }

  it.each([300, 340, 600, 990])('b’s edge to z clears the boxes of m₁ and m₂ at %i px', (width) => {
    const layout = neuronLayout(run, width);
    const edge = layout.edges.find((e) => e.from === 'b')!;
    for (const id of ['m1', 'm2']) {
      const box = layout.nodes.get(id)!;
      const inside = along(edge.d).filter(([x, y]) => Math.abs(x - box.cx) < box.width / 2 && Math.abs(y - box.cy) < box.height / 2);
      expect(inside, id).toEqual([]);
    }
  });
});
