/**
 * The glossary's eight areas. A term's first tag is its home area; it may carry others. The
 * order here is the order of the index's area filter.
 */
export const AREAS: ReadonlyMap<string, string> = new Map([
  ['calculus', 'Calculus'],
  ['optimisation', 'Optimisation'],
  ['linear-algebra', 'Linear algebra'],
  ['probability', 'Probability and statistics'],
  ['information-theory', 'Information theory'],
  ['neural-networks', 'Neural networks'],
  ['training', 'Training practice'],
  ['classic-models', 'Classic models'],
]);

/** The area tags, for the content schema. */
export const AREA_TAGS = [...AREAS.keys()] as [string, ...string[]];
