import { describe, expect, it } from 'vitest';
import { currentSection } from './toc-current';

describe('currentSection', () => {
  const at = (tops: number[], atEnd = false) => currentSection({ tops, line: 300, height: 1000, atEnd });
  it.each([
    ['before any heading reaches the line: the first', [400, 900, 2000], 0],
    ['a heading just on the line', [-500, 300, 2000], 1],
    ['the last heading that passed the line', [-900, -200, 100, 700], 2],
    ['all passed', [-3000, -2000, -1000], 2],
    ['a missing target is never current', [-100, Infinity, 500], 0],
  ])('%s', (_what, tops, expected) => expect(at(tops)).toBe(expected));

  it('at the end of the page, the last section whose heading is on screen', () => {
    expect(at([-900, 200, 600, 900], true)).toBe(3);
    expect(at([-900, 200, 600, 1200], true)).toBe(2);
  });

  it('at the end of the page, the section the reader chose if it is on screen', () => {
    const where = { tops: [-900, 200, 600, 900], line: 300, height: 1000 };
    expect(currentSection({ ...where, atEnd: true, preferred: 2 })).toBe(2);
    expect(currentSection({ ...where, atEnd: true, preferred: 0 })).toBe(3);
    expect(currentSection({ ...where, atEnd: false, preferred: 2 })).toBe(1);
  });

  it('no sections, no current one', () => expect(at([])).toBe(-1));
});
