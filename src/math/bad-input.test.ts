/**
 * The bad-input table: every row says what must happen. Either the source parses and evaluates
 * to the documented value (IEEE semantics, no exception), or parse throws an ExpressionError
 * with the given code and range to underline.
 */
import { describe, expect, it } from 'vitest';
import { compileExpression } from './compile/evaluate';
import { ExpressionError } from './errors';
import { parse } from './parser';

interface ValueRow {
  source: string;
  at?: [number, number];
  value: number;
}
interface ErrorRow {
  source: string;
  variables?: string[];
  code: string;
  range?: [number, number];
  message?: RegExp;
}

const XY = ['x', 'y'];
const deep = (n: number): string => '('.repeat(n) + 'x' + ')'.repeat(n);

const values: ValueRow[] = [
  { source: '1/0', value: Infinity },
  { source: '-1/0', value: -Infinity },
  { source: '0/0', value: NaN },
  { source: 'log(0)', value: -Infinity },
  { source: 'log(-1)', value: NaN },
  { source: 'sqrt(-1)', value: NaN },
  { source: 'x^1e308', at: [2, 0], value: Infinity },
  { source: 'x^1e308', at: [1, 0], value: 1 },
  { source: 'x^1e308', at: [0.5, 0], value: 0 },
  { source: 'exp(1000)', value: Infinity },
  { source: 'exp(-1000)', value: 0 },
  { source: '1e308*10', value: Infinity },
  { source: 'sigmoid(1000) + sigmoid(-1000)', value: 1 },
  { source: 'softplus(1000)', value: 1000 },
  { source: '1e-400', value: 0 },
  { source: 'asin(2)', value: NaN },
  { source: '0^0', value: 1 },
  { source: 'tan(pi/2)', value: Math.tan(Math.PI / 2) },
  { source: deep(100), at: [3, 0], value: 3 },
  { source: '1e5', value: 1e5 },
];

