/** Timing helpers for the engine benchmark: medians of repeated runs, after warm-up. */
import { performance } from 'node:perf_hooks';

/** The median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median milliseconds of `run` over `reps` timed runs, after `warm` untimed ones. */
export function time(run: () => void, reps: number, warm = Math.max(2, reps >> 2)): number {
  for (let i = 0; i < warm; i++) run();
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** The geometric mean. */
export const geomean = (xs: readonly number[]): number => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
