/**
 * Dossier as an Astro integration, registered in `astro.config.mjs` as
 * `dossier()` (as Starlight is): it sets the build options Dossier's pages
 * need, hands the pages its options (`virtual:dossier/options`), and at the
 * end of `astro build` indexes the site for search and swaps it into place.
 *
 * The content itself reaches the pages through the content layer: the
 * `dossier` collection of `src/content.config.ts`, filled by `loader.ts`.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readOptions, readOptionsOrExit, displayPath, type Options } from './options.ts';
import { outDirProblem } from './out-dir.ts';
import { buildsFolder, outputPath, removeLeftovers, removeOlderBuilds, stagingFolder, swapIntoPlace } from './output-folder.ts';
import { lockBuilds, type Release } from './build-lock.ts';
import { searchIndexer, type SearchIndexer } from './pagefind.ts';
import { virtualOptions } from './virtual-options.ts';
import { unwatched, watchContent } from './watch-content.ts';
import { dropStoreModules, ssrModules } from './fresh-store-modules.ts';

export { readOptions, readOptionsOrExit };

export function dossier(options: Options = readOptions()): AstroIntegration {
  let staging: string | undefined;
  let release: Release | undefined;
  const out = outputPath(options.outDir);
  let search: SearchIndexer | undefined;
  let olderRemoved: Promise<void> | undefined;
  let stopWatching: (() => void) | undefined;
  return {
    name: 'dossier',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        updateConfig({
          // Every page is `<path>/index.html` and every link ends in `/`: plain
          // static servers (nginx, S3, GitHub Pages) serve that with no rewrites.
          trailingSlash: 'always',
          // Two pages at a time: one renders while the other is written to disk.
          build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
          devToolbar: { enabled: false },
          prefetch: false,
          // A rebuild copies from the last build every page whose cacheKey and
          // code are unchanged, instead of rendering it again (page-keys.ts).
          experimental: { incrementalBuild: true },
          // Scripts are always external files, never inlined however small: a
          // strict Content-Security-Policy (script-src 'self') must hold on every page.
          vite: {
            build: { assetsInlineLimit: 0 },
            plugins: [virtualOptions(options, fileURLToPath(new URL('dossier-cards/', config.cacheDir)))],
          },
        });
        // `astro dev` watches the content folder itself (watch-content.ts says why), and
        // nothing of the built site: Vite's watcher would walk every page of it at start.
        if (command === 'dev') {
          const ignored = unwatched([options.contentDir, out, buildsFolder(out)]);
          updateConfig({ vite: { server: { watch: { ignored: [ignored] } } } });
        }
        if (command === 'build') {
          const refused = outDirProblem(options.outDir, options.projectRoot, options.contentDir);
          if (refused) throw new AstroError(refused, 'Set DOSSIER_OUT to an empty folder, or one Dossier built.');
          release = await lockBuilds(options.projectRoot, (message) => logger.warn(message));
          removeLeftovers(out);
          olderRemoved = removeOlderBuilds(out);
          // Awaited before the swap; a failed build still ends when they are gone.
          olderRemoved.catch(() => {});
          staging = stagingFolder(out);
          updateConfig({ outDir: pathToFileURL(staging + sep) });
        }
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        // Astro's documented way to reload a loader: its sync writes the store at
        // once, where a loader's own watcher would wait for the store's debounce.
        if (!refreshContent) return;
        stopWatching = watchContent(options.contentDir, async () => {
          await refreshContent({ loaders: ['dossier'] });
          // So that the next page reads the store just written (fresh-store-modules.ts says why).
          const modules = ssrModules(server);
          if (modules) dropStoreModules(modules);
        });
      },
      'astro:server:done': () => stopWatching?.(),
      'astro:build:start': ({ setPrerenderer }) => {
        // Every page, as Astro renders it, goes to the search index too (pagefind.ts says why).
        const indexer = (search = searchIndexer());
        const belowBase = (path: string) => (path.startsWith(options.base) ? `/${path.slice(options.base.length)}` : path);
        setPrerenderer((astro) => ({
          ...astro,
          name: 'dossier',
          // The share cards last: drawn in worker threads from the start, they are
          // ready by then, and the pages were rendered meanwhile (share-card-pool.ts).
          async getStaticPaths() {
            // The paths alone, or with the images they resolved.
            const found = await astro.getStaticPaths();
            const paths = Array.isArray(found) ? found : found.paths;
            const isCard = (p: (typeof paths)[number]) => p.pathname.startsWith(`${options.base}cards/`);
            const ordered = [...paths.filter((p) => !isCard(p)), ...paths.filter(isCard)];
            indexer.plan(ordered.map((p) => belowBase(p.pathname)));
            return Array.isArray(found) ? ordered : { ...found, paths: ordered };
          },
          async render(request, render) {
            const result = await astro.render(request, render);
            const response = result instanceof Response ? result : result.response;
            const html = response.headers.get('content-type')?.startsWith('text/html') ? await response.clone().text() : undefined;
            indexer.rendered(belowBase(new URL(request.url).pathname), html);
            return result;
          },
        }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        if (!search) throw new Error('The search index was never started: astro:build:start did not run.');
        const pages = await search.write(site);
        logger.info(`Indexed ${pages} pages for search.`);
        if (staging) {
          await olderRemoved;
          swapIntoPlace(staging, out);
          logger.info(`The site is in ${displayPath(options.outDir)}/.`);
        }
        await release?.();
      },
    },
  };
}
