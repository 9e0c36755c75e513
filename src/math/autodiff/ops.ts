/**
 * The primitives of the autodiff graph: each op carries its forward rule and its local
 * derivatives side by side, so adding an op is one entry in this table (micrograd's design).
 * `local(a, b, out)` returns [∂out/∂a, ∂out/∂b] from the parents' values a, b and the op's own
 * output, which several rules reuse (exp' = exp, σ' = σ(1 - σ), tanh' = 1 - tanh²).
 * relu follows the engine-wide convention: relu'(0) = 0.
 */
import { sigmoid } from '../activations';

/** The name of a primitive op. 'input' and 'const' are leaves. */
export type OpName =
  | 'input'
  | 'const'
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'neg'
  | 'pow'
  | 'square'
  | 'exp'
  | 'log'
  | 'tanh'
  | 'sigmoid'
  | 'relu';

/** One primitive: arity, forward rule and local derivatives. */
export interface OpRule {
  readonly arity: 0 | 1 | 2;
  forward(a: number, b: number): number;
  local(a: number, b: number, out: number): readonly [number, number];
}

const leaf: OpRule = { arity: 0, forward: () => NaN, local: () => [0, 0] };

/** The table of primitives. A Map, so an op name from outside can never reach a prototype. */
export const OPS: ReadonlyMap<OpName, OpRule> = new Map<OpName, OpRule>([
  ['input', leaf],
  ['const', leaf],
  ['add', { arity: 2, forward: (a, b) => a + b, local: () => [1, 1] }],
  ['sub', { arity: 2, forward: (a, b) => a - b, local: () => [1, -1] }],
  ['mul', { arity: 2, forward: (a, b) => a * b, local: (a, b) => [b, a] }],
  ['div', { arity: 2, forward: (a, b) => a / b, local: (a, b) => [1 / b, -a / (b * b)] }],
  ['neg', { arity: 1, forward: (a) => -a, local: () => [-1, 0] }],
  // d(a^b)/da = b·a^(b-1); d(a^b)/db = a^b·ln a (NaN for a < 0: only meaningful for a > 0).
  ['pow', { arity: 2, forward: Math.pow, local: (a, b, out) => [b * Math.pow(a, b - 1), out * Math.log(a)] }],
  ['square', { arity: 1, forward: (a) => a * a, local: (a) => [2 * a, 0] }],
  ['exp', { arity: 1, forward: Math.exp, local: (_a, _b, out) => [out, 0] }],
  ['log', { arity: 1, forward: Math.log, local: (a) => [1 / a, 0] }],
  ['tanh', { arity: 1, forward: Math.tanh, local: (_a, _b, out) => [1 - out * out, 0] }],
  ['sigmoid', { arity: 1, forward: sigmoid, local: (_a, _b, out) => [out * (1 - out), 0] }],
  ['relu', { arity: 1, forward: (a) => Math.max(a, 0), local: (a) => [a > 0 ? 1 : 0, 0] }],
]);
