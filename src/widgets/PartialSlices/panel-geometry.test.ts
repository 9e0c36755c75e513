import { describe, expect, it } from 'vitest';
import { sampleSlice } from '../../viz';
import { sceneScale } from '../../viz/three';
import { keyBands, scaleText } from './legend';
import { panelDrawing, PANEL_BOX } from './panel-geometry';

const bands = { thresholds: [0, 1], colors: ['#000001', '#000002', '#000003'] };

describe('panelDrawing', () => {
  const input = { samples: sampleSlice((t) => t, [-2, 2], 5), t0: 1, v0: 1, slope: 1, tRange: [-2, 2] as const, vRange: [-2, 2] as const, bands };
  const d = panelDrawing(input);

  it('puts the handle on the curve at t0', () => {
    expect(d.handle[0]).toBeCloseTo(d.plot.x0 + (3 / 4) * (d.plot.x1 - d.plot.x0), 9);
    expect(d.handle[1]).toBeCloseTo(d.plot.y1 - (3 / 4) * (d.plot.y1 - d.plot.y0), 9);
    expect(d.defined).toBe(true);
  });

  it('draws the curve, the tangent and the axes within the view box', () => {
    expect(d.curve.startsWith(`M${d.plot.x0} ${d.plot.y1}`)).toBe(true);
    expect(d.tangent).toMatch(/^M.+L.+$/);
    expect(d.scale.x(d.scale.world.x[0])).toBeCloseTo(d.plot.x0, 9);
    expect(d.scale.x(d.scale.world.x[1])).toBeCloseTo(d.plot.x1, 9);
    expect(d.scale.y(0)).toBeCloseTo((d.plot.y0 + d.plot.y1) / 2, 9);
    expect(d.plot.x1).toBe(PANEL_BOX.width - PANEL_BOX.right);
  });

  it('stacks the colour bands up the left edge, lowest at the bottom', () => {
    expect(d.bands.map((b) => b.color)).toEqual(['#000001', '#000002', '#000003']);
    const total = d.bands.reduce((a, b) => a + b.height, 0);
    expect(total).toBeCloseTo(d.plot.y1 - d.plot.y0, 9);
    expect(d.bands[0]!.y).toBeGreaterThan(d.bands[2]!.y);
  });

  it('parks the handle on the axis where f is undefined', () => {
    const u = panelDrawing({ ...input, v0: Number.NaN, slope: Number.NaN });
    expect(u.defined).toBe(false);
    expect(u.handle[1]).toBe(u.plot.y1);
    expect(u.tangent).toBe('');
  });
});

describe('legend', () => {
  it('splits the key at the thresholds inside the range', () => {
    const k = keyBands(bands, -1, 3);
    expect(k.map((b) => [b.from, b.width, b.color])).toEqual([
      [0, 0.25, '#000001'],
      [0.25, 0.25, '#000002'],
      [0.5, 0.5, '#000003'],
    ]);
  });

  it('states the vertical scale', () => {
    expect(scaleText(sceneScale({ x: [-3, 3], y: [-3, 3] }, { lo: 0, hi: 1, clipped: false }))).toBe('Heights are drawn at 3.3× the scale of x and y.');
    expect(scaleText(sceneScale({ x: [-1, 1], y: [-1, 1] }, { lo: 0, hi: 1.1, clipped: true }))).toBe('Heights are drawn true to scale.');
  });
});
