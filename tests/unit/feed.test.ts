/**
 * The Atom feed built by the core (src/lib/feed.ts): well-formed XML with
 * Atom's required elements, entries for new events and for updates, dates
 * from the content only, ids that do not depend on where the site is hosted.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadCorpus } from '../../src/model/corpus.ts';
import { siteModelOf } from '../../src/model/render-entries.ts';
import { buildAtomFeed, feedDate, timestamp, uuidUrn, xml } from '../../src/outputs/feed.ts';

const fixture = join(import.meta.dirname, '../fixtures/small-story');
const leak = join(import.meta.dirname, '../../content');
const fixtureCorpus = await loadCorpus(fixture);
const model = (base = '/') => siteModelOf(fixtureCorpus, { base });
const parse = (text: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['entry', 'link', 'category'].includes(name),
  }).parse(text);

describe('the Atom feed', () => {
  const feedXml = buildAtomFeed(model())!;
  const feed = parse(feedXml).feed;

  it('is well-formed XML in the Atom namespace with the required feed elements', () => {
    expect(XMLValidator.validate(feedXml)).toBe(true);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feed.title).toBe('The Example Town bridge vote');
    expect(feed.author.name).toBe('The Example Town bridge vote');
    expect(feed.link.map((l: Record<string, string>) => [l['@rel'], l['@href']])).toEqual([
      ['self', '/feed.xml'],
      ['alternate', '/'],
    ]);
    // The newest date in the content, not the time of the build.
    expect(feed.updated).toBe('2024-03-08T00:00:00Z');
  });

  it('has an entry per event and per update, newest first, each with id, title, link, updated and summary', () => {
    const entries = feed.entry as Record<string, any>[];
    expect(entries.map((e) => [e.updated, e.title])).toEqual([
      ['2024-03-08T00:00:00Z', 'Update: The Example Town bridge vote'],
      ['2024-03-07T00:00:00Z', 'Update: The vote'],
      ['2024-03-06T00:00:00Z', 'Correction: The vote'],
      // One day's items in the reverse of the story's order: the hearing, known only
      // to the month (March 2024) and dated by the day its source reported it,
      // comes before the reaction of March 5 on the timeline.
      ['2024-03-05T00:00:00Z', 'The reaction'],
      ['2024-03-05T00:00:00Z', 'The hearing'],
      ['2024-03-04T00:00:00Z', 'The vote'],
    ]);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^urn:uuid:/);
      expect(entry.link[0]['@href']).toMatch(/^\//);
      expect(entry.summary).toBeTruthy();
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries[2]!.link[0]['@href']).toBe('/events/the-vote/#update-2024-03-06-1');
    expect(entries[2]!.category[0]['@term']).toBe('correction');
    expect(entries[4]!.summary).toBe('March 2024, reported 5 March 2024: A public hearing on the bridge, sometime in March.');
    expect(entries[3]!.category[0]['@term']).toBe('disputed');
  });

  it('is the same byte for byte on every build', () => {
    expect(buildAtomFeed(model())!).toBe(feedXml);
  });

  it('uses absolute links when the site URL is known, and keeps the same ids', () => {
    const hosted = parse(buildAtomFeed(model(), { site: 'https://example.org' })!).feed;
    expect(hosted.link[0]['@href']).toBe('https://example.org/feed.xml');
    expect(hosted.entry[5].link[0]['@href']).toBe('https://example.org/events/the-vote/');
    expect(hosted.entry.map((e: { id: string }) => e.id)).toEqual(feed.entry.map((e: { id: string }) => e.id));
  });

  it('links under the base path', () => {
    const sub = parse(buildAtomFeed(model('/town/'))!).feed;
    expect(sub.link[0]['@href']).toBe('/town/feed.xml');
    expect(sub.entry[5].link[0]['@href']).toBe('/town/events/the-vote/');
  });

  it('escapes markup and drops characters XML forbids', () => {
    expect(xml('a < b & "c" \u0001')).toBe('a &lt; b &amp; &quot;c&quot; ');
    expect(timestamp('2023-04-09')).toBe('2023-04-09T00:00:00Z');
    expect(() => timestamp('2023-04')).toThrow(/not a day/);
    // RFC 9562 version 5 in the URL namespace; Python's uuid.uuid5(NAMESPACE_URL, 'dossier:events/the-vote/') agrees.
    expect(uuidUrn('events/the-vote/')).toBe('urn:uuid:a442c198-5d69-5207-9214-bfd395341c12');
    expect(uuidUrn('events/x/')).not.toBe(uuidUrn('events/y/'));
  });
});

const leakCorpus = await loadCorpus(leak);

describe('the feed of a story whose events are known only to the month', () => {
  const corpus = leakCorpus;
  const site = siteModelOf(corpus, { base: '/' });
  const feed = parse(buildAtomFeed(site)!).feed;
  const entries = feed.entry as Record<string, any>[];

  it('dates every entry by a day the content gives, never a month padded with a day', () => {
    // Every day written anywhere in the content: event dates, sources' publication dates, updates.
    const days = new Set<string>();
    for (const entry of corpus.entries) {
      for (const value of Object.values(entry.data as Record<string, unknown>))
        if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) days.add(value);
      for (const update of (entry.data as { updates?: { date: string }[] }).updates ?? []) days.add(update.date);
    }
    for (const entry of [feed, ...entries]) {
      const day = String(entry.updated).slice(0, 10);
      expect(days, `${entry.title}: ${entry.updated}`).toContain(day);
    }
  });

  it('dates a month-precision event by the day it was reported, and names its month', () => {
    const leakEntry = entries.find((e) => e.title === site.pages.find((p) => p.ref.id === 'the-leak')!.ref.name)!;
    expect(leakEntry.updated).toBe('2023-04-10T00:00:00Z');
    expect(leakEntry.summary).toMatch(/^April 2023, reported April 10, 2023: /);
  });

  it('dates an event with no day of its own and no dated source by the story, or leaves it out', () => {
    const page = site.pages.find((p) => p.ref.id === 'the-leak')!;
    if (page.kind !== 'event') throw new Error('the-leak is an event');
    expect(feedDate(page)).toEqual({ day: '2023-04-10', by: 'source' });
    expect(feedDate({ date: '2023-04', references: [] })).toBeUndefined();
    expect(feedDate({ date: '2023-04', references: [] }, '2023-05-02')).toEqual({ day: '2023-05-02', by: 'story' });
    expect(feedDate({ date: '2023-04-09', references: [] })).toEqual({ day: '2023-04-09', by: 'event' });
  });
});

describe('a story with no day in it', () => {
  it('has no feed: Atom needs a date, and none may be invented', async () => {
    const site = siteModelOf(await loadCorpus(join(import.meta.dirname, '../fixtures/unsourced-event')), { base: '/' });
    expect(buildAtomFeed(site)).toBeUndefined();
  });
});
