/**
 * Structured data (schema.org JSON-LD) for every page: the story as a
 * NewsArticle, actors as Person / Organization / GovernmentOrganization /
 * NewsMediaOrganization / Country, events as Event (with a Claim and its
 * ClaimReview where the event has a status), sources as NewsArticle or
 * CreativeWork with the sources they cite as `citation`, list pages as
 * CollectionPage. Plain objects built from the site model; `JsonLd.astro`
 * serialises them with {@link serializeJsonLd}. See https://schema.org/.
 */
import type { ActorPage, EntryPage, EntryRef, EventPage, Reference, SourcePage, StoryPage } from '../model/site-types.ts';
import { statusBySentence, statusLabel, statusMeaning } from '../model/status.ts';
import { english, type Translator } from '../i18n/translator.ts';

export type JsonLd = Record<string, unknown>;

export interface JsonLdContext {
  /** The story page: the site's name, language and home address. */
  story: StoryPage;
  /** The absolute site URL (`DOSSIER_SITE`); without it, URLs stay root-relative paths. */
  site?: string | URL | undefined;
  /** The words it writes (a claim's rating), in the story's language; English if not given. */
  i18n?: Translator;
}

/**
 * schema.org has no type for an unnamed group of people ("US officials");
 * Organization is the nearest. Agencies in a news story are government
 * bodies (CIA, Pentagon); news agencies are `media`.
 */
const ACTOR_TYPES: Record<string, string> = {
  person: 'Person',
  organization: 'Organization',
  government: 'GovernmentOrganization',
  agency: 'GovernmentOrganization',
  media: 'NewsMediaOrganization',
  country: 'Country',
  group: 'Organization',
};

const CONTEXT = 'https://schema.org';

/** The JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped so no text can close the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** The JSON-LD of an entry page or the story. */
export function pageJsonLd(page: EntryPage | StoryPage, ctx: JsonLdContext): JsonLd {
  switch (page.kind) {
    case 'story':
      return graph(storyNode(page, ctx));
    case 'actor':
      return graph(actorNode(page, ctx));
    case 'event':
      return graph(...eventNodes(page, ctx));
    case 'source':
      return graph(sourceNode(page, ctx));
  }
}

/**
 * A list page (actors, timeline, sources, A–Z) as a CollectionPage; with
 * `collection: false`, any other page (the 404 page) as a WebPage, without
 * a URL of its own, since it answers for every missing address.
 */
export function listPageJsonLd(
  page: { name: string; description: string; path: string; collection?: boolean },
  ctx: JsonLdContext,
): JsonLd {
  const collection = page.collection !== false;
  return graph({
    '@type': collection ? 'CollectionPage' : 'WebPage',
    ...(collection ? { '@id': url(page.path, ctx), url: url(page.path, ctx) } : {}),
    name: page.name,
    description: page.description,
    inLanguage: ctx.story.lang,
    isPartOf: storyLink(ctx),
  });
}

function graph(...nodes: JsonLd[]): JsonLd {
  return { '@context': CONTEXT, '@graph': nodes };
}

function url(href: string, ctx: JsonLdContext): string {
  return ctx.site ? new URL(href, ctx.site).href : href;
}

const storyId = (ctx: JsonLdContext) => `${url(ctx.story.ref.href, ctx)}#story`;
const storyLink = (ctx: JsonLdContext): JsonLd => ({ '@type': 'NewsArticle', '@id': storyId(ctx), headline: ctx.story.title });
const entityId = (ref: EntryRef, ctx: JsonLdContext) => `${url(ref.href, ctx)}#${ref.kind}`;

/** A short node for an entry named from another: its type, id, name and page. */
function refNode(ref: EntryRef, ctx: JsonLdContext): JsonLd {
  const type = ref.kind === 'actor' ? (ACTOR_TYPES[ref.subtype ?? ''] ?? 'Thing') : ref.kind === 'event' ? 'Event' : 'CreativeWork';
  return { '@type': type, '@id': entityId(ref, ctx), name: ref.name, url: url(ref.href, ctx) };
}

/** A cited source: a NewsArticle when a news outlet published it, else a CreativeWork. */
function citationNode(r: Reference, ctx: JsonLdContext): JsonLd {
  const publisher =
    typeof r.publisher === 'string' ? { '@type': 'Organization', name: r.publisher } : r.publisher ? refNode(r.publisher, ctx) : undefined;
  const isNews = typeof r.publisher === 'object' && r.publisher.subtype === 'media';
  return {
    '@type': isNews ? 'NewsArticle' : 'CreativeWork',
    '@id': entityId(r.source, ctx),
    name: r.source.name,
    ...(isNews ? { headline: r.source.name } : {}),
    url: r.url ?? url(r.source.href, ctx),
    ...(publisher ? { publisher } : {}),
    ...(r.published ? { datePublished: r.published } : {}),
    ...(r.author ? { author: { '@type': 'Person', name: r.author } } : {}),
  };
}

