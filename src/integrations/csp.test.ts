import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { applyCsp, sha256Source } from './csp';

const parse = (html: string) => unified().use(rehypeParse).parse(html) as Root;
const print = (tree: Root) => unified().use(rehypeStringify, { allowDangerousCharacters: true }).stringify(tree);
const options = { frameSources: ['https://www.youtube-nocookie.com'] };

describe('applyCsp', () => {
  it('puts a policy with the hashes of inline scripts and styles first in <head>', () => {
    const tree = parse('<html><head><meta charset="utf-8"><script>a()</script><style>b{}</style></head><body><script src="/x.js"></script></body></html>');
    applyCsp(tree, options, 'page.html');
    const html = print(tree);
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script>'));
    expect(policy).toContain(`script-src 'self' ${sha256Source('a()')}`);
    expect(policy).toContain(`style-src 'self' ${sha256Source('b{}')}`);
    expect(policy).toContain('frame-src https://www.youtube-nocookie.com');
    expect(policy).not.toMatch(/unsafe-(eval|inline)/);
    expect(policy).toContain("object-src 'none'");
  });

  it('matches the hash a browser computes (base64 SHA-256 of the exact text)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it.each([
    ['inline handler', '<html><head></head><body><button onclick="x()">b</button></body></html>', /inline event handler/],
    ['javascript: URL', '<html><head></head><body><a href="javascript:alert(1)">b</a></body></html>', /javascript: URL/],
  ])('refuses a page with an %s', (_name, html, message) => {
    expect(() => applyCsp(parse(html), options, 'bad.html')).toThrow(message);
  });
});
