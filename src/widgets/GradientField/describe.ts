/**
 * The probe's reading in words, for the live region and the probe's aria-valuetext.
 * Example: "At (1.000, 0.500): f = 0.770. Gradient (0.466, −0.405), length 0.617, pointing
 * 319° (uphill). Along u at 30°: slope 0.201."
 */
import { formatNumber as fmt, formatAngle as fmtAngle } from '../shared/format';
import type { Reading } from './reading';

/** "(1.000, 0.500)" */
export const point = (r: Pick<Reading, 'x' | 'y'>): string => `(${fmt(r.x)}, ${fmt(r.y)})`;

/**
 * What the readout says about a gradient too small to point anywhere, or null. Only an exact
 * (0, 0) is called a stationary point; a tiny gradient is "nearly zero", with its size.
 */
export function gradientNote(r: Reading): string | null {
  if (!r.defined) return 'f or its gradient is undefined at this point.';
  if (r.zero) return '∇f = 0: a stationary point, no uphill direction here. Every direction has slope 0.';
  if (r.stationary) return `∇f is nearly zero here (‖∇f‖ = ${fmt(r.norm)}, too small beside f to show a direction): a stationary point, or very close to one.`;
  return null;
}

/** The sentence about ∇f alone. */
export function describeGradient(r: Reading): string {
  if (!r.defined) return 'f or its gradient is undefined here.';
  if (r.zero) return 'Gradient (0, 0): a stationary point, no uphill direction here.';
  if (r.stationary) return `Gradient nearly zero (length ${fmt(r.norm)}): a stationary point or very close to one, no clear uphill direction.`;
  return `Gradient (${fmt(r.fx)}, ${fmt(r.fy)}), length ${fmt(r.norm)}, pointing ${fmtAngle(r.gradAngle)} (uphill).`;
}

/** The sentence about u and D_u f. */
export function describeDirection(r: Reading): string {
  if (!r.defined) return `Direction u at ${fmtAngle(r.angle)}.`;
  return `Along u at ${fmtAngle(r.angle)}: slope ${fmt(r.slope)}.`;
}

/** The whole reading in words. */
export function describeReading(r: Reading): string {
  return `At ${point(r)}: f = ${fmt(r.f)}. ${describeGradient(r)} ${describeDirection(r)}`;
}
