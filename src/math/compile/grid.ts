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
 * straight into the caller's array.
 */
import { ADD, COS, DIV, EXP, LN, MUL, NEG, SIN, SQR, SQRT, SUB, TANH, applyOp, isUnary, opFunction } from './opcodes';
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

// Register classes, as bit sets: X = depends on x, Y = depends on y.
const X = 1;
const Y = 2;
// Operand layouts of a vector instruction (the low two bits of its kind): V vector, S scalar.
const UNARY = 0;
const VV = 1;
const VS = 2;
const SV = 3;

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
  const { op, a, b, base, size, outputs } = tape;
  // Scalar registers: the tape's, then 1 and -0, then the scale and shift values made here.
  const init: number[] = Array.from({ length: size }, (_, r) => tape.constants[r - tape.inputs] ?? 0);
  const fixed = init.map((_, r) => r >= tape.inputs && r < base);
  const ONE = init.push(1) - 1;
  const NZ = init.push(-0) - 1;
  fixed.push(true, true);
  const rowCode: number[] = []; // [op, a, b, out] per scalar instruction, run once per row
  /** A scalar op: folded now if both operands are fixed, else run per row. */
  const scalar = (o: number, p: number, q: number): number => {
    const out = init.push(applyOp(o, init[p]!, init[q]!)) - 1;
    fixed.push(fixed[p]! && fixed[q]!);
    if (!fixed[out]) rowCode.push(o, p, q, out);
    return out;
  };

  const cls = new Uint8Array(size);
  cls[0] = X;
  cls[1] = Y;
  const lastUse = new Int32Array(size).fill(-1);
  for (let k = 0; k < op.length; k++) {
    cls[base + k] = cls[a[k]!]! | cls[b[k]!]!;
    lastUse[a[k]!] = lastUse[b[k]!] = k;
  }
  const direct = new Int32Array(size); // t + 1 if the loop computing register r writes target t
  outputs.forEach((r, t) => {
    const once = outputs.indexOf(r) === outputs.lastIndexOf(r);
    if (cls[r] === (X | Y) && lastUse[r]! < 0 && once) direct[r] = t + 1;
    else lastUse[r] = op.length;
  });
  // Representation of each register: a vector slot (or -1 for a scalar), scale and shift.
  const slot = new Int32Array(size).fill(-1);
  const scale = new Int32Array(size).fill(ONE);
  const shift = Int32Array.from({ length: size }, (_, r) => r);
  shift[0] = NZ;
  slot[0] = 0; // x
  let slots = 1;
  const slotEnd = [op.length];
  const free: number[] = [];
  const xCode: number[] = [];
  const xyCode: number[] = [];

  /**
   * Whether (s·u + t)·c (or / c) may be folded into (s·c)·u + t·c: always with a −0 shift;
   * otherwise only by a constant c that is finite (and non-zero, to divide) and keeps known s·c
   * and t·c finite. (u + π)/0 folded would be ∞·u + ∞, which is NaN where u < −π instead of −∞
   * (found by the property test comparing grid and pointwise evaluation).
   */
  const scalable = (o: number, v: number, c: number): boolean => {
    const k = shift[c]!;
    // 1·c (or 1/c) checks c itself; s·c and t·c are checked when they are known now.
    return shift[v] === NZ || (fixed[k]! && [ONE, scale[v]!, shift[v]!].every((r) => !fixed[r] || isFinite(applyOp(o, init[r]!, init[k]!))));
  };

  for (let k = 0; k < op.length; k++) {
    const r = base + k;
    const o = op[k]!;
    const [p, q] = [a[k]!, b[k]!];
    const vp = slot[p]! >= 0;
    const vq = slot[q]! >= 0;
    const keep = (v: number, s: number, t: number): void => {
      if (direct[r] !== 0) [direct[r], lastUse[r]] = [0, op.length]; // no loop computes r: copy it out
      slot[r] = slot[v]!;
      scale[r] = s;
      shift[r] = t;
    };
    if (!vp && !vq) {
      shift[r] = scalar(o, shift[p]!, shift[q]!); // constant or y only
    } else if (o === NEG) {
      // −(s·u + t) = (−s)·u + (−t)
      keep(p, scalar(NEG, scale[p]!, NZ), shift[p] === NZ ? NZ : scalar(NEG, shift[p]!, NZ));
    } else if ((o === ADD || o === SUB) && vp !== vq) {
      // (s·u + t) ± c and c − (s·u + t) = (−s)·u + (c − t)
      const [v, c] = vp ? [p, q] : [q, p];
      const s = o === SUB && !vp ? scalar(NEG, scale[v]!, NZ) : scale[v]!;
      let t: number;
      if (o === ADD) t = shift[v] === NZ ? shift[c]! : scalar(ADD, shift[v]!, shift[c]!);
      else t = vp ? scalar(SUB, shift[v]!, shift[c]!) : scalar(SUB, shift[c]!, shift[v]!);
      keep(v, s, t);
    } else if (((o === MUL && vp !== vq) || (o === DIV && vp && !vq)) && scalable(o, vp ? p : q, vp ? q : p)) {
      // (s·u + t)·c = (s·c)·u + t·c, and likewise for / c; a −0 shift stays −0
      const [v, c] = vp ? [p, q] : [q, p];
      keep(v, scalar(o, scale[v]!, shift[c]!), shift[v] === NZ ? NZ : scalar(o, shift[v]!, shift[c]!));
    } else {
      // A real loop over the row. Free operand slots whose last reader this is, then place the
      // result (reusing a freed slot is safe: every loop is elementwise).
      const row = cls[r] !== X;
      if (row) {
        for (const v of [p, q]) {
          const s = slot[v]!;
          if (s > 0 && slotEnd[s]! <= k && !free.includes(s) && cls[v] === (X | Y)) free.push(s);
        }
      }
      shift[r] = NZ; // a computed vector is itself: scale 1 (the default), shift -0
      if (direct[r] === 0) {
        slot[r] = (row ? free.pop() : undefined) ?? slots++;
        slotEnd[slot[r]!] = row ? 0 : op.length; // x-only slots live for the whole call
      }
      const layout = isUnary(o) ? UNARY : vp && vq ? VV : vp ? VS : SV;
      const operand = (v: number): number[] => [Math.max(slot[v]!, 0), scale[v]!, shift[v]!];
      (row ? xyCode : xCode).push(o * 4 + layout, direct[r]!, slot[r]!, ...operand(p), ...operand(q));
      if (direct[r] !== 0) continue;
    }
    if (slot[r]! >= 0) slotEnd[slot[r]!] = Math.max(slotEnd[slot[r]!]!, lastUse[r]!);
  }

  const xProgram = Int32Array.from(xCode);
  const xyProgram = Int32Array.from(xyCode);
  const rowProgram = Int32Array.from(rowCode);
  const S = Float64Array.from(init);
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
function store(target: Float64Array, row: number, V: Float64Array, at: number, s: number, t: number, n: number): void {
  if (at < 0) target.fill(t, row, row + n);
  else if (s === 1 && Object.is(t, -0)) target.set(V.subarray(at, at + n), row);
  else for (let i = 0; i < n; i++) target[row + i] = s * V[at + i]! + t;
}

/**
 * Run vector instructions, each [kind = op·4 + layout, destination (0 = slot `out` of V, t + 1 =
 * target t at `row`), out, then slot, scale, shift of each operand]. A vector operand reads
 * s·V[slot + i] + t; a scalar operand is its shift register.
 */
function runVectors(code: Int32Array, V: Float64Array, S: Float64Array, targets: readonly Float64Array[], n: number, row: number): void {
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
