/**
 * A sparkline of the loss history in screen pixels (origin top left, y down): x spreads the
 * entries evenly over the width, y maps [0, max loss] to [bottom, top], so the baseline is a
 * loss of 0 and a falling loss is a falling line.
 */

/** The polyline path and the position of the last point (for a dot). */
export interface Sparkline {
  d: string;
  last: [number, number] | null;
}

/** Path data for `values` in a `width` × `height` box with `pad` pixels of margin. */
export function sparkline(values: readonly number[], width: number, height: number, pad = 3): Sparkline {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { d: '', last: null };
  const top = Math.max(...finite) || 1;
  const n = values.length;
  const x = (i: number): number => pad + (n === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (n - 1));
  const y = (v: number): number => height - pad - (Math.max(0, v) / top) * (height - 2 * pad);
  const pts = values.map((v, i) => [Math.round(x(i) * 10) / 10, Math.round(y(Number.isFinite(v) ? v : 0) * 10) / 10] as [number, number]);
  return { d: pts.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px} ${py}`).join(''), last: pts[pts.length - 1] ?? null };
}
