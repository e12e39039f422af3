/**
 * `astro dev`: reads the story again whenever a file of its content folder
 * changes. An editor's save is often two events, so a reload waits until the
 * folder has been still for a moment; reloads run one at a time, and a save
 * during one is read by the next.
 */
import { resolve, sep } from 'node:path';

/** How long the content folder must be still before it is read again. */
const QUIET_MS = 30;

/** What is used of the dev server's file watcher (Vite's chokidar). */
interface Watcher {
  add(path: string): unknown;
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
}

export function watchContent(watcher: Watcher, contentDir: string, reload: () => Promise<void>): void {
  const root = resolve(contentDir);
  watcher.add(root);
  let pending: ReturnType<typeof setTimeout> | undefined;
  let reloading: Promise<void> = Promise.resolve();
  watcher.on('all', (_event: string, path: string) => {
    const changed = resolve(path);
    if (changed !== root && !changed.startsWith(root + sep)) return;
    clearTimeout(pending);
    pending = setTimeout(() => {
      reloading = reloading.then(reload).catch((error: unknown) => {
        console.error(`Dossier could not read the content again: ${(error as Error).message}`);
      });
    }, QUIET_MS);
  });
}
