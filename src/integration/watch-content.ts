/**
 * `astro dev`: reads the story again whenever a file of its content folder
 * changes. An editor's save is often two events, so a reload waits until the
 * folder has been still for a moment; reloads run one at a time, and a save
 * during one is read by the next.
 *
 * The folder is watched here, with Node's recursive `fs.watch`, and kept out
 * of Vite's watcher (`unwatched`). Astro evaluates the content config again
 * for every Markdown file Vite's watcher reports, wherever it is, and drops a
 * `refreshContent` asked for meanwhile: half the saves were then shown only
 * by a later, slower reload.
 */
import { statSync, watch } from 'node:fs';
import { resolve, sep } from 'node:path';

/** How long the content folder must be still before it is read again. */
const QUIET_MS = 30;

/** Starts watching and calls `changed` on every change below the folder; returns how to stop. */
export type WatchFolder = (root: string, changed: () => void) => () => void;

const watchRecursively: WatchFolder = (root, changed) => {
  // Node's recursive watch of a path that is no folder watches nothing, and says nothing.
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    // The loader says what is wrong on every page; the server goes on.
    console.error(`Dossier cannot watch ${root}, which is no folder: restart npm run dev once it is there.`);
    return () => {};
  }
  const watcher = watch(root, { recursive: true, persistent: false }, changed);
  // A folder that goes away (renamed, unmounted) ends the watch; the server goes on.
  watcher.on('error', (error) => console.error(`Dossier stopped watching ${root}: ${error.message}`));
  return () => watcher.close();
};

/** Watches `contentDir` and runs `reload` after each burst of changes; returns how to stop. */
export function watchContent(contentDir: string, reload: () => Promise<void>, watchFolder: WatchFolder = watchRecursively): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  let reloading: Promise<void> = Promise.resolve();
  return watchFolder(resolve(contentDir), () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      reloading = reloading.then(reload).catch((error: unknown) => {
        console.error(`Dossier could not read the content again: ${(error as Error).message}`);
      });
    }, QUIET_MS);
  });
}

/** For Vite's `server.watch.ignored`: whether `path` is one of `folders` or inside one. */
export function unwatched(folders: readonly string[]): (path: string) => boolean {
  const roots = folders.map((folder) => resolve(folder));
  return (path) => {
    const full = resolve(path);
    return roots.some((root) => full === root || full.startsWith(root + sep));
  };
}
