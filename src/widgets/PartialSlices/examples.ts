/**
 * Named states of the surface figure. Each query reproduces the state on /glossary/gradient/;
 * the gallery shows them and the browser tests walk them, checking every number shown
 * against the engine.
 */

/** A named state of the figure. */
export interface Example {
  id: string;
  title: string;
  description: string;
  /** The URL query that reproduces the state. */
  query: string;
}

const q = (f: string | null, x: number, y: number, cam?: string) =>
  `?${f === null ? '' : `f=${encodeURIComponent(f)}&`}x=${x}&y=${y}${cam ? `&cam=${cam}` : ''}`;

/** The examples, in the gallery's order. */
export const EXAMPLES: readonly Example[] = [
  {
    id: 'ripples',
    title: 'Two slopes at one point',
    description: 'The page’s function at (1, 0.5): climbing along x, falling along y. The gradient on the floor points up and to the right, towards higher ground.',
    query: q(null, 1, 0.5),
  },
  {
    id: 'bowl',
    title: 'A bowl',
    description: 'For x² + y² the slice in x is a parabola with slope 2x₀ and the slice in y one with slope 2y₀, so ∇f = (2x₀, 2y₀) points straight away from the bottom.',
    query: q('x^2 + y^2', 1.5, 1),
  },
  {
    id: 'saddle',
    title: 'A saddle',
    description: 'x² − y²: the slice along x opens upwards, the slice along y downwards. Move the point to the origin: both tangents go flat, yet it is neither a top nor a bottom.',
    query: q('x^2 - y^2', 1, 0.5),
  },
  {
    id: 'plane',
    title: 'A tilted plane',
    description: 'For a plane the slices are straight lines and each is its own tangent: the slopes 0.5 and −0.3 are the same wherever the point is.',
    query: q('0.5*x - 0.3*y + 1', 0.5, -1),
  },
  {
    id: 'hill',
    title: 'The side of a hill',
    description: 'A round hill exp(−(x² + y²)). Partway up, both slopes point back towards the top, and so does the gradient.',
    query: q('exp(-(x^2 + y^2))', 0.6, -0.4),
  },
  {
    id: 'hilltop',
    title: 'On the top',
    description: 'At the top of the hill both slices have flat tangents: ∂f/∂x = ∂f/∂y = 0, so the gradient is the zero vector.',
    query: q('exp(-(x^2 + y^2))', 0, 0),
  },
  {
    id: 'product',
    title: 'Slopes that swap',
    description: 'For f = xy the slice along x is a straight line of slope y₀ and the slice along y one of slope x₀: each partial derivative is the other coordinate.',
    query: q('x*y', 1, -1.5, '-60,35,5.5'),
  },
  {
    id: 'funnel',
    title: 'A hole in the surface',
    description: 'log(x² + y²) has no value at the origin: the surface has a hole there and the slices through it break. Away from it the slopes are 2x/(x² + y²) and 2y/(x² + y²).',
    query: q('log(x^2 + y^2)', 1, 0.5),
  },
];
