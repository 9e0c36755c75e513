/**
 * A trailing throttle for writing the URL: `schedule` runs `write` at most once per `ms`
 * (the latest state wins), `flush` writes a pending change now (on pointer-up), `cancel` drops it.
 */
export interface Throttled {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

/** Creates the throttle around `write`. */
export function throttle(write: () => void, ms: number): Throttled {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = -Infinity;
  const run = (): void => {
    timer = null;
    last = Date.now();
    write();
  };
  return {
    schedule() {
      if (timer !== null) return;
      timer = setTimeout(run, Math.max(0, last + ms - Date.now()));
    },
    flush() {
      if (timer === null) return;
      clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
