/**
 * Unicode the lexer accepts, and Unicode it refuses with a precise reason.
 *
 * Accepted: − (minus sign), × · ⋅ ∗ (times), ÷, ² ³ (squared, cubed), π and a few Greek letters
 * used as variable names (θ is read as theta). Refused with their own messages: invisible and
 * control characters (zero-width spaces, direction marks), and letters that look like ASCII but
 * are not (Cyrillic х, Greek ο, full-width and mathematical styled letters), because an
 * expression that looks right but does not parse is the most confusing error of all.
 */

/** Symbols read as ASCII operators. */
export const OPERATOR_ALIASES: ReadonlyMap<string, string> = new Map([
  ['\u2212', '-'],
  ['\u00d7', '*'],
  ['\u00b7', '*'],
  ['\u22c5', '*'],
  ['\u2217', '*'],
  ['\u00f7', '/'],
]);

/** Superscript digits, read as ^2 and ^3. */
export const SUPERSCRIPTS: ReadonlyMap<string, number> = new Map([
  ['\u00b2', 2],
  ['\u00b3', 3],
]);

/** Greek letters read as names: π is the constant pi, the others are variables (θ → theta). */
export const GREEK: ReadonlyMap<string, string> = new Map(
  (
    'π pi,α alpha,β beta,γ gamma,δ delta,ε epsilon,η eta,θ theta,λ lambda,μ mu,ρ rho,σ sigma,τ tau,φ phi,ω omega'
  )
    .split(',')
    .map((pair) => pair.split(' ') as [string, string]),
);

/**
 * Lower-case letters from other scripts (Cyrillic, Greek) that look like ASCII, and the letters
 * they imitate; capitals are found by case folding (Х → х → x → X).
 */
const LOOK_ALIKE = 'аеорсухіјѕԁһԛԝο';
const IMITATED = 'aeopcyxijsdhqwo';


/** "U+0445" */
export const codePointLabel = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** If `ch` is invisible (a format or control character), its code point label, else undefined. */
export function invisibleName(ch: string): string | undefined {
  if (!/^[\p{Cf}\p{Cc}\p{Zl}\p{Zp}]$/u.test(ch) || ch === '\t' || ch === '\n' || ch === '\r') return undefined;
  return codePointLabel(ch.codePointAt(0)!);
}

/** If `ch` imitates an ASCII character, that character, else undefined. */
export function lookAlikeOf(ch: string): string | undefined {
  const lower = ch.toLowerCase();
  const i = LOOK_ALIKE.indexOf(lower);
  if (i >= 0) return lower === ch ? IMITATED[i] : IMITATED[i]!.toUpperCase();
  if (ch >= '\u2010' && ch <= '\u2015') return '-'; // hyphens and dashes, not the minus sign
  if (ch === '\u2215' || ch === '\u2044') return '/';
  // Full-width and mathematical styled letters and digits fold to ASCII under NFKC.
  const folded = ch.normalize('NFKC');
  return folded !== ch && /^[!-~]$/.test(folded) ? folded : undefined;
}
