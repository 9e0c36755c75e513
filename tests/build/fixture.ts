/**
 * Builds a copy of the site with one thing broken, to show that the build refuses it and says
 * where. Each fixture is a fresh folder under the system temp dir holding a copy of src/,
 * public/ and the configs, with node_modules linked, and its own caches so that it never
 * touches the real build's content store.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  /** Builds the copy; `peakMb` is the build process's peak resident memory (Linux; 0 elsewhere). */
  build: () => Promise<{ code: number; output: string; peakMb: number }>;
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
