/**
 * Checks a story held in memory, as `npm run check` does a folder: each file
 * read (front matter and body), the corpus assembled and its references
 * checked. A minimal story.md is added unless one is given.
 */
import { assembleCorpus } from '../../src/model/corpus.ts';
import { readContentFile } from '../../src/model/read-content-file.ts';
import { formatProblem, ProblemList } from '../../src/problems/problems.ts';
import type { ContentFile } from '../../src/entries/list-files.ts';
import type { EntryKind } from '../../src/entries/entry-kinds.ts';
import type { MediaInfo } from '../../src/model/read-media.ts';

const STORY = '---\ntitle: A story\nsummary: A story to check.\n---\n';
const KINDS: Record<string, EntryKind> = { actors: 'actor', events: 'event', sources: 'source' };

/** The report's lines for these files (`actors/cnn.md` → its text), in reading order, with these media files. */
export function checkFiles(files: Record<string, string>, media: ReadonlyMap<string, MediaInfo> = new Map()): string[] {
  const all = { 'story.md': STORY, ...files };
  const contents = Object.entries(all).map(([file, text]): ContentFile => {
    const [folder, name] = file.split('/');
    const kind = name === undefined ? 'story' : KINDS[folder!]!;
    return { file, kind, id: name === undefined ? 'story' : name.replace(/\.md$/, ''), bytes: new TextEncoder().encode(text) };
  });
  const corpus = assembleCorpus('content', contents.map(readContentFile), new ProblemList(), media);
  return corpus.problems.map((p) => formatProblem(p));
}

/** An entry file: front matter lines, then a body. */
export const md = (fields: string, body = '') => `---\n${fields}\n---\n${body ? `\n${body}\n` : ''}`;
