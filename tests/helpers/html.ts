/**
 * Small readers for built HTML: enough to find links and text without a DOM.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out.sort();
}

/** Whether a file is the page Astro writes for a redirect (a renamed entry's old address). */
export function isRedirectPage(file: string): boolean {
  return /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8'));
}

/** Whether a file is an embed view (`embed/…`): a page for other sites to frame, with no site header or footer. */
export function isEmbedView(site: string, file: string): boolean {
  return relative(site, file).startsWith('embed/');
}

/** Every HTML file of the built site: its pages, its embed views and its redirect pages. */
export function htmlFiles(site: string): string[] {
  return listFiles(site).filter((f) => f.endsWith('.html'));
}

/** The site's own pages: every HTML file but the embed views (`embedViews`) and the redirect pages (`redirectPages`). */
export function htmlPages(site: string): string[] {
  return htmlFiles(site).filter((f) => !isEmbedView(site, f) && !isRedirectPage(f));
}

/** The embed views: the timeline's, and each entry's card and graph. */
export function embedViews(site: string): string[] {
  return htmlFiles(site).filter((f) => isEmbedView(site, f));
}

/** The redirect pages Astro writes at renamed entries' old addresses. */
export function redirectPages(site: string): string[] {
  return htmlFiles(site).filter((f) => isRedirectPage(f));
}

export function readPage(site: string, path: string): string {
  return readFileSync(join(site, path), 'utf8');
}

/** Every `href` and `src` in a page. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

/** The plain text of an HTML fragment. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The HTML of the first element with this id, up to its closing tag (non-nested sections). */
export function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start === -1) return '';
  const open = html.lastIndexOf('<section', start);
  const end = html.indexOf('</section>', start);
  return html.slice(open, end);
}

/**
 * The internal links of a site that name no file: a link `/base/x/` must be
 * `x/index.html` in the output, `/base/a.css` must be `a.css`.
 */
export function brokenInternalLinks(site: string, base: string): { page: string; href: string }[] {
  const broken: { page: string; href: string }[] = [];
  for (const page of htmlPages(site)) {
    for (const href of linksIn(readFileSync(page, 'utf8'))) {
      if (/^(?:[a-z]+:|\/\/)/i.test(href)) continue;
      const [path] = href.split('#');
      if (!path) continue;
      if (!path.startsWith(base)) {
        broken.push({ page: relative(site, page), href });
        continue;
      }
      const rel = decodeURI(path.slice(base.length));
      const file = rel === '' || rel.endsWith('/') ? join(site, rel, 'index.html') : join(site, rel);
      if (!existsSync(file)) broken.push({ page: relative(site, page), href });
    }
  }
  return broken;
}
