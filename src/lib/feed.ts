/**
 * The site's Atom feed (RFC 4287): one entry per event ("new events", dated
 * by the event) and one per update or correction of any entry (dated by the
 * update). Deterministic: every date comes from the content, never from the
 * clock, so the same content builds the same feed byte for byte.
 *
 * What a feed reader needs:
 * - ids that never change: `urn:uuid:` name-based UUIDs (RFC 9562, version 5)
 *   of the item's path under the base (`events/the-vote/`,
 *   `events/the-vote/#update-2024-03-06-1`), so they stay the same whether or
 *   not DOSSIER_SITE is set, and across rebuilds;
 * - links it can open: absolute when DOSSIER_SITE is set; otherwise
 *   root-relative paths (`/explainers/leak/events/the-vote/`), which readers
 *   resolve against the feed's own address (RFC 4287 §4.2.7.1 and RFC 3986).
 */
import { createHash } from 'node:crypto';
import type { EntryPage, PageUpdate, StoryPage } from './site-types.ts';
import { statusMeaning } from './status.ts';

export interface FeedInput {
  story: StoryPage;
  pages: readonly EntryPage[];
  base: string;
}

interface FeedItem {
  key: string;
  title: string;
  href: string;
  updated: string;
  summary: string;
  category?: { term: string; label: string };
}

/** The feed's address under the base. */
export const FEED_PATH = 'feed.xml';

export function buildAtomFeed(input: FeedInput, options: { site?: string | URL | undefined } = {}): string {
  const { story, pages, base } = input;
  const link = (href: string) => (options.site ? new URL(href, options.site).href : href);
  const relative = (href: string) => (href.startsWith(base) ? href.slice(base.length) : href);

  const items: FeedItem[] = [];
  for (const page of pages) {
    if (page.kind === 'event') {
      items.push({
        key: relative(page.ref.href),
        title: page.ref.name,
        href: page.ref.href,
        updated: page.date,
        summary: page.ref.summary,
        ...(page.status ? { category: { term: page.status, label: `${page.status}: ${statusMeaning(page.status)}` } } : {}),
      });
    }
  }
  for (const page of [story, ...pages]) for (const update of page.updates) items.push(updateItem(page.ref, update, relative));
  items.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const dates = [...items.map((i) => i.updated), story.published, story.updated].filter((d): d is string => !!d).sort();
  const feedUpdated = dates.at(-1) ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(story.lang)}">`,
    `  <id>${uuidUrn(base)}</id>`,
    `  <title>${xml(story.title)}</title>`,
    `  <subtitle>${xml(story.ref.summary)}</subtitle>`,
    `  <updated>${timestamp(feedUpdated)}</updated>`,
    `  <author><name>${xml(story.title)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(link(`${base}${FEED_PATH}`))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(link(base))}"/>`,
    '  <generator>Dossier</generator>',
    ...items.flatMap((item) => [
      '  <entry>',
      `    <id>${uuidUrn(item.key)}</id>`,
      `    <title>${xml(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(link(item.href))}"/>`,
      `    <updated>${timestamp(item.updated)}</updated>`,
      `    <summary>${xml(item.summary)}</summary>`,
      ...(item.category ? [`    <category term="${xml(item.category.term)}" label="${xml(item.category.label)}"/>`] : []),
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

function updateItem(ref: { name: string; href: string }, update: PageUpdate, relative: (href: string) => string): FeedItem {
  const label = update.kind === 'correction' ? 'Correction' : 'Update';
  return {
    key: `${relative(ref.href)}#${update.anchor}`,
    title: `${label}: ${ref.name}`,
    href: `${ref.href}#${update.anchor}`,
    updated: update.date,
    summary: update.text,
    category: { term: update.kind, label },
  };
}

/** A story date as an Atom date-time: a month-precision date stands for its first day. */
export function timestamp(date: string): string {
  const day = /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date;
  return `${day}T00:00:00Z`;
}

/** Text for XML content and attributes: markup characters escaped, characters XML forbids dropped. */
export function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

// The RFC 9562 namespace for names that are URLs.
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** `urn:uuid:…`, a version-5 UUID of `dossier:` and the name: the same name always gives the same id. */
export function uuidUrn(name: string): string {
  const hash = createHash('sha1').update(URL_NAMESPACE).update(`dossier:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
