/**
 * The site's one door to Pagefind's browser API. `pagefind.js` is
 * imported from `${base}pagefind/` (so every request it makes, index chunks
 * and WebAssembly included, stays under the sub-path) the first time a reader
 * starts searching, never with the page.
 *
 * API: https://pagefind.app/docs/api/ — types in Pagefind's
 * pagefind_web_js/types/index.d.ts; only what the site uses is declared here.
 */
import { SORT_KEY } from '../outputs/search-keys.ts';
import type { NameRecord } from '../outputs/name-index.ts';
import { nameTiers, suggestNames } from '../outputs/name-match.ts';
import { loadManifest, namesFor } from './story-names.ts';
import { namedFirst } from './named-first.ts';

/** Filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Filters as Pagefind takes them: `{ kind: { any: ['actor', 'event'] } }`. */
export type Filters = Record<string, { any: string[] }>;

export type SortOrder = 'relevance' | 'newest' | 'oldest';

interface SearchOptions {
  filters?: Filters;
  sort?: Record<string, 'asc' | 'desc'>;
}

interface Fragment {
  url: string;
  /** Entity-encoded text with the matched words in `<mark>`: safe as HTML (Pagefind's docs). */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface RawResults {
  results: { id: string; data(): Promise<Fragment> }[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<RawResults>;
  filters(): Promise<FilterCounts>;
}

/** One result, as the search box and the search page show it. */
export interface Hit {
  /** The entry's address, with `?highlight=` for the highlighter on the target page. */
  url: string;
  title: string;
  /** `actor`, `event`, `source` or `story`. */
  kind: string;
  /** For actors: person, agency... */
  actorKind?: string;
  /** As shown: "April 9, 2023". Events and dated sources. */
  date?: string;
  status?: string;
  summary: string;
  /** The entry's other names, comma-separated, as the page lists them. */
  aliases?: string;
  /** HTML: entity-encoded text with the matched words in `<mark>`. */
  excerpt: string;
}

export interface Results {
  /** How many entries match, filters applied. */
  total: number;
  /** How many match the words alone. */
  unfiltered: number;
  /** For each filter value, how many results there would be with it added. */
  filters: FilterCounts;
  /** Loads the data of results `start` to `start + count`. */
  hits(start: number, count: number): Promise<Hit[]>;
}

/** The URL parameter carrying the searched words to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * Ranking (https://pagefind.app/docs/ranking/). Pagefind adds a boost when the
 * words searched are in a metadata field, whatever the field's length; the
 * fields and their weights say what an entry is called:
 * - `aliases` (10): the other names an editor gave the entry, so that a word a
 *   reader may type ("Zelenksyy", "Zelensky", "CIA", "Seoul") finds it. A
 *   match there is the surest sign the reader means this entry, surer than a
 *   word of a longer name ("Officials in Seoul"), so it outweighs title + name.
 * - `title` (5, Pagefind's default): every page's name or headline.
 * - `name` (3): actors' names again, so that "Mossad" puts the agency above
 *   the events whose headlines mention it.
 * - `summary` and `date` are there to be shown, not to rank (0).
 * `pageLength` is lowered from 0.75: entries differ in length by how much the
 * sources say, and a short actor page should not outrank the longer event
 * page that carries the claim searched for ("53 documents").
 * Inside the text, `data-pagefind-weight` in the page templates gives the same
 * order: name 10, summary 2, the rest 1 (aliases are metadata only: the
 * infobox is not indexed as text). Whatever these weights give, an entry a
 * name or alias of which is what was searched comes first (`search`).
 */
const RANKING = { pageLength: 0.25, metaWeights: { aliases: 10, title: 5, name: 3, summary: 0, date: 0 } };

const pagefinds = new Map<string, Promise<Pagefind>>();

/**
 * Imports and starts Pagefind from under `base` (once); resolves when it is
 * ready to search, its page list and WebAssembly loaded. The manifest of the
 * story's names is fetched alongside.
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  let loading = pagefinds.get(base);
  if (!loading) {
    void loadManifest(base);
    loading = (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({
        baseUrl: base,
        highlightParam: HIGHLIGHT_PARAM,
        excerptLength: 22,
        ranking: RANKING,
        // Search on the main thread: a worker would download a second copy of
        // Pagefind's code (12 KB), and a search takes milliseconds here.
        // It also keeps the Content-Security-Policy to 'wasm-unsafe-eval'.
        noWorker: true,
      });
      await pagefind.init();
      // init() only starts loading; a search waits until the index is loaded
      // and, with no words, returns before fetching anything more.
      await pagefind.search('');
      return pagefind;
    })();
    pagefinds.set(base, loading);
  }
  return loading;
}

/** Starts loading the index chunks a query will need, while the reader types. */
export async function preload(base: string, query: string): Promise<void> {
  const pagefind = await loadPagefind(base);
  await pagefind.preload(query);
}

/**
 * Searches for `query` (null: every entry, for browsing by filters), within
 * `filters`, by relevance or by date (newest or oldest first: Pagefind's own
 * sort, by the `data-pagefind-sort` date of every indexed page). By
 * relevance, the entries the query names come first (`namesFirst`).
 */
export async function search(base: string, query: string | null, filters: Filters = {}, order: SortOrder = 'relevance'): Promise<Results> {
  // The chunk of names is fetched while Pagefind searches.
  const names = order === 'relevance' && query ? namesFor(base, query) : undefined;
  const results = await searchPagefind(base, query, filters, order);
  return names && query ? namesFirst(base, query, results, filters, names) : results;
}

/** Pagefind's results alone, in its order. */
export async function searchPagefind(
  base: string,
  query: string | null,
  filters: Filters = {},
  order: SortOrder = 'relevance',
): Promise<Results> {
  const pagefind = await loadPagefind(base);
  const sort = order === 'relevance' ? {} : { sort: { [SORT_KEY]: order === 'newest' ? ('desc' as const) : ('asc' as const) } };
  const raw = await pagefind.search(query, { filters, ...sort });
  const results = raw.results;
  return {
    total: results.length,
    unfiltered: raw.unfilteredResultCount,
    filters: raw.filters,
    hits: (start, count) => Promise.all(results.slice(start, start + count).map(async (r) => toHit(await r.data()))),
  };
}

/**
 * Pagefind's `results` for `query` with the entries the query names first
 * (`nameTiers`: a name or alias equal to the query, then names with all its
 * words), each entry once. The search box searches Pagefind alone while the
 * reader types, and adds the names once they pause: a word being typed
 * ("Lusl", "Luslu") would fetch a chunk of names of its own.
 */
export async function namesFirst(
  base: string,
  query: string,
  results: Results,
  filters: Filters = {},
  names = namesFor(base, query),
): Promise<Results> {
  const found = await names;
  const tiers = found?.chunk ? nameTiers(query, found.chunk.records, filters) : { exact: [], allWords: [] };
  const named = [...tiers.exact, ...tiers.allWords].map((record) => recordHit(base, record, query));
  return {
    // The entries named are among Pagefind's results: their names carry every word searched.
    total: Math.max(results.total, named.length),
    unfiltered: Math.max(results.unfiltered, named.length),
    filters: results.filters,
    hits: namedFirst(named, results.total, (start, count) => results.hits(start, count)),
  };
}

/**
 * A named entry as a result, its address carrying the words searched for the
 * highlighter as Pagefind's do: lower case, one parameter per word, without
 * the punctuation Pagefind leaves out of a search.
 */
function recordHit(base: string, record: NameRecord, query: string): Hit {
  const terms = query
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '')
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const params = new URLSearchParams(terms.map((term) => [HIGHLIGHT_PARAM, term]));
  const hit: Hit = {
    url: `${base}${record.url}${terms.length > 0 ? `?${params}` : ''}`,
    title: record.title,
    kind: record.kind,
    summary: record.summary,
    excerpt: '',
  };
  if (record.actorKind) hit.actorKind = record.actorKind;
  if (record.date) hit.date = record.date;
  if (record.status) hit.status = record.status;
  if (record.aliases) hit.aliases = record.aliases.join(', ');
  return hit;
}

/**
 * "Did you mean": the story's names and aliases closest to a query that
 * found nothing (`suggestNames`), from the chunk of names the search fetched.
 */
export async function suggest(base: string, query: string): Promise<string[]> {
  const names = await namesFor(base, query);
  return names ? suggestNames(query, names.chunk ? [names.chunk] : [], names.manifest) : [];
}

/** Every filter value of the site, with its number of entries. */
export async function allFilters(base: string): Promise<FilterCounts> {
  const pagefind = await loadPagefind(base);
  return pagefind.filters();
}

function toHit(fragment: Fragment): Hit {
  const first = (key: string) => fragment.filters[key]?.[0];
  const hit: Hit = {
    url: fragment.url,
    title: fragment.meta.title ?? fragment.url,
    kind: first('kind') ?? 'entry',
    summary: fragment.meta.summary ?? '',
    excerpt: fragment.excerpt,
  };
  const actorKind = first('actor_kind');
  if (actorKind) hit.actorKind = actorKind;
  if (fragment.meta.date) hit.date = fragment.meta.date;
  if (fragment.meta.aliases) hit.aliases = fragment.meta.aliases;
  const status = first('status');
  if (status) hit.status = status;
  return hit;
}
