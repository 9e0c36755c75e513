/**
 * Named states of the figure. The gallery shows them, the browser tests visit each one and
 * check that the numbers shown equal the engine's, and the screenshots walk them.
 */
import { PRESETS } from './presets';

/** One named state: `query` is the URL query string that reproduces it. */
export interface GradientFieldExample {
  id: string;
  title: string;
  description: string;
  query: string;
}

/** A query string for f (omitted when undefined), the point and the angle of u. */
function q(f: string | undefined, x: number, y: number, u: number): string {
  const parts = f === undefined ? [] : [`f=${encodeURIComponent(f)}`];
  return `?${[...parts, `x=${x}`, `y=${y}`, `u=${u}`].join('&')}`;
}

const source = (id: string): string => PRESETS.find((p) => p.id === id)!.source;

/** The examples, simplest first. */
export const EXAMPLES: readonly GradientFieldExample[] = [
  {
    id: 'ripples',
    title: 'Arrows point uphill',
    description: 'The default landscape: the probe sits on a slope; ∇f points across the level lines towards the nearest crest.',
    query: q(undefined, 1, 0.5, 30),
  },
  {
    id: 'bowl',
    title: 'A bowl',
    description: 'For x² + y² the gradient points straight out from the bottom and grows with distance: ∇f = (2x, 2y).',
    query: q(source('bowl'), 1.5, 1, 120),
  },
  {
    id: 'steepest',
    title: 'u along the gradient',
    description: 'When u points along ∇f, the slope D_u f is as large as it gets: it equals the length of the gradient.',
    query: q(source('bowl'), 1, 1, 45),
  },
  {
    id: 'level',
    title: 'u along the level line',
    description: 'When u follows the level line, at right angles to ∇f, f does not change to first order: D_u f = 0.',
    query: q(source('bowl'), 1, 1, 135),
  },
  {
    id: 'saddle-point',
    title: 'A stationary point',
    description: 'At the centre of the saddle x² − y² the gradient is zero: no direction is uphill, and every directional derivative is 0.',
    query: q(source('saddle'), 0, 0, 30),
  },
  {
    id: 'rosenbrock',
    title: 'Rosenbrock valley',
    description: 'On the valley wall the gradient is huge and points up the wall, almost at right angles to the way down the valley.',
    query: q(source('rosenbrock'), -1, 0.5, 0),
  },
  {
    id: 'logistic',
    title: 'A logistic-regression loss',
    description: 'The loss over two weights x = w₁ and y = w₂. Minus the gradient is the direction a gradient-descent step would take.',
    query: q(source('logistic'), 1.5, -1, 150),
  },
  {
    id: 'pole',
    title: 'A pole',
    description: 'f = 1/x + y is undefined on the line x = 0. The plot leaves that strip blank rather than drawing every level line along it.',
    query: q('1/x + y', 0.5, 0.5, 0),
  },
  {
    id: 'undefined',
    title: 'Where f is undefined',
    description: 'ln x has no value for x ≤ 0: that half of the plane is hatched, and the level lines stop at its edge.',
    query: q('ln(x) + y^2/4', 1, 1, 0),
  },
];
