/**
 * `robots.txt`: allows every crawler and names the sitemap when there is one.
 * Crawlers read it only at the root of a host: for a site under a sub-path,
 * copy its `Sitemap:` line into the host's own robots.txt.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../site/site-data.ts';
import { robotsTxt } from '../outputs/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  const { base } = await getSite();
  const sitemap = site ? new URL(`${base}sitemap.xml`, site).href : undefined;
  return new Response(robotsTxt(sitemap), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
