/**
 * fast-check arbitraries for the engine's property tests: syntax trees that keep the tree
 * invariants (numbers finite and not negative, calls with the right number of arguments), and
 * strings that mix the grammar's tokens with junk and odd Unicode.
 */
import fc from 'fast-check';
import { type BinaryOp, type Expr, binary, call, constant, neg, num, variable } from '../ast';
import { FUNCTION_LIST } from '../functions';

/** Numbers as they might be typed: small integers, decimals, and exponent forms. */
export const numberArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 12 }),
  fc.constantFrom(0.5, 0.1, 1.5, 2.25, 100, 1e-3, 1e-7, 2.5e10, 1e21, 1.5e300),
  fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0)),
);

/** Numbers of moderate size, for tests whose numerics break down at 1e-300 or 1e300. */
export const moderateNumberArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 12 }),
  fc.constantFrom(0.5, 0.1, 1.5, 2.25, 0.01),
);

/** Options for treeArb. */
export interface TreeOptions {
  readonly variables?: readonly string[];
  readonly functions?: readonly string[];
  readonly depth?: number;
  readonly numbers?: fc.Arbitrary<number>;
}

/** Arbitrary syntax trees over the given variables and functions. */
export function treeArb(options: TreeOptions = {}): fc.Arbitrary<Expr> {
  const variables = options.variables ?? ['x', 'y'];
  const functions = FUNCTION_LIST.filter((f) => options.functions?.includes(f.name) ?? true);
  const leaf: fc.Arbitrary<Expr> = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...variables).map(variable) },
    { weight: 2, arbitrary: (options.numbers ?? numberArb).map(num) },
    { weight: 1, arbitrary: fc.constantFrom('pi', 'e' as const).map((c) => constant(c as 'pi' | 'e')) },
  );
  return fc.letrec<{ e: Expr }>((tie) => ({
    e: fc.oneof(
      { depthSize: 'small', maxDepth: options.depth ?? 4, withCrossShrink: true },
      leaf,
      tie('e').map(neg),
      fc
        .tuple(fc.constantFrom<BinaryOp>('+', '-', '*', '/', '^'), tie('e'), tie('e'))
        .map(([op, a, b]) => binary(op, a, b)),
      fc
        .tuple(fc.constantFrom(...functions), tie('e'), tie('e'))
        .map(([f, a, b]) => call(f.name, f.arity === 1 ? [a] : [a, b])),
    ),
  })).e;
}

/** Strings built from the grammar's tokens, junk, and odd Unicode: good at finding parser bugs. */
export const tokenSoupArb: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      'x', 'y', 'z', 'w1', 'x_1', 'xy', 'theta', 'θ', 'π', 'pi', 'e', '2', '0.5', '.5', '1e3', '1e-3', '1.2.3',
      '+', '-', '*', '/', '^', '**', '(', ')', ',', ' ', '²', '³', '×', '·', '−', '–', 'sin', 'sin(', 'atan2(',
      'max(', 'sigmoid', 'relu(', 'sine(', 'constructor', '__proto__', 'toString', '.', '=', ';', '"', '[', ']',
      '\u200b', '\ufeff', 'х', 'ο', '😀', '\u0000', '\n', '|', '!', '_', 'Infinity', 'NaN', '1e400',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
