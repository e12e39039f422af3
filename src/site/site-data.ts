/**
 * The site's data: the pages' one door to it. The site model is built from
 * the `dossier` collection of the content layer once per build (this module
 * is loaded once by the page bundle); in `astro dev`, again whenever the
 * loader has stored a new version of the story.
 */
import { getCollection, getEntry } from 'astro:content';
import options from 'virtual:dossier/options';
import type { EntryPage, EntryRef, StoryPage, ActorPage, EventPage, SourcePage } from '../model/site-model.ts';
import { buildSiteModel } from '../model/site-model.ts';
import type { StoryGraph } from '../model/graph.ts';
import type { LoggedUpdate, ShownPicture } from '../model/site-types.ts';
import {
  isStatus,
  renderedEntryOf,
  STATUS_ID,
  type StoredRecord,
  type StoredStatus,
  type StoredEntry,
} from '../integration/stored-entry.ts';
import { shardCount } from '../outputs/preview-shards.ts';
import { hasFeed } from '../outputs/feed.ts';
import { shareCards, type CardSpec } from '../outputs/share-cards.ts';
import { shareCardPool, type ShareCardPool } from '../outputs/share-card-pool.ts';
import type { ShareCard } from '../outputs/share-card.ts';
import { basename, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Translator } from '../i18n/translator.ts';
import { KIND_FOLDERS } from '../entries/entry-kinds.ts';
import { pageKeys, type PageKey } from './page-keys.ts';

export interface SiteData {
  /** The base path, ending in `/`, as every link carries it. */
  base: string;
  /** The interface's words, dates and numbers in the story's language (`src/i18n`). */
  i18n: Translator;
  story: StoryPage;
  timeline: EntryRef[];
  pages: EntryPage[];
  /** Every update and correction, newest first. */
  updateLog: LoggedUpdate[];
  /** The site's origin when `DOSSIER_SITE` is set: embed snippets and oEmbed need absolute addresses. */
  site: string | undefined;
  /** The origins whose pages may frame the embed views (`DOSSIER_EMBED_ORIGINS`); empty for every origin. */
  embedOrigins: string[];
  actors: ActorPage[];
  events: EventPage[];
  sources: SourcePage[];
  /** The whole relationship graph (`/data/graph.json`). */
  graph: StoryGraph;
  /** How many files the preview cards are split into (`preview-shards.ts`); every page's shell names it. */
  previewShards: number;
  /** In `astro dev` only: the content's current problems, which every page shows. */
  problems: Pick<StoredStatus, 'errors' | 'warnings'>;
  /** Whether the story has a feed (`feed.ts`): every page's head and footer link to it then. */
  hasFeed: boolean;
  /** Each entry's lead picture, by id, for the lists that show it small (the timeline). */
  leadPictures: Map<string, ShownPicture>;
  /** The share card of every page (`share-cards.ts`), and each one's alt text by path, for the page shell to find a page's. */
  cards: CardSpec[];
  cardAlts: Map<string, string>;
  /** A card's PNG, by its path: drawn in worker threads, all of them from the start of a build, on demand in `astro dev`. */
  cardPng: (path: string) => Promise<Uint8Array>;
  /** A card route's `cacheKey`: its file's name in the cache, which changes with its text, its picture's bytes and the drawing code. */
  cardKey: (path: string) => string;
  /** An entry page's `cacheKey` (`page-keys.ts`): the same while nothing it shows has changed. */
  pageKey: PageKey;
}

let cached: { revision: string; site: Promise<SiteData> } | undefined;

/** What an entry route's page is given: its page, or, at an old address, where the page is now. */
export type EntryProps<P extends EntryPage> = { page: P; movedTo?: undefined } | { page: P; movedTo: string };

/**
 * The paths of an entry route (`actors`, `events`, `sources`): one page per
 * entry, and one per former id that redirects to it (a static site's
 * redirect is the page Astro writes for `Astro.redirect`). Each page has its
 * `cacheKey`; a redirect, where only the entry's address counts, has that.
 */
export function entryPaths<P extends EntryPage>(
  pages: readonly P[],
  key: PageKey,
): { params: { id: string }; props: EntryProps<P>; cacheKey: string }[] {
  return pages.flatMap((page) => [
    { params: { id: page.ref.id }, props: { page }, cacheKey: key(page) },
    ...page.formerIds.map((id) => ({ params: { id }, props: { page, movedTo: page.ref.href }, cacheKey: `moved:${page.ref.href}` })),
  ]);
}

