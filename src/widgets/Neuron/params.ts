/**
 * The settings of the neuron figure: inputs x₁, x₂, weights w₁, w₂, bias b, target y, the
 * activation and the learning rate η, with their ranges, defaults and URL keys.
 */
import { ACTIVATIONS, type Activation } from '../../math/autodiff';
import { mergeParams, readParams, urlNumber, type KeyGroup, type NumberSpec, type ParamSpec, type ParamValues } from '../shared/url-params';

/** The activations the reader can choose: the engine's (one definition, in the neuron's graph). */
export { ACTIVATIONS, type Activation };

/** How each activation is named in the controls and in sentences. */
export const ACTIVATION_NAMES: Record<Activation, string> = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' };

/** Each activation's definition, as plain text for the controls. */
export const ACTIVATION_DEFINITIONS: Record<Activation, string> = {
  sigmoid: 'σ(z) = 1 / (1 + e⁻ᶻ), between 0 and 1',
  tanh: 'tanh(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ), between −1 and 1',
  relu: 'ReLU(z) = max(0, z)',
};

/** The numeric settings, by their state names. */
export type NumericKey = 'x1' | 'x2' | 'w1' | 'w2' | 'b' | 'y' | 'eta';

/** The figure's settings: the neuron's inputs (the engine's NeuronParams, with the activation as `act`, its URL key) and the learning rate. */
export interface NeuronSettings {
  x1: number;
  x2: number;
  w1: number;
  w2: number;
  b: number;
  /** The target the loss compares the output a with. */
  y: number;
  act: Activation;
  /** Learning rate η of "Take a step". */
  eta: number;
}

/** The parameters a gradient step changes. */
export const TRAINABLE = ['w1', 'w2', 'b'] as const;

/** Range and slider step of each numeric setting. */
export const RANGES: Record<NumericKey, { min: number; max: number; step: number; label: string }> = {
  x1: { min: -3, max: 3, step: 0.05, label: 'input x1' },
  x2: { min: -3, max: 3, step: 0.05, label: 'input x2' },
  w1: { min: -4, max: 4, step: 0.05, label: 'weight w1' },
  w2: { min: -4, max: 4, step: 0.05, label: 'weight w2' },
  b: { min: -4, max: 4, step: 0.05, label: 'bias b' },
  y: { min: -3, max: 3, step: 0.05, label: 'target y' },
  eta: { min: 0.01, max: 2, step: 0.01, label: 'learning rate η' },
};

/** The settings shown before the reader changes anything. */
export const DEFAULT_PARAMS: NeuronSettings = { x1: 2, x2: -1, w1: 0.5, w2: 1, b: 0.25, y: 1, act: 'sigmoid', eta: 1 };

const num = (key: NumericKey): NumberSpec => ({ kind: 'number', min: RANGES[key].min, max: RANGES[key].max, fallback: DEFAULT_PARAMS[key], label: RANGES[key].label });

/** URL keys of the figure (the target is `t`: `y` belongs to the field figures' point). */
export const NEURON_URL = {
  x1: num('x1'),
  x2: num('x2'),
  w1: num('w1'),
  w2: num('w2'),
  b: num('b'),
  t: num('y'),
  act: { kind: 'choice', values: ACTIVATIONS, fallback: DEFAULT_PARAMS.act, label: 'activation' },
  eta: num('eta'),
} satisfies Record<string, ParamSpec>;

/** The figure's group of URL keys. */
export const NEURON_KEYS = { id: 'neuron', schema: NEURON_URL } as const satisfies KeyGroup;

/** The settings the link's values describe. */
export function paramsFromValues(values: ParamValues<typeof NEURON_URL>): NeuronSettings {
  const { t, ...rest } = values;
  return { ...rest, y: t };
}

/** Reads the neuron's settings from a query string; other figures' keys are left alone. */
export function paramsFromQuery(search: string): { params: NeuronSettings; notices: string[] } {
  const { values, notices } = readParams(search, NEURON_URL);
  return { params: paramsFromValues(values), notices };
}

/** The neuron's keys for the link: each setting, or null (no key) where it is the default. */
export function paramsToLink(p: NeuronSettings): Record<string, string | null> {
  const numeric = (key: NumericKey): string | null => (p[key] === DEFAULT_PARAMS[key] ? null : urlNumber(p[key]));
  return {
    x1: numeric('x1'),
    x2: numeric('x2'),
    w1: numeric('w1'),
    w2: numeric('w2'),
    b: numeric('b'),
    t: numeric('y'),
    act: p.act === DEFAULT_PARAMS.act ? null : p.act,
    eta: numeric('eta'),
  };
}

/** The query string with the neuron's settings written into `search`; defaults are left out. */
export function paramsToQuery(search: string, p: NeuronSettings): string {
  return mergeParams(search, paramsToLink(p));
}

/** Whether the settings are the defaults (then "Default settings" has nothing to do). */
export function isDefault(p: NeuronSettings): boolean {
  return (Object.keys(DEFAULT_PARAMS) as (keyof NeuronSettings)[]).every((k) => p[k] === DEFAULT_PARAMS[k]);
}

/** Clamps a value into a setting's range; NaN becomes the default. */
export function clampParam(key: NumericKey, v: number): number {
  if (!Number.isFinite(v)) return DEFAULT_PARAMS[key];
  return Math.min(RANGES[key].max, Math.max(RANGES[key].min, v));
}
