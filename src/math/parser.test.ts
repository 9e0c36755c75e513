import { describe, expect, it } from 'vitest';
import { type Expr, binary, call, constant, neg, num, variable } from './ast';
import { parse } from './parser';
import { toText } from './print-text';

const x = variable('x');
const y = variable('y');
const add = (a: Expr, b: Expr): Expr => binary('+', a, b);
const mul = (a: Expr, b: Expr): Expr => binary('*', a, b);
const pow = (a: Expr, b: Expr): Expr => binary('^', a, b);

describe('parse: the grammar', () => {
  // [source, expected tree]
  const trees: [string, Expr][] = [
    ['x', x],
    ['(x)', x],
    ['((x))', x],
    ['1e-3', num(0.001)],
    ['2.5E+2', num(250)],
    ['.5', num(0.5)],
    ['1.', num(1)],
    ['-x^2', neg(pow(x, num(2)))],
    ['-x*y', neg(mul(x, y))],
    ['x^y^2', pow(x, pow(y, num(2)))],
    ['x^-2', pow(x, neg(num(2)))],
    ['2*-x', mul(num(2), neg(x))],
    ['x - -y', binary('-', x, neg(y))],
    ['+x', x],
    ['2x', mul(num(2), x)],
    ['2x^2', mul(num(2), pow(x, num(2)))],
    ['3(x+1)', mul(num(3), add(x, num(1)))],
    ['x y', mul(x, y)],
    ['(x)(y)', mul(x, y)],
    ['2sin(x)', mul(num(2), call('sin', [x]))],
    ['2pi x', mul(mul(num(2), constant('pi')), x)],
    ['1/2x', mul(binary('/', num(1), num(2)), x)],
    ['x^2y', mul(pow(x, num(2)), y)],
    ['x - y - 1', binary('-', binary('-', x, y), num(1))],
    ['x/y/2', binary('/', binary('/', x, y), num(2))],
    ['atan2(y, x)', call('atan2', [y, x])],
    ['max(x, -y)', call('max', [x, neg(y)])],
    ['e^x', pow(constant('e'), x)],
    ['x**2', pow(x, num(2))],
    ['x²', pow(x, num(2))],
    ['x³', pow(x, num(3))],
    ['2x²', mul(num(2), pow(x, num(2)))],
    ['sin²(x)', pow(call('sin', [x]), num(2))],
    ['−x', neg(x)],
    ['x×y', mul(x, y)],
    ['x·y', mul(x, y)],
    ['x⋅y', mul(x, y)],
    ['x÷y', binary('/', x, y)],
    ['π', constant('pi')],
    ['2π', mul(num(2), constant('pi'))],
    ['θ', variable('theta')],
    ['θ_1 + w1 + x_1 + b', add(add(add(variable('theta_1'), variable('w1')), variable('x_1')), variable('b'))],
    ['\u00a0x\t+\ny ', add(x, y)],
  ];
  it.each(trees)('%s', (source, tree) => {
    expect(parse(source)).toEqual(tree);
  });

  it('reads the constants pi and e, not variables', () => {
    expect(parse('pi + e')).toEqual(add(constant('pi'), constant('e')));
  });
});

describe('parse: names and variable lists', () => {
  const cases: [string, readonly string[] | undefined, string][] = [
    ['xy', ['x', 'y'], 'x*y'],
    ['xyx', ['x', 'y'], 'x*y*x'],
    ['xy^2', ['x', 'y'], 'x*y^2'],
    ['2xy', ['x', 'y'], '2*x*y'],
    ['pix', ['x', 'y'], 'pi*x'],
    ['ex', ['x', 'y'], 'e*x'],
    ['xsin(y)', ['x', 'y'], 'x*sin(y)'],
    ['w1x', ['w1', 'x'], 'w1*x'],
    ['xy', ['xy', 'x', 'y'], 'xy'],
    ['theta', undefined, 'theta'],
    ['x_12 + w3', undefined, 'x_12 + w3'],
    ['x(x + 1)', ['x'], 'x*(x + 1)'],
    ['lr*x', ['lr', 'x'], 'lr*x'],
  ];
  it.each(cases)('%s with %j reads as %s', (source, variables, text) => {
    expect(toText(parse(source, variables))).toBe(text);
  });
});
