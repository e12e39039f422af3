/**
 * `sitemap.xml` and `robots.txt`. A sitemap must list absolute URLs, so it
 * exists only when the site's address (`DOSSIER_SITE`) is known.
 */
import type { EntryPage, StoryPage } from '../model/site-types.ts';

/** The section pages every story has, relative to the base. */
export const SECTION_PATHS = ['actors/', 'events/', 'sources/', 'entries/', 'search/', 'updates/'] as const;

/**
 * Every page of the site a search engine should know, as paths under the
 * base: the story, the sections, then each entry in id order. The 404 page
 * is left out on purpose.
 */
export function pagePaths(site: { base: string; story: StoryPage; pages: EntryPage[] }): string[] {
  const entries = site.pages.map((page) => page.ref.href).sort();
  return [site.story.ref.href, ...SECTION_PATHS.map((path) => `${site.base}${path}`), ...entries];
}

/** A `<urlset>` of absolute URLs, in the order given. No `lastmod`: builds carry no dates. */
export function sitemapXml(urls: readonly string[]): string {
  const items = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...items,
    '</urlset>',
    '',
  ].join('\n');
}

/** Allows every crawler, and names the sitemap when there is one. */
export function robotsTxt(sitemapUrl: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
