/**
 * Writes a figure's state into the address bar with history.replaceState (never pushState:
 * moving a point is not a page visit), so a shared link reproduces what the reader sees. Each
 * page state (page-state.svelte.ts) writes every figure's keys through one of these.
 *
 * replaceState is not cheap (measured 4–16 ms here: it goes through the browser process, and
 * the browser may fetch the favicon again for the new address), so the writer waits until
 * changes pause for `quiet` ms (a debounce: nothing is written while a drag or a held key goes
 * on) and writes at once when a drag ends (flush on pointer release).
 */

/** A debounced writer of `query()` into the current URL. */
export interface UrlWriter {
  schedule(): void;
  flush(): void;
  dispose(): void;
}

/** Creates a writer; `query` returns the whole query string ("?a=1&b=2" or ""). */
export function createUrlWriter(query: () => string, quiet = 300): UrlWriter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    timer = undefined;
    const url = `${location.pathname}${query()}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  };
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(write, quiet);
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      write();
    },
    dispose() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
