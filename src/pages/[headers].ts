/**
 * `_headers`: security and caching headers for Netlify and Cloudflare Pages,
 * with paths under the base. Astro's file routing skips file names that start
 * with `_`, so this route names its one file through a parameter.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../site/site-data.ts';
import { headersFile } from '../outputs/security-headers.ts';

export function getStaticPaths() {
  return [{ params: { headers: '_headers' } }];
}

export const GET: APIRoute = async () => {
  const { base } = await getSite();
  return new Response(headersFile(base), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
