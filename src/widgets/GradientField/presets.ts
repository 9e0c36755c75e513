/**
 * Functions a reader can load with one press. Each sets its own window (square, so ∇f is drawn
 * at right angles to the level lines), a starting point for the probe and a direction u.
 */
import { DEFAULT_SOURCE, DEFAULT_WINDOW } from '../shared/field-keys';
import type { WorldRect } from '../../math';

/** A named function with its view. */
export interface Preset {
  id: string;
  label: string;
  source: string;
  window: WorldRect;
  point: [number, number];
  angle: number;
  /** What to notice, in one or two sentences. */
  description: string;
}

/** The presets, in the order of the buttons. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'ripples',
    label: 'Ripples',
    source: DEFAULT_SOURCE,
    window: { x: [...DEFAULT_WINDOW.x], y: [...DEFAULT_WINDOW.y] },
    point: [1, 0.5],
    angle: 30,
    description: 'Hills and hollows of sin x · cos y on a gentle slope 0.1x². The arrows swirl from every hollow up to the neighbouring crests; at each crest and hollow they shrink to nothing.',
  },
  {
    id: 'bowl',
    label: 'Bowl',
    source: 'x^2 + y^2',
    window: { x: [-3, 3], y: [-3, 3] },
    point: [1.5, 1],
    angle: 120,
    description: 'A round bowl. Every arrow points straight away from the bottom at the origin, and arrows grow with distance: here |∇f| = 2r.',
  },
  {
    id: 'saddle',
    label: 'Saddle',
    source: 'x^2 - y^2',
    window: { x: [-3, 3], y: [-3, 3] },
    point: [1, 0.5],
    angle: 90,
    description: 'Uphill along x, downhill along y. At the origin ∇f = 0, yet it is neither a minimum nor a maximum: a saddle point.',
  },
  {
    id: 'rosenbrock',
    label: 'Rosenbrock valley',
    source: '(1 - x)^2 + 100*(y - x^2)^2',
    window: { x: [-2, 2], y: [-1, 3] },
    point: [-1, 0.5],
    angle: 0,
    description: 'A steep-walled, curved valley with its minimum at (1, 1). The arrows mostly point across the valley, not along it, which is why plain gradient descent zig-zags here. Its levels are spaced 1, 2, 5, 10, … so the flat floor shows.',
  },
  {
    id: 'logistic',
    label: 'Logistic loss',
    source: 'softplus(-(x + 2*y)) + softplus(2*x - y) + softplus(y - x) + softplus(x + 0.5*y)',
    window: { x: [-2.8, 2.2], y: [-2, 3] },
    point: [1.5, -1],
    angle: 150,
    description: 'The training loss of a logistic regression with two weights and no bias: x is the weight w₁ and y the weight w₂. Each softplus term is the log-loss of one labelled data point. Gradient descent walks against the arrows, to the minimum near (−0.28, 0.49).',
  },
];

/** The preset whose source is exactly `source`, if any. */
export function presetFor(source: string): Preset | undefined {
  return PRESETS.find((p) => p.source === source);
}

/** The window a source starts in: its preset's, else the default. */
export function homeWindow(source: string): WorldRect {
  const w = presetFor(source)?.window ?? DEFAULT_WINDOW;
  return { x: [w.x[0], w.x[1]], y: [w.y[0], w.y[1]] };
}
