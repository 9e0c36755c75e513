import { describe, expect, it } from 'vitest';
import { sampleSlice } from '../../slices';
import { axisLabels, backCorner, floorGrid, tickText, zAxisSegments } from './axes';
import { heightBands } from './height-bands';
import { DEFAULT_ORBIT } from './orbit';
import { heightRange, sceneScale } from './scene-scale';
import { staticPicture } from './static-picture';
import { chooseLevels } from '../../levels';

const f = (x: number, y: number) => x * x - y * y;
const n = 9;
const values = new Float64Array(n * n);
for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[j * n + i] = f(-2 + i / 2, -2 + j / 2);
const sc = sceneScale({ x: [-2, 2], y: [-2, 2] }, heightRange(values));
const bands = heightBands(chooseLevels(values));

describe('staticPicture', () => {
  const picture = staticPicture({
    grid: { values, nx: n, ny: n },
    sc,
    bands,
    orbit: DEFAULT_ORBIT,
    point: { x: 1, y: 0.5, f: f(1, 0.5), gx: 2, gy: -1 },
    sliceX: sampleSlice((t) => f(t, 0.5), [-2, 2], 9),
    sliceY: sampleSlice((t) => f(1, t), [-2, 2], 9),
    gradTip: [3, -0.5],
  });

  it('draws every grid line once, one path per colour band', () => {
    const segments = picture.wires.reduce((a, w) => a + (w.d.match(/M/g) ?? []).length, 0);
    expect(segments).toBe(2 * n * (n - 1));
    expect(new Set(picture.wires.map((w) => w.color)).size).toBe(picture.wires.length);
  });

  it('projects everything inside the picture', () => {
    const numbers = [picture.floor, picture.sliceX, picture.sliceY, picture.grad, ...picture.wires.map((w) => w.d)].join(' ').match(/-?[\d.]+/g)!.map(Number);
    expect(Math.min(...numbers)).toBeGreaterThan(0);
    expect(Math.max(...numbers)).toBeLessThan(picture.width);
    expect(picture.point![1]).toBeGreaterThan(0);
  });

  it('leaves out the point where f is undefined', () => {
    const p = staticPicture({ grid: { values, nx: n, ny: n }, sc, bands, orbit: DEFAULT_ORBIT, point: { x: 0, y: 0, f: Number.NaN, gx: 0, gy: 0 }, sliceX: sampleSlice(() => Number.NaN, [-2, 2], 3), sliceY: sampleSlice(() => 0, [-2, 2], 3), gradTip: [0, 0] });
    expect(p.point).toBeNull();
    expect(p.sliceX).toBe('');
  });
});

describe('axes', () => {
  it('grids the floor at the ticks and outlines it', () => {
    // ticks −2 … 2 in steps of 1 in x and y, plus four edges, six floats per segment
    expect(floorGrid(sc).length).toBe((5 + 5 + 4) * 6);
    expect(zAxisSegments(sc).length % 6).toBe(0);
  });

  it('stands the f axis in the corner away from the camera', () => {
    const [x, y] = backCorner(sc, { ...DEFAULT_ORBIT, azimuth: -120 });
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
  });

  it('labels x, y and f with true minus signs', () => {
    const texts = axisLabels(sc, DEFAULT_ORBIT).map((l) => l.text);
    expect(texts).toContain('x');
    expect(texts).toContain('y');
    expect(texts).toContain('f');
    expect(texts).toContain('−2');
    expect(tickText(-0.5)).toBe('−0.5');
  });
});
