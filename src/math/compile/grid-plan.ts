/**
 * Planning a grid program (see grid.ts), in named steps that each run once per compile:
 * 1. `createScalars`: the scalar register file, with folding of operations on known values;
 * 2. `classify`: what each register depends on (x, y, both) and which instruction reads it last;
 * 3. `directTargets`: which output loops may write straight into the caller's array;
 * 4. `planVectors`: each register as a vector slot with a scale and shift (affine folding by
 *    `foldAffine`), slot reuse, and the x-only and per-row vector programs.
 */
import { ADD, DIV, MUL, NEG, SUB, applyOp, isUnary } from './opcodes';
import { type Tape } from './tape';

// Register classes, as bit sets: X = depends on x, Y = depends on y.
export const X = 1;
export const Y = 2;
// Operand layouts of a vector instruction (the low two bits of its kind): V vector, S scalar.
export const UNARY = 0;
export const VV = 1;
export const VS = 2;
export const SV = 3;

/** The scalar registers: the tape's, then 1 and −0, then the scale and shift values made while planning. */
export interface Scalars {
  /** The value of each register before the first row. */
  readonly init: number[];
  /** Whether a register's value is known before any row (a constant, or folded from constants). */
  readonly fixed: boolean[];
  /** The registers holding 1 and −0. */
  readonly one: number;
  readonly negZero: number;
  /** [op, a, b, out] per scalar instruction that depends on y, run once per row. */
  readonly rowCode: number[];
  /** A scalar op: folded now if both operands are fixed, else run per row. Returns its register. */
  scalar(o: number, p: number, q: number): number;
}

/** Step 1: the scalar register file of a tape. */
export function createScalars(tape: Tape): Scalars {
  const init: number[] = Array.from({ length: tape.size }, (_, r) => tape.constants[r - tape.inputs] ?? 0);
  const fixed = init.map((_, r) => r >= tape.inputs && r < tape.base);
  const one = init.push(1) - 1;
  const negZero = init.push(-0) - 1;
  fixed.push(true, true);
  const rowCode: number[] = [];
  const scalar = (o: number, p: number, q: number): number => {
    const out = init.push(applyOp(o, init[p]!, init[q]!)) - 1;
    fixed.push(fixed[p]! && fixed[q]!);
    if (!fixed[out]) rowCode.push(o, p, q, out);
    return out;
  };
  return { init, fixed, one, negZero, rowCode, scalar };
}

/** What each register depends on (X | Y bits) and the last instruction that reads it (−1: none). */
export interface Classes {
  readonly cls: Uint8Array;
  readonly lastUse: Int32Array;
}

/** Step 2: classify the registers of a tape whose inputs are x (register 0) and y (register 1). */
export function classify(tape: Tape): Classes {
  const { op, a, b, base, size } = tape;
  const cls = new Uint8Array(size);
  cls[0] = X;
  cls[1] = Y;
  const lastUse = new Int32Array(size).fill(-1);
  for (let k = 0; k < op.length; k++) {
    cls[base + k] = cls[a[k]!]! | cls[b[k]!]!;
    lastUse[a[k]!] = lastUse[b[k]!] = k;
  }
  return { cls, lastUse };
}

/**
 * Step 3: for each register, t + 1 if the loop computing it may write target t directly (it
 * depends on x and y, no instruction reads it and it is output once), else 0. Every other output
 * is marked live to the end of the program in `lastUse`.
 */
export function directTargets(tape: Tape, { cls, lastUse }: Classes): Int32Array {
  const direct = new Int32Array(tape.size);
  tape.outputs.forEach((r, t) => {
    const once = tape.outputs.indexOf(r) === tape.outputs.lastIndexOf(r);
    if (cls[r] === (X | Y) && lastUse[r]! < 0 && once) direct[r] = t + 1;
    else lastUse[r] = tape.op.length;
  });
  return direct;
}

/** Each register as a vector slot (−1 for a scalar) read as scale·slot + shift (both scalar registers). */
export interface Affine {
  readonly slot: Int32Array;
  readonly scale: Int32Array;
  readonly shift: Int32Array;
}

/**
 * Whether (s·u + t)·c (or / c) may be folded into (s·c)·u + t·c, which may overflow where the
 * unfolded product does not: −1.5e300·u·1e21 folded is −∞·u, NaN where u = 0 instead of −0.
 * With a −0 shift: when s and c are both known now, if s·c is finite (or one of them is not);
 * when one is known, if it has a moderate size (2⁻⁶⁴ to 2⁶⁴, every coefficient a reader types),
 * since the other is then rarely near an overflow; when neither is, always (x·y·y). Otherwise only by a constant c that
 * is finite (and non-zero, to divide) and keeps known s·c and t·c finite: (u + π)/0 folded
 * would be ∞·u + ∞, NaN where u < −π instead of −∞. Both were found by the property test
 * comparing grid and pointwise evaluation.
 */
