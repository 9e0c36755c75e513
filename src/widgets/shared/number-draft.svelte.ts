/**
 * What a figure's number field holds between keystrokes: the text being typed (a draft) and
 * the message for text that cannot be used. A usable number is handed on at once; text that
 * is not usable stays in the field, with its message, until the reader changes it or the
 * value is changed elsewhere (a drag, a slider). See typed-number.ts for what is usable.
 */
import { readTypedNumber, type TypedRange } from './typed-number';

export class NumberDraft {
  /** The reader's text, or null when the field shows the value itself. */
  draft = $state<string | null>(null);
  /** Why the draft cannot be used, or null. */
  error = $state<string | null>(null);

  /** The text the field shows for `value`, rounded to `decimals`. */
  shown(value: number, decimals: number): string {
    return this.draft ?? String(Number(value.toFixed(decimals)));
  }

  /**
   * Reads the text typed; returns the number to use, or null. `commit` (Enter, leaving the
   * field) is when a refusal is shown; while typing, a half-written number is not an error.
   */
  type(text: string, range: TypedRange, current: number, commit: boolean): number | null {
    this.draft = text;
    const typed = readTypedNumber(text, range, current);
    if (typed.ok) {
      this.error = null;
      return typed.value;
    }
    if (commit) this.error = typed.message;
    return null;
  }

  /** The field was left: a usable draft gives way to the value it set. */
  leave(): void {
    if (this.error === null) this.draft = null;
  }

  /** The value changed elsewhere: the field shows it, and an old refusal goes. */
  reset(): void {
    this.draft = null;
    this.error = null;
  }
}
