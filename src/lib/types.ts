/**
 * Core types shared by the loader, the checker, the pages and the tests.
 * Nothing here imports from `astro:*`: the core runs in plain Node.
 */

/** An entry's id: its file name without `.md` (lowercase letters, digits, hyphens). */
export type EntryId = string & { readonly __brand: 'EntryId' };

export type EntryKind = 'story' | 'actor' | 'event' | 'source';

/** A 1-based position in a content file. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

/** One problem found in the content, with where it is and how to fix it. */
export interface Problem {
  severity: Severity;
  /** Path relative to the content folder, with forward slashes, e.g. `events/leak.md`. */
  file: string;
  line: number;
  column: number;
  /** A stable code tests and editors can match on, e.g. `link-unresolved`. */
  code: string;
  message: string;
  hint?: string;
}