const citations = (page: { references: Reference[] }, ctx: JsonLdContext) =>
  page.references.length > 0 ? { citation: page.references.map((r) => citationNode(r, ctx)) } : {};

function storyNode(story: StoryPage, ctx: JsonLdContext): JsonLd {
  const modified = story.updated ?? story.updates[0]?.date;
  return {
    '@type': 'NewsArticle',
    '@id': storyId(ctx),
    headline: story.title,
    ...(story.dek ? { alternativeHeadline: story.dek } : {}),
    description: story.ref.summary,
    url: url(story.ref.href, ctx),
    mainEntityOfPage: url(story.ref.href, ctx),
    inLanguage: story.lang,
    ...(story.published ? { datePublished: story.published } : {}),
    ...(modified ? { dateModified: modified } : {}),
    ...(story.keyActors.length > 0 ? { about: story.keyActors.map((a) => refNode(a, ctx)) } : {}),
    ...citations(story, ctx),
  };
}

function actorNode(page: ActorPage, ctx: JsonLdContext): JsonLd {
  const type = ACTOR_TYPES[page.actorKind] ?? 'Thing';
  return {
    '@type': type,
    '@id': entityId(page.ref, ctx),
    name: page.ref.name,
    ...(page.aliases.length > 0 ? { alternateName: page.aliases } : {}),
    description: page.ref.summary,
    url: url(page.ref.href, ctx),
    ...(page.role && type === 'Person' ? { jobTitle: page.role } : {}),
    // A Country is a Place: it is no member of anything.
    ...(page.affiliations.length > 0 && type !== 'Country' ? { memberOf: page.affiliations.map((a) => refNode(a, ctx)) } : {}),
    subjectOf: storyLink(ctx),
  };
}

function eventNodes(page: EventPage, ctx: JsonLdContext): JsonLd[] {
  const event: JsonLd = {
    '@type': 'Event',
    '@id': entityId(page.ref, ctx),
    name: page.ref.name,
    description: page.ref.summary,
    startDate: page.date,
    url: url(page.ref.href, ctx),
    ...(page.location ? { location: { '@type': 'Place', name: page.location } } : {}),
    ...(page.actors.length > 0 ? { about: page.actors.map((a) => refNode(a.actor, ctx)) } : {}),
    ...(page.tags.length > 0 ? { keywords: page.tags.join(', ') } : {}),
    subjectOf: storyLink(ctx),
  };
  if (!page.status) return [event];
  const pageUrl = url(page.ref.href, ctx);
  const i18n = ctx.i18n ?? english();
  const explanation = [
    i18n.t('status.line', { status: statusLabel(page.status, i18n), meaning: statusMeaning(page.status, i18n) }),
    ...page.statusBy.map((s) => statusBySentence(page.status, s, i18n)),
  ];
  const claimReview: JsonLd = {
    '@type': 'ClaimReview',
    '@id': `${pageUrl}#claim-review`,
    url: pageUrl,
    claimReviewed: page.ref.summary,
    itemReviewed: {
      '@type': 'Claim',
      '@id': `${pageUrl}#claim`,
      text: page.ref.summary,
      about: { '@id': entityId(page.ref, ctx) },
      ...(page.references.length > 0 ? { appearance: page.references.map((r) => citationNode(r, ctx)) } : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: statusLabel(page.status, i18n),
      ratingExplanation: explanation.join(' '),
    },
    author: { '@type': 'Organization', name: ctx.story.title, url: url(ctx.story.ref.href, ctx) },
    ...(ctx.story.published ? { datePublished: ctx.story.published } : {}),
  };
  return [event, claimReview];
}

function sourceNode(page: SourcePage, ctx: JsonLdContext): JsonLd {
  const node = citationNode({ number: 0, source: page.ref, backrefs: [], ...pick(page, 'publisher', 'published', 'author', 'url') }, ctx);
  const relays = page.via.map((v) => refNode(v, ctx));
  return {
    ...node,
    description: page.ref.summary,
    mainEntityOfPage: url(page.ref.href, ctx),
    ...(relays.length === 1 ? { isBasedOn: relays[0] } : relays.length > 1 ? { isBasedOn: relays } : {}),
    ...citations(page, ctx),
  };
}

function pick<T extends object, K extends keyof T>(from: T, ...keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key];
  return out;
}