function scalable(o: number, v: number, c: number, { scale, shift }: Affine, s: Scalars): boolean {
  const k = shift[c]!;
  const staysFinite = (r: number): boolean => isFinite(applyOp(o, s.init[r]!, s.init[k]!));
  if (shift[v] === s.negZero) {
    const r = scale[v]!;
    if (s.fixed[r] && s.fixed[k]) return !isFinite(s.init[r]!) || !isFinite(s.init[k]!) || staysFinite(r);
    if (!s.fixed[r] && !s.fixed[k]) return true;
    const known = Math.abs(s.fixed[r] ? s.init[r]! : s.init[k]!);
    return known >= 2 ** -64 && known <= 2 ** 64;
  }
  // 1·c (or 1/c) checks c itself; s·c and t·c are checked when they are known now.
  return s.fixed[k]! && [s.one, scale[v]!, shift[v]!].every((r) => !s.fixed[r] || staysFinite(r));
}

/**
 * Affine folding of an operation with at least one vector operand p or q: the vector operand,
 * scale and shift of the result when it costs no pass over the row, or null when it needs a loop.
 */
export function foldAffine(o: number, p: number, q: number, plan: Affine, s: Scalars): readonly [v: number, scale: number, shift: number] | null {
  const { slot, scale, shift } = plan;
  const NZ = s.negZero;
  const vp = slot[p]! >= 0;
  const vq = slot[q]! >= 0;
  if (o === NEG) {
    // −(s·u + t) = (−s)·u + (−t)
    return [p, s.scalar(NEG, scale[p]!, NZ), shift[p] === NZ ? NZ : s.scalar(NEG, shift[p]!, NZ)];
  }
  if ((o === ADD || o === SUB) && vp !== vq) {
    // (s·u + t) ± c and c − (s·u + t) = (−s)·u + (c − t)
    const [v, c] = vp ? [p, q] : [q, p];
    const sc = o === SUB && !vp ? s.scalar(NEG, scale[v]!, NZ) : scale[v]!;
    let t: number;
    if (o === ADD) t = shift[v] === NZ ? shift[c]! : s.scalar(ADD, shift[v]!, shift[c]!);
    else t = vp ? s.scalar(SUB, shift[v]!, shift[c]!) : s.scalar(SUB, shift[c]!, shift[v]!);
    return [v, sc, t];
  }
  if (((o === MUL && vp !== vq) || (o === DIV && vp && !vq)) && scalable(o, vp ? p : q, vp ? q : p, plan, s)) {
    // (s·u + t)·c = (s·c)·u + t·c, and likewise for / c; a −0 shift stays −0
    const [v, c] = vp ? [p, q] : [q, p];
    return [v, s.scalar(o, scale[v]!, shift[c]!), shift[v] === NZ ? NZ : s.scalar(o, shift[v]!, shift[c]!)];
  }
  return null;
}

/** The vector side of a grid program. */
export interface VectorPlan extends Affine {
  /** The number of vector slots of nx values each. */
  readonly slots: number;
  /** Vector instructions over x only, run once per call, and those run once per row. */
  readonly xCode: readonly number[];
  readonly xyCode: readonly number[];
}

/**
 * Step 4: plan every instruction as a scalar op, an affine fold or a real loop over the row,
 * placing loop results in vector slots that are reused once their last reader has run. Updates
 * `direct` and `lastUse` for outputs that end up without a loop of their own.
 */
export function planVectors(tape: Tape, { cls, lastUse }: Classes, direct: Int32Array, s: Scalars): VectorPlan {
  const { op, a, b, base, size } = tape;
  const slot = new Int32Array(size).fill(-1);
  const scale = new Int32Array(size).fill(s.one);
  const shift = Int32Array.from({ length: size }, (_, r) => r);
  const plan: Affine = { slot, scale, shift };
  shift[0] = s.negZero;
  slot[0] = 0; // x
  let slots = 1;
  const slotEnd = [op.length];
  const free: number[] = [];
  const xCode: number[] = [];
  const xyCode: number[] = [];

  for (let k = 0; k < op.length; k++) {
    const r = base + k;
    const o = op[k]!;
    const [p, q] = [a[k]!, b[k]!];
    const vp = slot[p]! >= 0;
    const vq = slot[q]! >= 0;
    const folded = !vp && !vq ? null : foldAffine(o, p, q, plan, s);
    if (!vp && !vq) {
      shift[r] = s.scalar(o, shift[p]!, shift[q]!); // constant or y only
    } else if (folded !== null) {
      if (direct[r] !== 0) [direct[r], lastUse[r]] = [0, op.length]; // no loop computes r: copy it out
      [slot[r], scale[r], shift[r]] = [slot[folded[0]]!, folded[1], folded[2]];
    } else {
      // A real loop over the row. Free operand slots whose last reader this is, then place the
      // result (reusing a freed slot is safe: every loop is elementwise).
      const row = cls[r] !== X;
      if (row) {
        for (const v of [p, q]) {
          const sv = slot[v]!;
          if (sv > 0 && slotEnd[sv]! <= k && !free.includes(sv) && cls[v] === (X | Y)) free.push(sv);
        }
      }
      shift[r] = s.negZero; // a computed vector is itself: scale 1 (the default), shift -0
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
  return { slot, scale, shift, slots, xCode, xyCode };
}
