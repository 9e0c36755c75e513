import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { equal, num, binary, neg, variable, call } from './ast';
import { derivative } from './derivative';
import { ExpressionError } from './errors';
import { fieldToTex } from './index';
import { parse } from './parser';
import { toText } from './print-text';
import { texName, toTex } from './print-tex';
import { CORPUS } from './testing/corpus';

describe('toText', () => {
  it.each([
    ['x^2 + y^2', 'x^2 + y^2'],
    ['2x', '2*x'],
    ['x - (y - z)', 'x - (y - z)'],
    ['(x - y) - z', 'x - y - z'],
    ['x/(y*z)', 'x/(y*z)'],
    ['(x/y)*z', 'x/y*z'],
    ['-x^2', '-x^2'],
    ['(-x)^2', '(-x)^2'],
    ['x^(-2)', 'x^(-2)'],
    ['e^-x', 'e^(-x)'],
    ['(x^y)^z', '(x^y)^z'],
    ['x^y^z', 'x^y^z'],
    ['-(x + y)', '-(x + y)'],
    ['-(x*y)', '-x*y'],
    ['(-x)*y', '(-x)*y'],
    ['2*(-x)', '2*(-x)'],
    ['atan2(y, -x)', 'atan2(y, -x)'],
    ['1e-7 + 1.5e300', '1e-7 + 1.5e+300'],
    ['π θ', 'pi*theta'],
  ])('%s → %s', (source, text) => {
    expect(toText(parse(source))).toBe(text);
  });

  it('prints numbers that parse back to themselves', () => {
    for (const v of [0, 1, 0.1, 1 / 3, 123456789.125, 1e21, 5e-324, 1.7976931348623157e308]) {
      expect(parse(toText(num(v)))).toEqual(num(v));
    }
  });

  it('parses back every corpus expression and its derivatives to equal trees', () => {
    for (const source of CORPUS) {
      const e = parse(source, ['x', 'y']);
      for (const t of [e, derivative(e, 'x'), derivative(e, 'y')]) {
        const text = toText(t);
        expect(equal(parse(text), t), `${source}: ${text}`).toBe(true);
      }
    }
  });
});

describe('toTex', () => {
  it.each([
    ['x^2 + y^2', 'x^{2} + y^{2}'],
    ['2x', '2 x'],
    ['2*3', '2 \\cdot 3'],
    ['x/y', '\\frac{x}{y}'],
    ['(x + 1)/(x - 1)', '\\frac{x + 1}{x - 1}'],
    ['(x + 1)*(x - 1)', '\\left(x + 1\\right) \\left(x - 1\\right)'],
    ['x - (y + 1)', 'x - \\left(y + 1\\right)'],
    ['-(x + y)', '-\\left(x + y\\right)'],
    ['x*(-y)', 'x \\left(-y\\right)'],
    ['(x/y)^2', '\\left(\\frac{x}{y}\\right)^{2}'],
    ['(x^2)^3', '\\left(x^{2}\\right)^{3}'],
    ['sqrt(x)', '\\sqrt{x}'],
    ['cbrt(x)', '\\sqrt[3]{x}'],
    ['abs(x)', '\\left|x\\right|'],
    ['exp(-x^2)', 'e^{-x^{2}}'],
    ['exp(x)^2', '\\left(e^{x}\\right)^{2}'],
    ['sin(x)^2', '\\sin\\left(x\\right)^{2}'],
    ['asin(x)', '\\arcsin\\left(x\\right)'],
    ['log10(x)', '\\log_{10}\\left(x\\right)'],
    ['ln(x) + log(x)', '\\ln\\left(x\\right) + \\log\\left(x\\right)'],
    ['sigmoid(x)', '\\operatorname{sigmoid}\\left(x\\right)'],
    ['relu(x)', '\\operatorname{ReLU}\\left(x\\right)'],
    ['max(x, y)', '\\max\\left(x, y\\right)'],
    ['atan2(y, x)', '\\operatorname{atan2}\\left(y, x\\right)'],
    ['pow(x, 3)', 'x^{3}'],
    ['pi*r^2', '\\pi r^{2}'],
    ['1e-7*x', '1 \\times 10^{-7} \\cdot x'],
  ])('%s → %s', (source, tex) => {
    expect(toTex(parse(source))).toBe(tex);
  });

  it.each([
    ['x', 'x'],
    ['w1', 'w_{1}'],
    ['x_1', 'x_{1}'],
    ['w12', 'w_{12}'],
    ['x1_a', 'x_{1,a}'],
    ['theta', '\\theta'],
    ['theta_0', '\\theta_{0}'],
    ['lr', '\\mathrm{lr}'],
    ['a\\b{c}', '\\mathrm{abc}'],
  ])('names: %s → %s', (name, tex) => {
    expect(texName(name)).toBe(tex);
  });

  it('renders with KaTeX (throwOnError) for every corpus expression and its derivatives', () => {
    let rendered = 0;
    for (const source of CORPUS) {
      const e = parse(source, ['x', 'y']);
      for (const t of [e, derivative(e, 'x'), derivative(e, 'y'), derivative(e, 'x', 2)]) {
        const tex = toTex(t);
        expect(() => katex.renderToString(tex, { throwOnError: true }), tex).not.toThrow();
        rendered++;
      }
    }
    for (const tree of [neg(neg(variable('x'))), binary('*', num(2), binary('^', num(1e-9), num(2))), call('step', [variable('w_1')])]) {
      katex.renderToString(toTex(tree), { throwOnError: true });
    }
    expect(rendered).toBeGreaterThanOrEqual(800);
  });

  it('gives the LaTeX of a field and its partial derivatives', () => {
    expect(fieldToTex('x^2 y')).toEqual({ f: 'x^{2} y', dx: '2 x y', dy: 'x^{2}' });
    expect(fieldToTex('w1^2 + w2', ['w1', 'w2']).dx).toBe('2 w_{1}');
    expect(() => fieldToTex('z')).toThrow(ExpressionError);
  });

  it('refuses to print trees too large to show, with an ExpressionError', () => {
    const huge = derivative(parse('sin(x*sin(x*sin(x*sin(x*sin(x)))))'), 'x', 8);
    expect(() => toTex(huge)).toThrow(ExpressionError);
    expect(() => toText(huge)).toThrow(/Too large to show/);
  });
});
