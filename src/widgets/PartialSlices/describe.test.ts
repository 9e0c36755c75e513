import { describe, expect, it } from 'vitest';
import { describePoint, handleText } from './describe';

describe('describePoint', () => {
  it('reads the point, f, both slopes and the gradient', () => {
    expect(describePoint({ x: 1, y: 0.5, f: 0.7662, gx: 0.4742, gy: -0.4049 })).toBe(
      'Point (1.000, 0.500), f = 0.766. Slope along x (∂f/∂x) 0.474, slope along y (∂f/∂y) −0.405; gradient (0.474, −0.405).',
    );
  });

  it('says when f is undefined', () => {
    expect(describePoint({ x: -1, y: 0, f: Number.NaN, gx: Number.NaN, gy: Number.NaN })).toMatch(/not defined/);
  });

  it('names a handle by its coordinate and slope', () => {
    expect(handleText('y', -0.25, 2)).toBe('y₀ = −0.250, slope ∂f/∂y = 2.000');
  });
});
