/**
 * A real static file server (sirv) for browser tests, serving a built site
 * under a sub-path as a CDN would: `/explainers/leak/actors/cnn/` is
 * `actors/cnn/index.html`; anything outside the sub-path, or missing, gets
 * the site's `404.html` with status 404. Listens on loopback only.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** The site's root URL, ending in the base: `http://127.0.0.1:1234/explainers/leak/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * `headers`: sent with every response, or chosen per path (as a host reads
 * `_headers`, `headers-file.ts`).
 */
export async function serveSite(
  dir: string,
  base = '/',
  headers: Record<string, string> | ((path: string) => Record<string, string>) = {},
): Promise<StaticServer> {
  const files = sirv(dir, { dev: false, etag: true });
  const headersOf = typeof headers === 'function' ? headers : () => headers;
  const notFound = (res: ServerResponse, path: string) => {
    const page = join(dir, '404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headersOf(path) });
    res.end(existsSync(page) ? readFileSync(page) : 'Not found');
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headersOf(url.pathname))) res.setHeader(name, value);
    if (!url.pathname.startsWith(base)) return notFound(res, url.pathname);
    req.url = `/${url.pathname.slice(base.length)}${url.search}`;
    files(req, res, () => notFound(res, url.pathname));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
