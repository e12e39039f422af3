/**
 * Loads a content folder into the corpus: every entry read and validated,
 * the index built, every reference checked. The checker stops here; the
 * build goes on to `site-model.ts`. One function, so both see the same problems.
 */
import type { Entry } from './entry.ts';
import { EntryIndex } from './entry-index.ts';
import { ProblemList, sortProblems } from './problems.ts';
import type { InvalidEntry } from './read-content.ts';
import { listContentFiles } from './list-content.ts';
import { readEntryCached, type ReadCache, type ReadResult } from './cached-read.ts';
import { checkReferences } from './check-references.ts';
import { messages, spread } from './messages.ts';
import type { Problem } from './types.ts';
import type { StoryEntry } from './entry.ts';

export interface Corpus {
  /** The content folder, as given. */
  root: string;
  story: StoryEntry | undefined;
  entries: Entry[];
  index: EntryIndex;
  problems: Problem[];
}

/**
 * `cache`: what earlier runs found in files that have not changed (see
 * `cached-read.ts`); the checker passes one, the build does not.
 */
export function loadCorpus(root: string, options: { cache?: ReadCache } = {}): Corpus {
  const problems = new ProblemList();
  const files = listContentFiles(root, problems);
  return assembleCorpus(root, files.map((file) => readEntryCached(file, options.cache)), problems);
}

/**
 * The corpus from what reading each file of the content folder found, in
 * the folder's order (however the files were read: see `read-in-parallel.ts`);
 * `problems` holds what listing the folder found.
 */
export function assembleCorpus(root: string, reads: readonly ReadResult[], problems: ProblemList): Corpus {
  const entries: Entry[] = [];
  const invalid: InvalidEntry[] = [];
  const seen = new Map<string, string>();
  for (const read of reads) {
    problems.items.push(...read.problems);
    if (read.invalid) invalid.push(read.invalid);
    const entry = read.entry;
    if (!entry) continue;
    const other = seen.get(entry.id);
    if (other) {
      problems.error(entry.file, { line: 1, column: 1 }, ...spread(messages.duplicateId(entry.id, other)));
      continue;
    }
    seen.set(entry.id, entry.file);
    entries.push(entry);
  }
  const index = new EntryIndex(entries);
  checkReferences(entries, index, problems, invalid);
  const story = entries.find((e): e is StoryEntry => e.kind === 'story');
  return { root, story, entries, index, problems: sortProblems(problems.items) };
}

export function hasErrors(corpus: Corpus): boolean {
  return corpus.problems.some((p) => p.severity === 'error');
}
