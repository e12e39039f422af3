/**
 * The story's names for search: every entry's name or title and its aliases,
 * with what a search result shows of the entry, so that the browser can put
 * an entry named exactly what the reader typed first and offer "did you mean"
 * (src/outputs/name-match.ts, src/scripts/search-client.ts). Pagefind ranks
 * by words and cannot tell "South Korea" the country from "Two South Korean
 * senior officials"; these files can.
 *
 * The build writes them as `data/names/index.json` (the manifest) and
 * `data/names/<n>.json` (the chunks). Every folded word of every name (see
 * fold.ts) is listed in one chunk, with the entries it names; chunks cover
 * ranges of words in code-unit order, as Pagefind's own index chunks do, so
 * that the browser fetches one small chunk for the word a query starts with.
 * A word in more names than a chunk holds ("in", "the" on a large story) is
 * listed in the manifest as common and in no chunk: the browser then uses the
 * query's next word, since an entry the query names has every one of them.
 */
import type { EntryPage, StoryPage } from '../model/site-types.ts';
import { fold } from './fold.ts';
import { filterYear } from './search-keys.ts';

/** One entry, as a search result shows it (the fields of `Hit` in src/scripts/search-client.ts). */
export interface NameRecord {
  /** Its name or title. */
  title: string;
  kind: 'actor' | 'event' | 'source' | 'story';
  /** Its address below the base: `actors/mossad/`, `''` for the story. */
  url: string;
  summary: string;
  aliases?: string[];
  actorKind?: string;
  /** As shown: "April 9, 2023". Events and dated sources. */
  date?: string;
  status?: string;
  /** The year it is filtered by on the search page (`filterYear`). */
  year?: string;
}

export interface NamesManifest {
  /**
   * The first word of each chunk, in code-unit order: chunk `n` lists the
   * words from `chunks[n]` up to `chunks[n + 1]`, not included.
   */
  chunks: string[];
  /** Words in more names than a chunk holds, listed in no chunk. */
  common: string[];
}

export interface NamesChunk {
  /** Each word of the chunk's range → the records whose name or an alias has it (indexes into `records`). */
  words: Record<string, number[]>;
  records: NameRecord[];
}

/**
 * Entries a chunk holds, at most (a word in more names is common): about
 * 5 KB gzipped on a generated story of 10,000 entries, against Pagefind's
 * index chunks of about 23 KB. A small story fits in one chunk.
 */
export const CHUNK_RECORDS = 40;

/** The story and every entry as name records, in the order given. */
export function nameRecords(story: StoryPage, pages: readonly EntryPage[], base: string): NameRecord[] {
  return [story, ...pages].map((page) => {
    const { ref } = page;
    const record: NameRecord = {
      title: page.kind === 'story' ? page.title : ref.name,
      kind: page.kind,
      url: ref.href.startsWith(base) ? ref.href.slice(base.length) : ref.href,
      summary: ref.summary,
    };
    if (page.aliases.length > 0) record.aliases = page.aliases;
    if (page.kind === 'actor') record.actorKind = page.actorKind;
    if (page.kind === 'event') {
      record.date = page.dateLabel;
      if (page.status) record.status = page.status;
    }
    if (page.kind === 'source' && page.publishedLabel) record.date = page.publishedLabel;
    const year = filterYear(page);
    if (year) record.year = year;
    return record;
  });
}

/** The folded words of a record's names, once each. */
export function recordWords(record: NameRecord): Set<string> {
  return new Set([record.title, ...(record.aliases ?? [])].flatMap((name) => fold(name).split(' ')).filter((w) => w !== ''));
}

/** The manifest and the chunks of `records`. The same records give the same files. */
export function nameIndex(records: readonly NameRecord[]): { manifest: NamesManifest; chunks: NamesChunk[] } {
  const byWord = new Map<string, number[]>();
  records.forEach((record, index) => {
    for (const word of recordWords(record)) {
      const list = byWord.get(word);
      if (list) list.push(index);
      else byWord.set(word, [index]);
    }
  });
  // Code-unit order, which the browser's `<` on strings gives too (localeCompare would not be the same everywhere).
  const words = [...byWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const manifest: NamesManifest = { chunks: [], common: [] };
  const chunks: NamesChunk[] = [];
  let chunk: { words: [string, number[]][]; records: Set<number> } | undefined;
  const close = () => {
    if (!chunk) return;
    const order = [...chunk.records].sort((a, b) => a - b);
    const at = new Map(order.map((index, i) => [index, i]));
    chunks.push({
      words: Object.fromEntries(chunk.words.map(([word, list]) => [word, list.map((index) => at.get(index)!)])),
      records: order.map((index) => records[index]!),
    });
  };
  for (const word of words) {
    const list = byWord.get(word)!;
    if (list.length > CHUNK_RECORDS) {
      manifest.common.push(word);
      continue;
    }
    const added = chunk ? list.filter((index) => !chunk!.records.has(index)).length : list.length;
    if (!chunk || chunk.records.size + added > CHUNK_RECORDS) {
      close();
      chunk = { words: [], records: new Set() };
      manifest.chunks.push(word);
    }
    chunk.words.push([word, list]);
    for (const index of list) chunk.records.add(index);
  }
  close();
  return { manifest, chunks };
}
