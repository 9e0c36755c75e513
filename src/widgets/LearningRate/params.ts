/**
 * The settings of the learning-rate figure: the loss, its scale a, the step size η, the start
 * θ₀ and the number of steps, with their ranges, defaults and URL keys.
 */
import { urlNumber, type KeyGroup, type NumberSpec, type ParamSpec, type ParamValues } from '../shared/url-params';
import { LOSS_KINDS, type LossKind } from './losses';

/** The figure's settings. */
export interface LearningRateSettings {
  loss: LossKind;
  /** The loss's scale: its curvature at the minimum. */
  a: number;
  /** The step size η. */
  eta: number;
  /** The start θ₀. */
  theta0: number;
  /** How many steps are taken. */
  steps: number;
}

/** The numeric settings. */
export type NumericKey = Exclude<keyof LearningRateSettings, 'loss'>;

/** Range, slider step and name of each numeric setting (2/a stays inside η's range for every a). */
export const RANGES: Record<NumericKey, { min: number; max: number; step: number; label: string }> = {
  a: { min: 0.5, max: 4, step: 0.1, label: 'curvature a' },
  eta: { min: 0.01, max: 4.5, step: 0.01, label: 'learning rate η' },
  theta0: { min: -3, max: 3, step: 0.1, label: 'start θ₀' },
  steps: { min: 1, max: 40, step: 1, label: 'steps' },
};

/** The settings shown before the reader changes anything. */
export const DEFAULTS: LearningRateSettings = { loss: 'quadratic', a: 1, eta: 0.3, theta0: 2.5, steps: 12 };

const num = (key: NumericKey): NumberSpec => ({ kind: 'number', min: RANGES[key].min, max: RANGES[key].max, fallback: DEFAULTS[key], label: RANGES[key].label });

/** URL keys of the figure. */
export const LEARNING_RATE_URL = {
  loss: { kind: 'choice', values: LOSS_KINDS, fallback: DEFAULTS.loss, label: 'loss' },
  a: num('a'),
  lr: num('eta'),
  th0: num('theta0'),
  n: num('steps'),
} satisfies Record<string, ParamSpec>;

/** The figure's group of URL keys. */
export const LEARNING_RATE_KEYS = { id: 'learning-rate', schema: LEARNING_RATE_URL } as const satisfies KeyGroup;

/** The settings a link's values describe (the number of steps rounded to a whole number). */
export function settingsFromValues(v: ParamValues<typeof LEARNING_RATE_URL>): LearningRateSettings {
  return { loss: v.loss, a: v.a, eta: v.lr, theta0: v.th0, steps: Math.round(v.n) };
}

/** The figure's keys for the link: each setting, or null (no key) where it is the default. */
export function settingsToLink(s: LearningRateSettings): Record<string, string | null> {
  const numeric = (key: NumericKey): string | null => (s[key] === DEFAULTS[key] ? null : urlNumber(s[key]));
  return { loss: s.loss === DEFAULTS.loss ? null : s.loss, a: numeric('a'), lr: numeric('eta'), th0: numeric('theta0'), n: numeric('steps') };
}

/** A value clamped into a numeric setting's range; a non-finite value gives the default. */
export function clampSetting(key: NumericKey, v: number): number {
  if (!Number.isFinite(v)) return DEFAULTS[key];
  const clamped = Math.min(RANGES[key].max, Math.max(RANGES[key].min, v));
  return key === 'steps' ? Math.round(clamped) : clamped;
}
