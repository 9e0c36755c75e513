import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import { markdownPipeline } from './src/plugins/markdown';
import { pureColourSchemes } from './src/integrations/pure-colour-schemes';
import { strictCsp } from './src/integrations/strict-csp';
import { site } from './src/site.config';

/**
 * The slugs of a collection, read from its file names (a slug must equal its file name; the
 * content graph checks that). The listing is reused for a second, so a build reads the folder
 * a handful of times rather than once per link, and `astro dev` still sees new files.
 */
function slugsIn(dir: string): (slug: string) => boolean {
  const path = fileURLToPath(new URL(dir, import.meta.url));
  let slugs = new Set<string>();
  let readAt = -Infinity;
  return (slug) => {
    if (performance.now() - readAt > 1000) {
      const files = readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
      slugs = new Set(files.map((f) => f.replace(/^.*\//, '').slice(0, -'.mdx'.length)));
      readAt = performance.now();
    }
    return slugs.has(slug);
  };
}

const markdown = markdownPipeline({ termExists: slugsIn('./src/content/terms/'), articleExists: slugsIn('./src/content/articles/') });

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: markdown as any,
  integrations: [
    // optimize: static HTML (most of all KaTeX's output) is compiled to strings rather than to
    // one JSX call per element, which makes the build about 2.5 times faster and much lighter.
    mdx({ ...(markdown as any), optimize: true }),
    // discloseVersion: no `window.__svelte` version stamp in every figure's script.
    svelte({ compilerOptions: { discloseVersion: false } }),
    strictCsp({ frameSources: [site.videoEmbedOrigin] }),
  ],
  vite: {
    build: {
      // Nothing is inlined as a data: URL (Vite inlines small fonts by default), so the CSP can
      // allow fonts and images from the site's own origin only.
      assetsInlineLimit: 0,
      // three.js is one 500+ kB chunk (130 kB gzipped) that loads only with the 3D figure.
      chunkSizeWarningLimit: 700,
      // terser's two passes make each figure's script about 4 % smaller than esbuild's
      // minifier (gzipped), for a few seconds more of build.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
    },
    plugins: [pureColourSchemes()],
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
