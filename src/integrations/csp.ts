import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { InlineStyleCollector } from './inline-styles';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What the policy allows beyond the site's own origin. */
export interface CspOptions {
  /** Origins the site may frame: the privacy-enhanced video host, only after the reader asks. */
  frameSources: readonly string[];
}

/** A CSP source expression for the SHA-256 hash of an inline script or style body. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy for one page: everything from the site's own origin, inline scripts and styles
 * only by the hash of their exact text, no eval, no plugins, frames only from the video host.
 */
export function buildPolicy(scriptHashes: Set<string>, styleHashes: Set<string>, options: CspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${[...scriptHashes].join(' ')}`.trim(),
    `style-src 'self' ${[...styleHashes].join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    `frame-src ${options.frameSources.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** A replacement of the characters [start, end) of the page by `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const rawText = (el: Element) => el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');

function isExecutable(el: Element): boolean {
  const type = (attr(el, 'type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type.includes('javascript');
}

function walk(node: Node, visit: (el: Element) => void): void {
  if ('tagName' in node) visit(node);
  if ('childNodes' in node) for (const child of node.childNodes) walk(child, visit);
  if ('content' in node && node.content) walk(node.content as unknown as Node, visit);
}

/** Edits that move an element's style attribute into a class of the collector. */
function moveStyle(el: Element, styles: InlineStyleCollector, edits: Edit[]): boolean {
  const style = attr(el, 'style');
  const where = el.sourceCodeLocation?.attrs?.['style'];
  if (style === undefined || !where) return false;
  const name = styles.classFor(style);
  const existing = attr(el, 'class');
  const classAt = el.sourceCodeLocation?.attrs?.['class'];
  if (name && existing !== undefined && classAt) {
    edits.push({ start: classAt.startOffset, end: classAt.endOffset, text: `class="${escapeAttr(`${existing} ${name}`.trim())}"` });
    edits.push({ start: where.startOffset, end: where.endOffset, text: '' });
  } else {
    edits.push({ start: where.startOffset, end: where.endOffset, text: name ? `class="${name}"` : '' });
  }
  return name !== null;
}

/**
 * Secures one page: its style attributes become classes of `styles` (linked as `stylesheetHref`),
 * and a policy with the hashes of its inline scripts and styles goes in a meta tag right after
 * the charset, before anything it governs. Works by splicing the original text at the places the
 * HTML parser reports, so the rest of the page is left byte for byte as it was. Throws when the
 * page has an inline event handler or a `javascript:` URL, which no strict policy lets run.
 */
export function securePage(html: string, styles: InlineStyleCollector, stylesheetHref: string, options: CspOptions, where: string): string {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const edits: Edit[] = [];
  const scripts = new Set<string>();
  const inlineStyles = new Set<string>();
  let head: Element | undefined;
  let charset: Element | undefined;
  let moved = false;
  const bodyStyles: string[] = [];
  walk(doc, (el) => {
    if (el.tagName === 'head') head = el;
    if (el.tagName === 'meta' && attr(el, 'charset') !== undefined) charset = el;
    for (const a of el.attrs) {
      if (/^on[a-z]/i.test(a.name)) throw new Error(`${where}: inline event handler ${a.name} on <${el.tagName}>`);
      if (/^(href|src|action|formaction|xlink:href)$/.test(a.name) && /^\s*javascript:/i.test(a.value)) throw new Error(`${where}: javascript: URL on <${el.tagName}>`);
    }
    if (el.tagName === 'script' && attr(el, 'src') === undefined && isExecutable(el)) scripts.add(sha256Source(rawText(el)));
    if (el.tagName === 'style') {
      inlineStyles.add(sha256Source(rawText(el)));
      // <style> belongs in <head> (Astro puts its island rule before the first island); move it.
      const at = el.sourceCodeLocation;
      if (at && head?.sourceCodeLocation?.endTag && at.startOffset > head.sourceCodeLocation.endTag.startOffset) {
        bodyStyles.push(html.slice(at.startOffset, at.endOffset));
        edits.push({ start: at.startOffset, end: at.endOffset, text: '' });
      }
    }
    if (moveStyle(el, styles, edits)) moved = true;
  });
  const headAt = head?.sourceCodeLocation;
  if (!headAt?.startTag || !headAt.endTag) throw new Error(`${where}: page has no explicit <head>`);
  const metaAt = charset?.sourceCodeLocation?.endOffset ?? headAt.startTag.endOffset;
  const policy = buildPolicy(scripts, inlineStyles, options);
  edits.push({ start: metaAt, end: metaAt, text: `<meta http-equiv="content-security-policy" content="${escapeAttr(policy)}">` });
  const tail = [...bodyStyles, moved ? `<link rel="stylesheet" href="${escapeAttr(stylesheetHref)}">` : ''].join('');
  if (tail) edits.push({ start: headAt.endTag.startOffset, end: headAt.endTag.startOffset, text: tail });
  // Apply from the end of the page backwards; of two inserts at one place, the later-pushed is
  // applied first so that it ends up after the other (the policy stays first in <head>).
  const order = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i);
  let out = html;
  for (const e of order) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
