/**
 * Builds a copy of the site with one thing broken, to show that the build refuses it and says
 * where. Each fixture is a fresh folder under the system temp dir holding a copy of src/,
 * public/ and the configs, with node_modules linked, and its own caches so that it never
 * touches the real build's content store.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A copy of the site that a test may edit, then build. */
export interface Fixture {
  dir: string;
  /** Replaces text in a file of the copy (path relative to the site root); throws if absent. */
  edit: (path: string, from: string | RegExp, to: string) => Promise<void>;
  write: (path: string, text: string) => Promise<void>;
  build: () => Promise<{ code: number; output: string }>;
  remove: () => Promise<void>;
}

/** Makes a fresh copy of the site. */
export async function makeFixture(): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), 'glossary-fixture-'));
  for (const item of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json']) {
    await cp(join(ROOT, item), join(dir, item), { recursive: true, filter: (p) => !p.endsWith('.test.ts') });
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
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('close', (code) => done({ code: code ?? 1, output }));
      }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
