/**
 * Which section of the page is being read: the last one whose heading has passed the reading
 * line (a fixed distance below the top of the window). Pure, so it can be tested without a
 * browser; toc-spy.ts measures the page and marks the entry.
 */

/** Where a section's heading is and whether the reader has reached the end of the page. */
export interface ReadingPosition {
  /** Each section's top, in viewport pixels, in page order (Infinity for one not on the page). */
  tops: readonly number[];
  /** The reading line, in viewport pixels from the top. */
  line: number;
  /** The window's height, in pixels. */
  height: number;
  /** True when the page is scrolled to its end. */
  atEnd: boolean;
  /** The section the address points at (#id), if it is one of them: the one the reader chose. */
  preferred?: number;
}

/**
 * The index of the current section. Before the first heading reaches the line, the first; at
 * the end of the page, where the last sections may be too short to reach the line, the
 * section the reader chose from the list if its heading is on screen, else the last section
 * whose heading is on screen.
 */
export function currentSection({ tops, line, height, atEnd, preferred = -1 }: ReadingPosition): number {
  let current = -1;
  tops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  if (atEnd) {
    const chosen = tops[preferred];
    if (chosen !== undefined && chosen >= 0 && chosen < height) return preferred;
    for (let i = tops.length - 1; i > current; i--) {
      if ((tops[i] ?? Infinity) < height) return i;
    }
  }
  return Math.max(current, tops.length > 0 ? 0 : -1);
}
