/**
 * Trees to tapes: a flat list of instructions over numbered registers, shared by any number of
 * output trees. Building a tape
 * - eliminates common subexpressions by structural hashing, so f's subterms are computed once
 *   even where ∂f/∂x and ∂f/∂y mention them again, and shared subtrees are visited once;
 * - folds every instruction whose operands are constants;
 * - turns u^2 into one multiplication.
 * Registers: [0, inputs) hold the variables, then the constants, then one per instruction.
 */
import { type Expr } from '../ast';
import { ADD, DIV, MUL, NEG, POW, SQR, SUB, applyOp, fnOp, isUnary } from './opcodes';

/** A compiled program. Instruction k reads registers a[k], b[k] and writes register base + k. */
export interface Tape {
  /** The number of variables, in registers 0 .. inputs - 1. */
  readonly inputs: number;
  /** The constants, in registers inputs .. base - 1. */
  readonly constants: Float64Array;
  /** The first instruction register: inputs + constants.length. */
  readonly base: number;
  readonly op: Uint8Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** The register holding each output, in the order the trees were given. */
  readonly outputs: Int32Array;
  /** The total number of registers. */
  readonly size: number;
}

const BIN_OPS: Readonly<Record<string, number>> = { '+': ADD, '-': SUB, '*': MUL, '/': DIV, '^': POW };

/**
 * Compile `outputs` over `variables` (register i holds variables[i]). A variable not in the list
 * reads as NaN.
 */
export function buildTape(outputs: readonly Expr[], variables: readonly string[]): Tape {
  // Provisional values: constants carry a number, instructions an opcode and operands.
  const constants: number[] = [];
  const ops: [number, number, number][] = [];
  const constantIds = new Map<number, number>();
  const instructionIds = new Map<string, number>();
  const visited = new Map<Expr, number>();
  const varIndex = new Map(variables.map((v, i) => [v, i] as const));
  // Provisional id: i < 0 is constant ~i; 0 <= i < inputs is a variable; else instruction i - inputs.
  const inputs = variables.length;

  const constantId = (value: number): number => {
    let id = constantIds.get(value); // Map keys conflate -0 and 0; Object.is tells them apart
    if (id === undefined || !Object.is(constants[~id], value)) {
      id = ~constants.length;
      constants.push(value);
      constantIds.set(value, id);
    }
    return id;
  };
  const valueOf = (id: number): number | undefined => (id < 0 ? constants[~id] : undefined);

  const emit = (op: number, a: number, b: number): number => {
    const ca = valueOf(a);
    const cb = valueOf(b);
    if (ca !== undefined && (cb !== undefined || isUnary(op))) return constantId(applyOp(op, ca, cb ?? ca));
    if (op === POW && cb === 2) return emit(SQR, a, a);
    const key = `${op},${a},${b}`;
    let id = instructionIds.get(key);
    if (id === undefined) {
      id = inputs + ops.length;
      ops.push([op, a, b]);
      instructionIds.set(key, id);
    }
    return id;
  };

  const visit = (e: Expr): number => {
    let id = visited.get(e);
    if (id !== undefined) return id;
    switch (e.type) {
      case 'num':
        id = constantId(e.value);
        break;
      case 'const':
        id = constantId(e.name === 'pi' ? Math.PI : Math.E);
        break;
      case 'var':
        id = varIndex.get(e.name) ?? constantId(NaN);
        break;
      case 'neg': {
        const a = visit(e.arg);
        id = emit(NEG, a, a);
        break;
      }
      case 'bin':
        id = emit(BIN_OPS[e.op]!, visit(e.left), visit(e.right));
        break;
      case 'call': {
        const args = e.args.map(visit);
        const op = e.name === 'pow' ? POW : fnOp(e.name);
        id = Number.isNaN(op) ? constantId(NaN) : emit(op, args[0]!, args[1] ?? args[0]!);
        break;
      }
    }
    visited.set(e, id);
    return id;
  };

  const outputIds = outputs.map(visit);
  // Final layout: variables, constants, instructions.
  const base = inputs + constants.length;
  const reg = (id: number): number => (id < 0 ? inputs + ~id : id < inputs ? id : base + id - inputs);
  return {
    inputs,
    constants: Float64Array.from(constants),
    base,
    op: Uint8Array.from(ops, (o) => o[0]),
    a: Int32Array.from(ops, (o) => reg(o[1])),
    b: Int32Array.from(ops, (o) => reg(o[2])),
    outputs: Int32Array.from(outputIds, reg),
    size: base + ops.length,
  };
}

/** Fresh registers for `tape`, with its constants loaded. */
export function createRegisters(tape: Tape): Float64Array {
  const r = new Float64Array(tape.size);
  r.set(tape.constants, tape.inputs);
  return r;
}

/** Run every instruction of `tape` on scalar registers `r` (inputs already written). */
export function runTape(tape: Tape, r: Float64Array): void {
  const { op, a, b, base } = tape;
  for (let k = 0; k < op.length; k++) r[base + k] = applyOp(op[k]!, r[a[k]!]!, r[b[k]!]!);
}
