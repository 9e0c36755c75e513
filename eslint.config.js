// Lint rules that keep the layers of ARCHITECTURE.md apart: imports flow one way,
// content -> pages/layouts/components -> widgets -> viz -> math, with lib beside them.
// `math` and `lib` import nothing from the site; `viz` knows no widget or page.
import tseslint from 'typescript-eslint';

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const layer = (name, message) => ({ group: [`**/${name}`, `**/${name}/**`], message });

export default [
  { ignores: ['dist/**', '.astro/**', 'node_modules/**', 'scratch/**', 'bench/out/**', '**/*.svelte', '**/*.astro'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/math/**/*.ts'],
    ignores: ['src/math/**/*.test.ts', 'src/math/testing/**'],
    rules: restrict(
      layer('lib', 'math is the bottom layer: it imports nothing from the site'),
      layer('viz', 'math is the bottom layer: it imports nothing from the site'),
      layer('widgets', 'math is the bottom layer: it imports nothing from the site'),
      layer('components', 'math is the bottom layer: it imports nothing from the site'),
      layer('content', 'math is the bottom layer: it imports nothing from the site'),
      layer('site.config', 'math is the bottom layer: it imports nothing from the site'),
      { group: ['astro*', 'svelte', 'svelte/*', 'three', 'd3-*', 'katex'], message: 'math is pure: no framework, drawing or typesetting imports' },
    ),
  },
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.test.ts'],
    rules: restrict(
      layer('viz', 'lib is the content graph: it imports nothing from the site'),
      layer('widgets', 'lib is the content graph: it imports nothing from the site'),
      layer('components', 'lib is the content graph: it imports nothing from the site'),
      { group: ['astro:*', 'svelte', 'svelte/*'], message: 'lib is pure: no framework imports' },
    ),
  },
  {
    files: ['src/viz/**/*.ts'],
    rules: restrict(
      layer('widgets', 'viz draws; it knows no widget'),
      layer('components', 'viz draws; it knows no component or page'),
      layer('layouts', 'viz draws; it knows no component or page'),
      { group: ['svelte', 'svelte/*', 'astro:*'], message: 'viz is framework-free' },
    ),
  },
  {
    files: ['src/widgets/**/*.ts'],
    rules: restrict(
      layer('components', 'widgets sit below components and pages'),
      layer('layouts', 'widgets sit below components and pages'),
      layer('pages', 'widgets sit below components and pages'),
      layer('content', 'widgets sit below content'),
    ),
  },
];
