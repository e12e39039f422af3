/**
 * Full-text search index (issue 3): at the end of every `astro build`, Pagefind
 * indexes the HTML Astro just wrote and puts its bundle in `pagefind/` inside
 * that same folder. `npm run build` builds into a staging folder and swaps it
 * into place afterwards, so the index is swapped in with the pages it
 * describes, never half-written, and a site can't be built without it.
 *
 * What is indexed is decided by the page templates: `data-pagefind-body` on
 * each entry's article, `data-pagefind-ignore` on lists of other entries,
 * weights, metadata, filters and the sort key (see README "Search").
 *
 * Pagefind's indexer is a native binary that the npm package `pagefind` brings
 * as a platform package (`@pagefind/linux-x64`, ...): nothing is downloaded.
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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
  return added.page_count;
}
