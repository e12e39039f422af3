/**
 * In a build, the content loader and the pages run in the same process: the
 * loader leaves the site model it just computed here, and `getSite()` takes it
 * instead of reading it back from the content store.
 *
 * Why: Astro hands the store to the pages as one generated JavaScript module
 * holding the whole store as a string literal. At 10,000 entries that is a
 * 50 MB literal, and V8 takes about 22 s to compile it (the cost grows faster
 * than the size), then 2 s to deserialize it: a quarter of the build, for data
 * already in memory (issue 8). The loader still stores every page's data, so
 * `npm run dev`, which reads the store on every request, and anything else
 * that reads the collection, see the same data.
 *
 * Kept apart from the loader so the pages' bundle imports only this.
 */
import type { SiteModel } from '../lib/site-types.ts';

const SHARED = Symbol.for('dossier.site');

/** Called by the loader in a build, after storing the site. */
export function shareSite(site: SiteModel): void {
  (globalThis as Record<symbol, unknown>)[SHARED] = site;
}

/** The site model the loader computed in this process, if any; the pages read it once. */
export function takeSharedSite(): SiteModel | undefined {
  const shared = (globalThis as Record<symbol, unknown>)[SHARED] as SiteModel | undefined;
  (globalThis as Record<symbol, unknown>)[SHARED] = undefined;
  return shared;
}
