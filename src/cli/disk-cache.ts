/**
 * A cache kept on disk between runs, for what depends only on a key (a digest
 * of the input) and on Dossier's code: `npm run check`'s readings
 * (`check-cache.ts`), and a build's readings and rendered bodies
 * (`build-cache.ts`). Values are spread over `SHARDS` files by their key, so a
 * run that changed a few of them writes a few files, not all. Saving keeps
 * only what the run used, so the values of deleted and edited files don't
 * pile up; everything is dropped when Dossier's code or its dependencies change.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { shardOf } from '../lib/preview-shards.ts';

/**
 * A digest of Node's version, `salt`, and the named files of the project,
 * folders read whole (their files in name order, however deep): what makes
 * anything kept between runs stale.
 */
export function projectDigest(projectRoot: string, paths: readonly string[], salt = ''): string {
  const hash = createHash('sha256').update(`${process.version}\u0000${salt}\u0000`);
  const add = (path: string) => {
    const full = join(projectRoot, path);
    if (!statSync(full).isDirectory()) return void hash.update(path).update('\u0000').update(readFileSync(full));
    for (const name of readdirSync(full).sort()) add(`${path}/${name}`);
  };
  paths.forEach(add);
  return hash.digest('base64url');
}

/** Writes `data` to `path` whole or not at all: a run reading it at the same time never sees half a file. */
export function writeFileAtomically(path: string, data: string | NodeJS.ArrayBufferView): void {
  writeFileSync(`${path}.${process.pid}`, data);
  renameSync(`${path}.${process.pid}`, path);
}

/**
 * Removes all but the `keep` newest (by modification time) of the files and
 * folders in `folder` whose names `matches`. Another process may be removing
 * them too: one gone between listing and reading its time is passed over.
 */
export function keepNewest(folder: string, keep: number, matches: (name: string) => boolean): void {
  const found = readdirSync(folder)
    .filter(matches)
    .flatMap((name) => {
      try {
        return [{ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.time - a.time);
  for (const old of found.slice(keep)) rmSync(old.path, { recursive: true, force: true });
}

/** What cached values depend on besides their keys: the core's code and the installed packages. */
export function codeVersion(projectRoot: string): string {
  return projectDigest(projectRoot, ['src/lib', 'src/markdown', 'package-lock.json']);
}

const SHARDS = 32;

/**
 * How values are written: `json`, or `v8` (Node's structured serialization),
 * which writes long strings such as rendered HTML several times faster than
 * JSON, and reads them back faster too; JSON reads many small objects faster.
 */
export type Codec = 'json' | 'v8';

export interface DiskCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** How many values were on disk when opened (for this code version). */
  size(): number;
  /** How many values this run set: those it had to make afresh. */
  fresh(): number;
  /** Writes the files whose values changed; returns whether it wrote any. A cache that can't be written only makes the next run slower. */
  save(): boolean;
}

/** The cache in `folder`, its files named `<name>-<n>.json` (or `.bin`). */
export function openDiskCache<T>(folder: string, name: string, version: string, codec: Codec): DiskCache<T> {
  const stamp = `${version}:${codec}:${SHARDS}`;
  const path = (shard: number) => join(folder, `${name}-${shard}.${codec === 'json' ? 'json' : 'bin'}`);
  const before = new Map<string, T>();
  const onDisk = new Array<number>(SHARDS).fill(0);
  for (let shard = 0; shard < SHARDS; shard++) {
    try {
      const bytes = readFileSync(path(shard));
      const saved = (codec === 'json' ? JSON.parse(bytes.toString('utf8')) : deserialize(bytes)) as { stamp: string; values: Record<string, T> };
      if (saved.stamp !== stamp || !saved.values) continue;
      for (const [key, value] of Object.entries(saved.values)) before.set(key, value);
      onDisk[shard] = Object.keys(saved.values).length;
    } catch {
      // No file yet, or an unreadable one: its values are made afresh.
    }
  }
  const now = new Map<string, T>();
  const changed = new Set<number>();
  let made = 0;
  return {
    size: () => before.size,
    fresh: () => made,
    get(key) {
      const value = before.get(key);
      if (value !== undefined) now.set(key, value);
      return value;
    },
    set(key, value) {
      now.set(key, value);
      changed.add(shardOf(key, SHARDS));
      made++;
    },
    save() {
      const shards: Record<string, T>[] = Array.from({ length: SHARDS }, () => ({}));
      for (const [key, value] of now) shards[shardOf(key, SHARDS)]![key] = value;
      // A shard is written if a value in it was set, or one it held was not used (its file was edited or deleted).
      const toWrite = shards.flatMap((values, shard) => (changed.has(shard) || Object.keys(values).length !== onDisk[shard] ? [shard] : []));
      try {
        if (toWrite.length > 0) mkdirSync(folder, { recursive: true });
        for (const shard of toWrite) {
          const data = { stamp, values: shards[shard]! };
          writeFileAtomically(path(shard), codec === 'json' ? JSON.stringify(data) : serialize(data));
        }
        return toWrite.length > 0;
      } catch {
        return false;
      }
    },
  };
}
