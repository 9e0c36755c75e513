/**
 * The glossary's "Find a term" box: filters the A–Z list as the reader types, matching titles,
 * slugs and aliases (so "grad", "∇f" or "step size" find their terms). Invisible without
 * JavaScript (it keeps its place, so nothing moves when it appears); the full list and the
 * letter bar do the job there.
 */

/** Lowercased, accent-free, compatibility-normalised text for matching (∇f matches ∇F). */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** True when every word of the query starts some word of, or is inside, one of the names. */
export function matchesQuery(names: readonly string[], query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  return names.some((name) => {
    const folded = foldForSearch(name);
    return words.every((w) => folded.includes(w));
  });
}

/** Wires the filter box on the glossary page, if there is one. */
export function enableTermFilter(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-term-filter]');
  const input = box?.querySelector('input');
  const status = box?.querySelector('[role="status"]');
  if (!box || !input || !status) return;
  const entries = [...root.querySelectorAll<HTMLElement>('[data-names]')];
  const groups = [...root.querySelectorAll<HTMLElement>('section.group')];
  box.classList.remove('pending');
  input.addEventListener('input', () => {
    let shown = 0;
    for (const entry of entries) {
      const visible = matchesQuery((entry.dataset['names'] ?? '').split('\n'), input.value);
      entry.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-names]:not([hidden])');
    status.textContent = input.value.trim() === '' ? '' : shown === 0 ? 'No term matches.' : `${shown} of ${entries.length} terms match.`;
  });
}
