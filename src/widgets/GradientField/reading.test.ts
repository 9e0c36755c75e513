import { describe, expect, it } from 'vitest';
import { compileField } from '../../math';
import { describeReading, gradientNote } from './describe';
import { splitAtError } from './error-range';
import { directionKey, probeKey } from './keys';
import { readProbe } from './reading';

const bowl = compileField('x^2 + 3*x*y');

describe('readProbe', () => {
  it('reads the worked example of the Gradient page', () => {
    // f = x² + 3xy at (1, 2): ∇f = (8, 3), |∇f| = √73; u = (0.6, 0.8) gives D_u f = 7.2.
    const r = readProbe(bowl, 1, 2, (Math.atan2(0.8, 0.6) * 180) / Math.PI);
    expect([r.f, r.fx, r.fy]).toEqual([7, 8, 3]);
    expect(r.norm).toBeCloseTo(Math.sqrt(73), 12);
    expect(r.slope).toBeCloseTo(7.2, 12);
    expect(r.between).toBeCloseTo((Math.acos(7.2 / Math.sqrt(73)) * 180) / Math.PI, 9);
  });

  it('recognises a stationary point and an undefined one', () => {
    const saddle = readProbe(compileField('x^2 - y^2'), 0, 0, 30);
    expect(saddle.stationary).toBe(true);
    expect(saddle.gradAngle).toBeNaN();
    expect(describeReading(saddle)).toContain('no uphill direction');
    const log = readProbe(compileField('ln(x)'), -1, 0, 0);
    expect(log.defined).toBe(false);
    expect(describeReading(log)).toContain('undefined');
  });

  it('shows no floating-point noise: u at 90° is (0, 1), a slope across ∇f is 0', () => {
    const r = readProbe(compileField('x'), 0.3, 0.2, 90);
    expect([r.ux, r.uy]).toEqual([0, 1]);
    expect(r.slope).toBe(0);
    expect(describeReading(r)).not.toMatch(/10⁻/);
    // ∂f/∂x of sin(x)·cos(y) at x = π/2 is cos(π/2)·cos(y) = 6×10⁻¹⁷ in doubles: shown as 0.
    const s = readProbe(compileField('sin(x)*cos(y)'), Math.PI / 2, 1, 0);
    expect(s.fx).toBe(0);
    expect(s.fy).not.toBe(0);
  });

  it('calls only an exact zero gradient a stationary point; a tiny one is "nearly zero"', () => {
    const exact = readProbe(compileField('x^2 + y^2'), 0, 0, 0);
    expect(exact.zero).toBe(true);
    expect(gradientNote(exact)).toMatch(/^∇f = 0: a stationary point/);
    const tiny = readProbe(compileField('x^2 + y^2'), 1e-30, 0, 0);
    expect(tiny.stationary).toBe(true);
    expect(tiny.zero).toBe(false);
    expect(gradientNote(tiny)).toBe('∇f is nearly zero here (‖∇f‖ = 2.00×10⁻³⁰, too small beside f to show a direction): a stationary point, or very close to one.');
    expect(describeReading(tiny)).toContain('Gradient nearly zero (length 2.00×10⁻³⁰)');
    expect(gradientNote(readProbe(bowl, 1, 2, 0))).toBeNull();
  });

  it('describes a reading with the figure number format', () => {
    const r = readProbe(compileField('sin(x)*cos(y) + 0.1*x^2'), 1, 0.5, 30);
    expect(describeReading(r)).toMatchInlineSnapshot(`"At (1.000, 0.500): f = 0.838. Gradient (0.674, −0.403), length 0.786, pointing 329° (uphill). Along u at 30°: slope 0.382."`);
  });
});

describe('keys', () => {
  const r = readProbe(bowl, 1, 2, 0);
  const view = { x: [-5, 5], y: [-5, 5] } as const;

  it('moves the probe by 1/50 (Shift: 1/10) of the view, home to the centre', () => {
    expect(probeKey('ArrowRight', false, r, view)).toEqual([1.2, 2]);
    expect(probeKey('ArrowDown', true, r, view)).toEqual([1, 1]);
    expect(probeKey('Home', false, r, view)).toEqual([0, 0]);
    expect(probeKey('x', false, r, view)).toBeNull();
  });

  it('steps along ∇f with End and against it with PageDown', () => {
    const [x, y] = probeKey('End', false, r, view)!;
    expect(Math.hypot(x - 1, y - 2)).toBeCloseTo(0.5);
    expect((y - 2) / (x - 1)).toBeCloseTo(3 / 8);
    const [dx] = probeKey('PageDown', false, r, view)!;
    expect(dx).toBeLessThan(1);
  });

  it('turns u, and snaps it to ∇f (Home) and to the level line (End)', () => {
    expect(directionKey('ArrowLeft', false, r)).toBe(355);
    expect(directionKey('ArrowUp', true, r)).toBe(15);
    expect(directionKey('Home', false, r)).toBeCloseTo((Math.atan2(3, 8) * 180) / Math.PI);
    expect(directionKey('End', false, r)).toBeCloseTo((Math.atan2(3, 8) * 180) / Math.PI + 90);
  });
});

describe('splitAtError', () => {
  it('splits around the range, or marks a blank where something is missing', () => {
    expect(splitAtError('x + foo(y)', { message: '', start: 4, end: 7 })).toEqual({ before: 'x + ', bad: 'foo', after: '(y)' });
    expect(splitAtError('x +', { message: '', start: 3, end: 3 })).toEqual({ before: 'x +', bad: ' ', after: '' });
    expect(splitAtError('x', { message: '', start: 9, end: 12 })).toEqual({ before: 'x', bad: ' ', after: '' });
  });
});
