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
 * Three changes to the bundle keep a reader's first search small on a large
 * story (issue 3's budget: under 150 KB on 10,000 entries). Pages get short
 * ids (`short-page-ids.ts`): 21 KB less at 10,000 entries. Pagefind puts a
 * page list and every sort order in the one `.pf_meta` file it fetches before
 * any search; a date order costs ~2 bytes a page there (22 KB on 10,000
 * entries), for the search page's "newest/oldest first" alone. So pages carry
 * their date as metadata instead (in each page's fragment, fetched only for a
 * result shown), and the order goes to a file of its own that the search
 * page fetches only when a reader orders by date.
 * And the two files every first search fetches whatever the words, the
 * `.pf_meta` and the WebAssembly, are recompressed with Zopfli: still gzip,
 * which Pagefind's script inflates as before, but 9% and 5% smaller (Zopfli
 * takes half a second to a second a file: too slow for the hundreds of index
 * chunks, each fetched only for the words it holds).
 *
 * Pagefind's indexer is a native binary that the npm package `pagefind` brings
 * as a platform package (`@pagefind/linux-x64`, ...): nothing is downloaded.
 * It is run as its command-line program rather than through its Node API
 * (`createIndex`, `addDirectory`, `writeFiles`), which writes the same bundle
 * byte for byte but took 2 to 5 s longer at 10,000 pages (15.8 to 17.7 s
 * against 12.5 to 14.4 s in alternating runs).
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { logTiming } from '../cli/timing.ts';
import { finishBundle } from './finish-bundle.ts';
import { shortenPageIds } from './short-page-ids.ts';

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
        const pages = await indexSite(site, (message) => logger.warn(message));
        logger.info(`Indexed ${pages} pages for search.`);
        logTiming('search-index', performance.now() - started);
      },
    },
  };
}

/** Indexes the HTML files of a built site and writes the bundle into it; returns the number of pages indexed. */
export async function indexSite(site: string, warn: (message: string) => void = console.warn): Promise<number> {
  let lap = performance.now();
  const timing = (phase: string) => {
    logTiming(phase, performance.now() - lap);
    lap = performance.now();
  };
  const outputPath = join(site, BUNDLE_FOLDER);
  const { output, errors, code } = await runPagefind(site, outputPath, (line) => {
    // Pagefind has read every page when it starts building its indexes.
    if (line.startsWith('[Building search indexes]')) timing('search-read');
  });
  timing('search-write');
  // Pagefind may print the same error more than once.
  if (code !== 0) throw new Error(`Pagefind could not index ${site} (exit code ${code}): ${[...new Set(errors.trim().split('\n'))].join('\n') || output.trim()}`);
  const indexed = /Indexed (\d+) pages?/.exec(output);
  if (!indexed) throw new Error(`Pagefind did not say how many pages it indexed in ${site}:\n${output}`);
  const pages = Number(indexed[1]);
  if (pages === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${site}.`);
  for (const file of UNUSED_UI_FILES) rmSync(join(outputPath, file), { force: true });
  const shortened = shortenPageIds(outputPath);
  if ('skipped' in shortened) warn(`Search pages keep Pagefind's own ids, so a first search fetches more (${shortened.skipped}).`);
  await finishBundle(outputPath);
  timing('search-finish');
  return pages;
}

/** Runs Pagefind's indexer (found as the `pagefind` package finds it) on `site`, calling `onLine` with each line it prints. */
async function runPagefind(site: string, outputPath: string, onLine: (line: string) => void): Promise<{ output: string; errors: string; code: number | null }> {
  const { resolveBinaryPath } = (await import(new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href)) as { resolveBinaryPath(names: string[]): string };
  // Run from the site, so that no configuration file of another folder applies.
  const indexer = spawn(resolveBinaryPath(['pagefind_extended', 'pagefind']), ['--site', site, '--output-path', outputPath], { cwd: site, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  createInterface({ input: indexer.stdout }).on('line', (line) => {
    output += `${line}\n`;
    onLine(line);
  });
  indexer.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  return new Promise((resolve, reject) => {
    indexer.once('error', reject);
    indexer.once('close', (code) => resolve({ output, errors, code }));
  });
}
