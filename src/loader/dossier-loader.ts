/**
 * Dossier's content loader for Astro's content layer. It reads the whole
 * content folder with the pure core (`src/lib`), renders every entry once
 * with Dossier's unified pipeline, and stores each page's data and HTML in
 * the `entries` collection. Pages only read the store.
 */
import type { Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, hasErrors, type Corpus } from '../lib/corpus.ts';
import { formatReport } from '../lib/problems.ts';
import { buildSiteModel } from '../lib/site-model.ts';

const SHARED = Symbol.for('dossier.corpus');

/**
 * With `DOSSIER_TIMINGS=1`, the build prints how long each of its phases took,
 * one `dossier-timing <phase> <ms>` line each (read by `npm run bench`).
 */
export function logTiming(phase: string, ms: number): void {
  if (process.env.DOSSIER_TIMINGS === '1') console.log(`dossier-timing ${phase} ${ms.toFixed(0)}`);
}

/**
 * The build command checks the content before starting Astro and leaves its
 * corpus here, so the loader doesn't read and parse every file a second time.
 */
export function shareCorpus(corpus: Corpus): void {
  // The build command calls this right after loadCorpus: the time since the
  // process started is Node's start-up, the imports and loadCorpus.
  logTiming('index', performance.now());
  (globalThis as Record<symbol, unknown>)[SHARED] = corpus;
}

function takeSharedCorpus(root: string): Corpus | undefined {
  const shared = (globalThis as Record<symbol, unknown>)[SHARED] as Corpus | undefined;
  (globalThis as Record<symbol, unknown>)[SHARED] = undefined;
  return shared && resolve(shared.root) === root ? shared : undefined;
}

/** The content folder: `DOSSIER_CONTENT`, relative to the project root. */
export function contentRoot(projectRoot: string): string {
  return resolve(projectRoot, process.env.DOSSIER_CONTENT || 'content');
}

export function dossierLoader(): Loader {
  return {
    name: 'dossier-loader',
    load: async ({ store, config, logger, watcher }) => {
      const root = contentRoot(fileURLToPath(config.root));
      const sync = () => {
        const loadStarted = performance.now();
        const corpus = takeSharedCorpus(root) ?? loadCorpus(root);
        logTiming('loader-load-corpus', performance.now() - loadStarted);
        if (hasErrors(corpus)) {
          throw new Error(`The content has errors:\n${formatReport(corpus.problems, root)}`);
        }
        const modelStarted = performance.now();
        const site = buildSiteModel(corpus, { base: config.base });
        logTiming('site-model', performance.now() - modelStarted);
        const storeStarted = performance.now();
        store.clear();
        const { story, timeline, base, graph } = site;
        store.set({ id: 'story', data: { ...story, timeline, base, storyGraph: graph } as never, rendered: { html: story.html } });
        for (const page of site.pages) {
          store.set({ id: page.ref.id, data: page as never, rendered: { html: page.html } });
        }
        logTiming('store', performance.now() - storeStarted);
        logger.info(`${site.pages.length + 1} entries from ${root}`);
      };
      sync();
      if (watcher) {
        watcher.add(root);
        watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(root)) return;
          try {
            sync();
          } catch (error) {
            logger.error((error as Error).message);
          }
        });
      }
    },
  };
}
