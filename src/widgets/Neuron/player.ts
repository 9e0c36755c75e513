/**
 * Where each transport button takes the timeline (see timeline.ts for positions): pure, so the
 * state module only schedules the ticks. F = number of forward steps, total = last position.
 */

/** What the reader asked for. */
export type PlayKind = 'forward' | 'backward' | 'play';

/** The position to show first and the position to stop at. */
export interface PlayRange {
  from: number;
  to: number;
}

/**
 * Forward plays the forward pass (from the start when it is already complete); Backward plays
 * the backward pass, completing the forward pass at once first; Play continues to the end
 * (from the start when already there).
 */
export function playRange(kind: PlayKind, pos: number, F: number, total: number): PlayRange {
  switch (kind) {
    case 'forward':
      return { from: pos >= F ? 0 : pos, to: F };
    case 'backward':
      return { from: pos < F || pos >= total ? F : pos, to: total };
    case 'play':
      return { from: pos >= total ? 0 : pos, to: total };
  }
}

/** The position after one Step: the next one, or the first step again after the end. */
export function nextPosition(pos: number, total: number): number {
  return pos >= total ? 1 : pos + 1;
}
