/**
 * Engine benchmark: f and f with its gradient on a 200×200 grid over [-2, 2]², for our engine,
 * hand-written closed-form JavaScript (the limit) and math.js (compiled symbolic derivatives);
 * plus set-up time and the engine's minified, gzipped size. Prints a markdown table; never fails
 * on a time. Run with `npm run bench:engine`.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import * as math from 'mathjs';
import { compileField, type GridSample } from '../src/math/index.ts';
import { HAND, type Grid } from './engine/hand.ts';
import { geomean, time } from './engine/timing.ts';

const FUNCTIONS = {
  f1: 'x^2 + y^2',
  f2: 'sin(x)*cos(y) + 0.1*x^2',
  f3: 'log(1 + exp(-x*y)) + (x-1)^2/4',
  f4: '(1-x)^2 + 100*(y-x^2)^2',
} as const;
type Name = keyof typeof FUNCTIONS;

const N = 200;
const GRID = { x: [-2, 2], y: [-2, 2], nx: N, ny: N } as const;
const HAND_GRID: Grid = { x0: -2, x1: 2, y0: -2, y1: 2, nx: N, ny: N };

/** Other formulas a page might hold, run first so the JIT sees many opcodes, as on a real page. */
const OTHERS = [
  'x*y', 'sin(x) + cos(y)', 'exp(-(x^2 + y^2))', 'sqrt(x^2 + y^2 + 1)', 'tanh(x*y)', 'sigmoid(2x - y)',
  'relu(x) + relu(y)', 'softplus(x - y)', 'abs(x) + abs(y)', 'atan2(y, x)', 'max(x, y) - min(x, y)',
  'x^3 - 3x*y^2', 'log(x^2 + y^2 + 1)', '(x^2 + y - 11)^2 + (x + y^2 - 7)^2', 'cosh(x)/cosh(y)',
  'x/(1 + y^2)', 'sin(3x)*sin(3y)', '2^x + 3^y', 'cbrt(x*y)', 'asin(x/3) + acos(y/3)',
];

function warmUp(): void {
  const out: GridSample = { values: new Float64Array(N * N), dx: new Float64Array(N * N), dy: new Float64Array(N * N) };
  for (let round = 0; round < 3; round++) {
    for (const src of OTHERS) {
      const field = compileField(src);
      field.sample(GRID, out);
      field.sampleValues(GRID, out.values);
      field.gradient(0.3, -0.7);
      field.hessian(0.3, -0.7);
    }
  }
}

function mathjsRunners(src: string): { f: () => void; fg: () => void } {
  const f = math.compile(src);
  const fx = math.compile(math.derivative(src, 'x').toString());
  const fy = math.compile(math.derivative(src, 'y').toString());
  const values = new Float64Array(N * N);
  const dx = new Float64Array(N * N);
  const dy = new Float64Array(N * N);
  const scope = { x: 0, y: 0 };
  const loop = (gradient: boolean): void => {
    for (let j = 0, k = 0; j < N; j++) {
      scope.y = -2 + (4 * j) / (N - 1);
      for (let i = 0; i < N; i++, k++) {
        scope.x = -2 + (4 * i) / (N - 1);
        values[k] = f.evaluate(scope) as number;
        if (gradient) {
          dx[k] = fx.evaluate(scope) as number;
          dy[k] = fy.evaluate(scope) as number;
        }
      }
    }
  };
  return { f: () => loop(false), fg: () => loop(true) };
}

/** Minified (esbuild, ESM) and gzipped (-9) size in bytes of a module's bundle. */
async function bundleSize(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

/** The largest relative difference between two arrays (NaN only where both are NaN). */
function maxRelativeDifference(a: Float64Array, b: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!));
    worst = Math.max(worst, Number.isNaN(d) ? (Number.isNaN(a[i]!) && Number.isNaN(b[i]!) ? 0 : Infinity) : d);
  }
  return worst;
}

