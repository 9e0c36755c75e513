/**
 * "Did you mean ...?": the closest known name by edit distance.
 */

/** Levenshtein distance: the fewest single-character insertions, deletions or substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `name`, if it is close enough to be a plausible typo: a case-only
 * difference always is, otherwise at most one edit per three characters.
 */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > 40) return undefined; // long words are not typos, and the cost is quadratic
  const lower = name.toLowerCase();
  let best: string | undefined;
  // Names under three letters get only case-only suggestions: z is not a typo for x.
  let bestDistance = name.length < 3 ? 1 : Math.floor(name.length / 3) + 1;
  for (const c of candidates) {
    const d = c === lower ? 0.5 : editDistance(lower, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** "x", "x and y", "x, y and t". */
export function listNames(names: readonly string[]): string {
  if (names.length === 0) return 'no variables';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}
