/**
 * The shapes of what pages show: plain data computed by `site-model.ts`,
 * stored by the content loader, rendered by the pages.
 */
import type { Translator } from '../i18n/translator.ts';
import type { Heading } from '../markdown/rehype-heading-ids.ts';
import type { LinkableKind } from '../entries/entry-kinds.ts';
import type { PageUpdate } from './updates.ts';

export type { PageUpdate } from './updates.ts';
import type { GraphView, StoryGraph } from './graph-types.ts';
import type { KeyQuestions } from '../markdown/rehype-key-questions.ts';

/** One remove of a relay chain: the sources there, each named by its credit, one link per name. */
export type RelayStep = { label: string; source: EntryRef }[];

/** A link to an entry, with what a list or a preview card shows of it. */
export interface EntryRef {
  id: string;
  kind: LinkableKind | 'story';
  name: string;
  href: string;
  summary: string;
  /** Events: the date as written (`2023-04-09` or `2023-04`) and as shown. */
  date?: string;
  dateLabel?: string;
  /** Actors: their kind (person, agency...). Events: their status. */
  subtype?: string;
  /** Sources: who they are credited to, the publisher's name ("per CNN"). */
  credit?: string;
}

/** Entries under a heading, e.g. a source's citers grouped as Events, Actors, Sources, Story. */
export interface EntryGroup {
  kind: EntryRef['kind'];
  heading: string;
  entries: EntryRef[];
}

export interface Reference {
  number: number;
  source: EntryRef;
  publisher?: EntryRef | string;
  /** The date as written (`2023-04-09`), for structured data. */
  published?: string;
  publishedLabel?: string;
  author?: string;
  url?: string;
  /** Ids of the citation marks in the body that point here. */
  backrefs: string[];
}

export interface MentionGroup {
  from: EntryRef;
  sentences: string[];
}

/**
 * A picture a page shows: an entry's lead picture or a figure of its body.
 * `image` is what the pages' image pipeline takes (Astro's `ImageMetadata`,
 * from the content layer); the core only passes it on.
 */
export interface ShownPicture {
  role: 'lead' | 'figure';
  /** The file, relative to the content folder: `media/...`. */
  file: string;
  /**
   * For the image pipeline only: Astro's `ImageMetadata`, whose every field
   * read marks the original file as used (and so shipped). Read the size
   * from `width`, `height` and `format`.
   */
  image: { src: string; width: number; height: number; format: ImageFormat };
  /** The file's size in pixels, and its format, as `read-media.ts` found them. */
  width: number;
  height: number;
  format: string;
  /** Empty for a decorative picture. */
  alt: string;
  caption?: string;
  credit: string;
  license?: string;
  link?: string;
  kind: 'photo' | 'document';
}

type ImageFormat = 'png' | 'jpg' | 'jpeg' | 'tiff' | 'webp' | 'gif' | 'svg' | 'avif' | 'apng';

export interface PageBase {
  ref: EntryRef;
  file: string;
  aliases: string[];
  /** The validated front matter, as written: ids, dates and text (for the data export). */
  fields: Record<string, unknown>;
  html: string;
  headings: Heading[];
  references: Reference[];
  mentionedIn: MentionGroup[];
  /** Dated updates and corrections, newest first. */
  updates: PageUpdate[];
  /** The ids the page had before (`former_ids`, oldest first): each old address redirects to `ref.href`. */
  formerIds: string[];
  /** The lead picture, if any. */
  picture?: ShownPicture;
  /** The body's figures, in its order (the body's HTML marks where each goes, `rehype-figures.ts`). */
  figures: ShownPicture[];
}

/** What every entry page adds: its neighbourhood in the graph, related entries, its place in the reading order. */
export interface Connected {
  graph: GraphView;
  /** Entries sharing actors or events with this one (related.ts). */
  related: EntryRef[];
  /** Previous and next in the story's order for this kind (story-order.ts). */
  previous?: EntryRef;
  next?: EntryRef;
}

export interface ActorPage extends PageBase, Connected {
  kind: 'actor';
  actorKind: string;
  role?: string;
  affiliations: EntryRef[];
  members: EntryRef[];
  events: { event: EntryRef; roles: string[] }[];
  /** The time the actor's events cover (`dateRange`): one date, or a start and an end. */
  span?: { start: string; startLabel: string; end?: string; endLabel?: string };
}

export interface EventPage extends PageBase, Connected {
  kind: 'event';
  date: string;
  dateLabel: string;
  status?: string;
  location?: string;
  tags: string[];
  actors: { actor: EntryRef; role?: string }[];
  previous?: EntryRef;
  next?: EntryRef;
  respondsTo?: EntryRef;
  responses: EntryRef[];
  statusBy: { actor: EntryRef; source?: EntryRef; note?: string }[];
  accounts: { actor: EntryRef; source?: EntryRef; says: string }[];
}

export interface SourcePage extends PageBase, Connected {
  kind: 'source';
  publisher?: EntryRef | string;
  published?: string;
  publishedLabel?: string;
  author?: string;
  url?: string;
  /** The sources this one relays directly (`via`). */
  via: EntryRef[];
  /**
   * This source and those it relays, one step per remove, each named by its
   * publisher: "UrduPoint News, relaying Sputnik, relaying CNN and The New York Times".
   */
  relayChain: RelayStep[];
  relayedBy: EntryRef[];
  /** Every entry that cites or names this source, grouped by kind. */
  citedOrNamedBy: EntryGroup[];
}

export interface StoryPage extends PageBase {
  kind: 'story';
  title: string;
  dek?: string;
  lang: string;
  /** The story in other languages (`versions`): each one's language and home page. */
  versions: { lang: string; url: string }[];
  /** Dates as written, for the feed and structured data. */
  published?: string;
  updated?: string;
  publishedLabel?: string;
  updatedLabel?: string;
  /**
   * When the reporting the story rests on was published: the range of its
   * sources' publication dates (`dateRange`), "in April 2023". Not the
   * story's own publication date, which is `published`.
   */
  reporting?: { start: string; end?: string; label: string };
  keyActors: EntryRef[];
  /** The newest date of the story's `updated` and of every update and correction on the site, if any. */
  revised?: { date: string; label: string };
  /** The whole story's graph, pruned if large (graph.ts `overview`). */
  graph: GraphView;
  /** The body's "Key questions" section, as cards; `html` is the rest. */
  keyQuestions?: KeyQuestions;
}

/** An update or correction as the site-wide log lists it: with the page it concerns. */
export interface LoggedUpdate extends PageUpdate {
  entry: EntryRef;
  /** The update on its page: `/actors/cnn/#update-2024-03-06-1`. */
  href: string;
}

export type EntryPage = ActorPage | EventPage | SourcePage;

export interface SiteModel {
  base: string;
  /** The interface's words in the story's language. */
  i18n: Translator;
  story: StoryPage;
  pages: EntryPage[];
  /** All events, in time order. */
  timeline: EntryRef[];
  /** Every update and correction of every page, newest first (the `/updates/` page). */
  updateLog: LoggedUpdate[];
  /** The whole relationship graph, as `/data/graph.json` serves it. */
  graph: StoryGraph;
}
