/**
 * An entry of the story: the story itself, an actor, an event or a source,
 * read from one Markdown file and validated.
 */
import type { ActorData, EventData, SourceData, StoryData } from './schema.ts';
import type { ParsedBody } from './parse-body.ts';
import type { EntryId, EntryKind, Position } from './types.ts';

interface EntryBase<K extends EntryKind, D> {
  id: EntryId;
  kind: K;
  /** Path relative to the content folder, e.g. `actors/cnn.md`. */
  file: string;
  data: D;
  /** The name or title readers see. */
  name: string;
  summary: string;
  aliases: string[];
  body: ParsedBody;
  /** A digest of the file's bytes: two entries read from the same bytes have the same. */
  digest: string;
  /** Where a front-matter field is in the file. */
  positionOf(path: readonly (string | number)[]): Position;
}

export type StoryEntry = EntryBase<'story', StoryData>;
export type ActorEntry = EntryBase<'actor', ActorData>;
export type EventEntry = EntryBase<'event', EventData>;
export type SourceEntry = EntryBase<'source', SourceData>;
export type Entry = StoryEntry | ActorEntry | EventEntry | SourceEntry;

/** The folder each kind lives in, inside the content folder and the site. */
export const KIND_FOLDERS = { actor: 'actors', event: 'events', source: 'sources' } as const;
export type LinkableKind = keyof typeof KIND_FOLDERS;

export const KIND_LABELS: Record<EntryKind, string> = {
  story: 'story',
  actor: 'actor',
  event: 'event',
  source: 'source',
};
