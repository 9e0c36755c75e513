/**
 * The part of a typed formula an error is about, for the wavy underline under the text field.
 * Offsets are UTF-16 code units, start inclusive, end exclusive, as the engine reports them.
 */

/** An error as the view shows it: message and the range [start, end) of the draft. */
export interface ShownError {
  message: string;
  start: number;
  end: number;
}

/**
 * Splits a draft around an error range. An empty range (something is missing, e.g. after a
 * trailing "+") marks one blank after `start`, so there is always something to underline.
 */
export function splitAtError(draft: string, e: ShownError): { before: string; bad: string; after: string } {
  const start = Math.max(0, Math.min(draft.length, e.start));
  const end = Math.max(start, Math.min(draft.length, e.end));
  const bad = end > start ? draft.slice(start, end) : ' ';
  return { before: draft.slice(0, start), bad, after: draft.slice(end) };
}
