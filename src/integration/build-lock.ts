/**
 * One build of a project at a time. Builds share the project's Astro folders
 * (`node_modules/.astro/`, its content store), so a second build, of the same
 * story or another, into the same output or another, waits until the first
 * one ends, and says so. The lock is a folder (`proper-lockfile`), refreshed
 * while the build runs and released when it ends, however it ends; one left by
 * a build that was killed is taken over once it is 10 s old.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

export type Release = () => Promise<void>;

export async function lockBuilds(projectRoot: string, waiting: (message: string) => void): Promise<Release> {
  const folder = join(projectRoot, 'node_modules', '.cache', 'dossier');
  mkdirSync(folder, { recursive: true });
  const options = {
    lockfilePath: join(folder, 'build.lock'),
    stale: 10_000,
    realpath: false,
    onCompromised: () => waiting("Dossier: another process took over this build's lock; a build started now could clash with this one."),
  };
  if (await lockfile.check(folder, options)) waiting('Another build of this project is running: this one starts when it ends.');
  return lockfile.lock(folder, { ...options, retries: { forever: true, minTimeout: 200, maxTimeout: 1_000 } });
}
