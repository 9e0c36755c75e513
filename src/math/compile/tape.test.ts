import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder';
import { createDifferentiator } from '../derivative';
import { parse } from '../parser';
import { MUL, SQR } from './opcodes';
import { buildTape, createRegisters, runTape } from './tape';

const run = (source: string, point: number[], variables = ['x', 'y']): number => {
  const tape = buildTape([parse(source)], variables);
  const r = createRegisters(tape);
  point.forEach((v, i) => (r[i] = v));
  runTape(tape, r);
  return r[tape.outputs[0]!]!;
};

describe('buildTape', () => {
  it('evaluates', () => {
    expect(run('x^2 + y', [3, 1])).toBe(10);
    expect(run('atan2(y, x)', [1, 1])).toBe(Math.PI / 4);
    expect(run('log(x) - ln(x)', [5, 0])).toBe(0);
  });

  it('folds constant subexpressions', () => {
    const tape = buildTape([parse('sin(2) + x*(3*4)')], ['x']);
    expect(tape.op.length).toBe(2); // one multiplication, one addition
    expect(Array.from(tape.constants)).toContain(Math.sin(2));
    expect(Array.from(tape.constants)).toContain(12);
  });

  it('shares common subexpressions between f and its derivatives', () => {
    const s = createBuilder();
    const d = createDifferentiator(s);
    const f = s.simplify(parse('exp(-x*y)'));
    const alone = buildTape([f], ['x', 'y']).op.length;
    const all = buildTape([f, d(f, 'x'), d(f, 'y')], ['x', 'y']);
    expect(alone).toBe(3); // x*y, negation, exp
    expect(all.op.length).toBeLessThanOrEqual(alone + 4); // exp(-x*y) is computed once for all three
  });

  it('merges structurally equal subtrees even in trees that do not share them', () => {
    const tape = buildTape([parse('sin(x*y) + sin(x*y)')], ['x', 'y']);
    expect(tape.op.length).toBe(3);
  });

  it('squares with one multiplication', () => {
    const tape = buildTape([parse('x^2')], ['x']);
    expect(Array.from(tape.op)).toEqual([SQR]);
    expect(Array.from(buildTape([parse('x*y')], ['x', 'y']).op)).toEqual([MUL]);
  });

  it('reads a variable outside the list as NaN', () => {
    expect(run('z + 1', [1, 2])).toBeNaN();
  });

  it('keeps -0 apart from 0', () => {
    expect(run('1/(x*0)', [-1, 0])).toBe(-Infinity);
  });
});
