/**
 * The figures: one entry each. The term page's figure section, the gallery, the content schema,
 * the keyboard test, the benchmarks and the lists of URL keys all map over this table; the
 * component of a figure named `a-name` is `AName/ANameFigure.astro` (see figure-components.ts).
 * Plain data, importable from Node, the build, tests and benchmarks.
 */
import type { FigureEntry, LinkRole } from './figure';
import { EXAMPLES as FIELD_EXAMPLES } from './GradientField/examples';
import { LEARNING_RATE_EXAMPLES } from './LearningRate/examples';
import { LEARNING_RATE_KEYS } from './LearningRate/params';
import { NEURON_EXAMPLES } from './Neuron/examples';
import { NEURON_KEYS } from './Neuron/params';
import { CAMERA_KEYS } from './PartialSlices/camera-param';
import { EXAMPLES as SURFACE_EXAMPLES } from './PartialSlices/examples';
import { FIELD_KEYS } from './shared/field-keys';
import { readParams } from './shared/url-params';

/** Every figure, in the gallery's order. */
export const FIGURES = [
  {
    name: 'neuron',
    title: 'One neuron, forward and backward',
    caption:
      'A single neuron drawn as a computation graph. Press Forward to watch the inputs become a prediction and a loss; press Backward to send the gradient of the loss back along the same edges, one chain-rule factor at a time. Then take a gradient step and watch the loss fall.',
    examples: NEURON_EXAMPLES,
    keys: [NEURON_KEYS],
  },
  {
    name: 'gradient-field',
    title: 'The gradient as a vector field',
    caption:
      'Small arrows on the contour plot show the gradient: at every spot they point uphill, across the level lines, and their length tells how steep it is. Drag the probe across a level line, turn the direction u, or type your own function.',
    examples: FIELD_EXAMPLES,
    keys: [FIELD_KEYS],
  },
  {
    name: 'partial-slices',
    title: 'Partial derivatives slice a surface',
    caption:
      'Fix y and the surface becomes a curve in x whose slope is ∂f/∂x; fix x and the slope along y is ∂f/∂y. Move the point and watch the two tangent lines and the gradient they combine into.',
    examples: SURFACE_EXAMPLES,
    keys: [FIELD_KEYS, CAMERA_KEYS],
  },
  {
    name: 'learning-rate',
    title: 'Step size and stability',
    caption:
      'Gradient descent on a loss of one parameter, drawn on the loss curve and as a sequence. Slide the learning rate η past the marks 1/a and 2/a and watch the iterates creep down one side, zigzag in, bounce for ever, then fly apart; then try a step past 2/a on the flatter log-cosh loss.',
    examples: LEARNING_RATE_EXAMPLES,
    keys: [LEARNING_RATE_KEYS],
  },
] as const satisfies readonly FigureEntry[];

/** A figure's name. */
export type FigureName = (typeof FIGURES)[number]['name'];

/** The names a term can list in its `figures` frontmatter. */
export const FIGURE_NAMES = FIGURES.map((f) => f.name) as [FigureName, ...FigureName[]];

/** The entry of a figure. */
export function figureEntry(name: FigureName): FigureEntry<FigureName> {
  return FIGURES.find((f) => f.name === name)!;
}

/**
 * What is wrong with a term's starting state for its figures (a query string, read as their
 * link is): values its figures refuse, and keys none of them owns. Empty when it is sound.
 */
export function startProblems(start: string, figures: readonly FigureName[]): string[] {
  const groups = [...new Map(figures.flatMap((n) => figureEntry(n).keys).map((g) => [g.id, g])).values()];
  const own = groups.flatMap((g) => Object.keys(g.schema));
  const problems = groups.flatMap((g) => readParams(start, g.schema).notices);
  problems.push(...readParams(start, {}, { reportUnknown: own }).notices);
  return problems;
}

/** Every URL key some figure owns, each once. */
export const URL_KEYS: readonly string[] = [...new Set(FIGURES.flatMap((f) => f.keys.flatMap((g) => Object.keys(g.schema))))];

/**
 * The part of figure `name` in the link of a page showing `page` (in order) in one state: it
 * shows the notices of each of its key groups that no figure before it on the page uses.
 */
export function linkRole(name: FigureName, page: readonly FigureName[] = [name]): LinkRole {
  const before = page.slice(0, Math.max(0, page.indexOf(name)));
  const taken = new Set(before.flatMap((n) => figureEntry(n).keys.map((g) => g.id)));
  return { shows: figureEntry(name).keys.map((g) => g.id).filter((id) => !taken.has(id)), known: URL_KEYS };
}
