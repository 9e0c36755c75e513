/**
 * The one error type of the expression language.
 *
 * Positions are offsets into the source string in UTF-16 code units (what `String#slice` and
 * `HTMLInputElement#setSelectionRange` use), `start` inclusive and `end` exclusive, so a view can
 * underline `source.slice(start, end)`. Messages count characters from 1, as a reader does.
 */

/** What went wrong, for code that wants to react to a kind of error rather than read text. */
export type ExpressionErrorCode =
  | 'empty'
  | 'too-long'
  | 'too-deep'
  | 'too-many-nodes'
  | 'too-large'
  | 'bad-character'
  | 'invisible'
  | 'look-alike'
  | 'bad-number'
  | 'unknown-function'
  | 'unknown-variable'
  | 'unknown-name'
  | 'no-parentheses'
  | 'arity'
  | 'missing-operand'
  | 'missing-operator'
  | 'unclosed'
  | 'unmatched'
  | 'stray-comma';

/** A problem with an expression, with a message a reader understands and the range to underline. */
export class ExpressionError extends Error {
  /** Offset of the first character to underline (UTF-16 code units). */
  readonly start: number;
  /** Offset one past the last character to underline. */
  readonly end: number;
  /** The kind of problem. */
  readonly code: ExpressionErrorCode;

  constructor(code: ExpressionErrorCode, message: string, start: number, end: number) {
    super(message);
    this.name = 'ExpressionError';
    this.code = code;
    this.start = start;
    this.end = Math.max(start, end);
  }
}
