/**
 * Removing a previous build's output without waiting for it. A successful
 * build swaps the new site into place and renames the old one
 * `<out>.old-<pid>`; deleting its files (20,000 of them for 10,000 entries)
 * took about 10 s on this project's machine, all of it waiting for the disk.
 * So a process of its own deletes it, and the build command returns as soon
 * as the new site is in place. Should that process be stopped before it is
 * done (the machine shut down), the next build removes what is left, and the
 * staging folders of builds that were killed (`<out>.tmp-<pid>`, the pid no
 * longer running).
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Deletes these folders from a detached process that outlives this one. */
export function removeInBackground(paths: readonly string[]): void {
  if (paths.length === 0) return;
  const script = "for (const p of process.argv.slice(1)) try { require('node:fs').rmSync(p, { recursive: true, force: true }) } catch {}";
  spawn(process.execPath, ['-e', script, ...paths], { detached: true, stdio: 'ignore' }).unref();
}

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: running, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * What earlier builds into `outDir` left next to it: old outputs not yet (or
 * never) deleted, and staging folders of builds that are no longer running.
 */
export function leftovers(outDir: string): string[] {
  const name = basename(outDir);
  let siblings: string[];
  try {
    siblings = readdirSync(dirname(outDir));
  } catch {
    return [];
  }
  return siblings
    .filter((sibling) => {
      const m = /^\.(old|tmp)-(\d+)$/.exec(sibling.startsWith(name) ? sibling.slice(name.length) : '');
      return m !== null && (m[1] === 'old' || !running(Number(m[2])));
    })
    .map((sibling) => join(dirname(outDir), sibling));
}
