/**
 * Sampling a tape over an nx × ny grid, a row at a time.
 *
 * Each register is classified by what it depends on: constants; x only (the same in every row,
 * so computed once per call, as nx-vectors); y only (one scalar per row); both (an nx-vector per
 * row). Per row, each remaining instruction runs as one tight loop over Float64Arrays: the switch
 * on the opcode happens once per instruction and row, not once per point, and the loop bodies
 * are monomorphic arithmetic. Loop-invariant code motion plus vectorised interpretation is what
 * lets an interpreter without eval or new Function run near hand-written speed.
 *
 * Affine folding removes most of the remaining loops. A vector register is held as a slot plus
 * a scalar scale s and shift t (value = s·slot + t), so an operation between a vector and a
 * scalar, such as 100·u, y − u, u/4 or −u, costs no pass over the row at all: it composes the
 * scalars (once per row) and the next real loop applies them as it reads. The identity is
 * s = 1, t = −0, which is exact for every double including −0, ±Infinity and NaN. Reassociating
 * (s·u + t)·c as (s·c)·u + t·c can change the last bit, so grid values agree with the pointwise
 * evaluators to rounding, not bit for bit.
 *
 * Slots are reused once their last reader has run, and an output produced by a loop writes
 * straight into the caller's array. Planning happens once per compile, in the named steps of
 * grid-plan.ts; `run` then only executes the three programs it made.
 */
import { SV, UNARY, VS, VV, classify, createScalars, directTargets, planVectors } from './grid-plan';
import { ADD, COS, DIV, EXP, LN, MUL, SIN, SQR, SQRT, SUB, TANH, applyOp, opFunction } from './opcodes';
import { type WorldRect } from '../rect';
import { type Tape } from './tape';

/**
 * An nx × ny grid over the rectangle [x0, x1] × [y0, y1], both ends included; samples are
 * row-major with x fastest and row 0 at y = y0 (index j·nx + i).
 */
export interface GridSpec extends WorldRect {
  readonly nx: number;
  readonly ny: number;
}

/** The i-th of n evenly spaced points from a to b, both ends exact. */
export const linspace = (a: number, b: number, i: number, n: number): number =>
  n <= 1 || i === 0 ? a : i === n - 1 ? b : a + ((b - a) * i) / (n - 1);

/** A grid size as a whole number (NaN and negatives give 0). */
export const count = (n: number): number => (n > 0 ? Math.floor(Math.min(n, 2 ** 26)) : 0);

/** A compiled grid program: run(grid, targets) fills targets[i] with output i, row-major. */
export interface GridRunner {
  run(grid: GridSpec, targets: readonly Float64Array[]): void;
}

/** Compile a grid program for a tape whose inputs are x (register 0) and y (register 1). */
export function createGridRunner(tape: Tape): GridRunner {
  const scalars = createScalars(tape);
  const classes = classify(tape);
  const direct = directTargets(tape, classes);
  const { slot, scale, shift, slots, xCode, xyCode } = planVectors(tape, classes, direct, scalars);
  const { outputs } = tape;
  const xProgram = Int32Array.from(xCode);
  const xyProgram = Int32Array.from(xyCode);
  const rowProgram = Int32Array.from(scalars.rowCode);
  const S = Float64Array.from(scalars.init);
  let V = new Float64Array(0);
  return {
    run(grid, targets) {
      const nx = count(grid.nx);
      const ny = count(grid.ny);
      if (nx === 0 || ny === 0) return;
      if (V.length !== slots * nx) V = new Float64Array(slots * nx);
      for (let i = 0; i < nx; i++) V[i] = linspace(grid.x[0], grid.x[1], i, nx);
      runVectors(xProgram, V, S, targets, nx, 0);
      for (let j = 0; j < ny; j++) {
        S[1] = linspace(grid.y[0], grid.y[1], j, ny);
        for (let k = 0; k < rowProgram.length; k += 4) {
          S[rowProgram[k + 3]!] = applyOp(rowProgram[k]!, S[rowProgram[k + 1]!]!, S[rowProgram[k + 2]!]!);
        }
        const row = j * nx;
        runVectors(xyProgram, V, S, targets, nx, row);
        for (let t = 0; t < outputs.length; t++) {
          const r = outputs[t]!;
          if (direct[r] === 0) store(targets[t]!, row, V, slot[r]! * nx, S[scale[r]!]!, S[shift[r]!]!, nx);
        }
      }
    },
  };
}

