/**
 * The kinds of entry a story is made of, and their ids.
 */

/** An entry's id: its file name without `.md` (lowercase letters, digits, hyphens). */
export type EntryId = string & { readonly __brand: 'EntryId' };

export type EntryKind = 'story' | 'actor' | 'event' | 'source';

/** The folder each kind lives in, inside the content folder and the site. */
export const KIND_FOLDERS = { actor: 'actors', event: 'events', source: 'sources' } as const;
export type LinkableKind = keyof typeof KIND_FOLDERS;
