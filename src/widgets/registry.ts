/**
 * The interactive figures a term can list in its `figures` frontmatter. Each name is the
 * `data-widget` value of the figure's root element.
 */
export const FIGURE_NAMES = ['neuron', 'gradient-field', 'partial-slices'] as const;

/** A figure's name. */
export type FigureName = (typeof FIGURE_NAMES)[number];
