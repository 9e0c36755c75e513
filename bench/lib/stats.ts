/** Percentiles of a list of milliseconds (nearest rank), rounded to 0.01 ms. */
export interface Stats {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

/** p50, p95 and max of the values. */
export function stats(values: readonly number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
  const round = (v: number): number => Math.round(v * 100) / 100;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1] ?? Number.NaN), n: s.length };
}

/** Gzipped bytes of the files at these URLs, fetched through the page's context. */
export async function gzipSum(urls: Iterable<string>, page: { request: { get(url: string): Promise<{ body(): Promise<Buffer> }> } }): Promise<number> {
  const { gzipSync } = await import('node:zlib');
  let total = 0;
  for (const url of urls) total += gzipSync(await (await page.request.get(url)).body()).length;
  return total;
}
