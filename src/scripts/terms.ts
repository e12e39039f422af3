/**
 * Which words of a text a search matched, as a reader would see it: a word
 * matches a searched term when it starts with it ("Zelensky" marks
 * "Zelenskyy", as Pagefind extends the last word typed), or is the term less a
 * short ending ("documents" marks "document", close to Pagefind's stemming).
 * Case and accents are ignored. Used to mark results and the opened page.
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercase, without accents. */
export function normalWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The searched terms of a query, normalised. */
export function queryTerms(query: string): string[] {
  return [...new Set([...query.matchAll(WORD)].map((m) => normalWord(m[0])))];
}

export function matchesTerm(word: string, terms: readonly string[]): boolean {
  const w = normalWord(word);
  return terms.some((t) => w.startsWith(t) || (w.length >= 4 && t.startsWith(w) && t.length - w.length <= 2));
}

/** The matched words of `text`, as `[start, end]` offsets. */
export function matchedRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0) return [];
  return [...text.matchAll(WORD)].filter((m) => matchesTerm(m[0], terms)).map((m) => [m.index, m.index + m[0].length]);
}

/** `text` as nodes, the matched words in `<mark>`; null when nothing matched. */
export function markedNodes(text: string, terms: readonly string[], className?: string): Node[] | null {
  const ranges = matchedRanges(text, terms);
  if (ranges.length === 0) return null;
  const nodes: Node[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    nodes.push(document.createTextNode(text.slice(last, start)));
    const mark = document.createElement('mark');
    if (className) mark.className = className;
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    last = end;
  }
  nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}

/**
 * Letters a word being typed needs before its index chunk is fetched.
 * Pagefind fetches, for each word, the one chunk (~23 KB on a story of 10,000
 * entries) whose alphabetical range holds it. The chunk of a word's first
 * three letters is often not the chunk of the whole word (for 60% of the names
 * of a generated story of 10,000 entries, against 17% with four letters), and
 * fetching it would cost a second chunk for the same search.
 */
const PRELOAD_LETTERS = 4;

/**
 * What of a query being typed is worth fetching index chunks for, while the
 * reader types: the words they finished, and the last one once it is
 * `PRELOAD_LETTERS` long.
 */
export function preloadable(typed: string): string {
  const words = typed.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  if (last.length < PRELOAD_LETTERS && !/\s$/.test(typed)) words.pop();
  return words.join(' ');
}
