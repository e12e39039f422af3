/**
 * What a built page costs a reader, measured on the files: its scripts
 * (with the modules they import) and its HTML plus stylesheets, gzipped.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (data: string | Buffer) => gzipSync(data).length;

export interface PageCost {
  /** Script files the page loads, relative to the site, imports included. */
  scripts: string[];
  scriptBytes: number;
  /** `<script>` elements with code in the page itself (JSON-LD data excluded). */
  inlineScripts: number;
  stylesheets: string[];
  htmlBytes: number;
  cssBytes: number;
}

/** `href`/`src` under the base → a file of the site. */
const fileOf = (site: string, base: string, url: string) => join(site, url.slice(base.length));

function withImports(site: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) withImports(site, resolve(dirname(file), m[1]!), seen);
  return seen;
}

export function pageCost(site: string, base: string, page: string): PageCost {
  const html = readFileSync(join(site, page), 'utf8');
  const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const files = new Set<string>();
  let inlineScripts = 0;
  for (const [, attrs, body] of tags) {
    const src = /\ssrc="([^"]+)"/.exec(attrs!)?.[1];
    if (src) withImports(site, fileOf(site, base, src), files);
    else if (!/type="application\/(?:ld\+)?json"/.test(attrs!) && body!.trim() !== '') inlineScripts++;
  }
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])![1]!);
  return {
    scripts: [...files].map((f) => f.slice(site.length + 1)).sort(),
    scriptBytes: [...files].reduce((n, f) => n + gzipSize(readFileSync(f)), 0),
    inlineScripts,
    stylesheets,
    htmlBytes: gzipSize(html),
    cssBytes: stylesheets.reduce((n, href) => n + gzipSize(readFileSync(fileOf(site, base, href))), 0),
  };
}
