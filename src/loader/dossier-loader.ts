/**
 * Dossier's content loader for Astro's content layer. It reads the whole
 * content folder with the pure core (`src/lib`), renders every entry once
 * with Dossier's unified pipeline, and computes every page's data (the site
 * model), which it hands to the pages in memory (see `shared-site.ts`). In a
 * build, a body that an earlier build of the story rendered, and whose answers
 * (what its links resolve to, what it cites) are unchanged, is taken from that
 * build's cache (`src/cli/build-cache.ts`) instead.
 *
 * In `npm run dev` it watches the content folder and reloads the story on
 * every change, so a page and every page that links to it (backlinks) are
 * current; only changed files are parsed again and only the bodies an edit
 * reaches are rendered again. Content with errors doesn't stop the server:
 * the last good pages stay, and the problems are stored in the `entries`
 * collection for the page shell to show (see `DevProblems.astro`); fixing
 * them recovers without a restart.
 */
import type { Loader } from 'astro/loaders';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, hasErrors, type Corpus } from '../lib/corpus.ts';
import { formatProblem, formatReport, sortProblems } from '../lib/problems.ts';
import { UnusableContentFolder } from '../lib/list-content.ts';
import { buildSiteModel } from '../lib/site-model.ts';
import { memoryCache } from '../lib/memory-cache.ts';
import type { StoredRead } from '../lib/cached-read.ts';
import type { Remembered, RenderMemo } from '../lib/render-memo.ts';
import { logTiming } from '../cli/timing.ts';
import { placeholderSite } from './placeholder-site.ts';
import { PROBLEMS_ID, type StoredProblems } from './problems-entry.ts';
import { devSite, publishDevSite, shareSite } from './shared-site.ts';

const SHARED = Symbol.for('dossier.corpus');
/** How long the content folder must be still before `npm run dev` reads it again. */
const QUIET_MS = 150;


/** What the build command hands the loader. */
interface Shared {
  corpus: Corpus;
  /** The bodies earlier builds of this story rendered (`build-cache.ts`). */
  renderMemo?: RenderMemo;
}

/**
 * The build command checks the content before starting Astro and leaves its
 * corpus here, so the loader doesn't read and parse every file a second time,
 * with what earlier builds rendered.
 */
export function shareCorpus(corpus: Corpus, renderMemo?: RenderMemo): void {
  // The build command calls this right after loadCorpus: the time since the
  // process started is Node's start-up, the imports and loadCorpus.
  logTiming('index', performance.now());
  (globalThis as Record<symbol, unknown>)[SHARED] = { corpus, ...(renderMemo ? { renderMemo } : {}) } satisfies Shared;
}

function takeShared(root: string): Shared | undefined {
  const shared = (globalThis as Record<symbol, unknown>)[SHARED] as Shared | undefined;
  (globalThis as Record<symbol, unknown>)[SHARED] = undefined;
  return shared && resolve(shared.corpus.root) === root ? shared : undefined;
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
      // Only `astro dev` has a watcher: there, errors are shown, not thrown.
      const dev = Boolean(watcher);
      // What earlier reloads read and rendered: after an edit, a reload parses
      // the edited file and renders what its change reaches, reusing the rest.
      const readCache = dev ? memoryCache<StoredRead>() : undefined;
      const renderMemo = dev ? memoryCache<Remembered>() : undefined;
      let revision = 0;
      const storeProblems = (errors: string[], warnings: string[] = []) => {
        // The pages of another story (an earlier server's) are no "last good version".
        if (errors.length > 0 && !devSite(root)) publishDevSite(root, placeholderSite(root, config.base));
        store.clear();
        store.set({ id: PROBLEMS_ID, data: { root, errors, warnings, revision: ++revision } satisfies StoredProblems as never });
      };
      const sync = () => {
        let corpus: Corpus;
        let memo: RenderMemo | undefined = renderMemo;
        try {
          const loadStarted = performance.now();
          const shared = takeShared(root);
          memo ??= shared?.renderMemo;
          corpus = shared?.corpus ?? loadCorpus(root, { ...(readCache ? { cache: readCache } : {}) });
          logTiming('loader-load-corpus', performance.now() - loadStarted);
        } catch (error) {
          if (!dev || !(error instanceof UnusableContentFolder)) throw error;
          logger.error(error.message);
          return storeProblems([`${root}  error  ${error.message}`]);
        }
        const lines = (severity: string) =>
          sortProblems(corpus.problems).filter((p) => p.severity === severity).map((p) => formatProblem(p, root));
        if (hasErrors(corpus)) {
          const report = `The content has errors:\n${formatReport(corpus.problems, root)}`;
          if (!dev) throw new Error(report);
          logger.error(report);
          return storeProblems(lines('error'), lines('warning'));
        }
        const modelStarted = performance.now();
        const site = buildSiteModel(corpus, { base: config.base, ...(memo ? { renderMemo: memo } : {}) });
        readCache?.endRound();
        renderMemo?.endRound();
        logTiming('site-model', performance.now() - modelStarted);
        const storeStarted = performance.now();
        // The pages read the model from memory (shared-site.ts says why).
        if (dev) {
          publishDevSite(root, site);
          storeProblems([], lines('warning'));
        } else {
          store.clear();
          shareSite(site);
        }
        logTiming('store', performance.now() - storeStarted);
        logger.info(`${site.pages.length + 1} entries from ${root}`);
      };
      sync();
      if (watcher) {
        watcher.add(root);
        // An editor's save is often two events (the file emptied, then
        // written), and the watcher may report only the first: wait until the
        // folder has been quiet for a moment, then read it.
        let pending: ReturnType<typeof setTimeout> | undefined;
        watcher.on('all', (_event, path) => {
          const changed = resolve(path);
          if (changed !== root && !changed.startsWith(root + sep)) return;
          clearTimeout(pending);
          pending = setTimeout(() => {
            try {
              sync();
            } catch (error) {
              logger.error(`Dossier failed to reload the content: ${(error as Error).stack ?? error}`);
            }
          }, QUIET_MS);
        });
      }
    },
  };
}
