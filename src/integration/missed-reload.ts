/**
 * `astro dev`: the loader's own safety net. The integration asks Astro to
 * reload the content when a file of the content folder changes
 * (`watch-content.ts`), but Astro drops that request while it evaluates the
 * content config again, which any Markdown file's change starts. So the
 * loader watches the folder too, and reads it itself if no load ran within
 * `waitMs` of a change.
 *
 * Each evaluation of the content config makes a new loader, so this watch is
 * kept per dev server's watcher, not per loader: one listener, which runs
 * the newest loader's load. A listener per loader piled up, one more with
 * every edit, each reading the folder again with the context of its own
 * first load.
 */
import { resolve, sep } from 'node:path';

/** What is used of the dev server's file watcher (Vite's chokidar, through Astro's wrapper). */
export interface Watcher {
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
  listeners(event: 'all'): unknown[];
}

interface Watch {
  root: string;
  load: () => void;
  listener: (event: string, path: string) => void;
}

const watches = new WeakMap<Watcher, Watch>();

/**
 * Makes sure a change under `root` is followed by a load: `load` runs `waitMs`
 * after the last change unless `loadsSoFar()` moved meanwhile. Called again
 * with the same watcher, it only takes the newer `root` and `load`; it
 * listens again if Astro removed its listener (a full sync does).
 */
export function reloadIfMissed(watcher: Watcher, root: string, waitMs: number, loadsSoFar: () => number, load: () => void): void {
  const held = watches.get(watcher);
  if (held && watcher.listeners('all').includes(held.listener)) {
    held.root = root;
    held.load = load;
    return;
  }
  let pending: ReturnType<typeof setTimeout> | undefined;
  const watch: Watch = {
    root,
    load,
    listener: (_event, path) => {
      const changed = resolve(path);
      if (changed !== watch.root && !changed.startsWith(watch.root + sep)) return;
      const seen = loadsSoFar();
      clearTimeout(pending);
      pending = setTimeout(() => {
        if (loadsSoFar() === seen) watch.load();
      }, waitMs);
    },
  };
  watcher.on('all', watch.listener);
  watches.set(watcher, watch);
}
