/**
 * `sitemap.xml`: every page, as absolute URLs. Without `DOSSIER_SITE` there
 * are no absolute URLs to give, so no file is written (an empty response is
 * skipped by Astro's static build) and the build command warns.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../site/site-data.ts';
import { pagePaths, sitemapXml } from '../outputs/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) return new Response(null, { status: 404 });
  const urls = pagePaths(await getSite()).map((path) => new URL(path, site).href);
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
