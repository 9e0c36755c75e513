/**
 * Reading figure settings from a shared URL, defensively. A link may carry anything: bad
 * percent-encoding, NaN, 1e308, script text, a key twice, keys we do not know. Every value is
 * checked against a small schema; anything unusable falls back to its default and yields a
 * short notice for the reader. Nothing here throws, and no value is ever executed.
 */

/** A numeric setting: finite, within [min, max]. */
export interface NumberSpec {
  kind: 'number';
  min: number;
  max: number;
  fallback: number;
  /** How the setting is named in a notice, e.g. "the point's x". */
  label: string;
}

/** One of a fixed set of words. */
export interface ChoiceSpec<T extends string = string> {
  kind: 'choice';
  values: readonly T[];
  fallback: T;
  label: string;
}

/** Free text (an expression) with a validator that explains what is wrong, or returns null. */
export interface TextSpec {
  kind: 'text';
  maxLength: number;
  fallback: string;
  label: string;
  check: (value: string) => string | null;
}

/** A setting's schema. */
export type ParamSpec = NumberSpec | ChoiceSpec | TextSpec;

/** A schema: each URL key with how it is checked. */
export type ParamSchema = Record<string, ParamSpec>;

/** The id of the notices about the link's keys that no figure owns (PageState.claimUnknown). */
export const UNKNOWN_KEYS = 'unknown';

/**
 * A group of URL keys that one part of the site owns (a figure, or the page's shared field
 * state), with their schema. The page state reads each group from the link once.
 */
export interface KeyGroup<S extends ParamSchema = ParamSchema> {
  /** Names the group in the page state, e.g. 'field'. */
  id: string;
  schema: S;
}

/** The values a schema describes. */
export type ParamValues<S extends Record<string, ParamSpec>> = {
  [K in keyof S]: S[K] extends NumberSpec ? number : S[K] extends ChoiceSpec<infer T> ? T : string;
};

/** Settings read from a URL: every key of the schema has a value; notices say what was replaced. */
export interface ParamResult<S extends Record<string, ParamSpec>> {
  values: ParamValues<S>;
  /** Which keys were present (and valid) in the URL. */
  present: Set<keyof S>;
  notices: string[];
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// Room for the longest function the engine accepts (2,000 characters) with every character
// percent-encoded (up to 9 characters each, a 3-byte UTF-8 character), and the other keys.
const MAX_QUERY = 20_000;

/** Splits a query string into raw pairs without throwing on malformed percent-encoding. */
export function splitQuery(search: string): { key: string; value: string | null }[] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query === '') return [];
  return query.split('&').filter(Boolean).map((part) => {
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    return { key: safeDecode(rawKey) ?? rawKey, value: safeDecode(rawValue) };
  });
}

/**
 * decodeURIComponent; null when the encoding is malformed. A '+' is a space where an encoder
 * wrote the value (it holds %2B or %20: an encoder writes a plus sign as %2B), and a plus sign
 * otherwise: a link typed by hand, ?f=x^2+y^2, means the sum, not the product x^2 y^2.
 */
export function safeDecode(raw: string): string | null {
  try {
    return decodeURIComponent(/%2B|%20/i.test(raw) ? raw.replace(/\+/g, ' ') : raw);
  } catch {
    return null;
  }
}


/**
 * A reader's text quoted in a message: at most 24 characters (then “…”), without control or
 * markup characters, so a 10 kB paste makes a one-line message.
 */
export function quote(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f<>]/g, '');
  return `“${clean.slice(0, 24)}${clean.length > 24 ? '…' : ''}”`;
}

/** One line for every key no figure owns, however many: the first three named, then a count. */
function unknownNotice(keys: readonly string[]): string {
  if (keys.length === 1) return `Ignored an unknown setting ${quote(keys[0]!)} in the link.`;
  const named = keys.slice(0, 3).map(quote).join(', ');
  return `Ignored ${keys.length} unknown settings in the link: ${named}${keys.length > 3 ? ` and ${keys.length - 3} more` : ''}.`;
}

