/**
 * The build refuses bad content and names the file and the field. Each row breaks a small,
 * sound copy of the glossary (tests/build/fixture.ts), builds it, and checks the message.
 */
import { describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from './fixture';

type Break = (f: Fixture) => Promise<void>;

/** A well-formed term that links out to three terms but that nothing links to. */
const LONELY = [
  '---',
  'title: Lonely Term',
  'slug: lonely-term',
  'summary: "A term of the build fixtures that no other entry links to."',
  'related: [alpha-term]',
  'tags: [calculus]',
  '---',
  '',
  'It uses [alpha](/glossary/alpha-term/), [beta](/glossary/beta-term/) and [gamma](/glossary/gamma-term/).',
  '',
  '```calc',
  'v = 2 + 2',
  '```',
  '',
  'Four is $\\calc{v}$.',
  '',
].join('\n');

const A = 'src/content/terms/alpha-term.mdx';
const B = 'src/content/terms/beta-term.mdx';
const Amsg = 'src\\/content\\/terms\\/alpha-term\\.mdx';
const at = (file: string, rest: string) => new RegExp(`${file.replace(/[/.]/g, (c) => `\\${c}`)}: field ${rest}`);

// Each row breaks the small glossary of the fixture in one way (or, for the link graph, in
// several ways at once, since those checks report every problem together).
const cases: [string, Break, RegExp[]][] = [
  [
    'problems of the link graph, all reported together',
    async (f) => {
      await f.edit(A, /related: \[/, 'related: [no-such-term, ');
      await f.edit(A, /prerequisites: \[/, 'prerequisites: [alpha-term, ');
      await f.edit(B, /aliases: \[/, 'aliases: ["Alpha Term", ');
      await f.edit(B, /\[gamma-term\]\(\/glossary\/gamma-term\/\), /, 'gamma, ');
      await f.edit('src/content/terms/gamma-term.mdx', /\$\\calc\{d\}\$/, '3');
      const { mkdir, copyFile } = await import('node:fs/promises');
      await mkdir(`${f.dir}/src/content/terms/extra`, { recursive: true });
      await copyFile(`${f.dir}/${B}`, `${f.dir}/src/content/terms/extra/beta-term.mdx`);
    },
    [
      at(A, "'related' unknown term 'no-such-term'"),
      at(A, "'prerequisites' a term cannot name itself"),
      at(B, "'aliases' alias 'Alpha Term' duplicates a name of src/content/terms/alpha-term.mdx"),
      at(B, "'body' links to 2 other term\\(s\\); link at least 3"),
      at('src/content/terms/gamma-term.mdx', "'body' has no worked example computed with calc"),
      at('src/content/terms/extra/beta-term.mdx', "'slug' 'beta-term' is already used by src/content/terms/beta-term.mdx"),
    ],
  ],
  [
    'a term nothing links to',
    (f) => f.write('src/content/terms/lonely-term.mdx', LONELY),
    [at('src/content/terms/lonely-term.mdx', "'body' no other entry or article links to this term")],
  ],
  [
    'a link to a term that does not exist',
    (f) => f.edit('src/content/articles/mini-article.mdx', /Read /, 'See [the wobble](/glossary/wobble-function/). Read '),
    [/mini-article\.mdx:\d+: link to a term that does not exist: '\/glossary\/wobble-function\/'/],
  ],
  [
    'a KaTeX error',
    (f) => f.edit(A, /and \$x\^2\$/, 'and $\\frac{1}{2$'),
    [new RegExp(`${Amsg}: KaTeX cannot render`), /Unexpected end of input|Expected '\}'/],
  ],
  [
    'an untrusted KaTeX command',
    (f) => f.edit(A, /and \$x\^2\$/, 'and $\\href{javascript:alert(1)}{x}$'),
    [new RegExp(`${Amsg}: KaTeX cannot render`), /'\\href' is not allowed in a formula/],
  ],
  [
    'a false check in a worked example',
    (f) => f.edit(A, /check d == 3/, 'check d == 4'),
    [new RegExp(`${Amsg}:\\d+: calc: line 3 'check d == 4': this check is false`)],
  ],
  [
    'a rounded number after =',
    (f) => f.edit(A, /the slope is \$\\calc\{d\}\$/, 'the slope is $s = \\calc{d / 7}$'),
    [new RegExp(`${Amsg}:\\d+: calc: .*rounded, so write \\\\approx`)],
  ],
  [
    'a notation slip',
    (f) => f.edit(A, /and \$x\^2\$/, 'and $A^T x$'),
    [new RegExp(`${Amsg}:\\d+: notation: write \\^\\\\top for the transpose`)],
  ],
  [
    'a missing required field',
    (f) => f.edit(A, /\nsummary:[^\n]*/, ''),
    [new RegExp(Amsg), /summary: Required/],
  ],
  [
    'a term without an area',
    (f) => f.edit(A, /\ntags: \[calculus\]/, '\ntags: [cooking]'),
    [new RegExp(Amsg), /tags.*(Invalid enum value|Expected)/],
  ],
  [
    'a malformed video id',
    (f) => f.edit(A, /youtubeId: "?[A-Za-z0-9_-]{11}"?/, 'youtubeId: "not a video"'),
    [new RegExp(Amsg), /youtubeId.*not a video id/],
  ],
  [
    "a figures' starting state they cannot use",
    (f) => f.edit(A, /\ntags: \[calculus\]/, '\ntags: [calculus]\nfigures: [partial-slices]\nstart: { f: "sin(x", x: 2, w1: 3 }'),
    [new RegExp(Amsg), /start.*function could not be used/, /start.*unknown setting “w1”/],
  ],
  [
    'a video not on the verified list',
    (f) => f.edit(A, /youtubeId: "?[A-Za-z0-9_-]{11}"?/, 'youtubeId: "AAAAAAAAAAA"'),
    [new RegExp(Amsg), /youtubeId.*not on the verified list/],
  ],
];

// Two builds run at a time (the build project's maxConcurrency): each is one Node process that
// spends part of its time waiting on files, so two share a 2-core machine well.
describe('the build refuses bad content', () => {
  it('builds an unbroken copy (so the failures below are caused by the breakage)', async () => {
    const fixture = await makeFixture({ mini: true });
    try {
      const { code, output } = await fixture.build();
      expect(code, output).toBe(0);
    } finally {
      await fixture.remove();
    }
  }, 180_000);

  it.concurrent.for(cases)('fails on %s, naming the file and field', async ([, breakIt, messages], { expect }) => {
    const fixture = await makeFixture({ mini: true });
    try {
      await breakIt(fixture);
      const { code, output } = await fixture.build();
      expect(code, output).not.toBe(0);
      for (const message of messages) expect(output).toMatch(message);
    } finally {
      await fixture.remove();
    }
  });
});
