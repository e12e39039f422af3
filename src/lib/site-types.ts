/**
 * The shapes of what pages show: plain data computed by `site-model.ts`,
 * stored by the content loader, rendered by the pages.
 */
import type { Heading } from '../markdown/rehype-heading-ids.ts';
import type { LinkableKind } from './entry.ts';

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
}

export interface Reference {
  number: number;
  source: EntryRef;
  publisher?: EntryRef | string;
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

export interface PageBase {
  ref: EntryRef;
  file: string;
  aliases: string[];
  html: string;
  headings: Heading[];
  references: Reference[];
  mentionedIn: MentionGroup[];
}

export interface ActorPage extends PageBase {
  kind: 'actor';
  actorKind: string;
  role?: string;
  affiliations: EntryRef[];
  members: EntryRef[];
  events: { event: EntryRef; roles: string[] }[];
}

export interface EventPage extends PageBase {
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

export interface SourcePage extends PageBase {
  kind: 'source';
  publisher?: EntryRef | string;
  /** The publication date as written (`2023-04-10` or `2023-04`), and as shown. */
  published?: string;
  publishedLabel?: string;
  author?: string;
  url?: string;
  /** The sources this one relays, nearest first. */
  via: EntryRef[];
  relayedBy: EntryRef[];
  citedBy: EntryRef[];
}

export interface StoryPage extends PageBase {
  kind: 'story';
  title: string;
  dek?: string;
  lang: string;
  /** The publication date as written, and as shown. */
  published?: string;
  publishedLabel?: string;
  updatedLabel?: string;
  keyActors: EntryRef[];
}

export type EntryPage = ActorPage | EventPage | SourcePage;

export interface SiteModel {
  base: string;
  story: StoryPage;
  pages: EntryPage[];
  /** All events, in time order. */
  timeline: EntryRef[];
}
