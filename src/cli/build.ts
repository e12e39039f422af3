/**
 * `npm run build`: checks the content, builds the site with Astro into a
 * temporary folder, and swaps it into place only when the whole build
 * succeeded, so a failed build leaves the previous output untouched.
 */
import { build } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { createHash } from 'node:crypto';
import { loadCorpus, hasErrors } from '../lib/corpus.ts';
import { formatReport } from '../lib/problems.ts';
import { shareCorpus } from '../loader/dossier-loader.ts';
import { readOptions } from './options.ts';

const options = readOptions();
const label = relative(process.cwd(), options.contentDir) || '.';
const started = performance.now();

let corpus;
try {
  corpus = loadCorpus(options.contentDir);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (corpus.problems.length > 0) console.error(formatReport(corpus.problems, label));
if (hasErrors(corpus)) {
  console.error(`\nThe build stopped: fix the errors above. ${relative(process.cwd(), options.outDir)}/ was left as it was.`);
  process.exit(1);
}
shareCorpus(corpus);
if (!options.site) {
  console.warn('warning: DOSSIER_SITE is not set, so the site gets no sitemap.xml, canonical links or og:url (set it to the address the site is served from, e.g. https://example.org).');
}

const staging = `${options.outDir}.tmp-${process.pid}`;
// One Astro cache per content folder, so builds of different stories don't share a data store.
const cacheKey = createHash('sha256').update(options.contentDir).digest('hex').slice(0, 12);
try {
  await build({
    root: options.projectRoot,
    outDir: staging,
    cacheDir: `${options.projectRoot}/node_modules/.astro/dossier-${cacheKey}`,
    logLevel: process.env.DOSSIER_LOG_LEVEL === 'info' ? 'info' : 'warn',
  });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed: ${(error as Error).message}`);
  console.error(`${relative(process.cwd(), options.outDir)}/ was left as it was.`);
  process.exit(1);
}

const previous = `${options.outDir}.old-${process.pid}`;
if (existsSync(options.outDir)) renameSync(options.outDir, previous);
renameSync(staging, options.outDir);
rmSync(previous, { recursive: true, force: true });

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const out = relative(process.cwd(), options.outDir) || '.';
console.log(`Built ${corpus.entries.length} entries from ${label}/ into ${out}/ in ${seconds} s.`);
console.log(`Preview it with: npm run preview`);
