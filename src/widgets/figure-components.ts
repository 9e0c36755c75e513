/**
 * The Astro component of each figure in the registry, found by convention: the figure named
 * `partial-slices` lives in `PartialSlices/` and its island in `PartialSlices/PartialSlicesFigure.astro`.
 * For the build only (Astro components do not run in the browser); a registry entry without its
 * component fails the build, naming the file it looked for.
 */
import type { FigureProps } from './figure';
import { figureFolder } from './figure-folder';
import { FIGURES, type FigureName } from './registry';

/** An Astro figure component: it takes the props every figure takes. */
export type FigureComponent = (props: FigureProps) => unknown;

const modules = import.meta.glob<{ default: FigureComponent }>('./*/*Figure.astro', { eager: true });

/** The figure's Astro component. */
export function figureComponent(name: FigureName): FigureComponent {
  const folder = figureFolder(name);
  const path = `./${folder}/${folder}Figure.astro`;
  const module = modules[path];
  if (!module) throw new Error(`src/widgets/registry.ts lists the figure '${name}', but src/widgets/${path.slice(2)} does not exist.`);
  return module.default;
}

/** Every figure with its component, in the registry's order. */
export const FIGURE_COMPONENTS = FIGURES.map((entry) => ({ ...entry, Figure: figureComponent(entry.name) }));
