/**
 * Full-text search index (issue 3): at the end of every `astro build`, Pagefind
 * indexes the HTML Astro just wrote and puts its bundle in `pagefind/` inside
 * that same folder. `npm run build` builds into a staging folder and swaps it
 * into place afterwards, so the index is swapped in with the pages it
 * describes, never half-written, and a site can't be built without it.
 *
 * What is indexed is decided by the page templates: `data-pagefind-body` on
 * each entry's article, `data-pagefind-ignore` on lists of other entries,
 * weights, metadata and filters (see README "Search").
 *
 * Two changes to the bundle keep a reader's first search small on a large
 * story (issue 3's budget: under 150 KB on 10,000 entries). Pagefind puts a
 * page list and every sort order in the one `.pf_meta` file it fetches before
 * any search; a date order costs ~2 bytes a page there (22 KB on 10,000
 * entries), for the search page's "newest/oldest first" alone. So pages carry
 * their date in `data-search-date` instead, and the order goes to a file of
 * its own that the search page fetches only when a reader orders by date.
 * And the two files every first search fetches whatever the words, the
 * `.pf_meta` and the WebAssembly, are recompressed with Zopfli: still gzip,
 * which Pagefind's script inflates as before, but 9% and 5% smaller (Zopfli
 * takes half a second to a second a file: too slow for the hundreds of index
 * chunks, each fetched only for the words it holds).
 *
 * Pagefind's indexer is a native binary that the npm package `pagefind` brings
 * as a platform package (`@pagefind/linux-x64`, ...): nothing is downloaded.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import * as pagefind from 'pagefind';
import { SEARCH_DATES_FILE } from '../lib/search-keys.ts';

/** The folder of the bundle inside the site; the search scripts load it from `${base}pagefind/`. */
export const BUNDLE_FOLDER = 'pagefind';

/**
 * Pagefind also writes its own ready-made search UIs. The site has its own
 * (src/scripts/), so these ~400 KB are removed rather than deployed unused.
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'dossier:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const pages = await indexSite(site);
          logger.info(`Indexed ${pages} pages for search.`);
        } finally {
          // The indexer runs as a child process; stop it so the build can exit.
          await pagefind.close();
        }
        if (process.env.DOSSIER_TIMINGS === '1') console.log(`dossier-timing search-index ${(performance.now() - started).toFixed(0)}`);
      },
    },
  };
}

/** Indexes the HTML files of a built site and writes the bundle into it; returns the number of pages indexed. */
export async function indexSite(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  if (added.page_count === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${site}.`);
  const outputPath = join(site, BUNDLE_FOLDER);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  for (const file of UNUSED_UI_FILES) rmSync(join(outputPath, file), { force: true });
  await index.deleteIndex();
  await recompress(outputPath);
  writeSearchDates(site, outputPath);
  return added.page_count;
}

/** Pagefind's files are gzip data, inflated by its script, whose content starts with this. */
const SIGNATURE = 'pagefind_dcd';
const DATE_ATTRIBUTE = /\bdata-search-date="([^"]*)"/;

/** Recompresses the page lists and the WebAssembly with Zopfli: the same content, fewer bytes. */
async function recompress(bundle: string): Promise<void> {
  for (const file of readdirSync(bundle).filter((f) => f.endsWith('.pf_meta') || /^wasm\..+\.pagefind$/.test(f))) {
    const path = join(bundle, file);
    writeFileSync(path, await gzipAsync(gunzipSync(readFileSync(path)), { numiterations: 5 }));
  }
}

/**
 * Writes `SEARCH_DATES_FILE`: Pagefind's ids of the indexed pages grouped by
 * the date they sort by, dates in ascending order: `[["0000", ["en_1a2b3c4"]],
 * ["2023-04", [...]], ...]`. The date of a page is its article's
 * `data-search-date`; Pagefind's id of a page is the name of its fragment
 * file, whose data holds the page's URL (the page's path, `index.html` left
 * out). Every indexed page has a date: a page without one would be missing
 * from results ordered by date.
 */
function writeSearchDates(site: string, bundle: string): void {
  const dates = new Map<string, string>();
  for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith(`${BUNDLE_FOLDER}/`)) continue;
    const date = DATE_ATTRIBUTE.exec(readFileSync(join(site, file), 'utf8'))?.[1];
    if (date !== undefined) dates.set(`/${file.replace(/(^|\/)index\.html$/, '$1')}`, date);
  }
  const byDate = new Map<string, string[]>();
  const fragments = join(bundle, 'fragment');
  for (const file of readdirSync(fragments).sort()) {
    const data = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
    const { url } = JSON.parse(data.startsWith(SIGNATURE) ? data.slice(SIGNATURE.length) : data) as { url: string };
    const date = dates.get(url);
    if (date === undefined) throw new Error(`The indexed page ${url} has no data-search-date: it would be missing from results ordered by date.`);
    const ids = byDate.get(date) ?? [];
    ids.push(file.replace(/\.pf_fragment$/, ''));
    byDate.set(date, ids);
  }
  const order = [...byDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(join(bundle, SEARCH_DATES_FILE), JSON.stringify(order));
}
