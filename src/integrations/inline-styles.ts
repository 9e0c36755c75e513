import { createHash } from 'node:crypto';

/**
 * Collects the declarations of `style="..."` attributes as classes of one generated stylesheet.
 *
 * Why: under our Content-Security-Policy, style-src lists hashes, and a browser then blocks
 * every style attribute (CSP3 would need 'unsafe-hashes'). KaTeX's HTML positions glyphs with
 * such attributes (heights, vertical offsets), so they must survive as classes. Each distinct
 * declaration list becomes one class `s-<hash>` whose rule is marked !important, which keeps the
 * precedence an inline style had over the site's other rules.
 */
export class InlineStyleCollector {
  private readonly rules = new Map<string, string>();

  /** The class that carries these declarations, or null when there is nothing to carry. */
  classFor(style: string): string | null {
    const css = normaliseDeclarations(style);
    if (css === '') return null;
    const name = `s-${createHash('sha256').update(css).digest('hex').slice(0, 10)}`;
    this.rules.set(name, css);
    return name;
  }

  /** The generated stylesheet (empty when no page had a style attribute). */
  stylesheet(): string {
    return [...this.rules].map(([name, css]) => `.${name}{${css}}`).join('\n');
  }
}

/**
 * `height:0.68em;vertical-align:-0.19em;` → `height:0.68em!important;vertical-align:-0.19em!important`.
 * Declarations with characters that could end the rule ({, }, <) are dropped.
 */
export function normaliseDeclarations(style: string): string {
  return style
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d.includes(':') && !/[{}<]/.test(d))
    .map((d) => {
      const colon = d.indexOf(':');
      const prop = d.slice(0, colon).trim().toLowerCase();
      const value = d.slice(colon + 1).replace(/!important\s*$/i, '').trim();
      return `${prop}:${value}!important`;
    })
    .join(';');
}
