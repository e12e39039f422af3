/**
 * The harbour story built under a sub-path, for what a newsroom publishes:
 * corrections and updates under their headlines and on `/updates/`, and a
 * renamed entry (`former_ids`) whose old address is a redirect page, a line
 * of `_redirects`, and the id its feed items keep; the embed views, their
 * snippets and oEmbed answers.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, readPage, redirectPages } from '../helpers/html.ts';
import { LEAK_SITE, PICTURES_BASE } from '../helpers/global-setup.ts';
import { embedPolicy } from '../../src/outputs/security-headers.ts';
import { uuidUrn } from '../../src/outputs/feed.ts';

const site = inject('picturesSite');
/** The notices of a page, each as its kind and its words (tags dropped, spaces collapsed). */
const notices = (html: string) =>
  [...html.matchAll(/<p class="notice notice--(\w+)">([\s\S]*?)<\/p>/g)].map((m) => [
    m[1],
    m[2]!
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  ]);

describe('corrections and updates in plain sight', () => {
  it('puts the newest correction and update right after the headline of the page they concern', () => {
    const html = readPage(site, 'events/bridge-closes/index.html');
    expect(notices(html)).toEqual([
      ['correction', 'Correction, March 4, 2024: An earlier version gave the wrong day for the closure (test data).'],
      ['update', 'Updated March 5, 2024: Added the ferry timetable (test data).'],
    ]);
    expect(html.indexOf('class="notices"')).toBeGreaterThan(html.indexOf('</h1>'));
    expect(html.indexOf('class="notices"')).toBeLessThan(html.indexOf('class="lede"'));
    expect(html).toMatch(/<div class="notices" data-pagefind-ignore>/);
  });

  it('shows no notice on a page with no update', () => {
    const html = readPage(site, 'events/bridge-inspection/index.html');
    expect(html).not.toContain('class="notices"');
  });

  it('gives the home page "Updated" beside its first date, linking to /updates/', () => {
    const html = readPage(site, 'index.html');
    expect(html).toContain(`<a href="${PICTURES_BASE}updates/">Updated <time datetime="2024-03-06">March 6, 2024</time></a>`);
  });

  it('lists every update and correction of the site on /updates/, newest first, each linking to its place on its page', () => {
    const html = readPage(site, 'updates/index.html');
    const items = [...html.matchAll(/<li class="update update--(\w+)">([\s\S]*?)<\/li>/g)];
    expect(items.map((m) => m[1])).toEqual(['update', 'update', 'correction']);
    expect(items.map((m) => /href="([^"]+#update-[^"]+)"/.exec(m[2]!)![1])).toEqual([
      `${PICTURES_BASE}#update-2024-03-06-1`,
      `${PICTURES_BASE}events/bridge-closes/#update-2024-03-05-1`,
      `${PICTURES_BASE}events/bridge-closes/#update-2024-03-04-1`,
    ]);
  });

  it('links /updates/ from the footer of every page (the embed views have none)', () => {
    for (const file of htmlPages(site).filter((f) => !f.includes('/embed/')))
      expect(readFileSync(file, 'utf8'), file).toContain(`<a href="${PICTURES_BASE}updates/">Updates and corrections</a>`);
  });
});

describe('a renamed entry', () => {
  it('leaves a redirect page at its old address, kept out of search engines, naming the new address', () => {
    expect(redirectPages(site).map((f) => f.slice(site.length + 1))).toEqual(['events/bridge-closure/index.html']);
    const html = readPage(site, 'events/bridge-closure/index.html');
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${PICTURES_BASE}events/bridge-closes/">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(existsSync(join(site, 'events/bridge-closes/index.html'))).toBe(true);
  });

  it('writes the old address to _redirects as a 301, for the hosts that read it', () => {
    const lines = readFileSync(join(site, '_redirects'), 'utf8').split('\n');
    expect(lines.filter((l) => l && !l.startsWith('#'))).toEqual([
      `${PICTURES_BASE}events/bridge-closure/ ${PICTURES_BASE}events/bridge-closes/ 301`,
    ]);
  });

  it('keeps the feed ids of its first address for the entry and its updates', () => {
    const feed = readFileSync(join(site, 'feed.xml'), 'utf8');
    expect(feed).toContain(`<id>${uuidUrn('events/bridge-closure/')}</id>`);
    expect(feed).toContain(`<id>${uuidUrn('events/bridge-closure/#update-2024-03-04-1')}</id>`);
    expect(feed).not.toContain(uuidUrn('events/bridge-closes/'));
  });

  it('gives the data export the entry at its new address, with its former ids', () => {
    const entries = readFileSync(join(site, 'data/entries.json'), 'utf8');
    expect(entries).not.toContain('bridge-closure/');
    const entry = (JSON.parse(entries) as { entries: { id: string; fields: { former_ids?: string[] } }[] }).entries.find(
      (e) => e.id === 'bridge-closes',
    );
    expect(entry?.fields.former_ids).toEqual(['bridge-closure']);
  });
});

