/**
 * The files some static hosts read from the site's root: `_headers`
 * (security and caching headers) and `_redirects` (old addresses of renamed
 * entries), with paths under the base. Astro's file routing skips file names
 * that start with `_`, so this route names its files through a parameter.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../site/site-data.ts';
import { headersFile } from '../outputs/security-headers.ts';
import { redirectsFile, redirectsOf } from '../outputs/redirects.ts';

export const getStaticPaths = (() => [
  { params: { hostfile: '_headers' } },
  { params: { hostfile: '_redirects' } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { base, pages, embedOrigins } = await getSite();
  const body = params.hostfile === '_headers' ? headersFile(base, embedOrigins) : redirectsFile(redirectsOf(pages, base), base);
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
