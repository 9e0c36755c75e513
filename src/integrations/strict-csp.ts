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
        const pages: { file: string; tree: Root; moved: number }[] = [];
        for (const file of await htmlFiles(root)) {
          const tree = parser.parse(await readFile(file, 'utf8'));
          pages.push({ file, tree, moved: styles.rewrite(tree) });
        }
        const css = styles.stylesheet();
        const cssName = `_astro/inline-styles.${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
        if (css) await writeFile(join(root, cssName), css);
        for (const page of pages) {
          if (page.moved > 0) linkStylesheet(page.tree, `/${cssName}`);
          applyCsp(page.tree, options, relative(root, page.file));
          await writeFile(page.file, printer.stringify(page.tree));
        }
        logger.info(`CSP added to ${pages.length} pages; ${css.split('\n').filter(Boolean).length} inline style rules moved to /${cssName}`);
      },
    },
  };
}
