import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { tidyMathml } from './mathml';

const render = (tex: string): string => tidyMathml(katex.renderToString(tex, { output: 'mathml' }));

describe('tidyMathml', () => {
  it('marks a minus that starts a term as a prefix operator', () => {
    expect(render('f = -\\sin(x)')).toContain('<mo>=</mo><mo form="prefix">−</mo>');
    expect(render('e^{-\\left(x^2\\right)}')).toContain('<mrow><mo form="prefix">−</mo>');
    expect(render('-x')).toContain('<mrow><mo form="prefix">−</mo><mi class="v">x</mi>');
  });

  it('leaves a binary minus alone', () => {
    const html = render('x - y + \\left(a\\right) - b');
    expect(html).not.toContain('form="prefix"');
    expect(html.match(/<mo>−<\/mo>/g)).toHaveLength(2);
  });

  it('marks one-letter variables for the math italic, not function names', () => {
    const html = render('\\sin(x) + \\theta');
    expect(html).toContain('<mi class="v">x</mi>');
    expect(html).toContain('<mi class="v">θ</mi>');
    expect(html).toContain('<mi>sin</mi>');
  });
});
