import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { markPure } from './pure-colour-schemes';

const bundlePath = createRequire(import.meta.url).resolve('d3-scale-chromatic');
/** The first colours of magma and of viridis, as the bundle writes them. */
const MAGMA = '000004010005010106';
const VIRIDIS = '440154440256450457';

/** The minified bundle of a module that uses viridis alone, with or without markPure. */
async function viridisOnly(pure: boolean): Promise<string> {
  const transform: Plugin = {
    name: 'mark-pure',
    setup(b) {
      b.onLoad({ filter: /d3-scale-chromatic\.mjs$/ }, (args) => {
        const code = readFileSync(args.path, 'utf8');
        return { contents: pure ? markPure(code) : code, loader: 'js' };
      });
    },
  };
  const out = await build({
    stdin: { contents: "import { interpolateViridis } from 'd3-scale-chromatic'; export const mid = interpolateViridis;", resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    plugins: [transform],
  });
  return out.outputFiles[0]!.text;
}

describe('markPure', () => {
  it('annotates top-level initialising calls, nested ones too, and nothing else', () => {
    const code = 'var a = ramp(colors("00ff00"));\nvar b = new Array(3).concat("x").map(colors);\nfunction f() {\n  var c = g(1);\n}\nvar d = 3;';
    expect(markPure(code)).toBe(
      'var a = /*#__PURE__*/ramp(/*#__PURE__*/colors("00ff00"));\nvar b = /*#__PURE__*/new Array(3).concat("x").map(colors);\nfunction f() {\n  var c = g(1);\n}\nvar d = 3;',
    );
  });

  it('lets a bundler drop every scheme a figure does not use (d3-scale-chromatic as installed)', async () => {
    expect(readFileSync(bundlePath, 'utf8')).toContain(MAGMA);
    const plain = await viridisOnly(false);
    const pure = await viridisOnly(true);
    expect(plain).toContain(MAGMA);
    expect(pure).toContain(VIRIDIS);
    expect(pure).not.toContain(MAGMA);
    // d3-color and d3-interpolate go too: what is left is the viridis table and its lookup.
    expect(pure.length).toBeLessThan(2500);
    expect(plain.length).toBeGreaterThan(4 * pure.length);
  });
});
