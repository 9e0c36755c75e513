/**
 * The built-in functions: one table, one entry per function, holding its arity, its numeric rule
 * (IEEE semantics, never throws) and its local derivatives as trees. Adding a function is adding
 * one entry here; the parser, differentiator, compiler and printers all read this table.
 *
 * Conventions at kinks (one rule for every path, symbolic or numeric):
 * - relu'(u) = step(u): 1 for u > 0, else 0, so 0 at the kink, as in PyTorch;
 * - abs'(u) = sign(u), so 0 at 0;
 * - sign'(u) = step'(u) = 0 everywhere;
 * - min and max follow the argument they select, the first one on ties:
 *   ∂min(a,b)/∂a = 1 - step(a - b), ∂min(a,b)/∂b = step(a - b), and max likewise with b - a.
 * `step` is in the language (it is the Heaviside function with step(0) = 0) because these
 * derivatives are written with it and every printed derivative must parse back.
 */
import type { Expr } from './ast';
import type { Builder } from './builder-types';
import { sigmoid, softplus, step } from './activations';

/** One built-in function. */
export interface FunctionDef {
  /** The name as typed, such as 'sin'. */
  readonly name: string;
  /** The number of arguments. */
  readonly arity: 1 | 2;
  /** The value; the second argument is ignored by one-argument functions. */
  readonly apply: (a: number, b: number) => number;
  /** ∂f/∂(argument i) as a tree in the arguments, built with the simplifying builder `s`. */
  readonly partial: (s: Builder, args: readonly Expr[], i: number) => Expr;
  /** LaTeX for the operator name, when the printer has no special layout for it. */
  readonly tex: string;
}

type Rule = (s: Builder, u: Expr, v: Expr, i: number) => Expr;

// Shorthands used only to write the table compactly.
const one = (s: Builder): Expr => s.num(1);
/** 1 / sqrt(1 - u^2), shared by asin and acos. */
const arcRoot = (s: Builder, u: Expr): Expr => s.div(one(s), s.call('sqrt', [s.sub(one(s), s.pow(u, s.num(2)))]));
/** a^2 + b^2, the denominator of atan2's derivatives. */
const sumSq = (s: Builder, a: Expr, b: Expr): Expr => s.add(s.pow(a, s.num(2)), s.pow(b, s.num(2)));
/** d/du of a power u^v with respect to u (i = 0) or v (i = 1). */
const powRule: Rule = (s, u, v, i) =>
  i === 0 ? s.mul(v, s.pow(u, s.sub(v, one(s)))) : s.mul(s.pow(u, v), s.call('ln', [u]));

// [name, arity, value, local derivative, TeX]. TeX left out means \name (\sin); a plain word
// means \operatorname{word}; anything starting with a backslash is used as it is.
const entries: [string, 1 | 2, (a: number, b: number) => number, Rule, string?][] = [
  ['sin', 1, Math.sin, (s, u) => s.call('cos', [u])],
  ['cos', 1, Math.cos, (s, u) => s.neg(s.call('sin', [u]))],
  ['tan', 1, Math.tan, (s, u) => s.div(one(s), s.pow(s.call('cos', [u]), s.num(2)))],
  ['asin', 1, Math.asin, (s, u) => arcRoot(s, u), '\\arcsin'],
  ['acos', 1, Math.acos, (s, u) => s.neg(arcRoot(s, u)), '\\arccos'],
  ['atan', 1, Math.atan, (s, u) => s.div(one(s), s.add(one(s), s.pow(u, s.num(2)))), '\\arctan'],
  // atan2(a, b) is the angle of the point (b, a): ∂/∂a = b/(a²+b²), ∂/∂b = -a/(a²+b²).
  ['atan2', 2, Math.atan2, (s, a, b, i) => (i === 0 ? s.div(b, sumSq(s, a, b)) : s.neg(s.div(a, sumSq(s, a, b)))), 'atan2'],
  ['sinh', 1, Math.sinh, (s, u) => s.call('cosh', [u])],
  ['cosh', 1, Math.cosh, (s, u) => s.call('sinh', [u])],
  ['tanh', 1, Math.tanh, (s, u) => s.sub(one(s), s.pow(s.call('tanh', [u]), s.num(2)))],
  ['exp', 1, Math.exp, (s, u) => s.call('exp', [u])],
  ['ln', 1, Math.log, (s, u) => s.div(one(s), u)],
  ['log', 1, Math.log, (s, u) => s.div(one(s), u)],
  ['log10', 1, Math.log10, (s, u) => s.div(one(s), s.mul(u, s.call('ln', [s.num(10)]))), '\\log_{10}'],
  ['log2', 1, Math.log2, (s, u) => s.div(one(s), s.mul(u, s.call('ln', [s.num(2)]))), '\\log_{2}'],
  ['sqrt', 1, Math.sqrt, (s, u) => s.div(one(s), s.mul(s.num(2), s.call('sqrt', [u]))), '\\sqrt'],
  ['cbrt', 1, Math.cbrt, (s, u) => s.div(one(s), s.mul(s.num(3), s.pow(s.call('cbrt', [u]), s.num(2)))), '\\sqrt[3]'],
  ['abs', 1, Math.abs, (s, u) => s.call('sign', [u]), 'abs'],
  ['sign', 1, Math.sign, (s) => s.num(0), 'sign'],
  ['step', 1, step, (s) => s.num(0), 'step'],
  ['min', 2, Math.min, (s, a, b, i) => {
    const t = s.call('step', [s.sub(a, b)]);
    return i === 0 ? s.sub(one(s), t) : t;
  }],
  ['max', 2, Math.max, (s, a, b, i) => {
    const t = s.call('step', [s.sub(b, a)]);
    return i === 0 ? s.sub(one(s), t) : t;
  }],
  ['pow', 2, Math.pow, powRule, 'pow'],
  // σ'(u) = σ(u)(1 - σ(u)).
  ['sigmoid', 1, sigmoid, (s, u) => {
    const g = s.call('sigmoid', [u]);
    return s.mul(g, s.sub(one(s), g));
  }, 'sigmoid'],
  ['relu', 1, (a) => Math.max(a, 0), (s, u) => s.call('step', [u]), 'ReLU'],
  // softplus'(u) = e^u / (1 + e^u) = σ(u).
  ['softplus', 1, softplus, (s, u) => s.call('sigmoid', [u]), 'softplus'],
];

/** Every built-in function, in a fixed order (the compiler uses the index as an opcode). */
export const FUNCTION_LIST: readonly FunctionDef[] = entries.map(([name, arity, apply, rule, tex]) => ({
  name,
  arity,
  apply,
  // No TeX given means \name; a plain word means \operatorname{word}.
  tex: tex === undefined ? `\\${name}` : tex[0] === '\\' ? tex : `\\operatorname{${tex}}`,
  partial: (s: Builder, args: readonly Expr[], i: number) => rule(s, args[0]!, args[1] ?? args[0]!, i),
}));

/** Lookup by name. A Map, so names such as 'constructor' can never reach a prototype. */
export const FUNCTIONS: ReadonlyMap<string, FunctionDef> = new Map(FUNCTION_LIST.map((f) => [f.name, f]));

/** Index of a function in FUNCTION_LIST (its opcode offset in the compiler). */
export const FUNCTION_INDEX: ReadonlyMap<string, number> = new Map(FUNCTION_LIST.map((f, i) => [f.name, i]));
