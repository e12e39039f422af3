/**
 * The content contract, as Zod schemas: front matter is validated here once,
 * and the rest of the code trusts the types. See README "Content format".
 */
import * as z from 'zod';
import { parseStoryDate } from './dates.ts';
import { pictureSchema } from './picture-field.ts';

export const ACTOR_KINDS = ['person', 'organization', 'government', 'agency', 'media', 'country', 'group'] as const;
export const EVENT_STATUSES = ['confirmed', 'reported', 'disputed', 'denied', 'unverified'] as const;

/** Ids: lowercase ASCII letters, digits and single hyphens, e.g. `volodymyr-zelenskyy`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Ids no actor, event or source may have. `story` is the story's own
 * (`story.md`): the index, the data export and the content store know the
 * story by it. Entry pages live under their kind's folder (`actors/<id>/`),
 * beside no other page, so no other id meets a URL of the site.
 */
export const RESERVED_IDS: readonly string[] = ['story'];

const text = z.string().trim().min(1, { error: 'must not be empty' });

/** `YYYY-MM-DD` or `YYYY-MM`, checked to be a real day. */
const storyDate = z.string().superRefine((value, ctx) => {
  const parsed = parseStoryDate(value);
  if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
});

/** `YYYY-MM-DD` only: an update or correction is dated to the day it was made. */
const dayDate = z.string().superRefine((value, ctx) => {
  const parsed = parseStoryDate(value);
  if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
  else if (parsed.precision !== 'day')
    ctx.addIssue({ code: 'custom', message: `"${value}" is a month: an update is dated to the day, YYYY-MM-DD` });
});
const id = z.string();

/**
 * The ids an entry had before its file was renamed, oldest first: each old
 * address leads to the entry's page, and its feed items keep the first id's.
 */
const formerIds = z
  .array(
    z.string().regex(ID_PATTERN, { error: 'must be an id: lowercase letters, digits and single hyphens, the old file name without .md' }),
  )
  .default([]);

const update = z.object({
  date: dayDate,
  text: text,
  kind: z.enum(['update', 'correction']).default('update'),
});

const LANG_TAG_ERROR = 'must be a language tag such as en or en-GB';
/** A BCP 47 tag as `Intl` takes it (`de-1` looks like one and is not). */
const isLanguageTag = (value: string) => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
};
const langTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: LANG_TAG_ERROR })
  .refine(isLanguageTag, { error: LANG_TAG_ERROR, params: { hint: 'write a language code, and a region if need be: de, pt-BR, ar' } });

export const storySchema = z.object({
  title: text,
  summary: text,
  dek: text.optional(),
  published: storyDate.optional(),
  updated: storyDate.optional(),
  lang: langTag.default('en'),
  /** The story in other languages, each a site of its own: its language and its home page's address. */
  versions: z
    .array(
      z.object({
        lang: langTag,
        url: z.string().refine((v) => (/^https?:\/\//.test(v) ? URL.canParse(v) : /^\/(?!\/)/.test(v)), {
          error: "must be an http(s) URL or a path from the host's root, such as /de/",
          params: { hint: "write the address of that version's home page, such as https://example.org/de/" },
        }),
      }),
    )
    .default([]),
  updates: z.array(update).default([]),
  picture: pictureSchema.optional(),
});

export const actorSchema = z.object({
  name: text,
  kind: z.enum(ACTOR_KINDS),
  summary: text,
  aliases: z.array(text).default([]),
  role: text.optional(),
  affiliations: z.array(id).default([]),
  updates: z.array(update).default([]),
  former_ids: formerIds,
  picture: pictureSchema.optional(),
});

const actorRef = z.union([id, z.object({ id: id, role: text.optional() })]);

export const eventSchema = z.object({
  title: text,
  date: storyDate,
  /**
   * Where the event comes among events of the same date (or of the same
   * month, when only the month is known): 1 first. Events without it follow,
   * by title.
   */
  order: z.number().int().min(1).optional(),
  summary: text,
  actors: z.array(actorRef).default([]),
  sources: z.array(id).default([]),
  status: z.enum(EVENT_STATUSES).optional(),
  location: text.optional(),
  tags: z.array(text).default([]),
  aliases: z.array(text).default([]),
  /** The event this one answers (a denial, a response). */
  responds_to: id.optional(),
  /** Who confirmed or denied the claim, and on which source. */
  status_by: z.array(z.object({ actor: id, source: id.optional(), note: text.optional() })).default([]),
  /** Each party's account where parties disagree. */
  accounts: z.array(z.object({ actor: id, source: id.optional(), says: text })).default([]),
  updates: z.array(update).default([]),
  former_ids: formerIds,
  picture: pictureSchema.optional(),
});

export const sourceSchema = z.object({
  title: text,
  /** What the source is, in one sentence; defaults to its publisher and date. */
  summary: text.optional(),
  publisher: text.optional(),
  published: storyDate.optional(),
  author: text.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  /** The sources this one relays: one id, or a list when it relays several (`relaysOf` reads both). */
  via: z.union([id, z.array(id)]).optional(),
  aliases: z.array(text).default([]),
  updates: z.array(update).default([]),
  former_ids: formerIds,
  picture: pictureSchema.optional(),
});

/** The ids a source's `via` names, however it is written. */
export function relaysOf(data: Pick<SourceData, 'via'>): string[] {
  return data.via === undefined ? [] : typeof data.via === 'string' ? [data.via] : data.via;
}

export type StoryData = z.infer<typeof storySchema>;
export type ActorData = z.infer<typeof actorSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type SourceData = z.infer<typeof sourceSchema>;

export const schemas = {
  story: storySchema,
  actor: actorSchema,
  event: eventSchema,
  source: sourceSchema,
} as const;

/** The fields each kind knows, in the order the schema gives them. */
export function knownFields(kind: keyof typeof schemas): string[] {
  return Object.keys(schemas[kind].shape);
}

/** Whether a field must be written: it has no default and is not optional. */
export function isRequired(kind: keyof typeof schemas, field: string): boolean {
  const shape = schemas[kind].shape as Record<string, z.ZodType>;
  return field in shape && !shape[field]!.safeParse(undefined).success;
}
