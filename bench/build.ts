/**
 * How the build scales: the build time, peak memory and output size of the real site, and of
 * the site with 1,000 and 10,000 generated extra terms (each with prose, ten formulas, a
 * computed worked example, links and related terms, so each page costs what a real one does).
 * Prints a table; never fails on a time. BENCH_SIZES=0,250 picks other sizes.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { makeFixture } from '../tests/build/fixture';
import { markdownTable } from './lib/table';

const REAL = ['gradient', 'hessian', 'jacobian', 'chain-rule', 'gradient-descent', 'backpropagation'];

/** One synthetic term: realistic length and maths, linking real and generated terms. */
function syntheticTerm(i: number, count: number): string {
  const slug = `synthetic-term-${i}`;
  // Each term links to the next three, so every one has three links out and three in.
  const other = (k: number) => `synthetic-term-${(i + k) % count}`;
  const real = REAL[i % REAL.length];
  const paragraph = (k: number) =>
    `Quantity ${k} of term ${i} relates $x_{${k}}$ to $f(x) = \\sum_{j=1}^{n} w_j x_j^{${k}}$ through the [${real}](/glossary/${real}/), ` +
    `and its sensitivity is $\\partial f / \\partial x_{${k}} = ${k} w_{${k}} x_{${k}}^{${k - 1}}$. Compare [term ${(i + k) % count}](/glossary/${other(k)}/) ` +
    'which studies the same object from the other side, with a little more prose so that each paragraph reads like the real entries do.';
  return `---
title: Synthetic Term ${i}
slug: ${slug}
aliases: ["synthetic alias ${i}"]
summary: "A generated term used to measure how the build scales with the number of entries."
related: [${other(1)}, ${other(2)}, ${real}]
tags: [calculus]
---

${[1, 2, 3].map(paragraph).join('\n\n')}

\`\`\`calc
f(x, y) = x^2 + ${i % 7}xy
g = grad(f, [1, 2])
check g[2] == ${i % 7}
\`\`\`

At the point $(1, 2)$ the gradient is $\\nabla f = \\calc{g}$, of length $\\calc{norm(g)}$.

$$
\\nabla f(x) = \\left( \\frac{\\partial f}{\\partial x_1}, \\ldots, \\frac{\\partial f}{\\partial x_{${i + 2}}} \\right)
$$

$$
H_{ij} = \\frac{\\partial^2 f}{\\partial x_i \\partial x_j}, \\quad i, j = 1, \\ldots, ${i + 2}
$$
`;
}

async function size(dir: string): Promise<{ bytes: number; pages: number }> {
  let bytes = 0;
  let pages = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

const rows: (string | number)[][] = [];
let baseline = 0;
const SIZES = (process.env['BENCH_SIZES'] ?? '0,1000,10000').split(',').map(Number);
for (const extra of SIZES) {
  const fixture = await makeFixture();
  try {
    for (let i = 0; i < extra; i++) await fixture.write(`src/content/terms/synthetic-term-${i}.mdx`, syntheticTerm(i, extra));
    const start = performance.now();
    const { code, output, peakMb } = await fixture.build();
    const seconds = (performance.now() - start) / 1000;
    if (code !== 0) throw new Error(`build with ${extra} extra terms failed:\n${output.slice(-3000)}`);
    const { bytes, pages } = await size(join(fixture.dir, 'dist'));
    if (extra === 0) baseline = seconds;
    const perTerm = extra === 0 ? '' : (((seconds - baseline) / extra) * 1000).toFixed(0);
    rows.push([extra === 0 ? 'real site' : `+${extra} terms`, pages, seconds.toFixed(1), perTerm, peakMb.toFixed(0), (bytes / 1024 / 1024).toFixed(1)]);
    console.error(`built ${pages} pages in ${seconds.toFixed(1)} s`);
    if (process.env['BENCH_VERBOSE']) console.error(output.split('\n').filter((l) => /Completed|built in|CSP added|building|generating/.test(l)).join('\n'));
  } finally {
    await fixture.remove();
  }
}
console.log('\n## Build scaling (this machine, 2 cores)\n');
console.log(markdownTable(['site', 'pages', 'build (s)', 'ms per extra term', 'peak memory (MB)', 'output (MB)'], rows));
console.log('\nTarget: 10,000 extra terms build in under 5 minutes, growing about linearly, in under 4 GB.');
