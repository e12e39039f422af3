/**
 * How `npm run build` tells the entry routes which pages the previous output
 * already holds as they would be rendered now (`src/cli/page-reuse.ts`), and
 * how the routes tell it what each page is made from. Astro renders the pages
 * in the build's own process, but from a bundle of its own, so the two meet
 * on `globalThis`, as the site model does (`shared-site.ts`).
 *
 * Without a build to ask (`npm run dev`, a plain `astro build`), every page is
 * rendered.
 */

export interface PageReuse {
  /**
   * Whether the page Astro would write to `file` (relative to the output
   * folder, `actors/cnn/index.html`) can be taken from the previous output,
   * given its key, a digest of all the page is made from
   * (`page-cache-key.ts`). Called once for every entry page. The key is asked
   * for only when the previous output has a page there; the build keeps every
   * page's key for the next build.
   */
  reusable(file: string, key: () => string): boolean;
  /**
   * Once Astro has written its pages into `site`: puts the reusable pages
   * there too, then notes every page's key and file for the next build,
   * in the background, while the search index is made.
   */
  placeInto(site: string): void;
}

const SHARED = Symbol.for('dossier.page-reuse');

/** Called by `npm run build` before Astro starts. */
export function sharePageReuse(reuse: PageReuse): void {
  (globalThis as Record<symbol, unknown>)[SHARED] = reuse;
}

/** What the build in this process shares, if any. */
export function sharedPageReuse(): PageReuse | undefined {
  return (globalThis as Record<symbol, unknown>)[SHARED] as PageReuse | undefined;
}