async function main(): Promise<void> {
  warmUp();
  const rows: string[] = [];
  const [ratiosF, ratiosFG, speedups, setups, checks]: [number[], number[], number[], string[], string[]] = [[], [], [], [], []];
  for (const name of Object.keys(FUNCTIONS) as Name[]) {
    const src = FUNCTIONS[name];
    const field = compileField(src);
    const n = N * N;
    const out: GridSample = { values: new Float64Array(n), dx: new Float64Array(n), dy: new Float64Array(n) };
    const ref: GridSample = { values: new Float64Array(n), dx: new Float64Array(n), dy: new Float64Array(n) };
    const hand = HAND[name];
    const mj = mathjsRunners(src);
    // The engine and the hand-written loops must do the same work: compare their outputs once.
    field.sample(GRID, out);
    hand.fg(HAND_GRID, ref.values, ref.dx, ref.dy);
    const diff = Math.max(...(['values', 'dx', 'dy'] as const).map((k) => maxRelativeDifference(out[k], ref[k])));
    checks.push(`${name} ${diff.toExponential(1)}`);

    const engineF = time(() => field.sampleValues(GRID, out.values), 60);
    const handF = time(() => hand.f(HAND_GRID, out.values), 60);
    const engineFG = time(() => field.sample(GRID, out), 60);
    const handFG = time(() => hand.fg(HAND_GRID, out.values, out.dx, out.dy), 60);
    const mathF = time(mj.f, 5, 1);
    const mathFG = time(mj.fg, 5, 1);
    const tiny = { x: [0, 1], y: [0, 1], nx: 1, ny: 1 } as const;
    const setup = time(() => {
      const g = compileField(src);
      g.sample(tiny); // builds the grid programs too
      g.sampleValues(tiny);
    }, 400, 100);
    ratiosF.push(engineF / handF);
    ratiosFG.push(engineFG / handFG);
    speedups.push(mathFG / engineFG);
    setups.push(`${name} ${setup.toFixed(3)} ms`);
    rows.push(
      `| ${name} | ${fmt(engineF)} | ${fmt(handF)} | ${fmt(mathF)} | ${fmt(engineFG)} | ${fmt(handFG)} | ${fmt(mathFG)} | ` +
        `${(engineF / handF).toFixed(2)} | ${(engineFG / handFG).toFixed(2)} | ${(mathFG / engineFG).toFixed(0)} |`,
    );
  }
  const size = await bundleSize("export * from './src/math/index.ts';");
  const autodiff = await bundleSize("export * from './src/math/autodiff/index.ts';");
  const both = await bundleSize("export * from './src/math/index.ts'; export * from './src/math/autodiff/index.ts';");
  const bytes = (b: number): string => `${b} bytes (${(b / 1000).toFixed(2)} kB)`;
  console.log(`Engine benchmark: ${N}×${N} grid over [-2, 2]², median milliseconds (Node ${process.version})\n`);
  console.log(
    '| fn | engine f (ms) | hand f | mathjs f | engine f+∇ | hand f+∇ | mathjs f+∇ | engine/hand (f) | engine/hand (f+∇) | mathjs/engine (f+∇) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
  const g = (xs: number[], digits: number): string => geomean(xs).toFixed(digits);
  console.log(`| geomean | | | | | | | ${g(ratiosF, 2)} | ${g(ratiosFG, 2)} | ${g(speedups, 0)} |`);
  console.log(`\nSet-up (parse + differentiate + compile tapes and grid programs), median: ${setups.join(', ')}`);
  console.log(`Engine size (src/math/index.ts, esbuild minify, ESM, gzip -9): ${bytes(size)}`);
  console.log(`Autodiff graph (src/math/autodiff, a separate module): ${bytes(autodiff)}; both together: ${bytes(both)}`);
  console.log(`Engine vs hand-written outputs, largest relative difference: ${checks.join(', ')}`);
  console.log('\nTargets: engine/hand (f+∇) geomean ≤ 2; mathjs/engine ≥ 20; set-up < 0.2 ms; engine < 10 kB gzipped.');
}

await main();
