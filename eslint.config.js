// Lint rules that keep the layers of ARCHITECTURE.md apart: imports flow one way,
// content -> pages/layouts/components -> widgets -> viz -> math, with lib beside them.
// `math` and `lib` import nothing from the site; `viz` knows no widget or page.
// Svelte and Astro components are linted too (eslint-plugin-svelte, eslint-plugin-astro), with
// TypeScript inside them, so the layer rules and the ban on eval reach every file.
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const layer = (name, message) => ({ group: [`**/${name}`, `**/${name}/**`], message });
/** Every file of a layer's folder: modules, Svelte and Astro components. */
const inside = (dir) => [`${dir}/**/*.ts`, `${dir}/**/*.svelte`, `${dir}/**/*.astro`];

export default [
  { ignores: ['dist/**', '.astro/**', 'node_modules/**', 'scratch/**', 'bench/out/**'] },
  ...svelte.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
  },
  {
    // Components, and modules with runes, parse with the component's parser and TypeScript inside.
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte', '.astro'] } },
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.svelte', '**/*.astro'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: inside('src/math'),
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
    files: inside('src/lib'),
    ignores: ['src/lib/**/*.test.ts'],
    rules: restrict(
      layer('viz', 'lib is the content graph: it imports nothing from the site'),
      layer('widgets', 'lib is the content graph: it imports nothing from the site'),
      layer('components', 'lib is the content graph: it imports nothing from the site'),
      { group: ['astro:*', 'svelte', 'svelte/*'], message: 'lib is pure: no framework imports' },
    ),
  },
  {
    files: inside('src/viz'),
    rules: restrict(
      layer('widgets', 'viz draws; it knows no widget'),
      layer('components', 'viz draws; it knows no component or page'),
      layer('layouts', 'viz draws; it knows no component or page'),
      { group: ['svelte', 'svelte/*', 'astro:*'], message: 'viz is framework-free' },
    ),
  },
  {
    files: inside('src/widgets'),
    rules: restrict(
      layer('components', 'widgets sit below components and pages'),
      layer('layouts', 'widgets sit below components and pages'),
      layer('pages', 'widgets sit below components and pages'),
      layer('content', 'widgets sit below content'),
    ),
  },
];
