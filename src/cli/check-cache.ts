/**
 * `npm run check`'s cache: what reading each file found, kept between runs in
 * `node_modules/.cache/dossier/`, one folder per content folder (`disk-cache.ts`).
 * A file is read again when its bytes change; the whole cache is dropped when
 * Dossier's code or its dependencies change. `--no-cache` ignores it. The
 * caches of the ten folders checked last are kept.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ReadCache, StoredRead } from '../lib/cached-read.ts';
import { codeVersion, keepNewest, openDiskCache } from './disk-cache.ts';
import type { Options } from './options.ts';

/**
 * Keeps the caches of the most recently checked folders only, so they can't
 * pile up. Checks of other folders may run at the same time and remove a
 * cache this one has just listed: that one is simply gone already.
 */
const KEEP = 10;
export function forgetOldest(folder: string, keep = KEEP): void {
  // Before 26 November 2026 a folder's cache was one file, `check-<hash>.json`.
  keepNewest(folder, keep, (name) => /^check-[0-9a-f]+(\.json)?$/.test(name));
}

export interface CheckCache extends ReadCache {
  /** Writes what this run read (and only that: files since deleted are forgotten). */
  save(): void;
}

export function openCheckCache(options: Options): CheckCache {
  const folder = join(options.projectRoot, 'node_modules/.cache/dossier');
  const own = join(folder, `check-${createHash('sha1').update(options.contentDir).digest('hex').slice(0, 12)}`);
  const cache = openDiskCache<StoredRead>(own, 'reads', codeVersion(options.projectRoot), 'json');
  return {
    get: cache.get,
    set: cache.set,
    size: cache.size,
    save() {
      if (cache.save()) forgetOldest(folder);
    },
  };
}
