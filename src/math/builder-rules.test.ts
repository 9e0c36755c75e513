import { describe, expect, it } from 'vitest';
import { num, variable } from './ast';
import { createBuilder, simplifier } from './builder';
import { callRules, powerRules, productRules, quotientRules, signRules, sumRules } from './builder-rules';
import { coefficient, createTable, numericValue, powerOf, splitOffset } from './builder-table';
import { type Builder } from './builder-types';
import { parse } from './parser';
import { toText } from './print-text';

const B = createBuilder();
const [x, y] = [B.simplify(variable('x')), B.simplify(variable('y'))];
const text = (e: Parameters<typeof toText>[0]): string => toText(e);

describe('createTable', () => {
  it('makes one node per key, with ids in order, and adopts foreign nodes', () => {
    const adopted: unknown[] = [];
    const t = createTable((e) => {
      adopted.push(e);
      return t.intern('v:x', () => e);
    });
    const a = t.intern('n1', () => num(1));
    expect(t.intern('n1', () => num(2))).toBe(a);
    expect(t.id(a)).toBe(0);
    const foreign = variable('x');
    expect(t.id(foreign)).toBe(1);
    expect(adopted).toEqual([foreign]);
    expect(t.bin('+', a, a)).toBe(t.bin('+', a, a));
  });

  it('reads terms: numbers, coefficients, offsets, powers', () => {
    const e = parse('3*x');
    expect([numericValue(parse('-2')), numericValue(e)]).toEqual([-2, undefined]);
    expect(coefficient(B.simplify(e)).map((q) => (typeof q === 'number' ? q : text(q)))).toEqual([3, 'x']);
    expect(splitOffset(B.simplify(parse('x - 2')))?.[1]).toBe(-2);
    expect(powerOf(B.simplify(parse('x^3')))[1]).toBe(3);
  });
});

/** A builder with its own table, whose signs and the rules of `step` are made here, the other rules taken from a complete builder. */
function withStep<K extends keyof Builder>(step: (t: ReturnType<typeof createTable>, b: Builder) => Pick<Builder, K>): Builder {
  const b = { ...createBuilder() } as Builder;
  const t = createTable((e) => b.simplify(e));
  Object.assign(b, signRules(t, b), step(t, b));
  b.simplify = simplifier(t, b);
  return b;
}

describe('the rules, one step at a time', () => {
  it('signRules: −0 loses its sign, negative numbers are negations, −(a − b) is b − a', () => {
    const b = withStep(signRules);
    expect(Object.is(numericValue(b.num(-0)), 0)).toBe(true);
    expect(b.num(-2).type).toBe('neg');
    expect(b.neg(b.neg(x))).toBe(x);
    expect(text(b.neg(b.simplify(parse('x - y'))))).toBe('y - x');
  });

  it('sumRules: folds, drops 0, collects like terms and offsets', () => {
    const b = withStep(sumRules);
    expect(text(b.add(b.num(1), b.num(2)))).toBe('3');
    expect(b.add(x, b.num(0))).toBe(x);
    expect(text(b.add(x, x))).toBe('2*x');
    expect(text(b.add(b.simplify(parse('x + 1')), b.num(2)))).toBe('x + 3');
    expect(text(b.sub(x, b.neg(y)))).toBe('x + y');
  });

  it('productRules: numbers first, x·x is x², signs outward', () => {
    const b = withStep(productRules);
    expect(text(b.mul(b.mul(x, y), b.num(2)))).toBe('2*x*y');
    expect(text(b.mul(x, x))).toBe('x^2');
    expect(text(b.mul(x, b.pow(x, b.num(2))))).toBe('x^3');
    expect(text(b.mul(b.neg(x), y))).toBe('-x*y');
    expect(b.mul(x, b.num(0))).toBe(b.num(0));
  });

  it('quotientRules: short decimals, u/u, coefficients, nested fractions', () => {
    const b = withStep(quotientRules);
    expect(text(b.div(b.num(1), b.num(4)))).toBe('0.25');
    expect(text(b.div(b.num(1), b.num(3)))).toBe('1/3');
    expect(text(b.div(x, x))).toBe('1');
    expect(text(b.div(b.mul(b.num(2), x), b.num(4)))).toBe('0.5*x');
  });

  it('powerRules: x^0, x^1, 1^u, x^−1', () => {
    const b = withStep(powerRules);
    expect(text(b.pow(x, b.num(0)))).toBe('1');
    expect(b.pow(x, b.num(1))).toBe(x);
    expect(text(b.pow(b.num(1), x))).toBe('1');
    expect(text(b.pow(x, b.num(-1)))).toBe('1/x');
  });

  it('callRules: folds only to integers', () => {
    const b = withStep(callRules);
    expect(text(b.call('sin', [b.num(0)]))).toBe('0');
    expect(text(b.call('sqrt', [b.num(2)]))).toBe('sqrt(2)');
    expect(b.call('sin', [x])).toBe(b.call('sin', [x]));
  });

  it('simplifier: rebuilds a tree through the rules, once per node', () => {
    const b = createBuilder();
    const tree = parse('(x + 0) * 1 + x');
    expect(text(b.simplify(tree))).toBe('2*x');
    expect(b.simplify(tree)).toBe(b.simplify(tree));
  });
});