/** The paths of an embed route (`embed/<kind>/<id>/…`): one per entry, of every kind, keyed as its page. */
export function embedPaths(
  pages: readonly EntryPage[],
  key: PageKey,
): { params: { kind: string; id: string }; props: { page: EntryPage }; cacheKey: string }[] {
  return pages.map((page) => ({ params: { kind: KIND_FOLDERS[page.kind], id: page.ref.id }, props: { page }, cacheKey: key(page) }));
}

/**
 * The site model, built once per build; in `astro dev`, once per version of
 * the story the loader stored (the status record's revision).
 */
export async function getSite(): Promise<SiteData> {
  if (!import.meta.env.DEV && cached) return cached.site;
  const status = (await getEntry('dossier', STATUS_ID))?.data as StoredStatus | undefined;
  const revision = status?.revision ?? '';
  if (!cached || cached.revision !== revision) cached = { revision, site: load(status) };
  return cached.site;
}

async function load(status: StoredStatus | undefined): Promise<SiteData> {
  const records = (await getCollection('dossier')) as StoredRecord[];
  const entries = records.filter((r): r is StoredRecord & { data: StoredEntry } => !isStatus(r.data)).map(renderedEntryOf);
  if (!entries.some((e) => e.kind === 'story')) {
    throw new Error(`The story has not loaded: ${status?.errors.join('\n') || 'the content folder has no story.md'}`);
  }
  const model = buildSiteModel(entries, { base: options.base });
  // In id order: what follows it (the preview cards, the data export) comes out the same on every build.
  const pages = model.pages.toSorted((a, b) => (a.ref.id < b.ref.id ? -1 : a.ref.id > b.ref.id ? 1 : 0));
  const byId = new Map(pages.map((p) => [p.ref.id, p]));
  const story = model.story;
  const cards = shareCards(story, pages, model.i18n);
  const drawn = drawCards(cards);
  const previewShards = shardCount(pages.length);
  const feed = hasFeed({ story, pages, base: model.base, i18n: model.i18n });
  const leadPictures = new Map(pages.flatMap((p) => (p.picture ? [[p.ref.id, p.picture] as const] : [])));
  // What every page shares: the story (its overview graph is the home page's alone), the options, the shell's data.
  const shared = {
    story: { ...story, graph: undefined },
    base: model.base,
    site: options.site,
    embedOrigins: options.embedOrigins,
    previewShards,
    feed,
    leadPictures: [...leadPictures],
  };
  return {
    cardPng: drawn.png,
    cardKey: drawn.key,
    base: model.base,
    i18n: model.i18n,
    story,
    timeline: model.timeline,
    pages,
    updateLog: model.updateLog,
    site: options.site,
    embedOrigins: options.embedOrigins,
    actors: pages.filter((p): p is ActorPage => p.kind === 'actor'),
    // In time order, as the core sorted them.
    events: model.timeline.map((ref) => byId.get(ref.id) as EventPage),
    sources: pages.filter((p): p is SourcePage => p.kind === 'source'),
    graph: model.graph,
    previewShards,
    problems: { errors: status?.errors ?? [], warnings: status?.warnings ?? [] },
    hasFeed: feed,
    cards,
    cardAlts: new Map(cards.map((c) => [c.path, c.alt])),
    leadPictures,
    pageKey: pageKeys(shared, (file) => readFileSync(join(options.contentDir, file))),
  };
}

let pool: ShareCardPool | undefined;

/**
 * Draws the cards in worker threads: in a build all at once, while the pages
 * render; in `astro dev` when asked. A card's bytes are read from its file
 * only when its route asks for them.
 */
function drawCards(cards: readonly CardSpec[]): { png: (path: string) => Promise<Uint8Array>; key: (path: string) => string } {
  const byPath = new Map(cards.map((c) => [c.path, c.card]));
  // One card object per path, its picture's file absolute: the pool knows a card it has seen.
  const resolved = new Map<string, ShareCard>();
  const cardAt = (path: string) => {
    let card = resolved.get(path);
    if (card === undefined) {
      const spec = byPath.get(path);
      if (!spec) throw new Error(`No share card at ${path}`);
      card = { ...spec, ...(spec.picture ? { picture: join(options.contentDir, spec.picture) } : {}) };
      resolved.set(path, card);
    }
    return card;
  };
  const poolOf = () => (pool ??= shareCardPool(options.cardWorker, options.cardCache));
  const draw = async (path: string) => poolOf().render(cardAt(path));
  const drawn = import.meta.env.DEV ? undefined : new Map(cards.map((c) => [c.path, draw(c.path)]));
  // A card that fails is reported by its route, when the build asks for it.
  for (const file of drawn?.values() ?? []) file.catch(() => {});
  return {
    png: (path) => (drawn?.get(path) ?? draw(path)).then((file) => readFile(file)),
    key: (path) => basename(poolOf().fileOf(cardAt(path))),
  };
}
