/**
 * An entry of the story: the story itself, an actor, an event or a source,
 * read from one Markdown file and validated; as the checks see it (with its
 * body's links and citations, and where each field is), and as the site
 * model sees it (with its rendered body).
 */
import type { ActorData, EventData, SourceData, StoryData } from '../entries/schema.ts';
import type { EntryId, EntryKind } from '../entries/entry-kinds.ts';
import type { BodyCitation, BodyLink } from '../markdown/parse-body.ts';
import type { BodyFigure } from '../markdown/remark-figures.ts';
import type { RenderedBody } from '../markdown/render-body.ts';
import type { Position } from '../problems/problems.ts';
import type { Root } from 'mdast';
import type { ShownPicture } from './site-types.ts';

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
}

export type StoryEntry = EntryBase<'story', StoryData>;
export type ActorEntry = EntryBase<'actor', ActorData>;
export type EventEntry = EntryBase<'event', EventData>;
export type SourceEntry = EntryBase<'source', SourceData>;
export type Entry = StoryEntry | ActorEntry | EventEntry | SourceEntry;

/** What the checks need of a body: its cross-links and citations, and the tree while it is at hand. */
export interface EntryBody {
  links: BodyLink[];
  citations: BodyCitation[];
  /** The pictures of the body, in its order. */
  figures: BodyFigure[];
  /** The parsed tree, to render: absent when the entry was not parsed in this run. */
  tree?: Root;
}

/** An entry as read from its file: what the checks see. */
export type ReadEntry<E extends Entry = Entry> = E & {
  body: EntryBody;
  /** Where a front-matter field is in the file. */
  positionOf: (path: readonly (string | number)[]) => Position;
};

/** An entry with its rendered body, and its pictures once the image pipeline has them: what the site model is built from. */
export type RenderedEntry<E extends Entry = Entry> = E & { rendered: RenderedBody; pictures?: ShownPicture[] };

export type { EntryId, EntryKind };
