/**
 * The site's Atom feed (RFC 4287): one entry per event ("new events") and one
 * per update or correction of any entry (dated by the update). Deterministic:
 * every date comes from the content, never from the clock, so the same
 * content builds the same feed byte for byte.
 *
 * Atom dates every entry to the second, and no date may claim more than the
 * content knows. A day is written as its start in UTC, the usual reading of a
 * date alone. An event known only to the month has no day to give: its entry
 * is dated by the day it was reported, the latest publication day among its
 * sources, and its summary names the month; failing that, by the story's own
 * date (`updated`, else `published`) if that is a day; failing that, it is
 * left out of the feed (its page and the timeline still show it). A story with
 * no day anywhere has no feed at all (`buildAtomFeed` gives undefined).
 *
 * What a feed reader needs:
 * - ids that never change: `urn:uuid:` name-based UUIDs (RFC 9562, version 5)
 *   of the item's path under the base (`events/the-vote/`,
 *   `events/the-vote/#update-2024-03-06-1`), so they stay the same whether or
 *   not DOSSIER_SITE is set, and across rebuilds; a renamed entry's items
 *   keep the path of its first id (`former_ids`);
 * - links it can open: absolute when DOSSIER_SITE is set; otherwise
 *   root-relative paths (`/explainers/leak/events/the-vote/`), which readers
 *   resolve against the feed's own address (RFC 4287 §4.2.7.1 and RFC 3986).
 */
import { createHash } from 'node:crypto';
import type { EntryPage, EventPage, PageUpdate, StoryPage } from '../model/site-types.ts';
import { statusLabel, statusMeaning } from '../model/status.ts';
import { english, type Translator } from '../i18n/translator.ts';
import { entryPath } from '../model/urls.ts';

export interface FeedInput {
  story: StoryPage;
  pages: readonly EntryPage[];
  base: string;
  /** The words the feed writes (titles of updates, status labels), in the story's language; English if not given. */
  i18n?: Translator;
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

export function buildAtomFeed(input: FeedInput, options: { site?: string | URL | undefined } = {}): string | undefined {
  const { story, base } = input;
  const link = (href: string) => (options.site ? new URL(href, options.site).href : href);
  const { items, updated: feedUpdated } = feedItems(input);
  if (!feedUpdated) return undefined;
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

/**
 * The feed's entries, newest first, and the date of the newest (the feed's
 * own `updated`); no `updated` when the content has no day at all.
 */
function feedItems(input: FeedInput): { items: FeedItem[]; updated?: string } {
  const { story, pages, base, i18n = english() } = input;
  const relative = (href: string) => (href.startsWith(base) ? href.slice(base.length) : href);
  // A renamed entry keeps the ids of its first address (`former_ids`, oldest first).
  const keyOf = (page: StoryPage | EntryPage) =>
    page.kind !== 'story' && page.formerIds[0] ? entryPath(page.kind, page.formerIds[0]) : relative(page.ref.href);
  const storyDay = [story.updated, story.published].find((d): d is string => d !== undefined && isDay(d));

  const items: FeedItem[] = [];
  for (const page of pages) {
    if (page.kind !== 'event') continue;
    const dated = feedDate(page, storyDay);
    if (!dated) continue;
    items.push({
      key: keyOf(page),
      title: page.ref.name,
      href: page.ref.href,
      updated: dated.day,
      summary:
        dated.by === 'event'
          ? page.ref.summary
          : dated.by === 'source'
            ? i18n.t('feed.reported', { date: page.dateLabel, reported: i18n.date(dated.day), summary: page.ref.summary })
            : i18n.t('feed.dated', { date: page.dateLabel, summary: page.ref.summary }),
      ...(page.status
        ? {
            category: {
              term: page.status,
              label: i18n.t('status.categoryLabel', { status: statusLabel(page.status, i18n), meaning: statusMeaning(page.status, i18n) }),
            },
          }
        : {}),
    });
  }
  for (const page of [story, ...pages]) for (const update of page.updates) items.push(updateItem(page.ref, update, keyOf(page), i18n));
  // Newest first; items of one day in the reverse of the story's order (the
  // events' order in `pages` is the timeline's), updates after, by address.
  const rank = new Map(pages.filter((p) => p.kind === 'event').map((p, i) => [keyOf(p), i]));
  const rankOf = (item: FeedItem) => rank.get(item.key) ?? -1;
  items.sort((a, b) =>
    a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : rankOf(b) - rankOf(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const updated = [...items.map((i) => i.updated), storyDay]
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  return { items, ...(updated ? { updated } : {}) };
}

/** Whether the story has a feed: some day in it to date the feed by. */
export function hasFeed(input: FeedInput): boolean {
  return feedItems(input).updated !== undefined;
}

function updateItem(ref: { name: string; href: string }, update: PageUpdate, pageKey: string, i18n: Translator): FeedItem {
  const label = i18n.t(update.kind === 'correction' ? 'updates.correction' : 'updates.update');
  return {
    key: `${pageKey}#${update.anchor}`,
    title: i18n.t(update.kind === 'correction' ? 'feed.correction' : 'feed.update', { name: ref.name }),
    href: `${ref.href}#${update.anchor}`,
    updated: update.date,
    summary: update.text,
    category: { term: update.kind, label },
  };
}

/**
 * The day an event's feed entry is dated by, and what gives it: the event's
 * own day; for an event known only to the month, the latest publication day
 * of its sources; failing that, the story's day (`storyDay`). Undefined when
 * there is none.
 */
export function feedDate(
  page: Pick<EventPage, 'date' | 'references'>,
  storyDay?: string,
): { day: string; by: 'event' | 'source' | 'story' } | undefined {
  if (isDay(page.date)) return { day: page.date, by: 'event' };
  const reported = page.references
    .map((r) => r.published)
    .filter((d): d is string => d !== undefined && isDay(d))
    .sort()
    .at(-1);
  if (reported) return { day: reported, by: 'source' };
  return storyDay ? { day: storyDay, by: 'story' } : undefined;
}

function isDay(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date);
}

/** A day (`YYYY-MM-DD`) as an Atom date-time: its start in UTC. Anything else is refused, never padded. */
export function timestamp(date: string): string {
  if (!isDay(date)) throw new Error(`"${date}" is not a day: the feed writes only days, never a month padded with an invented day`);
  return `${date}T00:00:00Z`;
}

/** Text for XML content and attributes: markup characters escaped, characters XML forbids dropped. */
export function xml(text: string): string {
  return (
    text
      // The characters XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets): matching them is the point.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
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
