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
import { listContentFiles, listMedia } from '../entries/list-files.ts';
import { readContentFile, type ContentRead, type InvalidEntry } from './read-content-file.ts';
import { checkReferences } from './check-references.ts';
import { messages } from '../problems/messages.ts';
import { checkPictures } from './check-pictures.ts';
import { checkFormerIds } from './check-former-ids.ts';
import { checkLanguage } from './check-language.ts';
import { readMedia, type MediaInfo } from './read-media.ts';

export interface Corpus {
  /** The content folder, as given. */
  root: string;
  story: ReadEntry<StoryEntry> | undefined;
  entries: ReadEntry[];
  index: EntryIndex<ReadEntry>;
  /** The files of `media/`, and what reading each found. */
  media: ReadonlyMap<string, MediaInfo>;
  problems: Problem[];
}

export async function loadCorpus(root: string): Promise<Corpus> {
  const problems = new ProblemList();
  const files = listContentFiles(root, problems);
  const media = await loadMedia(root, problems);
  return assembleCorpus(root, files.map(readContentFile), problems, media);
}

/** The files of the content folder's `media/`, each read far enough to know a page can show it. */
export function loadMedia(root: string, problems: ProblemList): Promise<Map<string, MediaInfo>> {
  return readMedia(root, listMedia(root, problems));
}

/**
 * The corpus from what reading each file of the content folder found, in
 * the folder's order, and its media files (`loadMedia`); `problems` holds
 * what listing the folder found.
 */
export function assembleCorpus(
  root: string,
  reads: readonly ContentRead[],
  problems: ProblemList,
  media: ReadonlyMap<string, MediaInfo>,
): Corpus {
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
  checkPictures(entries, media, problems);
  checkFormerIds(entries, problems, invalid);
  const story = entries.find((e): e is ReadEntry<StoryEntry> => e.kind === 'story');
  checkLanguage(story, problems);
  return { root, story, entries, index, media, problems: sortProblems(problems.items) };
}

export function hasErrors(corpus: Pick<Corpus, 'problems'>): boolean {
  return corpus.problems.some((p) => p.severity === 'error');
}
