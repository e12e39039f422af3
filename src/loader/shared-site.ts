/**
 * In a build, Astro runs the content loader and renders the pages in the same
 * process: the loader leaves the site model it computed here, and `getSite()`
 * takes it. The model is not put in the content store in a build (issue 8):
 *
 * - Astro hands the store to the pages as one generated JavaScript module
 *   holding the whole store as a string literal: 50 MB at 10,000 entries,
 *   which V8 took about 22 s to compile whenever the content had changed
 *   (the cost grows faster than the size), then 2 s to deserialize.
 * - Storing and writing it cost more again: Astro walks every entry's data
 *   twice (image imports, references), serializes it with devalue, writes it,
 *   and Vite bundles the module: about 17 s of CPU and 0.6 GiB of memory at
 *   10,000 entries, for data already in memory.
 *
 * `npm run dev` does the same for the same reasons, on every reload: the
 * loader publishes the story's current model (`publishDevSite`), every request
 * reads it (`devSite`), and the store holds only the content's problems and a
 * revision number, whose change is what makes Astro reload the open pages.
 * Kept apart from the loader so the pages' bundle imports only this.
 */
import type { SiteModel } from '../lib/site-types.ts';

const SHARED = Symbol.for('dossier.site');

/** Called by the loader in a build, once the site model is computed. */
export function shareSite(site: SiteModel): void {
  (globalThis as Record<symbol, unknown>)[SHARED] = site;
}

/** The site model the loader computed in this process; the pages take it once. */
export function takeSharedSite(): SiteModel {
  const shared = (globalThis as Record<symbol, unknown>)[SHARED] as SiteModel | undefined;
  if (!shared) {
    throw new Error(
      'Dossier found no site model to render: its content loader computes it at the start of a build, in the process that renders the pages (src/loader/shared-site.ts).',
    );
  }
  (globalThis as Record<symbol, unknown>)[SHARED] = undefined;
  return shared;
}

const DEV = Symbol.for('dossier.dev-site');

/** In `npm run dev`: the last good model of the story in `root` (or a placeholder saying it has errors). */
export function publishDevSite(root: string, site: SiteModel): void {
  (globalThis as Record<symbol, unknown>)[DEV] = { root, site };
}

/** In `npm run dev`: the model the loader last published for `root`, if any. */
export function devSite(root?: string): SiteModel | undefined {
  const published = (globalThis as Record<symbol, unknown>)[DEV] as { root: string; site: SiteModel } | undefined;
  return published && (root === undefined || published.root === root) ? published.site : undefined;
}
