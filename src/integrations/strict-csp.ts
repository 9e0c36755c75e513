import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { applyCsp, type CspOptions } from './csp';
import { InlineStyleCollector } from './inline-styles';

/** Stands for the generated stylesheet's URL until every page has been seen. */
const PLACEHOLDER = '/_astro/inline-styles.PENDING.css';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

function linkStylesheet(tree: Root, href: string): void {
  let done = false;
  const visitEl = (node: Root | Element): void => {
    for (const child of node.children) {
      if (done || child.type !== 'element') continue;
      if (child.tagName === 'head') {
        child.children.push({ type: 'element', tagName: 'link', properties: { rel: ['stylesheet'], href }, children: [] });
        done = true;
      } else visitEl(child);
    }
  };
  visitEl(tree);
}

/**
 * A post-build step over dist/: moves style attributes into a generated stylesheet, then adds
 * a strict Content-Security-Policy meta tag to every page with the hashes of its inline scripts
 * and styles. Written as a post-build step because the policy must cover what Astro, KaTeX and
 * Svelte put in the final HTML, which only exists once the pages are written.
 */
export function strictCsp(options: CspOptions): AstroIntegration {
  return {
    name: 'strict-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const parser = unified().use(rehypeParse);
        const printer = unified().use(rehypeStringify, { allowDangerousCharacters: true, upperDoctype: true });
        const styles = new InlineStyleCollector();
        // One page at a time, so memory stays flat however many pages there are. The
        // stylesheet's name depends on every page, so pages get a placeholder, replaced after.
        const files = await htmlFiles(root);
        const linked: string[] = [];
        for (const file of files) {
          const tree = parser.parse(await readFile(file, 'utf8'));
          if (styles.rewrite(tree) > 0) {
            linkStylesheet(tree, PLACEHOLDER);
            linked.push(file);
          }
          applyCsp(tree, options, relative(root, file));
          await writeFile(file, printer.stringify(tree));
        }
        const css = styles.stylesheet();
        const cssName = `_astro/inline-styles.${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
        await writeFile(join(root, cssName), css);
        for (const file of linked) {
          await writeFile(file, (await readFile(file, 'utf8')).replace(PLACEHOLDER, `/${cssName}`));
        }
        const pages = files;
        logger.info(`CSP added to ${pages.length} pages; ${css.split('\n').filter(Boolean).length} inline style rules moved to /${cssName}`);
      },
    },
  };
}
