/**
 * Who says what, on the built fixture story: claim status and who gave it,
 * competing accounts, responses both ways, source pages (relay chain, who
 * cites or names them), updates and corrections, the Atom feed and JSON-LD.
 */
import { describe, expect, inject, it } from 'vitest';
import { relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlPages, readPage, section, textOf } from '../helpers/html.ts';
import { jsonLdBlocks, jsonLdTypes } from '../helpers/json-ld.ts';

const site = inject('fixtureSite');
const page = (path: string) => readPage(site, path);

describe('claims on the built fixture story', () => {
  it("shows an event's status in words, and who gave it on which source", () => {
    const status = section(page('events/the-vote/index.html'), 'claim-status');
    expect(textOf(status)).toBe(
      'Claim status confirmed confirmed by those involved or on the record. Ana Ruiz announced the result, per The Example Gazette .',
    );
    expect(status).toContain('<a href="/actors/mayor/" class="entry-link" data-kind="actor" dir="auto">Ana Ruiz</a>');
    expect(status).toContain('<a href="/sources/gazette-report/" class="entry-link" data-kind="source" dir="auto">The Example Gazette</a>');
    // Without a note, the status itself says what the actor did.
    expect(textOf(section(page('events/the-reaction/index.html'), 'claim-status'))).toContain(
      'Example Town Council disputed it, per The Example Gazette .',
    );
  });

  it("shows each party's account side by side, with its source", () => {
    const accounts = section(page('events/the-reaction/index.html'), 'accounts');
    expect(accounts).toContain('<ul class="account-list">');
    expect(textOf(accounts)).toBe(
      'Competing accounts José Núñez The vote was rushed. Source: Example Radio Example Town Council The vote followed the usual procedure. Source: The Example Gazette',
    );
    expect(accounts).toContain('href="/sources/radio-relay/"');
  });

  it('links a response to what it answers, and the answered event to its responses with their status', () => {
    const reaction = page('events/the-reaction/index.html');
    expect(textOf(reaction.slice(reaction.indexOf('<p class="responds-to">'), reaction.indexOf('<p class="lede"')))).toBe(
      'In response to The vote confirmed : confirmed by those involved or on the record',
    );
    const responses = section(page('events/the-vote/index.html'), 'responses');
    expect(responses).toContain('href="/events/the-reaction/"');
    expect(textOf(responses)).toBe(
      'Responses 5 March 2024 The reaction disputed : contested by one of the parties Residents react to the vote.',
    );
  });

  it('lists dated updates and corrections, newest first, corrections marked', () => {
    const updates = section(page('events/the-vote/index.html'), 'updates');
    expect(textOf(updates)).toBe(
      'Updates and corrections 7 March 2024 Update: Added the radio bulletin. 6 March 2024 Correction: An earlier version gave the wrong day for the vote.',
    );
    expect(updates).toContain('<li id="update-2024-03-06-1" class="update update--correction">');
    expect(textOf(section(page('index.html'), 'updates'))).toBe(
      'Updates and corrections 8 March 2024 Update: Added the reaction to the vote.',
    );
  });

  it("lists an event's sources as references even when the body cites only some of them", () => {
    const refs = textOf(section(page('events/the-reaction/index.html'), 'references'));
    expect(refs).toBe(
      'References ↑ Wire copy on the vote </script><!-- "quoted" & more , Example Wire , 6 March 2024 Radio bulletin relaying the Gazette , Example Radio , 5 March 2024',
    );
  });
});

describe('source pages on the built fixture story', () => {
  it('gives the relay chain in words, by publisher', () => {
    const wire = page('sources/wire-copy/index.html');
    expect(textOf(wire)).toContain('Relay chain Example Wire, relaying Example Radio , relaying The Example Gazette');
    expect(textOf(page('sources/index.html'))).toContain(
      'Example Wire, 6 March 2024, relaying Example Radio, relaying The Example Gazette',
    );
  });

  it('lists every entry that cites or names the source, grouped by kind', () => {
    const users = section(page('sources/gazette-report/index.html'), 'cited-by');
    expect(textOf(users)).toBe(
      'Cited or named by Events The hearing (March 2024) The vote (4 March 2024) The reaction (5 March 2024) ' +
        'Actors Example Town Council Sources Radio bulletin relaying the Gazette Story The Example Town bridge vote',
    );
  });

  it('describes a source without a summary by its publisher and date', () => {
    const html = page('sources/gazette-report/index.html');
    const header = html.slice(html.indexOf('<header class="entry-header"'), html.indexOf('<dl class="infobox"'));
    expect(textOf(header)).toBe('Source Gazette report on the vote Published by The Example Gazette, 5 March 2024.');
  });
});

describe('the feed and structured data of the built fixture story', () => {
  it('serves a well-formed Atom feed linked from the head of every page', () => {
    const feedXml = page('feed.xml');
    expect(XMLValidator.validate(feedXml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' }).parse(feedXml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.entry.length).toBe(6);
    for (const file of htmlPages(site)) {
      expect(readPage(site, relative(site, file)), file).toContain('<link rel="alternate" type="application/atom+xml"');
      expect(readPage(site, relative(site, file))).toContain('href="/feed.xml"');
    }
  });

  it('has JSON-LD that parses on every page, with the types each kind of page needs', () => {
    const expected: [RegExp, string[]][] = [
      [/^index\.html$/, ['NewsArticle']],
      [/^actors\/(jose-nunez|mayor)\//, ['Person']],
      [/^actors\/council\//, ['GovernmentOrganization']],
      [/^actors\/gazette\//, ['NewsMediaOrganization']],
      [/^events\/[a-z-]+\//, ['Event', 'ClaimReview']],
      [/^sources\/gazette-report\//, ['NewsArticle']],
      [/^sources\/(radio-relay|wire-copy)\//, ['CreativeWork']],
      [/^(actors|events|sources|entries|search|updates)\/index\.html$/, ['CollectionPage']],
      [/^404\.html$/, ['WebPage']],
    ];
    for (const file of htmlPages(site)) {
      const path = relative(site, file);
      const html = readPage(site, path);
      expect(jsonLdBlocks(html).length, path).toBe(1);
      const types = expected.find(([pattern]) => pattern.test(path))?.[1];
      expect(types, `no expectation for ${path}`).toBeDefined();
      expect(jsonLdTypes(html), path).toEqual(types);
    }
  });

  it('keeps a title with </script> inside its JSON-LD', () => {
    const html = page('sources/wire-copy/index.html');
    const [data] = jsonLdBlocks(html);
    expect((data!['@graph'] as { name: string }[])[0]!.name).toBe('Wire copy on the vote </script><!-- "quoted" & more');
    // Outside attribute values (where "<" is plain text), every </script>
    // closes a <script> of the page's own: the title opened or closed none.
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup.match(/<\/script>/g)?.length).toBe(markup.match(/<script\b/g)?.length);
    expect(html.match(/<script type="application\/ld\+json">/g)?.length).toBe(1);
  });

  it('cites sources in the JSON-LD of an event claim and of a source', () => {
    const [data] = jsonLdBlocks(page('events/the-vote/index.html'));
    const review = (data!['@graph'] as Record<string, any>[])[1]!;
    expect(review.reviewRating.alternateName).toBe('confirmed');
    expect(review.itemReviewed.appearance.map((a: { name: string }) => a.name)).toEqual([
      'Gazette report on the vote',
      'Radio bulletin relaying the Gazette',
    ]);
    const [story] = jsonLdBlocks(page('index.html'));
    expect((story!['@graph'] as Record<string, any>[])[0]!.citation[0].name).toBe('Gazette report on the vote');
  });
});
