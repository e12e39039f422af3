/**
 * The last two touches to Pagefind's bundle (see `pagefind.ts`): its page
 * list and WebAssembly recompressed with Zopfli, and the date order written
 * beside it. Each runs on a worker thread of its own (`finish-bundle-worker.ts`),
 * side by side: at the end of a large build this thread's heap is full of the
 * site, and the same work on it took twice as long (4.9 s against 2 s at
 * 10,000 pages, most of it the garbage collector).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { SEARCH_DATES_FILE, SORT_DATE_META } from '../lib/search-keys.ts';
import { writeFileAtomically } from '../cli/disk-cache.ts';

export type FinishingTask = 'recompress' | 'write-search-dates';

/** Where Zopfli's output for Pagefind's WebAssembly is kept, by content (see `recompressed`). */
export const ZOPFLI_CACHE = fileURLToPath(new URL('../../node_modules/.cache/dossier/zopfli/', import.meta.url));

/** Runs both tasks on worker threads; rejects with the first one's error. */
export async function finishBundle(bundle: string, cache = ZOPFLI_CACHE): Promise<void> {
  // Both tasks end before a failure of either is reported: the caller may remove the bundle then.
  const results = await Promise.allSettled((['recompress', 'write-search-dates'] as const).map((task) => inWorker(task, bundle, cache)));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

function inWorker(task: FinishingTask, bundle: string, cache: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./finish-bundle-worker.ts', import.meta.url), { workerData: { task, bundle, cache } });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The worker finishing the search bundle (${task}) stopped with code ${code}.`))));
  });
}

export async function runTask(task: FinishingTask, bundle: string, cache: string): Promise<void> {
  if (task === 'recompress') await recompress(bundle, cache);
  else writeSearchDates(bundle);
}

/** Pagefind's files are gzip data, inflated by its script, whose content starts with this. */
export const SIGNATURE = 'pagefind_dcd';

/**
 * Recompresses the page lists and the WebAssembly with Zopfli: the same
 * content, fewer bytes. Only the WebAssembly of a language the site has pages
 * in is ever fetched (`pagefind-entry.json` names it), so only that is
 * recompressed: Zopfli takes most of a second a file.
 */
async function recompress(bundle: string, cache: string): Promise<void> {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> };
  const wasm = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm}.pagefind`));
  for (const file of readdirSync(bundle).filter((f) => f.endsWith('.pf_meta') || wasm.has(f))) {
    const path = join(bundle, file);
    const content = gunzipSync(readFileSync(path));
    writeFileSync(path, wasm.has(file) ? await recompressed(content, cache) : await gzipAsync(content, ZOPFLI));
  }
}

const ZOPFLI = { numiterations: 5 };

/**
 * Zopfli's output for a WebAssembly file, made once: Pagefind writes the same
 * WebAssembly in every build (it changes only with Pagefind's version), and
 * recompressing it took 0.8 s a build. Kept in `cache`, named by a digest of
 * the content, and used only if it inflates to that content.
 */
async function recompressed(content: Buffer, cache: string): Promise<Buffer> {
  const file = join(cache, `${createHash('sha256').update(content).digest('hex')}.gz`);
  try {
    const kept = readFileSync(file);
    if (gunzipSync(kept).equals(content)) return kept;
  } catch {
    // Not made yet, or not gzip data: made again below.
  }
  const made = Buffer.from(await gzipAsync(content, ZOPFLI));
  try {
    mkdirSync(cache, { recursive: true });
    writeFileAtomically(file, made);
  } catch {
    // Not kept: the next build makes it again.
  }
  return made;
}

/**
 * Writes `SEARCH_DATES_FILE`: Pagefind's ids of the indexed pages grouped by
 * the date they sort by, dates in ascending order: `[["0000", ["en_1a2b3c4"]],
 * ["2023-04", [...]], ...]`. Pagefind's id of a page is the name of its
 * fragment file, whose data holds the page's metadata, the date among them
 * (`SORT_DATE_META`, from the article's `data-pagefind-meta`). Every indexed
 * page has a date: a page without one would be missing from results ordered
 * by date.
 */
function writeSearchDates(bundle: string): void {
  const byDate = new Map<string, string[]>();
  const fragments = join(bundle, 'fragment');
  for (const file of readdirSync(fragments).sort()) {
    const data = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
    const { url, meta } = JSON.parse(data.startsWith(SIGNATURE) ? data.slice(SIGNATURE.length) : data) as { url: string; meta: Record<string, string> };
    const date = meta[SORT_DATE_META];
    if (date === undefined) throw new Error(`The indexed page ${url} has no ${SORT_DATE_META} in its data-pagefind-meta: it would be missing from results ordered by date.`);
    const ids = byDate.get(date) ?? [];
    ids.push(file.replace(/\.pf_fragment$/, ''));
    byDate.set(date, ids);
  }
  const order = [...byDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(join(bundle, SEARCH_DATES_FILE), JSON.stringify(order));
}
