import { describe, expect, it } from 'vitest';
import { parse } from '../parser';
import { classify, createScalars, directTargets, foldAffine, planVectors, X, Y } from './grid-plan';
import { runVectors, store } from './grid';
import { ADD, MUL, NEG } from './opcodes';
import { buildTape } from './tape';

const tapeOf = (...sources: string[]) => buildTape(sources.map((s) => parse(s)), ['x', 'y']);
/** The tape's register of its first output. */
const out = (tape: ReturnType<typeof tapeOf>, i = 0): number => tape.outputs[i]!;
/** Every step of the plan of `sources`. */
function plan(...sources: string[]) {
  const tape = tapeOf(...sources);
  const scalars = createScalars(tape);
  const classes = classify(tape);
  const direct = directTargets(tape, classes);
  return { tape, scalars, classes, direct, vectors: planVectors(tape, classes, direct, scalars) };
}

describe('createScalars', () => {
  it('holds the constants, 1 and −0, and folds operations on known values', () => {
    const tape = tapeOf('x + 3');
    const s = createScalars(tape);
    expect(s.init[s.one]).toBe(1);
    expect(Object.is(s.init[s.negZero], -0)).toBe(true);
    expect(s.init.slice(tape.inputs, tape.base)).toEqual(Array.from(tape.constants));
    const six = s.scalar(MUL, tape.inputs, s.one);
    expect([s.init[six], s.fixed[six], s.rowCode]).toEqual([3, true, []]);
  });

  it('leaves an operation on y to run once per row', () => {
    const s = createScalars(tapeOf('y'));
    const r = s.scalar(NEG, 1, s.negZero);
    expect(s.fixed[r]).toBe(false);
    expect(s.rowCode).toEqual([NEG, 1, s.negZero, r]);
  });
});

describe('classify', () => {
  it('marks what each register depends on and its last reader', () => {
    const tape = tapeOf('sin(x) + y * 2');
    const { cls, lastUse } = classify(tape);
    expect([cls[0], cls[1], cls[out(tape)]]).toEqual([X, Y, X | Y]);
    expect(lastUse[out(tape)]).toBe(-1); // read by nothing: only an output
    expect(lastUse[0]).toBeGreaterThanOrEqual(0);
  });
});

describe('directTargets', () => {
  it('lets an output over x and y write its target, but not a value output twice or one over x only', () => {
    const direct = (...sources: string[]) => {
      const tape = tapeOf(...sources);
      const classes = classify(tape);
      return { tape, classes, direct: directTargets(tape, classes) };
    };
    const once = direct('x * y');
    expect(once.direct[out(once.tape)]).toBe(1);
    const twice = direct('x * y', 'x * y');
    expect(twice.direct[out(twice.tape)]).toBe(0);
    expect(twice.classes.lastUse[out(twice.tape)]).toBe(twice.tape.op.length);
    const xOnly = direct('sin(x)');
    expect(xOnly.direct[out(xOnly.tape)]).toBe(0);
  });
});

describe('foldAffine', () => {
  it('folds a vector times a finite constant into its scale, and refuses a vector times a vector', () => {
    const tape = tapeOf('3 * x');
    const s = createScalars(tape);
    const slot = new Int32Array(tape.size).fill(-1);
    slot[0] = 0;
    const plan = { slot, scale: new Int32Array(tape.size).fill(s.one), shift: Int32Array.from({ length: tape.size }, (_, r) => (r === 0 ? s.negZero : r)) };
    const three = tape.inputs; // the first constant
    const folded = foldAffine(MUL, 0, three, plan, s);
    expect(folded?.[0]).toBe(0);
    expect(s.init[folded![1]]).toBe(3);
    expect(folded![2]).toBe(s.negZero);
    expect(foldAffine(MUL, 0, 0, plan, s)).toBeNull();
    const shifted = foldAffine(ADD, three, 0, plan, s);
    expect([shifted?.[1], shifted?.[2]]).toEqual([s.one, three]); // 3 + x: scale 1, shift 3
  });
});

describe('planVectors', () => {
  it('needs no loop for an affine function of x or for x·y (y is one scalar per row)', () => {
    expect(plan('100 * x - 4').vectors.xCode).toEqual([]);
    const xy = plan('3 * (x * y) + 1');
    expect([xy.vectors.xCode, xy.vectors.xyCode]).toEqual([[], []]);
    expect(xy.direct[out(xy.tape)]).toBe(0); // no loop computes it: copied out by store
  });

  it('runs one row loop for sin(x·y) and lets it write straight into the target', () => {
    const { vectors, direct, tape } = plan('sin(x * y)');
    expect(vectors.xyCode.length / 9).toBe(1);
    expect(vectors.xyCode[1]).toBe(1); // destination: target 0
    expect(direct[out(tape)]).toBe(1);
  });

  it('reuses a slot once its last reader has run', () => {
    const { vectors } = plan('sin(x * y) * cos(x * y + 1) * exp(x + y)');
    expect(vectors.slots).toBeLessThan(vectors.xyCode.length / 9 + 1);
  });
});

describe('runVectors and store', () => {
  it('runs a loop instruction over a row and stores s·v + t', () => {
    const V = Float64Array.from([1, 2, 3, 0, 0, 0]);
    const S = Float64Array.from([1, -0, 10]);
    // slot 1 = (1·slot0 − 0) · (1·slot0 + 10)
    runVectors(Int32Array.from([MUL * 4 + 1, 0, 1, 0, 0, 1, 0, 0, 2]), V, S, [], 3, 0);
    expect(Array.from(V.subarray(3))).toEqual([11, 24, 39]);
    const target = new Float64Array(6);
    store(target, 3, V, 3, 2, 1, 3);
    store(target, 0, V, -1, 0, 7, 3);
    expect(Array.from(target)).toEqual([7, 7, 7, 23, 49, 79]);
  });
});
