/**
 * `npm run check`'s cache: what reading each file found, kept between runs in
 * `node_modules/.cache/dossier/`, one file per content folder. A file is read
 * again when its bytes change; the whole cache is dropped when Dossier's code
 * or its dependencies change. `--no-cache` ignores it. The caches of the ten
 * folders checked last are kept.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadCache, StoredRead } from '../lib/cached-read.ts';
import type { Options } from './options.ts';

/** What reading a file depends on besides its bytes: the core's code and the installed packages. */
function codeVersion(projectRoot: string): string {
  const hash = createHash('sha1').update(process.version);
  for (const folder of ['src/lib', 'src/markdown']) {
    for (const name of readdirSync(join(projectRoot, folder)).sort()) hash.update(name).update(readFileSync(join(projectRoot, folder, name)));
  }
  hash.update(readFileSync(join(projectRoot, 'package-lock.json')));
  return hash.digest('base64url');
}

/** Keeps the caches of the most recently checked folders only, so they can't pile up. */
const KEEP = 10;
function forgetOldest(folder: string): void {
  const caches = readdirSync(folder)
    .filter((name) => /^check-[0-9a-f]+\.json$/.test(name))
    .map((name) => ({ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of caches.slice(KEEP)) rmSync(old.path, { force: true });
}

export interface DiskCache extends ReadCache {
  /** Writes what this run read (and only that: files since deleted are forgotten). */
  save(): void;
}

export function openCheckCache(options: Options): DiskCache {
  const folder = join(options.projectRoot, 'node_modules/.cache/dossier');
  const file = join(folder, `check-${createHash('sha1').update(options.contentDir).digest('hex').slice(0, 12)}.json`);
  const version = codeVersion(options.projectRoot);
  let before: Record<string, StoredRead> = {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version: string; reads: Record<string, StoredRead> };
    if (saved.version === version) before = saved.reads;
  } catch {
    // No cache yet, or an unreadable one: read every file.
  }
  const now: Record<string, StoredRead> = {};
  let changed = false;
  return {
    size: () => Object.keys(before).length,
    get(key) {
      const read = before[key];
      if (read) now[key] = read;
      return read;
    },
    set(key, read) {
      now[key] = read;
      changed = true;
    },
    save() {
      // Nothing read afresh and nothing gone: the saved cache is still exact.
      if (!changed && Object.keys(now).length === Object.keys(before).length) return;
      try {
        mkdirSync(folder, { recursive: true });
        writeFileSync(`${file}.${process.pid}`, JSON.stringify({ version, reads: now }));
        renameSync(`${file}.${process.pid}`, file);
        forgetOldest(folder);
      } catch {
        // A cache that can't be written only makes the next run slower.
      }
    },
  };
}
