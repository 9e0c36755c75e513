import { describe, expect, it } from 'vitest';
import { parse } from '../parser';
import { compileExpression, compileGradient } from './evaluate';

describe('compileExpression', () => {
  it('evaluates any list of variables', () => {
    const f = compileExpression(parse('w1*x1 + w2*x2 + b'), ['w1', 'x1', 'w2', 'x2', 'b']);
    expect(f([2, 3, 4, 5, 1])).toBe(27);
    const slice = compileExpression(parse('x^2'), ['x']);
    expect([-2, 0, 3].map((x) => slice([x]))).toEqual([4, 0, 9]);
  });
  it('gives NaN, not an exception, for missing coordinates', () => {
    expect(compileExpression(parse('x + y'), ['x', 'y'])([1])).toBeNaN();
  });
});

describe('compileGradient', () => {
  it('gives f and ∇f for n variables', () => {
    const g = compileGradient(parse('x^2*y + z^3'), ['x', 'y', 'z']);
    expect(g([1, 2, 3])).toEqual({ value: 29, gradient: [4, 1, 27] });
  });
  it('works for constants and for variables the tree does not use', () => {
    expect(compileGradient(parse('5'), ['x', 'y'])([1, 2])).toEqual({ value: 5, gradient: [0, 0] });
  });
});
