import { describe, expect, it } from 'vitest';
import { bandCoordinate, bandOf, heightBands, srgbToLinear } from './height-bands';
import { sceneScale } from './scene-scale';
import { surfaceData, type HeightGrid } from './surface-data';
import { chooseLevels } from '../../levels';

/** f sampled on an n × n grid over [−1, 1]², x fastest. */
function grid(f: (x: number, y: number) => number, n: number): HeightGrid {
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[j * n + i] = f(-1 + (2 * i) / (n - 1), -1 + (2 * j) / (n - 1));
  return { values, nx: n, ny: n };
}

const window = { x: [-1, 1], y: [-1, 1] } as const;

const flat = { thresholds: [], colors: ['#21918c'] };

describe('height bands', () => {
  it("cuts heights at the contour figure's levels, one viridis colour per band", () => {
    const values = Array.from({ length: 101 }, (_, i) => i / 100);
    const bands = heightBands(chooseLevels(values));
    expect(bands.thresholds.length).toBeGreaterThan(3);
    expect(bands.colors.length).toBe(bands.thresholds.length + 1);
  });

  it('finds the band of a height and a texture coordinate inside it', () => {
    const t = [0, 1, 2];
    expect(bandOf(-5, t)).toBe(0);
    expect(bandOf(0, t)).toBe(1);
    expect(bandOf(1.5, t)).toBe(2);
    expect(bandOf(9, t)).toBe(3);
    expect(bandCoordinate(1.5, t, -1, 3)).toBeCloseTo(2.5 / 4, 12);
    expect(bandCoordinate(-1, t, -1, 3)).toBeGreaterThan(0);
    expect(bandCoordinate(3, t, -1, 3)).toBeLessThan(1);
  });

  it('linearises sRGB', () => {
    expect(srgbToLinear(0)).toBe(0);
    expect(srgbToLinear(1)).toBeCloseTo(1, 12);
    expect(srgbToLinear(0.5)).toBeCloseTo(0.214, 3);
  });
});

describe('surfaceData', () => {
  it('puts the vertices of a plane on the plane (data snapshot)', () => {
    const g = grid((x, y) => x + y, 3);
    const sc = sceneScale(window, { lo: -2, hi: 2, clipped: false });
    const d = surfaceData(g, sc, flat, 2);
    expect(Array.from(d.positions.subarray(0, 9), (v) => Number(v.toFixed(4)))).toEqual([-1, -1, -0.55, 0, -1, -0.275, 1, -1, 0]);
    expect(d.indices.length).toBe(2 * 2 * 2 * 3);
    expect(d.indices).toBeInstanceOf(Uint16Array);
  });

  it('gives low heights low band coordinates and shades slopes facing away from the sun', () => {
    const g = grid((x) => x, 5);
    const sc = sceneScale(window, { lo: -1, hi: 1, clipped: false });
    const d = surfaceData(g, sc, { thresholds: [0], colors: ['#000000', '#ffffff'] });
    expect(d.uvs[0]).toBeLessThan(0.5);
    expect(d.uvs[4 * 2]).toBeGreaterThan(0.5);
    const away = surfaceData(grid((x) => -x, 5), sc, flat);
    // the sun is towards −x: z = x tilts its face towards it, z = −x away from it
    expect(d.colors[0]).toBeGreaterThan(away.colors[0]!);
  });

  it('leaves out triangles that touch a hole or a cut-off height', () => {
    const sc = sceneScale(window, { lo: -1, hi: 1, clipped: true });
    const full = surfaceData(grid(() => 0, 5), sc, flat, 2);
    const holed = surfaceData(grid((x, y) => (x === 0 && y === 0 ? Number.NaN : 0), 5), sc, flat, 2);
    const spiked = surfaceData(grid((x, y) => (x === 0 && y === 0 ? 50 : 0), 5), sc, flat, 2);
    // the centre vertex of a 5 × 5 grid touches 6 of the 32 triangles
    expect(full.indices.length / 3).toBe(32);
    expect(holed.indices.length / 3).toBe(26);
    expect(spiked.indices.length / 3).toBe(26);
    expect(holed.wire.length).toBeLessThan(full.wire.length);
    expect(holed.positions.every(Number.isFinite)).toBe(true);
  });

  it('draws grid lines every few samples and on the far edges', () => {
    const sc = sceneScale(window, { lo: -1, hi: 1, clipped: false });
    const d = surfaceData(grid(() => 0, 9), sc, flat, 4);
    // lines at 0, 4, 8 in each direction, 8 segments each, 6 floats per segment
    expect(d.wire.length).toBe(2 * 3 * 8 * 6);
  });
});
