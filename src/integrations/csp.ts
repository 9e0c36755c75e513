import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Origins the site may frame: the privacy-enhanced video host, only after the reader asks. */
export interface CspOptions {
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

/** The exact text of a script or style element, which is what its hash covers. */
function rawText(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}

/** Names of attributes that run script, such as onclick; a page with one fails the build. */
function inlineHandlers(node: Element): string[] {
  return Object.keys(node.properties).filter((k) => /^on[a-z]/i.test(k));
}

/**
 * Hashes the page's inline scripts and styles and puts the policy in a meta tag at the very
 * start of <head>, before anything it governs. Throws when the page has an inline event
 * handler or a `javascript:` URL, which no policy without 'unsafe-inline' would let run.
 */
export function applyCsp(tree: Root, options: CspOptions, where: string): void {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  let head: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'head') head = node;
    const handlers = inlineHandlers(node);
    if (handlers.length > 0) throw new Error(`${where}: inline event handler ${handlers[0]} on <${node.tagName}>`);
    const href = node.properties['href'];
    if (typeof href === 'string' && /^\s*javascript:/i.test(href)) throw new Error(`${where}: javascript: URL`);
    if (node.tagName === 'script' && node.properties['src'] === undefined) {
      const type = node.properties['type'];
      const isData = typeof type === 'string' && /json|importmap/.test(type) && type !== 'importmap';
      if (!isData) scripts.add(sha256Source(rawText(node)));
    }
    if (node.tagName === 'style') styles.add(sha256Source(rawText(node)));
  });
  if (!head) throw new Error(`${where}: page has no <head>`);
  const meta: Element = {
    type: 'element',
    tagName: 'meta',
    properties: { httpEquiv: ['content-security-policy'], content: buildPolicy(scripts, styles, options) },
    children: [],
  };
  const charset = head.children.findIndex((c) => c.type === 'element' && c.tagName === 'meta' && 'charSet' in c.properties);
  head.children.splice(charset + 1, 0, meta);
}
