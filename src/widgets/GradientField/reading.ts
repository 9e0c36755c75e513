/**
 * What the probe reads at (x0, y0): f, ∇f, |∇f|, the direction u and the directional
 * derivative D_u f = u · ∇f. All numbers come from the compiled field. Angles are in degrees,
 * counter-clockwise from the +x axis, in world coordinates (y up).
 *
 * Floating-point noise is dropped where a number is known to be a rounding error beside a
 * larger one: u at 90° is (0, 1), not (6.12×10⁻¹⁷, 1); a part of ∇f or a slope D_u f that is
 * 10⁻¹² of |∇f| is 0 (see dropNoise in the shared format).
 */
import type { Field } from '../../math';
import { cleanVector, dropNoise } from '../shared/format';

/** The probe's numbers. */
export interface Reading {
  x: number;
  y: number;
  f: number;
  fx: number;
  fy: number;
  /** |∇f|. */
  norm: number;
  /** Direction of u, degrees. */
  angle: number;
  ux: number;
  uy: number;
  /** D_u f = u · ∇f = |∇f| cos(angle between them). */
  slope: number;
  /** Direction of ∇f, degrees in [0, 360); NaN at a stationary point. */
  gradAngle: number;
  /** Angle between u and ∇f, degrees in [0, 180]; NaN at a stationary point. */
  between: number;
  /** ∇f = 0 here (to within rounding): no direction is uphill. */
  stationary: boolean;
  /** ∇f is exactly (0, 0); when `stationary` but not this, ∇f is only nearly zero. */
  zero: boolean;
  /** f and ∇f are finite here. */
  defined: boolean;
}

/** Below this length ∇f counts as zero (relative to the size of f, to absorb rounding). */
export function isStationary(norm: number, f: number): boolean {
  return norm <= 1e-9 * Math.max(1, Math.abs(f));
}

const deg = (rad: number): number => (rad * 180) / Math.PI;

/** The probe's numbers at (x, y) with u at `angle` degrees. */
export function readProbe(field: Field, x: number, y: number, angle: number): Reading {
  const f = field.value(x, y);
  const [fx = Number.NaN, fy = Number.NaN] = cleanVector(field.gradient(x, y));
  const norm = Math.hypot(fx, fy);
  const [ux = 1, uy = 0] = cleanVector([Math.cos((angle * Math.PI) / 180), Math.sin((angle * Math.PI) / 180)]);
  const defined = Number.isFinite(f) && Number.isFinite(fx) && Number.isFinite(fy);
  const stationary = defined && isStationary(norm, f);
  const zero = defined && fx === 0 && fy === 0;
  // |u| = 1, so a slope that is noise beside |∇f| is 0.
  const slope = dropNoise(ux * fx + uy * fy, norm);
  const gradAngle = stationary || !defined ? Number.NaN : (deg(Math.atan2(fy, fx)) + 360) % 360;
  const between = stationary || !defined ? Number.NaN : deg(Math.acos(Math.max(-1, Math.min(1, slope / norm))));
  return { x, y, f, fx, fy, norm, angle, ux, uy, slope, gradAngle, between, stationary, zero, defined };
}