/** Write s·V[at + i] + t (or t alone when at < 0) into target[row + i] for i < n. */
export function store(target: Float64Array, row: number, V: Float64Array, at: number, s: number, t: number, n: number): void {
  if (at < 0) target.fill(t, row, row + n);
  else if (s === 1 && Object.is(t, -0)) target.set(V.subarray(at, at + n), row);
  else for (let i = 0; i < n; i++) target[row + i] = s * V[at + i]! + t;
}

/**
 * Run vector instructions, each [kind = op·4 + layout, destination (0 = slot `out` of V, t + 1 =
 * target t at `row`), out, then slot, scale, shift of each operand]. A vector operand reads
 * s·V[slot + i] + t; a scalar operand is its shift register.
 */
export function runVectors(code: Int32Array, V: Float64Array, S: Float64Array, targets: readonly Float64Array[], n: number, row: number): void {
  for (let k = 0; k < code.length; k += 9) {
    const kind = code[k]!;
    const dest = code[k + 1]!;
    const D = dest === 0 ? V : targets[dest - 1]!;
    const o = dest === 0 ? code[k + 2]! * n : row;
    const a = code[k + 3]! * n;
    const sa = S[code[k + 4]!]!;
    const ta = S[code[k + 5]!]!;
    const b = code[k + 6]! * n;
    const sb = S[code[k + 7]!]!;
    const tb = S[code[k + 8]!]!;
    switch (kind) {
      case ADD * 4 + VV: for (let i = 0; i < n; i++) D[o + i] = sa * V[a + i]! + ta + (sb * V[b + i]! + tb); break;
      case SUB * 4 + VV: for (let i = 0; i < n; i++) D[o + i] = sa * V[a + i]! + ta - (sb * V[b + i]! + tb); break;
      case MUL * 4 + VV: for (let i = 0; i < n; i++) D[o + i] = (sa * V[a + i]! + ta) * (sb * V[b + i]! + tb); break;
      case DIV * 4 + VV: for (let i = 0; i < n; i++) D[o + i] = (sa * V[a + i]! + ta) / (sb * V[b + i]! + tb); break;
      case DIV * 4 + SV: for (let i = 0; i < n; i++) D[o + i] = ta / (sb * V[b + i]! + tb); break;
      case SQR * 4: for (let i = 0; i < n; i++) { const v = sa * V[a + i]! + ta; D[o + i] = v * v; } break;
      case EXP * 4: for (let i = 0; i < n; i++) D[o + i] = Math.exp(sa * V[a + i]! + ta); break;
      case LN * 4: for (let i = 0; i < n; i++) D[o + i] = Math.log(sa * V[a + i]! + ta); break;
      case SIN * 4: for (let i = 0; i < n; i++) D[o + i] = Math.sin(sa * V[a + i]! + ta); break;
      case COS * 4: for (let i = 0; i < n; i++) D[o + i] = Math.cos(sa * V[a + i]! + ta); break;
      case SQRT * 4: for (let i = 0; i < n; i++) D[o + i] = Math.sqrt(sa * V[a + i]! + ta); break;
      case TANH * 4: for (let i = 0; i < n; i++) D[o + i] = Math.tanh(sa * V[a + i]! + ta); break;
      default: {
        const f = opFunction(kind >> 2);
        const layout = kind & 3;
        if (layout === UNARY) for (let i = 0; i < n; i++) D[o + i] = f(sa * V[a + i]! + ta, 0);
        else if (layout === VV) for (let i = 0; i < n; i++) D[o + i] = f(sa * V[a + i]! + ta, sb * V[b + i]! + tb);
        else if (layout === VS) for (let i = 0; i < n; i++) D[o + i] = f(sa * V[a + i]! + ta, tb);
        else for (let i = 0; i < n; i++) D[o + i] = f(ta, sb * V[b + i]! + tb);
      }
    }
  }
}
