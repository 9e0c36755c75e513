import { describe, expect, it } from 'vitest';
import { securePage, sha256Source } from './csp';
import { InlineStyleCollector, normaliseDeclarations } from './inline-styles';

const options = { frameSources: ['https://www.youtube-nocookie.com'] };
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const secure = (html: string, styles = new InlineStyleCollector()) => securePage(html, styles, '/s.css', options, 'page.html');
const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&quot;/g, '"') ?? '';

describe('securePage', () => {
  it('puts a policy with the hashes of inline scripts and styles right after the charset', () => {
    const html = secure(page('<script>a()</script><style>b{}</style><script type="application/json">{"x":1}</script>', '<script src="/x.js"></script>'));
    const policy = policyOf(html);
    expect(html.indexOf('content-security-policy')).toBeGreaterThan(html.indexOf('charset'));
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script>'));
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' ${sha256Source('a()')}; style-src 'self' ${sha256Source('b{}')}; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; frame-src https://www.youtube-nocookie.com; object-src 'none'; base-uri 'self'; form-action 'self'`,
    );
  });

  it('matches the hash a browser computes (base64 SHA-256 of the exact text)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('moves style attributes into shared classes and links the stylesheet once', () => {
    const styles = new InlineStyleCollector();
    const html = secure(page('', '<span class="strut" style="height:0.68em;"></span><span style="height: 0.68em"></span><b style="top:-3em" id="q">x</b><i style="">y</i>'), styles);
    expect(html).not.toContain('style=');
    const classes = [...html.matchAll(/class="([^"]*)"/g)].map((m) => m[1]);
    expect(classes[0]).toMatch(/^strut s-[0-9a-f]{10}$/);
    expect(classes[0]?.split(' ')[1]).toBe(classes[1]);
    expect(html).toContain('<b class="s-');
    expect(html).toContain('id="q"');
    expect(html).toContain('<i >y</i>');
    expect(html.match(/<link rel="stylesheet" href="\/s.css">/g)).toHaveLength(1);
    expect(styles.stylesheet().split('\n')).toHaveLength(2);
    expect(styles.stylesheet()).toContain('{height:0.68em!important}');
  });

  it('moves a <style> found in the body into the head, still hashed', () => {
    const html = secure(page('', '<div><style>astro-island{display:contents}</style><p>x</p></div>'));
    expect(html).toMatch(/<style>astro-island\{display:contents\}<\/style><\/head>/);
    expect(html).toContain('<div><p>x</p></div>');
    expect(policyOf(html)).toContain(sha256Source('astro-island{display:contents}'));
  });

  it('leaves everything else byte for byte', () => {
    const body = '<p title="a &amp; b">Text with <em>markup</em> &lt;kept&gt;</p><svg viewBox="0 0 1 1"><path d="M0 0L1 1"></path></svg>';
    expect(secure(page('', body))).toContain(body);
  });

  it.each([
    ['inline handler', '<button onclick="x()">b</button>', /inline event handler onclick/],
    ['javascript: URL', '<a href="javascript:alert(1)">b</a>', /javascript: URL/],
    ['javascript: URL with spaces and case', '<a href="  JavaScript:alert(1)">b</a>', /javascript: URL/],
  ])('refuses a page with an %s', (_name, body, message) => {
    expect(() => secure(page('', body))).toThrow(message);
  });

  it('drops declarations that could break out of the rule', () => {
    expect(normaliseDeclarations('color:red;}body{display:none')).toBe('color:red!important');
    expect(normaliseDeclarations('a:b!important; ;bad')).toBe('a:b!important');
  });
});
