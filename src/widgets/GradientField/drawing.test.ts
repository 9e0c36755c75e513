import { describe, expect, it } from 'vitest';
import { compileField, parse } from '../../math';
import { drawField } from './drawing';
import { EXAMPLES } from './examples';
import { plotLayout } from './layout';
import { PRESETS } from './presets';
import { probeGeometry } from './probe-geometry';
import { readProbe } from './reading';
import { createScale2D } from '../../viz';
import { coloursFor } from '../shared/colour-scale';

const layout = plotLayout(480);

describe('drawField', () => {
  it('colours a value of f the same in every window: a pan does not recolour a point', () => {
    const source = 'sin(x)*cos(y) + 0.1*x^2';
    const field = compileField(source);
    const colours = coloursFor(field, source);
    const home = drawField(field, { x: [-3, 3], y: [-3, 3] }, layout, { resolution: 80, decimals: 1, colours });
    const panned = drawField(field, { x: [-2.5, 3.5], y: [-2.5, 3.5] }, layout, { resolution: 80, decimals: 1, colours });
    const byValue = (d: typeof home) => new Map(d.levels.map((l) => [l.value, l.colour]));
    const a = byValue(home);
    const shared = [...byValue(panned)].filter(([v]) => a.has(v));
    expect(shared.length).toBeGreaterThan(4);
    for (const [v, c] of shared) expect(c, `level ${v}`).toBe(a.get(v));
    // The scale is one per function: asking again gives the same object.
    expect(coloursFor(field, source)).toBe(colours);
  });

  it('snapshots what each preset draws (band, label and arrow-bucket counts)', () => {
    const summary = PRESETS.map((p) => {
      const d = drawField(compileField(p.source), p.window, layout, { resolution: 80, decimals: 1 });
      return [p.id, d.spacing, d.bands.length, d.labels.length, d.holes, d.arrows.map((a) => (a.match(/M/g) ?? []).length).join('/')].join(' ');
    });
    expect(summary).toMatchInlineSnapshot(`
      [
        "ripples linear 11 5 false 41/169/79/0",
        "bowl linear 16 5 false 22/122/144/0",
        "saddle linear 10 3 false 22/122/144/0",
        "rosenbrock log-up 11 5 false 116/99/30/88",
        "logistic linear 13 6 false 13/147/129/0",
      ]
    `);
  });

  it('leaves the pole of 1/x blank and says so', () => {
    const d = drawField(compileField('1/x + y'), { x: [-2, 2], y: [-2, 2] }, layout, { resolution: 100, decimals: 1 });
    expect(d.holes).toBe(true);
    expect(d.spacing).toBe('linear');
  });

  it('draws no arrows where f is undefined, though its gradient may be finite there', () => {
    const d = drawField(compileField('ln(x) + y'), { x: [-2, 2], y: [-2, 2] }, layout, { resolution: 60, decimals: 1 });
    const xs = d.arrows.join('').match(/M[\d.]+/g)!.map((m) => Number(m.slice(1)));
    expect(Math.min(...xs)).toBeGreaterThan(layout.plot.left + layout.plot.width / 2 - 20);
  });

  it('draws a constant as one band and no lines', () => {
    const d = drawField(compileField('2'), { x: [-1, 1], y: [-1, 1] }, layout, { resolution: 20, decimals: 1 });
    expect(d.bands).toHaveLength(1);
    expect(d.minorLines + d.majorLines).toBe('');
    expect(d.arrows.join('')).toBe('');
  });
});

describe('probeGeometry', () => {
  it('draws the tangent at right angles to ∇f and u ending at its handle', () => {
    const field = compileField('x^2 + y^2');
    const scale = createScale2D({ x: [-3, 3], y: [-3, 3] }, layout.plot);
    const g = probeGeometry(readProbe(field, 1, 1, 0), scale, { pxPerUnit: 5, capPx: 20, legendValue: 2, legendPx: 10 });
    const [x1, y1, x2, y2] = g.tangent!;
    // ∇f = (2, 2) points up-right on screen, (1, −1); the tangent runs along (1, 1).
    expect((x2 - x1) * 1 + (y2 - y1) * -1).toBeCloseTo(0);
    expect(g.handle[0] - g.x).toBeCloseTo(58);
    expect(g.handle[1]).toBeCloseTo(g.y);
    // ∇f = (2, 2) is drawn at twice the lattice scale, 2·|∇f|·5 = 28.3, raised to 30; its
    // projection on u = (1, 0) is 30·cos 45°.
    expect(g.projection![2] - g.x).toBeCloseTo(30 / Math.SQRT2);
  });

  it('keeps every mark finite when ∇f is near the largest double (x^1e308 at x = 1)', () => {
    const field = compileField('x^1e308 + y');
    const scale = createScale2D({ x: [-3, 3], y: [-3, 3] }, layout.plot);
    const g = probeGeometry(readProbe(field, 1, 0.5, 30), scale, { pxPerUnit: 50, capPx: 20, legendValue: 2, legendPx: 10 });
    for (const segment of [g.tangent, g.projection, g.drop]) for (const v of segment!) expect(Number.isFinite(v)).toBe(true);
    expect(g.grad).not.toMatch(/Infinity|NaN/);
    // ∇f ≈ (1e308, 1) points along +x: right on screen.
    expect(g.tangent![0]).toBeCloseTo(g.tangent![2]);
  });
});

describe('presets and examples', () => {
  it('all parse, and every example query is well formed', () => {
    for (const p of PRESETS) expect(() => parse(p.source, ['x', 'y'])).not.toThrow();
    for (const e of EXAMPLES) {
      const params = new URLSearchParams(e.query);
      if (params.has('f')) expect(() => parse(params.get('f')!, ['x', 'y'])).not.toThrow();
      for (const k of ['x', 'y', 'u']) expect(Number.isFinite(Number(params.get(k)))).toBe(true);
    }
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
  });
});
