#!/usr/bin/env node
/**
 * Serves the built site in dist/ on localhost and prints the address. Directory URLs map to
 * their index.html, unknown paths get dist/404.html with status 404, and text is gzipped for
 * clients that accept it, as any static host does (so page-weight measurements are realistic).
 * No dependencies, so it runs anywhere Node does; tests import `startServer` to serve on a free
 * port.
 */
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * The Cache-Control a static host sends. Files under /_astro/ carry a hash of their content in
 * their name, so a changed file gets a new URL and the old one may be kept for a year without
 * asking again (without this, every page view re-fetched the fonts, and fonts that must arrive
 * within the first paint arrived late). Everything else (HTML, favicon) keeps its URL when it
 * changes, so the browser must revalidate it on each use (cheap: the ETag answers 304).
 */
export function cacheControlFor(pathname) {
  return pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function fileFor(root, pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, clean);
  if (!candidate.startsWith(root)) return null;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    const info = await stat(path).catch(() => null);
    if (info?.isFile()) return path;
  }
  return null;
}

/** Starts the server; resolves to { url, close }. Port 0 picks a free port. */
export async function startServer({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    let pathname = '/';
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (!pathname.endsWith('/') && !extname(pathname)) {
        const dir = await fileFor(base, `${pathname}/`);
        if (dir) {
          res.writeHead(301, { location: `${pathname}/` }).end();
          return;
        }
      }
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    const file = await fileFor(base, pathname).catch(() => null);
    const target = file ?? join(base, '404.html');
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const info = file ? await stat(file).catch(() => null) : null;
    const etag = info ? `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"` : null;
    const headers = { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': file ? cacheControlFor(pathname) : 'no-cache', vary: 'accept-encoding' };
    if (etag) headers.etag = etag;
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    let body = await readFile(target).catch(() => Buffer.alloc(0));
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(file ? 200 : 404, { ...headers, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, host, ok));
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
  return { url, close: () => new Promise((ok) => server.close(() => ok())) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await startServer({ port });
  console.log(`ML Glossary is being served at ${url}  (Ctrl+C to stop)`);
}
