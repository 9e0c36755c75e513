import { describe, expect, it } from 'vitest';
import { Graph } from './graph';
import { OPS } from './ops';

describe('Graph', () => {
  it('computes values as nodes are built, and again on forward()', () => {
    const g = new Graph();
    const a = g.input('a', 2);
    const b = g.input('b', -3);
    const c = g.apply('mul', [a, b], 'c');
    const d = g.apply('exp', [c], 'd');
    expect(c.value).toBe(-6);
    expect(d.value).toBe(Math.exp(-6));
    g.set('a', 1);
    expect(c.value).toBe(-6); // until forward() runs
    g.forward();
    expect(c.value).toBe(-3);
    expect(d.value).toBe(Math.exp(-3));
  });

  it('returns the ordered trace of the backward pass', () => {
    const g = new Graph();
    const x = g.input('x', 3);
    const w = g.input('w', 2);
    const m = g.apply('mul', [w, x], 'm');
    const L = g.apply('square', [m], 'L');
    const trace = g.backward(L);
    expect(trace).toEqual([
      { node: 'm', from: 'L', local: 12, upstream: 1, contribution: 12, gradAfter: 12 },
      { node: 'w', from: 'm', local: 3, upstream: 12, contribution: 36, gradAfter: 36 },
      { node: 'x', from: 'm', local: 2, upstream: 12, contribution: 24, gradAfter: 24 },
    ]);
    expect([L.grad, m.grad, w.grad, x.grad]).toEqual([1, 12, 36, 24]);
  });

  it('accumulates gradient from every path, and zeroes it between passes', () => {
    const g = new Graph();
    const a = g.input('a', 3);
    const sq = g.apply('mul', [a, a], 'sq'); // a·a: both parents are a
    const out = g.apply('add', [sq, a], 'out'); // a² + a
    const trace = g.backward(out);
    expect(a.grad).toBe(7);
    expect(trace.filter((s) => s.node === 'a').map((s) => s.gradAfter)).toEqual([1, 4, 7]);
    g.backward(out);
    expect(a.grad).toBe(7);
  });

  it('sends no gradient to constants or to nodes outside the output', () => {
    const g = new Graph();
    const a = g.input('a', 2);
    const half = g.constant(0.5, 'half');
    const other = g.apply('exp', [a], 'other');
    const out = g.apply('mul', [half, a], 'out');
    const trace = g.backward(out);
    expect(trace.map((s) => s.node)).toEqual(['a']);
    expect([half.grad, other.grad, a.grad]).toEqual([0, 0, 0.5]);
  });

  it('has local derivatives that match finite differences for every op', () => {
    const h = 1e-6;
    for (const [name, op] of OPS) {
      if (op.arity === 0) continue;
      for (const [a, b] of [[0.7, 1.3], [1.9, -0.4], [-0.8, 2]] as const) {
        if (name === 'log' && a < 0) continue;
        if (name === 'pow' && a < 0) continue;
        const out = op.forward(a, b);
        const [da, db] = op.local(a, b, out);
        expect(da).toBeCloseTo((op.forward(a + h, b) - op.forward(a - h, b)) / (2 * h), 5);
        if (op.arity === 2) expect(db).toBeCloseTo((op.forward(a, b + h) - op.forward(a, b - h)) / (2 * h), 5);
      }
    }
  });

  it('refuses malformed graphs with plain errors (programming mistakes, not user input)', () => {
    const g = new Graph();
    const a = g.input('a', 1);
    expect(() => g.input('a', 2)).toThrow(/duplicate/);
    expect(() => g.apply('add', [a], 'b')).toThrow(/cannot take 1/);
    expect(() => g.apply('constructor' as never, [a])).toThrow();
    expect(g.get('nope')).toBeUndefined();
  });
});
