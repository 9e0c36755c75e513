/**
 * Derivatives checked three ways: the symbolic derivative (compiled), a closed form written by
 * hand, and central finite differences, (f(v + h) − f(v − h)) / 2h with error O(h²).
 */
import { describe, expect, it } from 'vitest';
import { sigmoid } from './activations';
import { compileExpression } from './compile/evaluate';
import { derivative } from './derivative';
import { parse } from './parser';
import { centralDifference, close } from './testing/reference';

type Closed = (x: number, y: number) => number;
const sq = (t: number): number => t * t;

// [f, variable, closed form of ∂f/∂variable]
const cases: [string, 'x' | 'y', Closed][] = [
  ['x^3', 'x', (x) => 3 * x * x],
  ['sin(x)*cos(x)', 'x', (x) => Math.cos(2 * x)],
  ['exp(-x^2)', 'x', (x) => -2 * x * Math.exp(-x * x)],
  ['log(1 + x^2)', 'x', (x) => (2 * x) / (1 + x * x)],
  ['sigmoid(x)', 'x', (x) => sigmoid(x) * (1 - sigmoid(x))],
  ['tanh(x)', 'x', (x) => 1 - sq(Math.tanh(x))],
  ['softplus(x)', 'x', (x) => 1 / (1 + Math.exp(-x))],
  ['sqrt(x^2 + 1)', 'x', (x) => x / Math.sqrt(x * x + 1)],
  ['x^x', 'x', (x) => Math.pow(x, x) * (Math.log(x) + 1)],
  ['atan2(y, x)', 'x', (x, y) => -y / (x * x + y * y)],
  ['atan2(y, x)', 'y', (x, y) => x / (x * x + y * y)],
  ['x^2 + y^2', 'x', (x) => 2 * x],
  ['sin(x)*cos(y) + 0.1*x^2', 'y', (x, y) => -Math.sin(x) * Math.sin(y)],
  ['log(1 + exp(-x*y)) + (x-1)^2/4', 'x', (x, y) => (-y * Math.exp(-x * y)) / (1 + Math.exp(-x * y)) + (x - 1) / 2],
  ['log(1 + exp(-x*y)) + (x-1)^2/4', 'y', (x, y) => (-x * Math.exp(-x * y)) / (1 + Math.exp(-x * y))],
  ['(1-x)^2 + 100*(y-x^2)^2', 'x', (x, y) => -2 * (1 - x) - 400 * x * (y - x * x)],
  ['(1-x)^2 + 100*(y-x^2)^2', 'y', (x, y) => 200 * (y - x * x)],
  ['relu(x)*y', 'x', (x, y) => (x > 0 ? y : 0)],
  ['abs(x - y)', 'y', (x, y) => -Math.sign(x - y)],
  ['asin(x/3)', 'x', (x) => 1 / (3 * Math.sqrt(1 - sq(x / 3)))],
  ['cbrt(x)', 'x', (x) => 1 / (3 * Math.cbrt(x * x))],
  ['2^x*3^y', 'y', (x, y) => Math.pow(2, x) * Math.pow(3, y) * Math.log(3)],
];

const POINTS: [number, number][] = [
  [0.7, -0.3],
  [1.3, 0.9],
  [-1.1, 0.4],
  [0.2, 1.7],
];

describe('derivatives three ways', () => {
  it.each(cases)('∂(%s)/∂%s', (source, v, closed) => {
    const f = parse(source, ['x', 'y']);
    const symbolic = compileExpression(derivative(f, v), ['x', 'y']);
    for (const [x, y] of POINTS) {
      const s = symbolic([x, y]);
      const c = closed(x, y);
      const fd = centralDifference(f, v, { x, y }, 1e-5);
      if (!Number.isFinite(c)) continue; // x^x and the like at negative x
      expect(close(s, c, 1e-12), `symbolic ${s} vs closed form ${c} at (${x}, ${y})`).toBe(true);
      expect(close(s, fd, 1e-6), `symbolic ${s} vs finite difference ${fd} at (${x}, ${y})`).toBe(true);
    }
  });

  it('second derivatives agree with closed forms', () => {
    const f = parse('x^3*y^2 + sin(x*y)', ['x', 'y']);
    const fxy = compileExpression(derivative(derivative(f, 'x'), 'y'), ['x', 'y']);
    const fyx = compileExpression(derivative(derivative(f, 'y'), 'x'), ['x', 'y']);
    const fxx = compileExpression(derivative(f, 'x', 2), ['x', 'y']);
    for (const [x, y] of POINTS) {
      const mixed = 6 * x * x * y + Math.cos(x * y) - x * y * Math.sin(x * y);
      expect(close(fxy([x, y]), mixed, 1e-12)).toBe(true);
      expect(close(fyx([x, y]), mixed, 1e-12)).toBe(true);
      expect(close(fxx([x, y]), 6 * x * y * y - y * y * Math.sin(x * y), 1e-12)).toBe(true);
    }
  });
});