describe('embed views', () => {
  const views = ['embed/timeline/', 'embed/events/bridge-closes/', 'embed/events/bridge-closes/graph/', 'embed/actors/harbour-authority/'];

  it('are pages with no site header or footer, whose links open outside the frame, kept out of search engines', () => {
    for (const view of views) {
      const html = readPage(site, `${view}index.html`);
      expect(html, view).not.toMatch(/class="site-(header|footer)"/);
      expect(html, view).toContain('<base target="_blank">');
      expect(html, view).toContain('<meta name="robots" content="noindex">');
      expect(html, view).not.toContain('data-pagefind-body');
    }
    expect(readPage(site, 'embed/events/bridge-closes/index.html')).toContain(
      `<link rel="canonical" href="${LEAK_SITE}${PICTURES_BASE}events/bridge-closes/">`,
    );
  });

  it('gives the timeline view its actor filter, and the graph view the entry’s graph', () => {
    expect(readPage(site, 'embed/timeline/index.html')).toMatch(/<select id="actor-filter" name="actor">/);
    expect(readPage(site, 'embed/events/bridge-closes/graph/index.html')).toMatch(/<svg[^>]*class="graph__svg/);
  });

  it('lets other sites frame the views only, in _headers', () => {
    const headers = readFileSync(join(site, '_headers'), 'utf8');
    expect(headers).toContain(
      `${PICTURES_BASE}embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${embedPolicy([])}\n  ! X-Frame-Options\n`,
    );
  });

  it('offers "Embed this" on every entry page and the timeline, with snippets of absolute addresses', () => {
    for (const file of htmlPages(site).filter(
      (f) => !f.includes('/embed/') && (/\/(actors|events|sources)\/[^/]+\/index\.html$/.test(f) || f.endsWith('/events/index.html')),
    )) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toContain('<summary>Embed this</summary>');
      const snippets = [...html.matchAll(/<code data-embed-snippet[^>]*>([^<]*)<\/code>/g)].map((m) =>
        m[1]!.replaceAll('&lt;', '<').replaceAll('&quot;', '"').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
      );
      expect(snippets.length, file).toBeGreaterThan(0);
      for (const snippet of snippets) {
        const src = /<iframe src="([^"]+)"/.exec(snippet)![1]!;
        expect(src.startsWith(`${LEAK_SITE}${PICTURES_BASE}embed/`), src).toBe(true);
        expect(existsSync(join(site, src.slice(`${LEAK_SITE}${PICTURES_BASE}`.length), 'index.html')), src).toBe(true);
        expect(snippet).toContain(`event.origin !== "${LEAK_SITE}"`);
      }
    }
  });

  it('answers oEmbed for every entry, named by a discovery link in its page', () => {
    const html = readPage(site, 'events/bridge-closes/index.html');
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="The bridge closes">/.exec(html)![1]!;
    expect(href).toBe(`${LEAK_SITE}${PICTURES_BASE}embed/events/bridge-closes/oembed.json`);
    const answer = JSON.parse(readPage(site, 'embed/events/bridge-closes/oembed.json')) as Record<string, unknown>;
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'The bridge closes',
      provider_name: 'The harbour bridge closes',
      width: 600,
    });
    expect(answer.html).toMatch(
      new RegExp(
        `^<iframe src="${LEAK_SITE}${PICTURES_BASE}embed/events/bridge-closes/" title="The bridge closes · The harbour bridge closes"`,
      ),
    );
    expect(Number(answer.height)).toBeGreaterThan(0);
    const thumbnail = String(answer.thumbnail_url);
    expect(existsSync(join(site, thumbnail.slice(`${LEAK_SITE}${PICTURES_BASE}`.length)))).toBe(true);
    for (const file of htmlPages(site).filter((f) => /\/(actors|events|sources)\/[^/]+\/index\.html$/.test(f) && !f.includes('/embed/'))) {
      const oembed = /type="application\/json\+oembed" href="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
      expect(oembed, file).toBeDefined();
      expect(existsSync(join(site, oembed!.slice(`${LEAK_SITE}${PICTURES_BASE}`.length))), oembed).toBe(true);
    }
  });
});
