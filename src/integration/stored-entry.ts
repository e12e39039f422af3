/**
 * What Dossier's content loader keeps in Astro's content store for each
 * entry, and reads back: the entry's fields and rendered body (what the
 * pages are built from), and what reading its file found (its cross-links,
 * citations and problems), so an unchanged file is not parsed again on the
 * next load. One more record, `$status`, holds the content's problems in
 * `npm run dev`, where a story with errors keeps its last good pages.
 *
 * An entry's pictures (its lead picture and its body's figures) are stored
 * with their file as Astro's `image()` schema helper reads it: the pages get
 * each as `ImageMetadata`, for Astro's image pipeline (`Picture.astro`).
 */
import * as z from 'zod';
import type { ImageMetadata } from 'astro';
import { PICTURE_KINDS } from '../entries/picture-field.ts';
import type { RenderedEntry } from '../model/entry.ts';
import type { RenderedBody } from '../markdown/render-body.ts';
import type { BodyFigure } from '../markdown/remark-figures.ts';
import type { Problem } from '../problems/problems.ts';

/** The store id of the status record: no content file has an id that starts with `$`. */
export const STATUS_ID = '$status';

const position = z.object({ line: z.number(), column: z.number() });

/** The schema of a picture's file: Astro's `image()` (`src/content.config.ts` passes it in). */
export type ImageSchema = () => z.ZodType;

const storedPicture = (image: ImageSchema) =>
  z.object({
    /** The entry's lead picture, or a figure of its body (numbered in the body's order). */
    role: z.enum(['lead', 'figure']),
    /** The file, relative to the content folder: `media/...`. */
    file: z.string(),
    /** The file, for Astro's image pipeline: a path from the entry's file when stored, `ImageMetadata` when read. */
    image: image(),
    /** The file's size and format (`read-media.ts`): reading them off \`image\` would ship the original. */
    width: z.number(),
    height: z.number(),
    format: z.string(),
    /** Empty for a decorative picture. */
    alt: z.string(),
    caption: z.string().optional(),
    credit: z.string(),
    license: z.string().optional(),
    link: z.string().optional(),
    kind: z.enum(PICTURE_KINDS),
  });

const storedEntry = (image: ImageSchema) =>
  z.object({
    kind: z.enum(['story', 'actor', 'event', 'source']),
    file: z.string(),
    name: z.string(),
    summary: z.string(),
    aliases: z.array(z.string()),
    /** The validated front matter. */
    fields: z.record(z.string(), z.unknown()),
    /** What reading the file found, and the digest of its bytes. */
    read: z.object({
      digest: z.string(),
      links: z.array(z.object({ target: z.string(), label: z.string().optional(), raw: z.string(), at: position })),
      citations: z.array(z.object({ keys: z.array(z.string()), raw: z.string(), at: position })),
      figures: z.array(z.custom<BodyFigure>()),
      problems: z.array(z.custom<Problem>()),
    }),
    /** The lead picture first, then the body's figures. */
    pictures: z.array(storedPicture(image)),
    /** What rendering the body found besides its HTML (which is the entry's `rendered.html`). */
    page: z.object({
      headings: z.array(z.object({ depth: z.number(), id: z.string(), text: z.string() })),
      mentions: z.array(z.object({ target: z.string(), sentence: z.string() })),
      links: z.array(z.string()),
      citations: z.array(z.object({ key: z.string(), number: z.number(), marks: z.array(z.string()) })),
      keyQuestions: z.custom<NonNullable<RenderedBody['keyQuestions']>>().optional(),
    }),
  });

const status = z.object({
  kind: z.literal('status'),
  /** The content folder they are about: the dev store outlives the server. */
  root: z.string(),
  /** One line per problem, `file:line:col  severity  message  (hint)`. */
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
  /** A digest of what the store holds and of the problems: a new one changes the store, and Astro reloads the open pages. */
  revision: z.string(),
});

/** The schema of the `dossier` collection's records, with Astro's `image()` helper. */
export const storedSchema = (image: ImageSchema) => z.union([storedEntry(image), status]);

/** A picture as the pages read it: its file as `ImageMetadata`. */
export type StoredPicture = Omit<z.infer<ReturnType<typeof storedPicture>>, 'image'> & { image: ImageMetadata };
/** A picture as the loader stores it: its file as a path from the entry's file. */
export type PictureToStore = Omit<StoredPicture, 'image'> & { image: string };
export type StoredEntry = Omit<z.infer<ReturnType<typeof storedEntry>>, 'pictures'> & { pictures: StoredPicture[] };
export type StoredStatus = z.infer<typeof status>;
export type Stored = StoredEntry | StoredStatus;

/** A record of the collection as the pages read it back: `{ id, data, rendered }`. */
export interface StoredRecord {
  id: string;
  data: Stored;
  rendered?: { html: string };
}

/** The entry a stored record holds, as the site model takes it. */
export function renderedEntryOf(record: StoredRecord & { data: StoredEntry }): RenderedEntry {
  const { kind, file, name, summary, aliases, fields, page, pictures } = record.data;
  const rendered: RenderedBody = {
    html: record.rendered?.html ?? '',
    ...page,
    ...(page.keyQuestions ? { keyQuestions: page.keyQuestions } : {}),
  };
  return { id: record.id, kind, file, name, summary, aliases, data: fields, rendered, pictures } as RenderedEntry;
}

export function isStatus(data: Stored): data is StoredStatus {
  return data.kind === 'status';
}
