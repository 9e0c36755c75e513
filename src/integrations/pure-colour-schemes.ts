import type { Plugin } from 'vite';

/**
 * d3-scale-chromatic ships one flat bundle that builds every colour scheme at its top level
 * (`var magma = ramp(colors("…"))`, `var c = rgb()`). A bundler cannot prove those calls free
 * of side effects, so importing one scheme keeps all of them, and with them d3-color and
 * d3-interpolate: about 40 kB of a figure's script for one 256-colour table. The calls only
 * build values, so this marks each top-level initialising call pure; what no module uses is
 * then dropped, and nothing else in the file changes.
 */
export function markPure(code: string): string {
  return code.replace(/^var [\w$]+ = .*$/gm, (line) => line.replace(/([=(,] ?)(?=new |[\w$]+\()/g, '$1/*#__PURE__*/'));
}

/** The Vite plugin that applies `markPure` to d3-scale-chromatic's bundle. */
export function pureColourSchemes(): Plugin {
  return {
    name: 'pure-colour-schemes',
    transform(code, id) {
      if (!/[\\/]d3-scale-chromatic[\\/]dist[\\/][^\\/]+\.mjs$/.test(id)) return null;
      return { code: markPure(code), map: null };
    },
  };
}
