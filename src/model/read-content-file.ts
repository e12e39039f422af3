/**
 * One content file, read whole: its front matter validated (`read-entry.ts`)
 * and its body parsed (`parse-body.ts`), into an entry for the checks, or,
 * when it can't be one, what is known of it.
 */
import type { ContentFile } from '../entries/list-files.ts';
import { readEntry } from '../entries/read-entry.ts';
import { parseBody } from '../markdown/parse-body.ts';
import type { Problem } from '../problems/problems.ts';
import type { EntryBody, ReadEntry } from './entry.ts';

/**
 * A file that could not become an entry: its id and the names it declares,
 * so links to it are not reported a second time as "matches no entry", and
 * its body's links, which are still checked.
 */
export interface InvalidEntry {
  file: string;
  id: string;
  names: string[];
  body?: EntryBody;
}

/** What reading one content file found. */
export interface ContentRead {
  entry?: ReadEntry;
  invalid?: InvalidEntry;
  problems: Problem[];
}

export function readContentFile(content: ContentFile): ContentRead {
  const read = readEntry(content);
  const problems = [...read.problems];
  let body: EntryBody | undefined;
  if (read.body) {
    const parsed = parseBody(read.body.text, read.body.line);
    for (const note of parsed.notes) {
      const { line, column } = note.at;
      const { code, message, hint } = note.message;
      problems.push({ severity: note.severity, file: read.file, line, column, code, message, ...(hint ? { hint } : {}) });
    }
    body = { links: parsed.links, citations: parsed.citations, figures: parsed.figures, tree: parsed.tree };
  }
  if (!read.fields || !body) {
    return { invalid: { file: read.file, id: read.id, names: read.names, ...(body ? { body } : {}) }, problems };
  }
  const entry = { id: read.id, kind: read.kind, file: read.file, ...read.fields, body, positionOf: read.positionOf } as ReadEntry;
  return { entry, problems };
}