const errors: ErrorRow[] = [
  // empty and size caps
  { source: '', code: 'empty', range: [0, 0], message: /Type a function/ },
  { source: '  \t ', code: 'empty' },
  { source: deep(1000), code: 'too-long', range: [2000, 2001], message: /limit is 2000/ },
  { source: deep(100_000), code: 'too-long', range: [2000, 200_001] },
  { source: 'x'.repeat(1 << 20), code: 'too-long', range: [2000, 1 << 20] },
  { source: '('.repeat(1 << 20), code: 'too-long' },
  { source: deep(101), code: 'too-deep', range: [100, 101], message: /limit is 100/ },
  { source: '-'.repeat(150) + 'x', code: 'too-deep' },
  { source: 'x^'.repeat(150) + 'x', code: 'too-deep' },
  { source: 'x+'.repeat(600) + 'x', code: 'too-many-nodes', message: /limit is 1000/ },
  // sandbox escapes and JavaScript syntax: never run, always refused
  { source: 'constructor.constructor("alert(1)")()', code: 'bad-character', range: [11, 12] },
  { source: 'constructor', code: 'unknown-name', range: [0, 11] },
  { source: 'constructor', variables: XY, code: 'unknown-variable', message: /this figure uses x and y/ },
  { source: 'constructor(x)', code: 'unknown-function', range: [0, 11] },
  { source: '__proto__', code: 'bad-character', range: [0, 1] },
  { source: 'x.__proto__', code: 'bad-character', range: [1, 2] },
  { source: 'toString', code: 'unknown-name' },
  { source: 'valueOf()', code: 'unknown-function' },
  { source: 'hasOwnProperty(x)', variables: XY, code: 'unknown-function' },
  { source: 'x.constructor', code: 'bad-character', range: [1, 2] },
  { source: 'x.y', code: 'bad-character', range: [1, 2] },
  { source: '"x"', code: 'bad-character', range: [0, 1], message: /Quotes/ },
  { source: "'x'", code: 'bad-character', range: [0, 1] },
  { source: '`x`', code: 'bad-character', range: [0, 1] },
  { source: '[1,2]', code: 'bad-character', range: [0, 1] },
  { source: '{x}', code: 'bad-character', range: [0, 1] },
  { source: 'a=1', code: 'bad-character', range: [1, 2], message: /without '='/ },
  { source: 'f(x)=x', code: 'bad-character', range: [4, 5] },
  { source: 'x;y', code: 'bad-character', range: [1, 2] },
  { source: 'x => x', code: 'bad-character', range: [2, 3] },
  { source: 'this', code: 'unknown-name' },
  { source: 'Infinity', code: 'unknown-name' },
  { source: 'NaN', variables: XY, code: 'unknown-variable' },
  // look-alike and invisible characters
  { source: '\u0445 + y', code: 'look-alike', range: [0, 1], message: /looks like 'x'/ },
  { source: 'x + \u0443', code: 'look-alike', range: [4, 5], message: /looks like 'y'/ },
  { source: 's\u0456n(x)', code: 'look-alike', range: [1, 2] },
  { source: '\uff58 + 1', code: 'look-alike', range: [0, 1], message: /looks like 'x'/ },
  { source: '\u{1d465} + 1', code: 'look-alike', range: [0, 2], message: /looks like 'x'/ },
  { source: 'x \u2013 y', code: 'look-alike', range: [2, 3], message: /looks like '-'/ },
  { source: 'x\u200b+y', code: 'invisible', range: [1, 2], message: /Invisible character U\+200B/ },
  { source: 'x+\ufeffy', code: 'invisible', range: [2, 3] },
  { source: 'x\u202e+y', code: 'invisible', range: [1, 2] },
  { source: 'x\u0000', code: 'invisible', range: [1, 2] },
  { source: '\u{1f600}', code: 'bad-character', range: [0, 2] },
  { source: 'x + \u0436', code: 'bad-character', range: [4, 5], message: /Latin letters/ },
  // names and functions
  { source: 'sine(x)', code: 'unknown-function', range: [0, 4], message: /did you mean sin\?/ },
  { source: 'Sin(x)', code: 'unknown-function', message: /did you mean sin\?/ },
  { source: 'sigmod(x)', code: 'unknown-function', message: /did you mean sigmoid\?/ },
  { source: 'sin x', code: 'no-parentheses', range: [0, 3], message: /sin\(x\)/ },
  { source: 'atan2(x)', code: 'arity', range: [0, 8], message: /atan2 takes 2 arguments/ },
  { source: 'sin(x, y)', code: 'arity', message: /sin takes 1 argument/ },
  { source: 'sin()', code: 'arity' },
  { source: 'z', variables: XY, code: 'unknown-variable', range: [0, 1], message: /^Unknown variable 'z': this figure uses x and y/ },
  { source: 'x + X', variables: XY, code: 'unknown-variable', message: /did you mean x\?/ },
  // syntax
  { source: 'x +', code: 'missing-operand', range: [2, 3], message: /after '\+'/ },
  { source: '* x', code: 'missing-operand', range: [0, 1], message: /before '\*'/ },
  { source: '2 + * 3', code: 'missing-operand', range: [4, 5] },
  { source: '2^^3', code: 'missing-operand' },
  { source: '()', code: 'missing-operand', range: [0, 2], message: /Empty parentheses/ },
  { source: 'max(x,)', code: 'missing-operand' },
  { source: '(x', code: 'unclosed', range: [0, 1], message: /Missing '\)' to close the '\(' at 1/ },
  { source: 'sin((x+1)', code: 'unclosed', range: [3, 4], message: /at 4/ },
  { source: 'x)', code: 'unmatched', range: [1, 2] },
  { source: 'x, y', code: 'stray-comma', range: [1, 2] },
  { source: '(x, y)', code: 'stray-comma', range: [2, 3] },
  { source: '2 3', code: 'missing-operator', range: [2, 3] },
  { source: '(x)2', code: 'missing-operator' },
  { source: '1.2.3', code: 'bad-number' },
  { source: '1e400', code: 'bad-number', range: [0, 5] },
  { source: 'x_', code: 'bad-character', range: [1, 2] },
  { source: 'x!', code: 'bad-character', range: [1, 2] },
  { source: '|x|', code: 'bad-character', message: /abs\(x\)/ },
  { source: '#', code: 'bad-character' },
];

describe('bad input: values', () => {
  it.each(values)('$source = $value', ({ source, at = [0, 0], value }) => {
    const f = compileExpression(parse(source, XY), XY);
    expect(f(at)).toBe(value);
  });
});

describe('bad input: errors', () => {
  it.each(errors)('$source → $code', ({ source, variables, code, range, message }) => {
    let thrown: unknown;
    try {
      parse(source, variables);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ExpressionError);
    const e = thrown as ExpressionError;
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe(code);
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThanOrEqual(e.start);
    expect(e.end).toBeLessThanOrEqual(source.length);
    if (range !== undefined) expect([e.start, e.end]).toEqual(range);
    if (message !== undefined) expect(e.message).toMatch(message);
  });

  it('checks the size caps before recursing, in time linear in the input', () => {
    const t0 = performance.now();
    for (const source of [deep(100_000), '-'.repeat(1 << 20), 'x^'.repeat(999) + 'x', '('.repeat(1999)]) {
      expect(() => parse(source)).toThrow(ExpressionError);
    }
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
