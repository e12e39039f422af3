/**
 * Structured data built by the core (src/lib/json-ld.ts) from the fixture
 * story's site model: the schema.org types of each kind of page, the claim
 * review of an event with a status, and escaping for a <script> element.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCorpus } from '../../src/model/corpus.ts';
import { type EntryPage } from '../../src/model/site-model.ts';
import { siteModelOf } from '../../src/model/render-entries.ts';
import { listPageJsonLd, pageJsonLd, serializeJsonLd, type JsonLd } from '../../src/outputs/json-ld.ts';

const site = siteModelOf(await loadCorpus(join(import.meta.dirname, '../fixtures/small-story')), { base: '/' });
const ctx = { story: site.story };
const page = (id: string) => site.pages.find((p) => p.ref.id === id) as EntryPage;
const nodes = (data: JsonLd) => data['@graph'] as JsonLd[];
const types = (data: JsonLd) => nodes(data).map((n) => n['@type']);

describe('JSON-LD', () => {
  it('describes the story as a NewsArticle citing its sources', () => {
    const data = pageJsonLd(site.story, ctx);
    expect(data['@context']).toBe('https://schema.org');
    const [article] = nodes(data);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'The Example Town bridge vote',
      inLanguage: 'en-GB',
      datePublished: '2024-03-05',
      dateModified: '2024-03-08',
    });
    expect(article!.citation).toEqual([
      expect.objectContaining({ '@type': 'NewsArticle', name: 'Gazette report on the vote', datePublished: '2024-03-05' }),
    ]);
  });

  it('types actors by kind', () => {
    expect(types(pageJsonLd(page('jose-nunez'), ctx))).toEqual(['Person']);
    expect(types(pageJsonLd(page('council'), ctx))).toEqual(['GovernmentOrganization']);
    expect(types(pageJsonLd(page('gazette'), ctx))).toEqual(['NewsMediaOrganization']);
    const [nunez] = nodes(pageJsonLd(page('jose-nunez'), ctx));
    expect(nunez).toMatchObject({ name: 'José Núñez', jobTitle: 'Councillor', alternateName: ['Councillor Núñez'] });
    expect(nunez!.memberOf).toEqual([expect.objectContaining({ '@type': 'GovernmentOrganization', name: 'Example Town Council' })]);
  });

  it('gives an event with a status a Claim and a ClaimReview rated by the status', () => {
    const data = pageJsonLd(page('the-vote'), ctx);
    expect(types(data)).toEqual(['Event', 'ClaimReview']);
    const [event, review] = nodes(data);
    expect(event).toMatchObject({ name: 'The vote', startDate: '2024-03-04' });
    expect(review).toMatchObject({
      claimReviewed: 'The council votes on the bridge.',
      itemReviewed: { '@type': 'Claim' },
      reviewRating: { '@type': 'Rating', alternateName: 'confirmed' },
    });
    expect((review!.reviewRating as JsonLd).ratingExplanation).toContain('Ana Ruiz announced the result, per The Example Gazette.');
  });

  it('gives no date more precise than the content: a month-precision event keeps its month', () => {
    const [hearing] = nodes(pageJsonLd(page('the-hearing'), ctx));
    expect(page('the-hearing').fields.date).toBe('2024-03');
    expect(hearing).toMatchObject({ name: 'The hearing', startDate: '2024-03' });
    // Every date anywhere in the structured data is written as the content writes it.
    const contentDates = new Set([
      ...site.pages.flatMap((p) => (p.kind === 'event' ? [p.date] : [])),
      ...site.pages.flatMap((p) => p.references.map((r) => r.published)),
    ]);
    for (const p of [site.story, ...site.pages]) for (const u of p.updates) contentDates.add(u.date);
    contentDates.add(site.story.published);
    contentDates.add(site.story.updated);
    for (const data of [site.story, ...site.pages].map((p) => JSON.stringify(pageJsonLd(p, ctx)))) {
      for (const [, date] of data.matchAll(/"(?:startDate|datePublished|dateModified|endDate)":"([^"]+)"/g)) {
        expect(date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
        expect(contentDates.has(date), date).toBe(true);
      }
    }
  });

  it('describes a source with its publisher, what it relays and what it cites', () => {
    const [radio] = nodes(pageJsonLd(page('radio-relay'), ctx));
    expect(radio).toMatchObject({
      '@type': 'CreativeWork',
      publisher: { '@type': 'Organization', name: 'Example Radio' },
      isBasedOn: { name: 'Gazette report on the vote' },
    });
    const [gazette] = nodes(pageJsonLd(page('gazette-report'), ctx));
    expect(gazette!['@type']).toBe('NewsArticle');
  });

  it('makes every URL absolute when the site URL is known', () => {
    const [event] = nodes(pageJsonLd(page('the-vote'), { ...ctx, site: 'https://example.org/town/' }));
    expect(event!.url).toBe('https://example.org/events/the-vote/');
    expect(event!['@id']).toBe('https://example.org/events/the-vote/#event');
  });

  it('describes list pages as a CollectionPage, and the 404 page as a WebPage with no address', () => {
    expect(types(listPageJsonLd({ name: 'Actors', description: 'All actors', path: '/actors/' }, ctx))).toEqual(['CollectionPage']);
    const [notFound] = nodes(
      listPageJsonLd({ name: 'Page not found', description: 'No page here', path: '/404/', collection: false }, ctx),
    );
    expect(notFound).toMatchObject({ '@type': 'WebPage', isPartOf: { '@type': 'NewsArticle' } });
    expect(notFound).not.toHaveProperty('url');
  });

  it('escapes < so no text can close the script element, and still parses to the same data', () => {
    const wire = pageJsonLd(page('wire-copy'), ctx);
    const json = serializeJsonLd(wire);
    expect(nodes(wire)[0]!.name).toContain('</script><!--');
    expect(json).not.toMatch(/<\/script|<!--|</);
    expect(JSON.parse(json)).toEqual(wire);
  });
});
