import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { securePage, type CspOptions } from './csp';
import { InlineStyleCollector } from './inline-styles';

/** Stands for the generated stylesheet's URL until every page has been seen. */
const PLACEHOLDER = '/_astro/inline-styles.PENDING.css';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * A post-build step over dist/: moves style attributes into a generated stylesheet, then adds
 * a strict Content-Security-Policy meta tag to every page with the hashes of its inline scripts
 * and styles. Written as a post-build step because the policy must cover what Astro, KaTeX and
 * Svelte put in the final HTML, which only exists once the pages are written. Pages are handled
 * one at a time, so memory stays flat however many there are; the stylesheet's name depends on
 * every page, so pages get a placeholder that is replaced at the end.
 */
export function strictCsp(options: CspOptions): AstroIntegration {
  return {
    name: 'strict-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const styles = new InlineStyleCollector();
        const files = await htmlFiles(root);
        const linked: string[] = [];
        for (const file of files) {
          const html = securePage(await readFile(file, 'utf8'), styles, PLACEHOLDER, options, relative(root, file));
          if (html.includes(PLACEHOLDER)) linked.push(file);
          await writeFile(file, html);
        }
        const css = styles.stylesheet();
        const cssName = `_astro/inline-styles.${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
        await writeFile(join(root, cssName), css);
        for (const file of linked) await writeFile(file, (await readFile(file, 'utf8')).replace(PLACEHOLDER, `/${cssName}`));
        logger.info(`CSP added to ${files.length} pages; ${styles.stylesheet().split('\n').filter(Boolean).length} style attributes' rules moved to /${cssName}`);
      },
    },
  };
}
