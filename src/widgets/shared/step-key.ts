/**
 * The keys of a handle that moves one number (role="slider"): arrows step by `step` (Shift, PageUp and
 * PageDown by ten steps), Home and End jump to the window's edges.
 */

/** The new coordinate after a key, or null when the key does not move the handle. */
export function stepKey(key: string, shift: boolean, t: number, step: number, range: readonly [number, number]): number | null {
  const big = step * 10;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return t + (shift ? big : step);
    case 'ArrowLeft':
    case 'ArrowDown':
      return t - (shift ? big : step);
    case 'PageUp':
      return t + big;
    case 'PageDown':
      return t - big;
    case 'Home':
      return range[0];
    case 'End':
      return range[1];
    default:
      return null;
  }
}
