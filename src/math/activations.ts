/**
 * The activation functions of machine learning, in forms that never overflow. Shared by the
 * expression engine's function table and by the autodiff graph.
 */

/** The logistic function 1 / (1 + e^-x), in a form that never overflows. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** softplus(x) = ln(1 + e^x), computed without overflow for large x. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** The Heaviside step with step(0) = 0 (and NaN for NaN). */
export function step(x: number): number {
  return x > 0 ? 1 : x <= 0 ? 0 : NaN;
}
