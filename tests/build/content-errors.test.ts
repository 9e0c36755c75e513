/**
 * The build refuses bad content and names the file and the field. Each row breaks one thing in
 * a copy of the site, builds it, and checks the message.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from './fixture';

let fixture: Fixture | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

type Break = (f: Fixture) => Promise<void>;

const cases: [string, Break, RegExp[]][] = [
  [
    'an unknown related slug',
    (f) => f.edit('src/content/terms/hessian.mdx', /related: \[/, 'related: [no-such-term, '),
    [/src\/content\/terms\/hessian\.mdx: field 'related' unknown term 'no-such-term'/],
  ],
  [
    'a duplicate slug',
    async (f) => {
      const { mkdir, copyFile } = await import('node:fs/promises');
      await mkdir(`${f.dir}/src/content/terms/extra`, { recursive: true });
      await copyFile(`${f.dir}/src/content/terms/hessian.mdx`, `${f.dir}/src/content/terms/extra/hessian.mdx`);
    },
    [/src\/content\/terms\/extra\/hessian\.mdx: field 'slug' 'hessian' is already used by src\/content\/terms\/hessian\.mdx/],
  ],
  [
    'a duplicate alias',
    (f) => f.edit('src/content/terms/hessian.mdx', /aliases: \[/, 'aliases: ["grad", '),
    [/src\/content\/terms\/hessian\.mdx: field 'aliases' alias 'grad' duplicates a name of src\/content\/terms\/gradient\.mdx/],
  ],
  [
    'a link to a term that does not exist',
    (f) => f.edit('src/content/articles/reading-a-contour-plot.mdx', /\n## /, '\n\nSee also [the wobble](/glossary/wobble-function/).\n\n## '),
    [/reading-a-contour-plot\.mdx:\d+: link to a term that does not exist: '\/glossary\/wobble-function\/'/],
  ],
  [
    'a KaTeX error',
    (f) => f.edit('src/content/terms/jacobian.mdx', /\n---\n/, '\n---\n\nA broken formula: $\\frac{1}{2$ here.\n'),
    [/jacobian\.mdx: KaTeX cannot render/, /Unexpected end of input|Expected '\}'/],
  ],
  [
    'an untrusted KaTeX command',
    (f) => f.edit('src/content/terms/jacobian.mdx', /\n---\n/, '\n---\n\nA link in maths: $\\href{javascript:alert(1)}{x}$.\n'),
    [/jacobian\.mdx: KaTeX cannot render/, /'\\href' is not allowed in a formula/],
  ],
  [
    'a missing required field',
    (f) => f.edit('src/content/terms/hessian.mdx', /\nsummary:[^\n]*/, ''),
    [/src\/content\/terms\/hessian\.mdx/, /summary: Required/],
  ],
  [
    'a malformed video id',
    (f) => f.edit('src/content/terms/hessian.mdx', /youtubeId: "?[A-Za-z0-9_-]{11}"?/, 'youtubeId: "not a video"'),
    [/src\/content\/terms\/hessian\.mdx/, /youtubeId.*not a video id/],
  ],
  [
    'a video not on the verified list',
    (f) => f.edit('src/content/terms/hessian.mdx', /youtubeId: "?[A-Za-z0-9_-]{11}"?/, 'youtubeId: "AAAAAAAAAAA"'),
    [/src\/content\/terms\/hessian\.mdx/, /youtubeId.*not on the verified list/],
  ],
];

describe('the build refuses bad content', () => {
  it('builds an unbroken copy (so the failures below are caused by the breakage)', async () => {
    fixture = await makeFixture();
    const { code, output } = await fixture.build();
    expect(code, output).toBe(0);
  }, 180_000);

  it.each(cases)('fails on %s, naming the file and field', async (_name, breakIt, messages) => {
    fixture = await makeFixture();
    await breakIt(fixture);
    const { code, output } = await fixture.build();
    expect(code, output).not.toBe(0);
    for (const message of messages) expect(output).toMatch(message);
  }, 180_000);
});
