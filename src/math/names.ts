/**
 * What a name in an expression means: a function, a constant, a variable, or a product of
 * those written without spaces.
 *
 * The rule, in order:
 * 1. A function name (sin, relu, ...) is a function; it must be followed by '('.
 * 2. pi and e are the constants π and e, even if a variable list names them.
 * 3. With a variable list (as in `parse('xy', ['x', 'y'])`), a listed name is that variable. An
 *    unlisted word is read as a product if it splits into listed names and constants, as Desmos
 *    does: xy → x·y, pix → π·x, and xsin(y) → x·sin(y) when a function ends the word. Longer
 *    names win at each step. The split happens on tokens, before parsing, so xy^2 = x·y^2.
 *    Anything else is an unknown variable, with the list in the message.
 * 4. Without a list, a variable is a letter or spelled-out Greek letter, then optional digits,
 *    then an optional subscript: x, w1, x_1, theta, theta_0. Other words (xy, constructor,
 *    toString) are refused rather than guessed at, so that no word can reach anything but our
 *    own closed tables.
 * All lookups go through Map and Set, never through an object's properties.
 */
import { ExpressionError } from './errors';
import { FUNCTIONS } from './functions';
import { listNames, suggest } from './suggest';
import { type Token } from './lexer';
import { GREEK } from './unicode';

const GREEK_NAMES = [...new Set(GREEK.values())].filter((n) => n !== 'pi');
const SIMPLE = new RegExp(`^(?:[A-Za-z]|${GREEK_NAMES.join('|')})[0-9]*(?:_[A-Za-z0-9]+)?$`);
const CONSTANTS: ReadonlySet<string> = new Set(['pi', 'e']);

/** True if `name` is a variable name under rule 4. */
export const isSimpleName = (name: string): boolean => SIMPLE.test(name) && !CONSTANTS.has(name);

/**
 * Rule 3, before parsing: replace each unlisted word that splits into listed names by one token
 * per name, so that the grammar sees 2xy^2 exactly as 2 x y^2.
 */
export function splitNames(tokens: readonly Token[], variables: readonly string[]): Token[] {
  const allowed = new Set(variables);
  return tokens.flatMap((t, i) => {
    if (t.kind !== 'name' || FUNCTIONS.has(t.text) || CONSTANTS.has(t.text) || allowed.has(t.text)) return [t];
    const parts = split(t.text, allowed, tokens[i + 1]?.kind === '(') ?? [t.text];
    const exact = t.end - t.start === t.text.length; // false for Greek letters: keep the whole range
    let at = t.start;
    return parts.map((text) => {
      const start = exact ? at : t.start;
      at += text.length;
      return { ...t, text, start, end: exact ? at : t.end };
    });
  });
}

/**
 * Check a word that is not a function: a constant, a listed variable, or (without a list) a
 * simple name under rule 4. Throws an ExpressionError naming what was expected otherwise.
 */
export function checkName(word: string, typed: string, callNext: boolean, variables: readonly string[] | undefined, range: [number, number]): void {
  if (CONSTANTS.has(word) || (variables === undefined ? isSimpleName(word) : variables.includes(word))) return;
  const [start, end] = range;
  if (callNext) {
    const guess = suggest(word, FUNCTIONS.keys());
    const hint = guess === undefined ? '' : `: did you mean ${guess}?`;
    throw new ExpressionError('unknown-function', `Unknown function '${typed}'${hint}`, start, end);
  }
  const guess = suggest(word, [...(variables ?? []), ...FUNCTIONS.keys(), ...CONSTANTS]);
  const hint = guess === undefined ? '' : ` (did you mean ${guess}?)`;
  if (variables !== undefined) {
    const message = `Unknown variable '${typed}': this figure uses ${listNames(variables)}${hint}`;
    throw new ExpressionError('unknown-variable', message, start, end);
  }
  throw new ExpressionError('unknown-name', `Unknown name '${typed}'${hint}: variables look like x, w1 or x_1`, start, end);
}

/** Split `word` into allowed names (rule 3), preferring longer names, or undefined. */
function split(word: string, allowed: ReadonlySet<string>, callNext: boolean): string[] | undefined {
  const n = word.length;
  const longest = Math.max(8, ...[...allowed].map((v) => v.length));
  // next[i] = end of the part starting at i in a full split of word.slice(i), or -1 if none.
  const next = new Array<number>(n + 1).fill(-1);
  next[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = Math.min(n, i + longest); j > i; j--) {
      const part = word.slice(i, j);
      const fits = allowed.has(part) || CONSTANTS.has(part) || (j === n && callNext && FUNCTIONS.has(part));
      if (fits && next[j] !== -1) {
        next[i] = j;
        break;
      }
    }
  }
  if (next[0] === -1) return undefined;
  const parts: string[] = [];
  for (let i = 0; i < n; i = next[i]!) parts.push(word.slice(i, next[i]));
  return parts;
}
