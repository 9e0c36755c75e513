/**
 * Identities of content entries. A `TermSlug` is the one name of a term used in URLs, in
 * `related` lists and in links; branding it keeps plain strings from passing as slugs unchecked.
 */
export type TermSlug = string & { readonly __brand: 'TermSlug' };

/** Lowercase ASCII letters and digits in hyphen-separated words: `gradient-descent`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `value` has the shape of a slug. */
export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** Brands a string as a term slug after checking its shape; throws on a malformed slug. */
export function toTermSlug(value: string): TermSlug {
  if (!isSlug(value)) throw new Error(`'${value}' is not a valid slug (use a-z, 0-9 and hyphens)`);
  return value as TermSlug;
}

/** The URL path of a term page. */
export function termPath(slug: string): string {
  return `/glossary/${slug}/`;
}

/** The URL path of an area's page, which lists the area's terms. */
export function areaPath(area: string): string {
  return `/glossary/areas/${area}/`;
}

/** The URL path of an article page. */
export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/**
 * The slug a site-internal URL points at when it is a term page, else null. Accepts
 * `/glossary/x/`, `/glossary/x`, with an optional `#fragment` or `?query`.
 */
export function termSlugFromHref(href: string): string | null {
  const match = /^\/glossary\/([^/?#]+)\/?(?:[?#].*)?$/.exec(href);
  return match ? decodeURIComponent(match[1] ?? '') : null;
}

/** Key used to compare names for uniqueness: case and surrounding space do not count. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}
