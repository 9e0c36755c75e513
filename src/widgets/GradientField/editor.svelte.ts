/**
 * The function editor's state: what the reader has typed (the draft), the error to show, and
 * the debounce that parses the draft 150 ms after the last keystroke. A draft that parses
 * becomes the shared source (and the plot redraws); one that does not leaves the last good
 * function in place and shows the engine's message with the range to underline.
 */
import type { ExpressionError } from '../../math';
import type { FieldState } from '../shared/field-state.svelte';
import type { ShownError } from './error-range';

/** Delay between the last keystroke and parsing, in ms. */
export const DEBOUNCE_MS = 150;

/** Editor state bound to one shared field state. */
export class EditorModel {
  draft = $state('');
  error = $state<ShownError | null>(null);
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The source the draft last agreed with; a different shared source replaces the draft. */
  private synced = '';

  constructor(private readonly field: FieldState) {
    this.draft = field.source;
    this.synced = field.source;
  }

  /** Called from an effect: when f changed elsewhere (preset, URL, other figure), show it. */
  follow(): void {
    const source = this.field.source;
    if (source === this.synced) return;
    this.synced = source;
    this.draft = source;
    this.error = null;
  }

  /** The reader typed: keep the text, parse it after the debounce. */
  input(text: string): void {
    this.draft = text;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.commit(), DEBOUNCE_MS);
  }

  /** Parses the draft now (also on Enter and on blur). */
  commit(): void {
    clearTimeout(this.timer);
    const text = this.draft;
    const problem: ExpressionError | null = this.field.setSource(text);
    if (problem) {
      this.error = { message: problem.message, start: problem.start, end: problem.end };
      return;
    }
    this.error = null;
    this.synced = text;
  }

  /** Stops a pending parse (on unmount). */
  dispose(): void {
    clearTimeout(this.timer);
  }
}
