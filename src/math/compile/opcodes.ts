/**
 * The instruction set of the compiled tapes: five arithmetic operators, negation, squaring, and
 * one opcode per built-in function (FN + its index in FUNCTION_LIST), so adding a function to
 * the table adds its opcode too. `applyOp` is the one scalar rule for every opcode; the grid
 * runner has its own tight loops for arithmetic and a few common functions, and calls
 * `opFunction` for the rest.
 * IEEE semantics throughout: 1/0 = Infinity, log(-1) = NaN, nothing throws.
 */
import { FUNCTION_INDEX, FUNCTION_LIST } from '../functions';

/** a + b */
export const ADD = 0;
/** a − b */
export const SUB = 1;
/** a · b */
export const MUL = 2;
/** a / b */
export const DIV = 3;
/** a ^ b, as Math.pow */
export const POW = 4;
/** −a */
export const NEG = 5;
/** x·x: exactly Math.pow(x, 2), without the call. */
export const SQR = 6;
/** Opcode of FUNCTION_LIST[0]; FUNCTION_LIST[k] is FN + k. */
export const FN = 7;

/** The opcode of a built-in function; 'log' shares 'ln''s, as they are the same function. */
export const fnOp = (name: string): number => FN + (FUNCTION_INDEX.get(name === 'log' ? 'ln' : name) ?? NaN);

// Functions common enough in figures to get their own loops in the grid runner:
/** sin */
export const SIN = fnOp('sin');
/** cos */
export const COS = fnOp('cos');
/** exp */
export const EXP = fnOp('exp');
/** ln, and log, the same function */
export const LN = fnOp('ln');
/** sqrt */
export const SQRT = fnOp('sqrt');
/** tanh */
export const TANH = fnOp('tanh');

/** True for opcodes that read one operand. */
export const isUnary = (op: number): boolean =>
  op === NEG || op === SQR || (op >= FN && FUNCTION_LIST[op - FN]!.arity === 1);

/** The numeric rule of an opcode as a two-argument function (b is ignored by one-operand ops). */
export const opFunction = (op: number): ((a: number, b: number) => number) =>
  op >= FN ? FUNCTION_LIST[op - FN]!.apply : op === POW ? Math.pow : (a, b) => applyOp(op, a, b);

/** Apply opcode `op` to operands `a` and `b` (b is ignored by one-operand opcodes). */
export function applyOp(op: number, a: number, b: number): number {
  switch (op) {
    case ADD:
      return a + b;
    case SUB:
      return a - b;
    case MUL:
      return a * b;
    case DIV:
      return a / b;
    case POW:
      return Math.pow(a, b);
    case NEG:
      return -a;
    case SQR:
      return a * a;
    default:
      return FUNCTION_LIST[op - FN]!.apply(a, b);
  }
}
