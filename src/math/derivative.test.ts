import { describe, expect, it } from 'vitest';
import { compileExpression } from './compile/evaluate';
import { derivative } from './derivative';
import { parse } from './parser';
import { toText } from './print-text';

const d = (source: string, v = 'x', order = 1): string => toText(derivative(parse(source), v, order));

describe('derivative: rules, in the form a person would write', () => {
  const cases: [string, string][] = [
    ['3', '0'],
    ['y', '0'],
    ['pi*x', 'pi'],
    ['x', '1'],
    ['-x', '-1'],
    ['x^2', '2*x'],
    ['x^3 - 3x*y^2', '3*x^2 - 3*y^2'],
    ['x^-2', '-2*x^(-3)'],
    ['x^0.5', '0.5*x^(-0.5)'],
    ['1/x', '-1/x^2'],
    ['x/y', '1/y'],
    ['y/x', '-y/x^2'],
    ['x*y', 'y'],
    ['x*sin(x)', 'sin(x) + x*cos(x)'],
    ['(x^2 + 1)^3', '6*(x^2 + 1)^2*x'],
    ['sin(x)', 'cos(x)'],
    ['cos(x)', '-sin(x)'],
    ['tan(x)', '1/cos(x)^2'],
    ['sin(2x)', '2*cos(2*x)'],
    ['asin(x)', '1/sqrt(1 - x^2)'],
    ['acos(x)', '-1/sqrt(1 - x^2)'],
    ['atan(x)', '1/(1 + x^2)'],
    ['atan2(y, x)', '-y/(y^2 + x^2)'],
    ['sinh(x)', 'cosh(x)'],
    ['cosh(x)', 'sinh(x)'],
    ['tanh(x)', '1 - tanh(x)^2'],
    ['exp(x)', 'exp(x)'],
    ['e^x', 'e^x'],
    ['e^(-x^2)', '-2*e^(-x^2)*x'],
    ['2^x', '2^x*ln(2)'],
    ['x^x', 'x^x*(ln(x) + 1)'],
    ['ln(x)', '1/x'],
    ['log(x^2 + 1)', '2*x/(x^2 + 1)'],
    ['log10(x)', '1/(x*ln(10))'],
    ['log2(x)', '1/(x*ln(2))'],
    ['sqrt(x)', '1/(2*sqrt(x))'],
    ['sqrt(x^2 + 1)', 'x/sqrt(x^2 + 1)'],
    ['cbrt(x)', '1/(3*cbrt(x)^2)'],
    ['pow(x, 3)', '3*x^2'],
    ['sigmoid(x)', 'sigmoid(x)*(1 - sigmoid(x))'],
    ['softplus(x)', 'sigmoid(x)'],
    ['relu(x)', 'step(x)'],
    ['abs(x)', 'sign(x)'],
    ['sign(x)', '0'],
    ['step(x)', '0'],
    ['min(x, y)', '1 - step(x - y)'],
    ['max(x, y)', '1 - step(y - x)'],
    ['(1-x)^2 + 100*(y-x^2)^2', '-2*(1 - x) - 400*(y - x^2)*x'],
    ['log(1 + exp(-x*y)) + (x-1)^2/4', '0.5*(x - 1) - exp(-x*y)*y/(1 + exp(-x*y))'],
  ];
  it.each(cases)('d/dx %s = %s', (source, expected) => {
    expect(d(source)).toBe(expected);
  });

  it('differentiates with respect to any variable', () => {
    expect(d('x^2*y^3', 'y')).toBe('3*x^2*y^2');
    expect(d('w1*x1 + b', 'w1')).toBe('x1');
    expect(d('theta^2', 'theta')).toBe('2*theta');
    expect(d('x^2', 'z')).toBe('0');
  });

  it('takes any order', () => {
    expect(d('x^4', 'x', 2)).toBe('12*x^2');
    expect(d('x^4', 'x', 4)).toBe('24');
    expect(d('x^4', 'x', 5)).toBe('0');
    expect(d('sin(x)', 'x', 4)).toBe('sin(x)');
    expect(d('exp(2x)', 'x', 3)).toBe('8*exp(2*x)');
    expect(d('x^2', 'x', 0)).toBe('x^2');
  });

  it('keeps high orders small by sharing subtrees', () => {
    const e = derivative(parse('sin(x*y)*exp(x^2)/(1 + x^2)'), 'x', 6);
    const nodes = new Set<unknown>();
    const walk = (n: object): void => {
      if (nodes.has(n)) return;
      nodes.add(n);
      for (const c of Object.values(n)) if (typeof c === 'object' && c !== null) walk(c);
    };
    walk(e);
    expect(nodes.size).toBeLessThan(3000);
  });
});

describe('derivative: the convention at kinks', () => {
  // d/dx relu = step: 1 for x > 0, else 0 (0 at the kink, as in PyTorch); d/dx abs = sign (0 at
  // 0); d/dx sign = 0; min and max follow the selected argument, the first one on ties.
  const at = (source: string, x: number, y = 0, v = 'x'): number =>
    compileExpression(derivative(parse(source), v), ['x', 'y'])([x, y]);
  it.each([
    ['relu(x)', -1, 0],
    ['relu(x)', 0, 0],
    ['relu(x)', 1e-300, 1],
    ['relu(x)', 2, 1],
    ['abs(x)', -2, -1],
    ['abs(x)', 0, 0],
    ['abs(x)', 2, 1],
    ['sign(x)', 0, 0],
    ['sign(x)', 3, 0],
    ['step(x)', 0, 0],
  ])('d/dx %s at x = %d is %d', (source, x, expected) => {
    expect(at(source, x)).toBe(expected);
  });
  it.each([
    ['min(x, y)', 1, 2, 'x', 1],
    ['min(x, y)', 1, 2, 'y', 0],
    ['min(x, y)', 2, 1, 'x', 0],
    ['min(x, y)', 1, 1, 'x', 1],
    ['min(x, y)', 1, 1, 'y', 0],
    ['max(x, y)', 2, 1, 'x', 1],
    ['max(x, y)', 1, 2, 'x', 0],
    ['max(x, y)', 1, 1, 'x', 1],
    ['max(x, y)', 1, 1, 'y', 0],
  ] as const)('%s at (%d, %d): ∂/∂%s = %d', (source, x, y, v, expected) => {
    expect(at(source, x, y, v)).toBe(expected);
  });
});
