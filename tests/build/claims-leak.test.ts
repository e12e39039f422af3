/**
 * Who says what in the leak story, built under a sub-path: who confirmed the
 * leak and on which source, the CIA memo against the Israeli denial, the
 * denial as a response, the seed article's relay chain, the feed and JSON-LD.
 */
import { describe, expect, inject, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readPage, section, textOf } from '../helpers/html.ts';
import { jsonLdBlocks, jsonLdTypes } from '../helpers/json-ld.ts';

const site = inject('leakSite');
const base = inject('leakBase');
/** The leak story is built with DOSSIER_SITE: the feed's links are absolute. */
const siteUrl = inject('leakSiteUrl');
const page = (path: string) => readPage(site, path);

describe('claims in the leak story', () => {
  it('rates the leak as reported, not confirmed, and says on whose word', () => {
    const leak = page('events/the-leak/index.html');
    const status = section(leak, 'claim-status');
    expect(textOf(status)).toBe(
      'Claim status reported reported by news outlets, not independently confirmed. US officials admitted some of the leaked secret documents are authentic, per CNN .',
    );
    expect(status).toContain(`href="${base}sources/cnn-report-2023-04-09/"`);
    const review = (jsonLdBlocks(leak)[0]!['@graph'] as Record<string, any>[]).find((n) => n['@type'] === 'ClaimReview')!;
    expect(review.reviewRating.alternateName).toBe('reported');
  });

  it('gives the CIA report as what the article says of it, and no account to the CIA, which made none', () => {
    const memo = page('events/cia-memo-mossad-protests/index.html');
    expect(memo).not.toContain('id="accounts"');
    expect(textOf(memo)).toContain('What the report says is known only from the article');
    expect(textOf(section(memo, 'claim-status'))).toContain(
      'Israeli Prime Minister\'s Office called the memo "mendacious and without any foundation whatsoever", per UrduPoint News .',
    );
  });

  it('links the denial and the memo both ways', () => {
    const denial = page('events/israel-denies-mossad-memo/index.html');
    expect(denial).toMatch(new RegExp(`<p class="responds-to">In response to <a href="${base}events/cia-memo-mossad-protests/"`));
    const responses = section(page('events/cia-memo-mossad-protests/index.html'), 'responses');
    expect(responses).toContain(`href="${base}events/israel-denies-mossad-memo/"`);
    expect(textOf(responses)).toContain('reported');
  });

  it('shows that Sputnik relays the Times as well as CNN, on both sides of the relay', () => {
    expect(textOf(page('sources/urdupoint-2023-04-10/index.html'))).toContain(
      'Relay chain UrduPoint News, relaying Sputnik , relaying CNN and The New York Times',
    );
    for (const nyt of ['nyt-report-2023-04', 'nyt-seoul-report']) {
      expect(textOf(page(`sources/${nyt}/index.html`))).toContain('Relayed by Sputnik');
    }
    const graph = JSON.parse(page('data/graph.json')) as { edges: { from: string; to: string; kind: string }[] };
    const relays = graph.edges.filter((e) => e.kind === 'relays' && e.from === 'sputnik-2023-04-10').map((e) => e.to);
    expect(relays.toSorted()).toEqual(['cnn-report-2023-04-09', 'nyt-report-2023-04', 'nyt-seoul-report']);
  });

  it("keeps the seed article's full headline on its source page, and gives the explainer its own", () => {
    expect(page('sources/urdupoint-2023-04-10/index.html')).toContain(
      '<h1 data-pagefind-meta="title" data-pagefind-weight="10">US Fears Leak Of Classified Documents May Undermine Relations With Allies - Reports</h1>',
    );
    const home = page('index.html');
    expect(home).not.toContain('US Fears Leak Of Classified Documents May Undermine Relations With Allies<');
    expect(home).not.toContain('Published April 10, 2023');
    expect(textOf(home)).toContain('Based on reporting published in April 2023');
  });

  it('groups what cites the seed article by kind', () => {
    const users = section(page('sources/urdupoint-2023-04-10/index.html'), 'cited-by');
    expect([...users.matchAll(/<h3 id="cited-by-([a-z]+)">/g)].map((m) => m[1])).toEqual(['event', 'actor', 'source', 'story']);
    expect(textOf(users)).toContain('US officials admit some leaked documents are authentic');
  });
});

describe('feed and structured data of the leak story', () => {
  it('has a well-formed Atom feed of its events, linked under the sub-path', () => {
    const feedXml = page('feed.xml');
    expect(XMLValidator.validate(feedXml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' || n === 'link' }).parse(feedXml).feed;
    expect(feed.entry.length).toBe(10);
    // Every event of the leak story is known only to the month: each is dated by the day it was reported.
    expect(new Set(feed.entry.map((e: { updated: string }) => e.updated.slice(0, 10)))).toEqual(new Set(['2023-04-09', '2023-04-10']));
    expect(feed.updated).toBe('2023-04-10T00:00:00Z');
    expect(feed.link[0]['@_href']).toBe(`${siteUrl}${base}feed.xml`);
    for (const entry of feed.entry) expect(entry.link[0]['@_href'].startsWith(`${siteUrl}${base}events/`)).toBe(true);
    expect(page('index.html')).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Leaked Pentagon documents: what was reported about US spying on allies: new events, updates and corrections" href="${base}feed.xml">`,
    );
  });

  it('marks up the disputed memo as a ClaimReview rated "disputed"', () => {
    const [data] = jsonLdBlocks(page('events/cia-memo-mossad-protests/index.html'));
    const review = (data!['@graph'] as Record<string, any>[]).find((n) => n['@type'] === 'ClaimReview')!;
    expect(review.reviewRating.alternateName).toBe('disputed');
    expect(review.reviewRating.ratingExplanation).toContain('"mendacious and without any foundation whatsoever", per UrduPoint News.');
  });

  it('types each kind of page', () => {
    expect(jsonLdTypes(page('index.html'))).toEqual(['NewsArticle']);
    expect(jsonLdTypes(page('actors/volodymyr-zelenskyy/index.html'))).toEqual(['Person']);
    expect(jsonLdTypes(page('actors/cia/index.html'))).toEqual(['GovernmentOrganization']);
    expect(jsonLdTypes(page('actors/israel/index.html'))).toEqual(['Country']);
    expect(jsonLdTypes(page('sources/urdupoint-2023-04-10/index.html'))).toEqual(['NewsArticle']);
    const [source] = jsonLdBlocks(page('sources/urdupoint-2023-04-10/index.html'));
    expect((source!['@graph'] as Record<string, any>[])[0]!.isBasedOn.name).toContain('Sputnik report');
  });
});
