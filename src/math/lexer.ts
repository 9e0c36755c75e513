/**
 * The lexer: source text to tokens, in one left-to-right pass with no recursion.
 *
 * Token positions are UTF-16 offsets into the original source (Unicode aliases such as '×' keep
 * their own one-character range), so every later error can point at what the reader typed.
 */
import { ExpressionError } from './errors';
import { GREEK, OPERATOR_ALIASES, SUPERSCRIPTS, codePointLabel, invisibleName, lookAlikeOf } from './unicode';

/** The kinds of token. 'sup' is a superscript digit (² or ³). */
export type TokenKind = 'num' | 'name' | 'op' | '(' | ')' | ',' | 'sup';

/** One token: kind, normalised text ('*' for '×', 'theta' for 'θ'), numeric value, range. */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)?/y;
const GREEK_TAIL = /[0-9]*(?:_[A-Za-z0-9]+)?/y;

/** Messages for characters that readers type from other languages' habits. */
const REFUSED = new Map<string, string>([
  ['=', "Type only the expression, without '='"],
  [';', "Type one expression, without ';'"],
  ['|', 'Write abs(x) for |x|'],
  ['.', "A '.' must be part of a number, like 0.5"],
  ['_', "'_' starts a subscript, as in x_1"],
  ...[...'"\'`'].map((c): [string, string] => [c, 'Quotes are not part of a formula']),
  ...[...'[]{}'].map((c): [string, string] => [c, 'Use ( ) for grouping']),
]);

/** Split `source` into tokens, or throw an ExpressionError at the first bad character. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, text: string, start: number, end: number, value = 0): void => {
    tokens.push({ kind, text, value, start, end });
  };
  let i = 0;
  while (i < source.length) {
    const cp = source.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const end = i + ch.length;
    const alias = OPERATOR_ALIASES.get(ch);
    const greek = GREEK.get(ch);
    NUMBER.lastIndex = i;
    if (/[0-9.]/.test(ch) && NUMBER.test(source)) {
      const text = source.slice(i, NUMBER.lastIndex);
      const value = Number(text);
      if (!Number.isFinite(value)) {
        throw new ExpressionError('bad-number', `${text} is too large`, i, NUMBER.lastIndex);
      }
      if (source[NUMBER.lastIndex] === '.') {
        throw new ExpressionError('bad-number', 'A number can have only one decimal point', NUMBER.lastIndex, NUMBER.lastIndex + 1);
      }
      push('num', text, i, NUMBER.lastIndex, value);
      i = NUMBER.lastIndex;
      continue;
    }
    if (/[A-Za-z]/.test(ch) || greek !== undefined) {
      const re = greek === undefined ? NAME : GREEK_TAIL;
      if (greek === 'pi') {
        push('name', greek, i, end); // π takes no digits or subscript: π2 is π times 2
        i = end;
        continue;
      }
      re.lastIndex = greek === undefined ? i : end;
      re.test(source);
      push('name', (greek ?? '') + source.slice(greek === undefined ? i : end, re.lastIndex), i, re.lastIndex);
      i = re.lastIndex; // a '.' or '_' right after a name is refused on the next turn: x.y, x_
      continue;
    }
    if (ch === '*' && source[end] === '*') {
      push('op', '^', i, end + 1); // ** is a power, as in Python
      i = end + 1;
      continue;
    }
    if ('+-*/^'.includes(ch) || alias !== undefined) {
      push('op', alias ?? ch, i, end);
    } else if (ch === '(' || ch === ')' || ch === ',') {
      push(ch, ch, i, end);
    } else if (SUPERSCRIPTS.has(ch)) {
      push('sup', ch, i, end, SUPERSCRIPTS.get(ch)!);
    } else if (invisibleName(ch) === undefined && /\s/.test(ch)) {
      // whitespace separates tokens and is otherwise ignored
    } else {
      throw refuse(ch, i, end);
    }
    i = end;
  }
  return tokens;
}

/** The error for a character that has no place in an expression. */
function refuse(ch: string, start: number, end: number): ExpressionError {
  const invisible = invisibleName(ch);
  const at = start + 1;
  if (invisible !== undefined) {
    return new ExpressionError('invisible', `Invisible character ${invisible} at ${at}: delete it`, start, end);
  }
  const like = lookAlikeOf(ch);
  if (like !== undefined) {
    const label = codePointLabel(ch.codePointAt(0)!);
    return new ExpressionError('look-alike', `'${ch}' (${label}) only looks like '${like}': type '${like}'`, start, end);
  }
  const known = REFUSED.get(ch);
  if (known !== undefined) return new ExpressionError('bad-character', known, start, end);
  const hint = /\p{L}/u.test(ch) ? ': names use Latin letters, like x or w1' : '';
  return new ExpressionError('bad-character', `Unexpected character '${ch}' at ${at}${hint}`, start, end);
}
