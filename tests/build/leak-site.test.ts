/**
 * The leak story (the real content folder), built under a sub-path as a CDN
 * would serve it.
 */
import { describe, expect, inject, it } from 'vitest';
import { brokenInternalLinks, htmlPages, readPage, section, textOf } from '../helpers/html.ts';

const site = inject('leakSite');
const base = inject('leakBase');

describe('the leak story, built under a sub-path', () => {
  it('builds a page for every entry', () => {
    expect(htmlPages(site).length).toBeGreaterThanOrEqual(14 + 8 + 3 + 6);
  });

  it('has no broken internal link, and every link stays under the sub-path', () => {
    expect(brokenInternalLinks(site, base)).toEqual([]);
  });

  it('begins April 2023 with the leak, where the story begins, on the timeline, the home page and in previous/next', () => {
    const eventLinks = (html: string) => [...html.matchAll(/<a href="[^"]*\/events\/([^/"]+)\/"/g)].map((m) => m[1]!);
    const timeline = eventLinks(readPage(site, 'events/index.html'));
    expect(timeline[0]).toBe('the-leak');
    expect(eventLinks(section(readPage(site, 'index.html'), 'at-a-glance'))[0]).toBe('the-leak');
    const prev = (id: string) => /<a rel="prev" href="[^"]*\/events\/([^/"]+)\/"/.exec(readPage(site, `events/${id}/index.html`))?.[1];
    expect(prev('the-leak')).toBeUndefined();
    expect(prev(timeline[1]!)).toBe('the-leak');
  });

  it("lists Zelenskyy with the seed's misspelling as an alias", () => {
    const page = readPage(site, 'actors/volodymyr-zelenskyy/index.html');
    expect(page).toMatch(/<h1[^>]*>Volodymyr Zelenskyy<\/h1>/);
    expect(textOf(page)).toMatch(/Also known as .*Zelenksyy/);
  });

  it('quotes the Israeli denial word for word', () => {
    const page = textOf(readPage(site, 'events/israel-denies-mossad-memo/index.html'));
    expect(page).toContain('"mendacious and without any foundation whatsoever."');
  });

  it('shows the relay chain of the seed article', () => {
    const page = textOf(
      section(
        readPage(site, 'sources/urdupoint-2023-04-10/index.html').replace('<dl', '<section id="info"').replace('</dl>', '</section>'),
        'info',
      ),
    );
    expect(page).toContain('Relay chain UrduPoint News, relaying Sputnik , relaying CNN');
  });

  it('shows month-precision events as a month on the timeline', () => {
    expect(textOf(readPage(site, 'events/index.html'))).toContain('April 2023');
  });
});
