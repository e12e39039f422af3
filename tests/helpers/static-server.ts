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

export async function serveSite(dir: string, base = '/', headers: Record<string, string> = {}): Promise<StaticServer> {
  const files = sirv(dir, { dev: false, etag: true });
  const notFound = (res: ServerResponse) => {
    const page = join(dir, '404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(existsSync(page) ? readFileSync(page) : 'Not found');
  };
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) return notFound(res);
    req.url = `/${url.pathname.slice(base.length)}${url.search}`;
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
