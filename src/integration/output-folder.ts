/**
 * The build's output, replaced whole or not at all, with no moment where
 * `DOSSIER_OUT` holds neither the previous site nor the new one.
 *
 * `DOSSIER_OUT` (`dist`) is a symbolic link to the current build, a folder in
 * `.dist.builds/` beside it. Astro writes a new build into a staging folder of
 * its own process; once every page and the search index are written it is
 * moved into `.dist.builds/`, and a new link replaces the old one in one
 * rename, which the file system does atomically. The previous build is kept
 * until the next build starts (a reader midway through a visit still gets its
 * pages and assets); older ones, and what killed builds left, are deleted.
 *
 * The first build into a real folder (one Dossier 0.1 or a person made) moves
 * that folder into `.dist.builds/` first: the only moment `dist` is missing,
 * between two renames.
 *
 * A `DOSSIER_OUT` that is a symbolic link Dossier did not make is followed:
 * the build replaces the folder it points to, so what the link serves is new.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** Where the builds of `out` are kept: `.dist.builds/` beside `dist`. */
export function buildsFolder(out: string): string {
  return join(dirname(out), `.${basename(out)}.builds`);
}

/** The folder a link at `path` points to, absolute; undefined when `path` is not a link. */
function linkTarget(path: string): string | undefined {
  return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ? resolve(dirname(path), readlinkSync(path)) : undefined;
}

/** Is `path` a link Dossier made, to one of its builds? */
function isOurLink(path: string): boolean {
  const target = linkTarget(path);
  return target !== undefined && dirname(target) === buildsFolder(path);
}

/**
 * The path a build replaces: `outDir`, or, when it is a symbolic link that
 * Dossier did not make, the path it points to (followed link by link).
 */
export function outputPath(outDir: string): string {
  let path = resolve(outDir);
  for (let hops = 0; hops < 40; hops++) {
    const target = linkTarget(path);
    if (target === undefined || isOurLink(path)) return path;
    path = target;
  }
  return path;
}

/**
 * Where the build is written by Astro. Inside the folder the build runs from
 * (Astro puts its prerender bundle inside its output folder only then;
 * elsewhere it would share `.astro/` with any other build): in `.dist.builds/`
 * when that is inside it, else in `node_modules/.cache/dossier/`. One name for
 * every build of `out`, since one build runs at a time (`build-lock.ts`):
 * Astro writes its output folder into the code of its pages (`astro:assets`),
 * and its incremental build reuses a page only while that code is the same.
 */
export function stagingFolder(out: string, cwd = process.cwd()): string {
  const builds = buildsFolder(out);
  return inside(builds, cwd) ? join(builds, STAGING) : join(cwd, 'node_modules', '.cache', 'dossier', `${basename(out)}-${STAGING}`);
}

const STAGING = 'staging';

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/** A folder `name` of the builds folder, free of what another build left. */
function buildFolderName(builds: string): string {
  const stamp = Date.now().toString(36);
  let name = `build-${stamp}-${process.pid}`;
  for (let n = 1; existsSync(join(builds, name)); n++) name = `build-${stamp}-${process.pid}-${n}`;
  return name;
}

/** Moves a folder, across file systems too (a copy, then the original deleted). */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, `${to}.partial`, { recursive: true, verbatimSymlinks: true });
    renameSync(`${to}.partial`, to);
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Puts the build in `staging` in place at `out` (a path from `outputPath`).
 * `afterStep` is called after each change on disk (the tests stop the swap
 * there, as a kill would).
 */
export function swapIntoPlace(staging: string, out: string, afterStep: (step: string) => void = () => {}): void {
  const builds = buildsFolder(out);
  mkdirSync(builds, { recursive: true });
  const name = buildFolderName(builds);
  const current = join(builds, name);
  if (staging !== current) moveFolder(staging, current);
  afterStep('moved the build beside the others');

  const link = join(dirname(out), `.${basename(out)}.link-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(relative(dirname(out), current), link, 'dir');
  afterStep('made the new link');

  const stat = lstatSync(out, { throwIfNoEntry: false });
  const previous = isOurLink(out) ? linkTarget(out) : undefined;
  let moved: string | undefined;
  if (stat && !stat.isSymbolicLink()) {
    // A real folder from before: kept as the previous build.
    moved = join(builds, `${name}-previous`);
    renameSync(out, moved);
    afterStep('moved the real folder aside');
  }
  renameSync(link, out);
  afterStep('replaced the link');

  const keep = new Set([name, basename(previous ?? moved ?? current)]);
  for (const entry of readdirSync(builds)) {
    if (!keep.has(entry) && !entry.startsWith(STAGING)) rmSync(join(builds, entry), { recursive: true, force: true });
  }
}

/**
 * Deletes what builds killed midway left beside `out`: their staging folders
 * and links. Only while no other build of this project runs (`build-lock.ts`).
 */
export function removeLeftovers(out: string, cwd = process.cwd()): void {
  const builds = buildsFolder(out);
  if (existsSync(builds)) {
    for (const entry of readdirSync(builds)) {
      if (entry.startsWith(STAGING) || entry.endsWith('.partial')) rmSync(join(builds, entry), { recursive: true, force: true });
    }
  }
  const cache = join(cwd, 'node_modules', '.cache', 'dossier');
  if (existsSync(cache)) {
    for (const entry of readdirSync(cache)) {
      if (entry.startsWith(`${basename(out)}-${STAGING}`)) rmSync(join(cache, entry), { recursive: true, force: true });
    }
  }
  const parent = dirname(out);
  if (existsSync(parent)) {
    for (const entry of readdirSync(parent)) {
      if (entry.startsWith(`.${basename(out)}.link-`)) rmSync(join(parent, entry), { force: true });
    }
  }
}

/**
 * Deletes the builds of `out` older than the one it serves, while the next
 * build runs (the promise ends when they are gone): the build that was
 * previous for readers midway through a visit has been so since the last
 * build ended, and deleting tens of thousands of files is seconds better
 * spent beside the build's first, single-threaded steps than after its last.
 */
export async function removeOlderBuilds(out: string): Promise<void> {
  const builds = buildsFolder(out);
  if (!existsSync(builds)) return;
  const served = isOurLink(out) ? basename(linkTarget(out)!) : undefined;
  const older = readdirSync(builds).filter((entry) => entry !== served && !entry.startsWith(STAGING) && !entry.endsWith('.partial'));
  await Promise.all(older.map((entry) => rm(join(builds, entry), { recursive: true, force: true })));
}

/** After a failed build: deletes its staging folder, and the builds folder if that leaves it empty. */
export function discardStaging(out: string, cwd = process.cwd()): void {
  rmSync(stagingFolder(out, cwd), { recursive: true, force: true });
  const builds = buildsFolder(out);
  if (lstatSync(builds, { throwIfNoEntry: false })?.isDirectory() && readdirSync(builds).length === 0) rmSync(builds, { recursive: true });
}
