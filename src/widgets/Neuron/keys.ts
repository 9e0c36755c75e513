/**
 * Keyboard shortcuts of the figure. They act only when focus is inside the figure and never on
 * keys typed into a field: text, number and range inputs, selects and text areas keep every key,
 * and buttons keep Space and Enter (which press them).
 */

/** What a shortcut does. */
export type Shortcut = 'forward' | 'backward' | 'next' | 'toggle' | 'reset' | 'descend';

/** The keys of each shortcut, in aria-keyshortcuts syntax. */
export const SHORTCUTS: Record<Shortcut, { aria: string }> = {
  forward: { aria: 'F' },
  backward: { aria: 'B' },
  next: { aria: 'N ArrowRight' },
  toggle: { aria: 'Space' },
  reset: { aria: 'R' },
  descend: { aria: 'G' },
};

/** The parts of a keyboard event the decision needs (a KeyboardEvent is one). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focused element: its tag name, e.g. 'INPUT', and whether it is editable. */
  target: EventTarget | { tagName?: string; isContentEditable?: boolean } | null;
}

const LETTERS: Record<string, Shortcut> = { f: 'forward', b: 'backward', n: 'next', r: 'reset', g: 'descend' };

/** The shortcut a key press means here, or null to leave the key alone. */
export function shortcutFor(e: KeyLike): Shortcut | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const target = (e.target ?? {}) as { tagName?: string; isContentEditable?: boolean };
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target.isContentEditable) return null;
  const pressable = tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY';
  if (e.key === ' ' || e.key === 'Spacebar') return pressable ? null : 'toggle';
  if (e.key === 'ArrowRight') return 'next';
  return LETTERS[e.key.toLowerCase()] ?? null;
}
