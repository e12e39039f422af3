/**
 * What a host, a search engine and a data user find in the built sites:
 * sitemap.xml, robots.txt, page metadata, data/entries.json and _headers.
 * The leak story is built with DOSSIER_SITE under a sub-path; the fixture
 * story without DOSSIER_SITE at the root.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlPages, readPage, textOf } from '../helpers/html.ts';
import { headersFor, parseHeadersFile } from '../helpers/headers-file.ts';
import { CACHE_CONTROL, SECURITY_HEADERS } from '../../src/outputs/security-headers.ts';
import type { EntriesExport } from '../../src/outputs/entries-export.ts';

const leak = inject('leakSite');
const base = inject('leakBase');
const siteUrl = inject('leakSiteUrl');
const fixture = inject('fixtureSite');

/** The address a page file is served at: `actors/cnn/index.html` → `/explainers/leak/actors/cnn/`. */
const pathOf = (site: string, file: string, under: string) => `${under}${relative(site, file).replace(/index\.html$/, '')}`;

/** The `content` of `<meta property|name="key">`, or undefined. */
function meta(html: string, key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
  return tag?.[1] === undefined ? undefined : textOf(tag[1]);
}
const canonicalOf = (html: string) => html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];

describe('sitemap.xml and robots.txt', () => {
  it('lists every page of the leak story but the 404 page, once, as absolute URLs under the sub-path', () => {
    const sitemap = readFileSync(join(leak, 'sitemap.xml'), 'utf8');
    expect(sitemap.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(
      true,
    );
    const listed = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    const pages = htmlPages(leak)
      .filter((file) => !file.endsWith('/404.html'))
      .map((file) => new URL(pathOf(leak, file, base), siteUrl).href);
    expect([...listed].sort()).toEqual(pages.sort());
  });

  it('names the sitemap in robots.txt', () => {
    expect(readFileSync(join(leak, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}${base}sitemap.xml\n`);
  });

  it('writes no sitemap without DOSSIER_SITE, and a robots.txt that names none', () => {
    expect(existsSync(join(fixture, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(join(fixture, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('page metadata', () => {
  it('gives every page of the leak story its canonical URL, Open Graph and Twitter card metadata', () => {
    const storyTitle = meta(readPage(leak, 'index.html'), 'og:site_name');
    expect(storyTitle).toBe('Leaked Pentagon documents: what was reported about US spying on allies');
    for (const file of htmlPages(leak).filter((f) => !f.endsWith('/404.html'))) {
      const html = readFileSync(file, 'utf8');
      const url = new URL(pathOf(leak, file, base), siteUrl).href;
      const where = relative(leak, file);
      expect(canonicalOf(html), where).toBe(url);
      expect(meta(html, 'og:url'), where).toBe(url);
      expect(meta(html, 'og:site_name'), where).toBe(storyTitle);
      expect(meta(html, 'og:description'), where).toBe(meta(html, 'description'));
      expect(meta(html, 'og:description')?.length, where).toBeGreaterThan(10);
      expect(textOf(html.match(/<title>([^<]*)<\/title>/)![1]!), where).toContain(meta(html, 'og:title'));
      expect(meta(html, 'twitter:card'), where).toBe('summary_large_image');
      // The card is absolute on a site with an address, and exists.
      const card = meta(html, 'og:image')!;
      expect(card, where).toMatch(new RegExp(`^${siteUrl}${base}cards/.+\\.png$`));
      expect(existsSync(join(leak, card.slice(`${siteUrl}${base}`.length))), card).toBe(true);
    }
  });

  it('describes each entry from its summary, with a type that fits it', () => {
    const person = readPage(leak, 'actors/volodymyr-zelenskyy/index.html');
    expect(meta(person, 'og:title')).toBe('Volodymyr Zelenskyy');
    expect(meta(person, 'og:description')).toBe(
      'Volodymyr Zelenskyy is the Ukrainian President on whom, according to 53 leaked documents examined by CNN, the US has been spying.',
    );
    expect(meta(person, 'og:type')).toBe('profile');
    expect(meta(readPage(leak, 'actors/cnn/index.html'), 'og:type')).toBe('website');
    expect(meta(readPage(leak, 'events/israel-denies-mossad-memo/index.html'), 'og:type')).toBe('article');
    expect(meta(readPage(leak, 'sources/urdupoint-2023-04-10/index.html'), 'og:type')).toBe('article');
    expect(meta(readPage(leak, 'index.html'), 'og:type')).toBe('website');
  });

  it('keeps the 404 page out of search engines, with no canonical URL', () => {
    const page = readPage(leak, '404.html');
    expect(meta(page, 'robots')).toBe('noindex');
    expect(canonicalOf(page)).toBeUndefined();
    expect(meta(page, 'og:url')).toBeUndefined();
  });

  it('gives no absolute URL without DOSSIER_SITE', () => {
    for (const file of htmlPages(fixture)) {
      const html = readFileSync(file, 'utf8');
      expect(canonicalOf(html)).toBeUndefined();
      expect(meta(html, 'og:url')).toBeUndefined();
      expect(meta(html, 'og:title')).toBeDefined();
    }
  });
});

describe('data/entries.json', () => {
  const data = JSON.parse(readFileSync(join(leak, 'data/entries.json'), 'utf8')) as EntriesExport;
  const ids = new Set(data.entries.map((e) => e.id));

  it("has one entry per entry page and the story, each with the page's address", () => {
    const entryPages = htmlPages(leak).filter((f) => /\/(actors|events|sources)\/[^/]+\/index\.html$/.test(f));
    expect(data.entries).toHaveLength(entryPages.length + 1);
    expect(data).toMatchObject({ version: 1, base, site: `${siteUrl}/` });
    for (const entry of data.entries) {
      const file = join(leak, entry.href.slice(base.length), 'index.html');
      expect(existsSync(file), entry.href).toBe(true);
      expect(entry.url).toBe(new URL(entry.href, siteUrl).href);
      const h1 = readFileSync(file, 'utf8').match(/<h1[^>]*>(.*?)<\/h1>/)![1]!;
      expect(textOf(h1)).toBe(entry.kind === 'story' ? entry.fields.title : entry.name);
    }
  });

  it("links only to entries that exist, and every link is someone's backlink", () => {
    for (const entry of data.entries) {
      for (const link of entry.links) {
        expect(ids.has(link.id), `${entry.id} → ${link.id}`).toBe(true);
        const target = data.entries.find((e) => e.id === link.id)!;
        expect(target.backlinks, `${entry.id} → ${link.id}`).toContainEqual({ id: entry.id, rel: link.rel });
      }
    }
    const zelenskyy = data.entries.find((e) => e.id === 'volodymyr-zelenskyy')!;
    expect(zelenskyy.aliases).toContain('Zelenksyy');
    expect(zelenskyy.backlinks.length).toBeGreaterThan(0);
  });
});

describe('_headers', () => {
  it('sets the policy and the caching under the sub-path, as Netlify and Cloudflare Pages read it', () => {
    const rules = parseHeadersFile(readFileSync(join(leak, '_headers'), 'utf8'));
    const stylesheet = readPage(leak, 'index.html').match(/<link rel="stylesheet" href="([^"]+)"/)![1]!;
    expect(stylesheet.startsWith(`${base}_astro/`)).toBe(true);
    for (const host of ['netlify', 'cloudflare'] as const) {
      expect(headersFor(rules, `${base}actors/cnn/`, host)).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': CACHE_CONTROL.short });
      expect(headersFor(rules, stylesheet, host)).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': CACHE_CONTROL.immutable });
      expect(headersFor(rules, '/actors/cnn/', host)).toEqual({});
    }
  });
});
