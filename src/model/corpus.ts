/**
 * Loads a content folder into the corpus: every file read and validated,
 * every body parsed, the index built, every reference checked. The checker
 * stops here; the build goes on to render the bodies (`render-entries.ts`)
 * and build the site model (`site-model.ts`). One function, so both see the
 * same problems.
 */
import type { ReadEntry, StoryEntry } from './entry.ts';
import { EntryIndex } from './entry-index.ts';
import { ProblemList, sortProblems, type Problem } from '../problems/problems.ts';
import { listContentFiles } from '../entries/list-files.ts';
import { readContentFile, type ContentRead, type InvalidEntry } from './read-content-file.ts';
import { checkReferences } from './check-references.ts';
import { messages } from '../problems/messages.ts';

export interface Corpus {
  /** The content folder, as given. */
  root: string;
  story: ReadEntry<StoryEntry> | undefined;
  entries: ReadEntry[];
  index: EntryIndex<ReadEntry>;
  problems: Problem[];
}

export function loadCorpus(root: string): Corpus {
  const problems = new ProblemList();
  const files = listContentFiles(root, problems);
  return assembleCorpus(root, files.map(readContentFile), problems);
}

/**
 * The corpus from what reading each file of the content folder found, in
 * the folder's order; `problems` holds what listing the folder found.
 */
export function assembleCorpus(root: string, reads: readonly ContentRead[], problems: ProblemList): Corpus {
  const entries: ReadEntry[] = [];
  const invalid: InvalidEntry[] = [];
  const seen = new Map<string, string>();
  for (const read of reads) {
    problems.items.push(...read.problems);
    if (read.invalid) invalid.push(read.invalid);
    const entry = read.entry;
    if (!entry) continue;
    const other = seen.get(entry.id);
    if (other) {
      problems.error(entry.file, { line: 1, column: 1 }, messages.duplicateId(entry.id, other));
      continue;
    }
    seen.set(entry.id, entry.file);
    entries.push(entry);
  }
  const index = new EntryIndex(entries);
  checkReferences(entries, index, problems, invalid);
  const story = entries.find((e): e is ReadEntry<StoryEntry> => e.kind === 'story');
  return { root, story, entries, index, problems: sortProblems(problems.items) };
}

export function hasErrors(corpus: Pick<Corpus, 'problems'>): boolean {
  return corpus.problems.some((p) => p.severity === 'error');
}
