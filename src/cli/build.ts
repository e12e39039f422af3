/**
 * `npm run build`: checks the content, builds the site with Astro into a
 * temporary folder, and swaps it into place only when the whole build
 * succeeded, so a failed build leaves the previous output untouched.
 *
 * Exit codes, as `npm run check`: 0 built, 1 content errors or a failed
 * build, 2 the build could not start (unusable content folder or DOSSIER_OUT).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { loadCorpus, hasErrors } from '../lib/corpus.ts';
import { formatReport } from '../lib/problems.ts';
import { UnusableContentFolder } from '../lib/list-content.ts';
import { astroCacheDir, displayPath, readOptions } from './options.ts';
import { outDirProblem } from './out-dir.ts';
import { openBuildCache } from './build-cache.ts';
import { openPageReuse } from './page-reuse.ts';
import { leftovers, removeInBackground } from './remove-later.ts';
import { logTiming } from './timing.ts';

const options = readOptions();
const label = displayPath(options.contentDir);
const out = displayPath(options.outDir);
const started = performance.now();

const refused = outDirProblem(options.outDir, options.projectRoot, options.contentDir);
if (refused) {
  console.error(`error  ${refused}`);
  process.exit(2);
}

// What earlier builds of this story read and rendered: only what changed is parsed and rendered again.
const cacheStarted = performance.now();
const cache = openBuildCache(options);
logTiming('cache-load', performance.now() - cacheStarted);
let corpus;
try {
  corpus = loadCorpus(options.contentDir, { cache: cache.reads });
} catch (error) {
  if (!(error instanceof UnusableContentFolder)) throw error;
  console.error(`error  ${error.message}`);
  process.exit(2);
}
if (corpus.problems.length > 0) console.error(formatReport(corpus.problems, label));
if (hasErrors(corpus)) {
  console.error(`\nThe build stopped: fix the errors above. ${out}/ was left as it was.`);
  process.exit(1);
}
// Astro, and the rendering code, are loaded only once the content is known
// to be good: a build that stops on content errors does so in a moment.
const { shareCorpus } = await import('../loader/dossier-loader.ts');
shareCorpus(corpus, cache.renders);
if (!options.site) {
  console.warn('warning: DOSSIER_SITE is not set, so the site gets no sitemap.xml, canonical links or og:url (set it to the address the site is served from, e.g. https://example.org).');
}

// The entry pages the previous output holds as they would be rendered now are not rendered again.
const reuse = openPageReuse(options);
const { sharePageReuse } = await import('../site/reused-pages.ts');
sharePageReuse(reuse);

const { build } = await import('astro');
const staging = `${options.outDir}.tmp-${process.pid}`;
try {
  await build({
    root: options.projectRoot,
    outDir: staging,
    cacheDir: astroCacheDir(options),
    logLevel: process.env.DOSSIER_LOG_LEVEL === 'info' ? 'info' : 'warn',
  });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed: ${(error as Error).message}`);
  console.error(`${out}/ was left as it was.`);
  process.exit(1);
}

const previous = `${options.outDir}.old-${process.pid}`;
if (existsSync(options.outDir)) renameSync(options.outDir, previous);
renameSync(staging, options.outDir);
// The old output, and what interrupted builds left, are deleted by a process
// of their own: the new site is in place, and nothing waits for the disk.
removeInBackground(leftovers(options.outDir));
const saveStarted = performance.now();
cache.save();
await reuse.save();
logTiming('cache-save', performance.now() - saveStarted);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Built ${corpus.entries.length} entries from ${label}/ into ${out}/ in ${seconds} s.`);
if (cache.reads.size() > 0) {
  const n = corpus.entries.length;
  console.log(`Parsed again: ${cache.reads.fresh()} of ${n} files; rendered again: ${cache.renders.fresh()} of ${n} bodies (the rest from the previous build's cache).`);
}
const { pages, reused } = reuse.counts();
if (reused > 0) console.log(`Entry pages rendered again: ${pages - reused} of ${pages} (the rest were unchanged, and kept from the previous output).`);
console.log(`Preview it with: npm run preview`);
