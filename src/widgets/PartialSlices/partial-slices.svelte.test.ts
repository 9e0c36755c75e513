import { describe, expect, it } from 'vitest';
import { DEFAULT_ORBIT } from '../../viz/three';
import { FieldState, fieldStateOf } from '../shared/field-state.svelte';
import { PageState } from '../shared/page-state.svelte';
import { FigureLink } from '../shared/figure-link.svelte';
import { partialSlicesLink } from './link';
import { GRID, PartialSlicesState, SLICE_SAMPLES } from './partial-slices.svelte';

const state = (source = 'x^2 + 3*x*y'): PartialSlicesState => {
  const field = new FieldState();
  field.setSource(source);
  return new PartialSlicesState(field);
};

describe('the surface figure state', () => {
  it('gives f and both partial derivatives at the shared point', () => {
    const s = state();
    s.shared.setPoint(1, 2);
    expect(s.f0).toBe(7);
    expect(s.gradient).toEqual([8, 3]);
    expect(s.description).toBeTruthy();
  });

  it('samples the surface over the window and the two slices through the point', () => {
    const s = state();
    expect(s.grid.values).toHaveLength(GRID * GRID);
    expect(s.sliceX.ts).toHaveLength(SLICE_SAMPLES);
    s.shared.setPoint(0.5, -1);
    const i = s.sliceX.ts.findIndex((t) => Math.abs(t - 1.5) < 1e-9);
    expect(s.sliceX.vs[i]).toBeCloseTo(1.5 ** 2 + 3 * 1.5 * -1);
  });

  it('moves one coordinate at a time, kept inside the window', () => {
    const s = state();
    s.move('x', 100);
    expect(s.shared.x).toBeLessThanOrEqual(s.ranges.x[1]);
    s.move('y', Number.NaN);
    expect(s.shared.y).toBe(0.5);
    expect(s.coordinate('x')).toBe(s.shared.x);
    expect(s.step('x')).toBeGreaterThan(0);
  });

  it('places the axis labels on screen and fades those near the point', () => {
    const s = state();
    expect(s.labels(0, 0)).toEqual([]);
    const labels = s.labels(640, 480);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((l) => Number.isFinite(l.left) && Number.isFinite(l.top))).toBe(true);
  });

  it('reads its camera and the shared keys from the page link, and writes both back after a change', () => {
    let url = '?f=x*y&x=1&y=-1.5&cam=-60,35,5.5&w1=2';
    let writes = 0;
    const writer = (q: () => string) => ({ schedule: () => ((url = q()), writes++), flush: () => {}, dispose: () => {} });
    const page = new PageState({ query: () => url, current: () => url, writer });
    const s = new PartialSlicesState(fieldStateOf(page));
    const link = new FigureLink(() => ({ link: { shows: ['field', 'camera'], known: ['f', 'x', 'y', 'u', 'w1', 'cam'] } }), partialSlicesLink(s), page);
    const leave = link.start();
    expect([s.shared.source, s.shared.x, s.shared.y]).toEqual(['x*y', 1, -1.5]);
    expect(s.orbit).toMatchObject({ azimuth: -60, elevation: 35, distance: 5.5 });
    expect(link.notices).toEqual([]);
    link.changed();
    expect(writes).toBe(0); // what was read is not written back
    s.orbit = { ...DEFAULT_ORBIT };
    s.move('x', 0.25);
    link.changed();
    expect(url).toBe('?w1=2&f=x*y&x=0.25&y=-1.5&u=30');
    expect(writes).toBe(1);
    leave();
  });
});
