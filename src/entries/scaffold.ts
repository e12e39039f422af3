/**
 * The text of a new entry file, for `npm run new`: the name or title filled
 * in, the other required fields left empty (so `npm run check` points at
 * each until it is written), and every optional field as a YAML comment that
 * says what it is for.
 */
import { stringify } from 'yaml';
import { ACTOR_KINDS, EVENT_STATUSES, ID_PATTERN, RESERVED_IDS } from './schema.ts';
import { slugify } from './slugify.ts';
import type { LinkableKind } from './entry-kinds.ts';
import type { Message } from '../problems/messages.ts';

/** Why `npm run new` refuses; the content messages are in `messages.ts`. */
export const newEntryMessages = {
  noName: (kind: string): Message => ({
    code: 'new-no-name',
    message: `a new ${kind} needs a ${kind === 'actor' ? 'name' : 'title'}`,
    hint: `npm run new -- ${kind} "${kind === 'actor' ? 'Name of the actor' : `Title of the ${kind}`}"`,
  }),
  noIdFromName: (kind: string, name: string): Message => ({
    code: 'new-no-id',
    message: `"${name}" has no Latin letters or digits to make an id from`,
    hint: `choose one: npm run new -- ${kind} "${name}" --id some-id`,
  }),
  badNewId: (id: string, suggestion: string): Message => ({
    code: 'new-bad-id',
    message: `"${id}" is not a valid entry id: ids use lowercase letters, digits and hyphens`,
    hint: `try --id ${suggestion}`,
  }),
  reservedNewId: (id: string, kind: string): Message => ({
    code: 'new-reserved-id',
    message: `the id "${id}" is reserved: it is the story's own (story.md)`,
    hint: `choose another with --id, e.g. --id ${id}-${kind}`,
  }),
  idTaken: (id: string, file: string): Message => ({
    code: 'new-id-taken',
    message: `the id "${id}" is already used by ${file}`,
    hint: `ids are unique across actors, events and sources: choose another with --id, e.g. --id ${id}-2`,
  }),
} satisfies Record<string, (...args: never[]) => Message>;

/** A YAML scalar, quoted only when it needs to be (`Foo: bar` → `"Foo: bar"`). */
const scalar = (text: string) => stringify(text, { lineWidth: 0 }).trimEnd();

const BODY = `
<!-- Write the entry here, from the story's sources only. Link other entries
with [[id]], [[id|label]] or [[Name]]; cite a source with [@source-id].
This comment does not appear on the page. -->
`;

const TEMPLATES: Record<LinkableKind, (name: string) => string> = {
  actor: (name) => `---
name: ${scalar(name)}
# Required. One of: ${ACTOR_KINDS.join(', ')}
kind:
# Required. One sentence: what preview cards and lists show.
summary:
# Optional: remove the "#" in front of a field to use it.
# aliases: [Other name, Another name]   # other names links may use, as [[Other name]]
# role: Ukrainian President             # shown under the name
# affiliations: [actor-id]              # ids of the actors this one belongs to
---
${BODY}`,
  event: (name) => `---
title: ${scalar(name)}
# Required. YYYY-MM-DD, or YYYY-MM when only the month is known.
date:
# Required. One sentence: what the timeline and previews show.
summary:
# Optional: remove the "#" in front of a field to use it.
# actors:                               # actor ids, with their role if it helps
#   - actor-id
#   - {id: other-actor-id, role: denied the report}
# sources: [source-id]                  # listed in the event's references
# status: reported                      # one of: ${EVENT_STATUSES.join(', ')}
# location: Kyiv
# tags: [leak]
# aliases: [Another title]              # other titles links may use
# responds_to: event-id                 # the event this one answers (a denial, a response)
# status_by: [{actor: actor-id, source: source-id, note: how}]   # who confirmed or denied it
# accounts: [{actor: actor-id, source: source-id, says: their account}]
---
${BODY}`,
  source: (name) => `---
title: ${scalar(name)}
# Optional: remove the "#" in front of a field to use it.
# publisher: actor-id                   # an actor id, an actor's name, or plain text
# published: 2023-04-09                 # YYYY-MM-DD or YYYY-MM
# author: Name of the author
# url: https://example.org/article      # only when the source has one
# via: [source-id]                      # the source(s) this one relays
# summary: One sentence.                # defaults to "Published by …"
---
${BODY}`,
};

export type Scaffold = { id: string; text: string } | { refused: Message };

/**
 * The new entry, or why it can't be written: `existing` maps every id of the
 * story (of any kind) to its file.
 */
export function scaffoldEntry(kind: LinkableKind, name: string, existing: ReadonlyMap<string, string>, id?: string): Scaffold {
  if (name.trim() === '') return { refused: newEntryMessages.noName(kind) };
  const chosen = id ?? slugify(name);
  if (chosen === '') return { refused: newEntryMessages.noIdFromName(kind, name) };
  if (!ID_PATTERN.test(chosen)) return { refused: newEntryMessages.badNewId(chosen, slugify(chosen) || 'a-new-id') };
  if (RESERVED_IDS.includes(chosen)) return { refused: newEntryMessages.reservedNewId(chosen, kind) };
  const taken = existing.get(chosen);
  if (taken) return { refused: newEntryMessages.idTaken(chosen, taken) };
  return { id: chosen, text: TEMPLATES[kind](name.trim()) };
}
