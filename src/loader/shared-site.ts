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
 * `npm run dev` still stores the model, and its pages read the store on every
 * request. Kept apart from the loader so the pages' bundle imports only this.
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
