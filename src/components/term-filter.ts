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

/** True when an entry with these areas belongs to the chosen area ('' means every area). */
export function inArea(areas: readonly string[], area: string): boolean {
  return area === '' || areas.includes(area);
}

/** The status line under the filter: empty when nothing filters. */
export function filterStatus(shown: number, total: number, query: string, areaName: string): string {
  if (query.trim() === '' && areaName === '') return '';
  if (shown === 0) return areaName === '' ? 'No term matches.' : `No term in ${areaName} matches.`;
  return `${shown} of ${total} terms match${areaName === '' ? '' : ` in ${areaName}`}.`;
}

/** Wires the filter box on the glossary page, if there is one: the text box and the area choice. */
export function enableTermFilter(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-term-filter]');
  const input = box?.querySelector('input[type="search"]');
  const status = box?.querySelector('[role="status"]');
  if (!box || !(input instanceof HTMLInputElement) || !status) return;
  const radios = [...box.querySelectorAll<HTMLInputElement>('input[name="area"]')];
  const entries = [...root.querySelectorAll<HTMLElement>('[data-names]')];
  const groups = [...root.querySelectorAll<HTMLElement>('section.group')];
  const letterLinks = [...root.querySelectorAll<HTMLAnchorElement>('[data-letter-link]')];
  box.classList.remove('pending');
  const update = () => {
    const chosen = radios.find((r) => r.checked);
    const area = chosen?.value ?? '';
    const areaName = area === '' ? '' : (chosen?.dataset['label'] ?? area);
    let shown = 0;
    for (const entry of entries) {
      const visible = inArea((entry.dataset['areas'] ?? '').split(' '), area) && matchesQuery((entry.dataset['names'] ?? '').split('\n'), input.value);
      entry.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-names]:not([hidden])');
    // A letter whose terms are all filtered out is no longer a place to jump to.
    for (const link of letterLinks) {
      const target = root.getElementById(link.hash.slice(1))?.closest('section');
      link.toggleAttribute('aria-disabled', target?.hidden === true);
    }
    status.textContent = filterStatus(shown, entries.length, input.value, areaName);
  };
  input.addEventListener('input', update);
  for (const r of radios) r.addEventListener('change', update);
  // A reload or the back button may restore a choice: show what it selects.
  update();
}
