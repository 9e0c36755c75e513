/**
 * Builds a copy of the site with one thing broken, to show that the build refuses it and says
 * where. Each fixture is a fresh folder under the system temp dir holding a copy of src/,
 * public/ and the configs, with node_modules linked, and its own caches so that it never
 * touches the real build's content store.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A copy of the site that a test may edit, then build. */
export interface Fixture {
  dir: string;
  /** Replaces text in a file of the copy (path relative to the site root); throws if absent. */
  edit: (path: string, from: string | RegExp, to: string) => Promise<void>;
  write: (path: string, text: string) => Promise<void>;
  /** Builds the copy; `peakMb` is the build process's peak resident memory (Linux; 0 elsewhere). */
  build: () => Promise<{ code: number; output: string; peakMb: number }>;
  remove: () => Promise<void>;
}

/** Slugs of the small glossary {@link miniGlossary} writes. */
export const MINI_TERMS = ['alpha-term', 'beta-term', 'gamma-term', 'delta-term'] as const;

/**
 * A small, sound glossary in place of the real content: four terms that each link to the other
 * three, compute a worked example and name an area, one with a verified video, and one
 * article. A build fixture breaks one thing in it; building it takes seconds, not minutes.
 */
export function miniGlossary(): Map<string, string> {
  const files = new Map<string, string>();
  MINI_TERMS.forEach((slug, i) => {
    const others = MINI_TERMS.filter((o) => o !== slug);
    const title = slug.replace(/^./, (c) => c.toUpperCase()).replace('-term', ' Term');
    const video = i === 0 ? 'video: { youtubeId: "LbBcuZukCAw", title: "The Hessian matrix | Multivariable calculus | Khan Academy", channel: "Khan Academy (Grant Sanderson)" }\n' : '';
    files.set(
      `src/content/terms/${slug}.mdx`,
      `---\ntitle: ${title}\nslug: ${slug}\naliases: ["${slug} alias"]\nsummary: "A small term of the build fixtures, number ${i + 1} of four."\n` +
        `related: [${others[0]}, ${others[1]}]\nprerequisites: [${others[2]}]\n${video}tags: [calculus]\n---\n\n` +
        `It uses ${others.map((o) => `[${o}](/glossary/${o}/)`).join(', ')} and $x^2$.\n\n` +
        '```calc\nf(x) = x^2 + ' + (i + 1) + 'x\nd = diff(f, x)(1)\ncheck d == ' + (i + 3) + '\n```\n\n' +
        `## A worked example\n\nAt $x = 1$ the slope is $\\calc{d}$.\n`,
    );
  });
  files.set(
    'src/content/articles/mini-article.mdx',
    '---\ntitle: A Mini Article\nslug: mini-article\nsummary: "An article of the build fixtures that links to a term."\ndate: 2026-01-01\ntags: [calculus]\n---\n\nRead [alpha](/glossary/alpha-term/).\n',
  );
  return files;
}

/** Makes a fresh copy of the site; with `mini`, its content is the {@link miniGlossary}. */
export async function makeFixture(options: { mini?: boolean } = {}): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), 'glossary-fixture-'));
  for (const item of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json']) {
    await cp(join(ROOT, item), join(dir, item), { recursive: true, filter: (p) => !p.endsWith('.test.ts') });
  }
  if (options.mini) {
    for (const kind of ['terms', 'articles']) {
      await rm(join(dir, 'src/content', kind), { recursive: true });
      await mkdir(join(dir, 'src/content', kind));
    }
    for (const [path, text] of miniGlossary()) await writeFile(join(dir, path), text);
    // The notation page links real terms, which the small glossary does not have.
    await rm(join(dir, 'src/pages/notation.mdx'));
  }
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await writeFile(
    join(dir, 'astro.fixture.config.ts'),
    "import base from './astro.config';\nexport default { ...base, cacheDir: './.cache/astro', vite: { ...base.vite, cacheDir: './.cache/vite' } };\n",
  );
  return {
    dir,
    edit: async (path, from, to) => {
      const file = join(dir, path);
      const text = await readFile(file, 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`fixture edit did not apply to ${path}`);
      await writeFile(file, next);
    },
    write: (path, text) => writeFile(join(dir, path), text),
    build: () =>
      new Promise((done) => {
        const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build', '--config', 'astro.fixture.config.ts', '--outDir', join(dir, 'dist')], {
          cwd: dir,
          env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
        });
        let output = '';
        let peakMb = 0;
        // VmHWM is the process's high-water mark of resident memory, read while it runs.
        const sample = setInterval(() => {
          try {
            const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
            if (kb) peakMb = Math.max(peakMb, Number(kb) / 1024);
          } catch {
            // not Linux, or the process has just ended
          }
        }, 200);
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('close', (code) => {
          clearInterval(sample);
          done({ code: code ?? 1, output, peakMb });
        });
      }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
