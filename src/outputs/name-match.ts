/**
 * What the browser does with the story's names (name-index.ts): which chunk
 * a query needs, which entries its names put first, and what to suggest when
 * nothing matches. Pure, so that the build's tests and the browser's scripts
 * run the same code (src/scripts/search-client.ts).
 */
import { editDistance } from '../problems/did-you-mean.ts';
import { fold, foldedWords } from './fold.ts';
import type { NameRecord, NamesChunk, NamesManifest } from './name-index.ts';

/** Filters as the search page asks for them: group → values, any of which will do. */
export type NameFilters = Record<string, { any: string[] }>;

/** The chunk whose range holds `word`: the last whose first word is not after it. */
export function chunkOf(manifest: NamesManifest, word: string): number {
  let low = 0;
  let high = manifest.chunks.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (manifest.chunks[mid]! <= word) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The word of a query that chooses the chunk: its first word that is not
 * common. An entry whose name has every word of the query is listed under
 * each of them, so any will do; undefined when every word is common.
 */
export function keyWord(manifest: NamesManifest, query: string): string | undefined {
  const common = new Set(manifest.common);
  return foldedWords(query).find((word) => !common.has(word));
}

/** The folded names of a record: its title and its aliases. */
function namesOf(record: NameRecord): string[] {
  return [record.title, ...(record.aliases ?? [])].map(fold);
}

/** Whether a record has every value a filter group asks for one of (the search page's filters). */
export function passesFilters(record: NameRecord, filters: NameFilters): boolean {
  const valueOf: Record<string, string | undefined> = {
    kind: record.kind,
    actor_kind: record.actorKind,
    year: record.year,
    status: record.status,
  };
  return Object.entries(filters).every(([group, { any }]) => {
    const value = valueOf[group];
    return any.length === 0 || (value !== undefined && any.includes(value));
  });
}

export interface NameTiers {
  /** Entries a name or alias of which is the query, folded. */
  exact: NameRecord[];
  /** Then entries a name or alias of which has every word of the query as a whole word, fewest words first. */
  allWords: NameRecord[];
}

/**
 * The entries the query names, in the order they go before Pagefind's own
 * results: a name equal to the query, then names that have all its words
 * (the shorter the name, the closer to the query). Nothing is tuned to a
 * story: "Korea" puts "South Korea" before "Two South Korean senior
 * officials" because "Korean" is not the word "Korea".
 */
export function nameTiers(query: string, records: readonly NameRecord[], filters: NameFilters = {}): NameTiers {
  const folded = fold(query);
  const wanted = [...new Set(foldedWords(query))];
  const exact: NameRecord[] = [];
  const allWords: { record: NameRecord; length: number }[] = [];
  if (wanted.length === 0) return { exact, allWords: [] };
  const seen = new Set<string>();
  for (const record of records) {
    if (seen.has(record.url) || !passesFilters(record, filters)) continue;
    const names = namesOf(record);
    if (names.includes(folded)) {
      seen.add(record.url);
      exact.push(record);
      continue;
    }
    const lengths = names
      .map((name) => name.split(' '))
      .filter((words) => wanted.every((word) => words.includes(word)))
      .map((words) => words.length);
    if (lengths.length > 0) {
      seen.add(record.url);
      allWords.push({ record, length: Math.min(...lengths) });
    }
  }
  const byTitle = (a: NameRecord, b: NameRecord) => (fold(a.title) < fold(b.title) ? -1 : fold(a.title) > fold(b.title) ? 1 : 0);
  exact.sort(byTitle);
  allWords.sort((a, b) => a.length - b.length || byTitle(a.record, b.record));
  return { exact, allWords: allWords.map((a) => a.record) };
}

/** Edits a word or name of this many letters may be away from what was typed and still be suggested. */
export function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/** The words of a name as written, by their folded form: "Núñez's" gives nunez → Núñez, s → s. */
function writtenWords(name: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const [word] of name.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    for (const part of foldedWords(word)) if (!words.has(part)) words.set(part, foldedWords(word).length === 1 ? word : part);
  }
  return words;
}

/**
 * "Did you mean": names and aliases of the story closest to what was typed
 * (Damerau-Levenshtein, src/problems/did-you-mean.ts), those at the smallest
 * distance found, at most `max`. The whole query is compared with every name
 * ("Mosad" → "Mossad"), and each of its words with every word of the names
 * and the common words, each word too far from all of them kept as typed
 * ("Zelenskyi spying" → "Zelenskyy spying"). Only the chunks given are
 * searched, the chunk of the query's first word that is not common
 * (`keyWord`): a typo in that word's first letters, which moves it to another
 * chunk's range, may find nothing on a large story.
 */
export function suggestNames(query: string, chunks: readonly NamesChunk[], manifest: NamesManifest, max = 3): string[] {
  const folded = fold(query);
  if (folded === '') return [];
  const found = new Map<string, { text: string; distance: number; whole: boolean }>();
  const offer = (text: string, distance: number, whole: boolean) => {
    const key = fold(text);
    if (key === folded || distance === 0) return;
    const known = found.get(key);
    if (!known || distance < known.distance || (distance === known.distance && whole && !known.whole))
      found.set(key, { text, distance, whole });
  };
  const wholeLimit = allowedEdits(folded.length);
  // Every word of the names, as written ("Núñez"), by its folded form ("nunez").
  const spelled = new Map<string, string>();
  for (const chunk of chunks) {
    for (const record of chunk.records) {
      for (const name of [record.title, ...(record.aliases ?? [])]) {
        const other = fold(name);
        if (Math.abs(other.length - folded.length) <= wholeLimit) {
          const distance = editDistance(folded, other);
          if (distance <= wholeLimit) offer(name, distance, true);
        }
        for (const [word, written] of writtenWords(name)) if (!spelled.has(word)) spelled.set(word, written);
      }
    }
  }
  for (const word of manifest.common) if (!spelled.has(word)) spelled.set(word, word);
  // The query as typed, each word that is no word of the story replaced by the closest that is.
  let distance = 0;
  const corrected = query.trim().replace(/[\p{L}\p{N}\p{M}]+/gu, (typed) => {
    const word = fold(typed);
    if (spelled.has(word) || word.includes(' ')) return typed;
    const limit = allowedEdits(word.length);
    let best: { written: string; distance: number } | undefined;
    for (const [other, written] of spelled) {
      if (Math.abs(other.length - word.length) > limit) continue;
      const d = editDistance(word, other);
      if (d <= limit && (!best || d < best.distance || (d === best.distance && written < best.written))) best = { written, distance: d };
    }
    if (!best) return typed;
    distance += best.distance;
    return best.written;
  });
  offer(corrected, distance, false);
  if (found.size === 0) return [];
  const best = Math.min(...[...found.values()].map((s) => s.distance));
  return [...found.values()]
    .filter((s) => s.distance === best)
    .sort((a, b) => Number(b.whole) - Number(a.whole) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .slice(0, max)
    .map((s) => s.text);
}