function readOne(spec: ParamSpec, value: string): { ok: true; value: number | string } | { ok: false; why: string } {
  switch (spec.kind) {
    case 'number': {
      const text = value.trim();
      const n = NUMBER.test(text) ? Number(text) : Number.NaN;
      if (!Number.isFinite(n)) return { ok: false, why: `${quote(value)} is not a number` };
      if (n < spec.min || n > spec.max) return { ok: false, why: `${quote(value)} is outside ${spec.min} to ${spec.max}` };
      return { ok: true, value: n };
    }
    case 'choice':
      return (spec.values as readonly string[]).includes(value)
        ? { ok: true, value }
        : { ok: false, why: `${quote(value)} is not one of ${spec.values.join(', ')}` };
    case 'text': {
      if (value.length > spec.maxLength) return { ok: false, why: `it is longer than ${spec.maxLength} characters` };
      const problem = spec.check(value);
      return problem === null ? { ok: true, value } : { ok: false, why: problem };
    }
  }
}

/**
 * Reads the settings a schema describes from a query string. Keys not in the schema are
 * reported only when `reportUnknown` is set (several figures share one URL, so each reads only
 * its own keys and one of them reports the rest).
 */
export function readParams<S extends Record<string, ParamSpec>>(
  search: string,
  schema: S,
  options: { reportUnknown?: readonly string[] | false } = {},
): ParamResult<S> {
  const values: Record<string, number | string> = {};
  for (const [key, spec] of Object.entries(schema)) values[key] = spec.fallback;
  const present = new Set<keyof S>();
  const notices: string[] = [];
  if (search.length > MAX_QUERY) {
    // Said by each group with keys; a check for unknown keys alone adds nothing to it.
    if (Object.keys(schema).length > 0) notices.push('The link is too long to read; showing the default settings.');
    return { values: values as ParamValues<S>, present, notices };
  }
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const unknown = new Set<string>();
  for (const { key, value } of splitQuery(search)) {
    const spec = Object.hasOwn(schema, key) ? schema[key] : undefined;
    if (!spec) {
      if (options.reportUnknown && !options.reportUnknown.includes(key)) unknown.add(key);
      continue;
    }
    if (seen.has(key)) {
      if (!repeated.has(key)) notices.push(`The link gives ${spec.label} more than once; the first one is used.`);
      repeated.add(key);
      continue;
    }
    seen.add(key);
    if (value === null) {
      notices.push(`The link's ${spec.label} is not properly encoded; using the default.`);
      continue;
    }
    const read = readOne(spec, value);
    if (read.ok) {
      values[key] = read.value;
      present.add(key);
    } else notices.push(`The link's ${spec.label} could not be used (${read.why}); using the default.`);
  }
  if (unknown.size > 0) notices.push(unknownNotice([...unknown]));
  return { values: values as ParamValues<S>, present, notices };
}

/**
 * A new query string with `updates` applied to `search`: keys set to null are removed, other
 * keys of `search` are kept, so figures sharing a URL do not erase each other's settings.
 */
export function mergeParams(search: string, updates: Record<string, string | number | null>): string {
  const params = new URLSearchParams();
  const replaced = new Set(Object.keys(updates));
  for (const { key, value } of splitQuery(search)) {
    if (!replaced.has(key) && value !== null) params.append(key, value);
  }
  for (const [key, value] of Object.entries(updates)) if (value !== null) params.set(key, String(value));
  // Spaces as %20, never '+': a '+' in a link is then always a plus sign (see safeDecode).
  const text = params.toString().replace(/\+/g, '%20');
  return text === '' ? '' : `?${text}`;
}

/**
 * The query `over` laid on `base`: every part of `over`, then the parts of `base` whose keys
 * `over` does not give (a term's starting state beneath the address bar's keys).
 */
export function overlay(base: string, over: string): string {
  const parts = (s: string): string[] => (s.startsWith('?') ? s.slice(1) : s).split('&').filter(Boolean);
  const given = new Set(splitQuery(over).map((p) => p.key));
  const all = [...parts(over), ...parts(base).filter((part) => !given.has(splitQuery(part)[0]!.key))];
  return all.length === 0 ? '' : `?${all.join('&')}`;
}

/** Formats a number for a URL: short, round-trips at the precision a figure shows. */
export function urlNumber(n: number, digits = 4): string {
  return String(Number(n.toFixed(digits)));
}
