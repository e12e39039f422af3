/**
 * The caches kept on disk between runs (`src/cli/disk-cache.ts`): values come
 * back as they were set, a save writes only the files whose values changed,
 * values a run did not use are dropped, and another code version reads nothing.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDiskCache, type Codec } from '../../src/cli/disk-cache.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
const folder = () => {
  const made = mkdtempSync(join(tmpdir(), 'dossier-disk-cache-'));
  folders.push(made);
  return made;
};

interface Value {
  html: string;
  list: number[];
}
const value = (i: number): Value => ({ html: `<p class="x">Entry ${i} & "more"</p>`, list: [i, i * 2] });
const keys = Array.from({ length: 200 }, (_, i) => `key-${i}`);
/** Each file of the cache, with the time it was last written. */
const written = (dir: string) => new Map(readdirSync(dir).map((name) => [name, statSync(join(dir, name)).mtimeMs]));

describe.each(['json', 'v8'] satisfies Codec[])('a disk cache written as %s', (codec) => {
  it('gives back every value set in an earlier run, and counts what was made afresh', () => {
    const dir = folder();
    const first = openDiskCache<Value>(dir, 'things', 'v1', codec);
    expect(first.size()).toBe(0);
    keys.forEach((key, i) => first.set(key, value(i)));
    expect(first.fresh()).toBe(200);
    expect(first.save()).toBe(true);
    const again = openDiskCache<Value>(dir, 'things', 'v1', codec);
    expect(again.size()).toBe(200);
    keys.forEach((key, i) => expect(again.get(key)).toEqual(value(i)));
    expect(again.get('unknown')).toBeUndefined();
    expect(again.fresh()).toBe(0);
    // Nothing set and everything used: nothing to write.
    expect(again.save()).toBe(false);
  });

  it('rewrites only the files holding a changed or dropped value, and forgets values not used', async () => {
    const dir = folder();
    const first = openDiskCache<Value>(dir, 'things', 'v1', codec);
    keys.forEach((key, i) => first.set(key, value(i)));
    first.save();
    const before = written(dir);
    expect(before.size).toBeGreaterThan(8);
    await new Promise((resolve) => setTimeout(resolve, 20));

    // A run that uses every value but one, and sets one afresh.
    const second = openDiskCache<Value>(dir, 'things', 'v1', codec);
    keys.slice(2).forEach((key) => second.get(key));
    second.set('key-1', value(1000));
    expect(second.save()).toBe(true);
    const after = written(dir);
    const rewritten = [...after].filter(([name, time]) => time !== before.get(name)).map(([name]) => name);
    expect(rewritten.length).toBeGreaterThanOrEqual(1);
    expect(rewritten.length).toBeLessThanOrEqual(2);

    const third = openDiskCache<Value>(dir, 'things', 'v1', codec);
    expect(third.size()).toBe(199);
    expect(third.get('key-0')).toBeUndefined();
    expect(third.get('key-1')).toEqual(value(1000));
    expect(third.get('key-199')).toEqual(value(199));
  });

  it('reads nothing written by another version of the code', () => {
    const dir = folder();
    const first = openDiskCache<Value>(dir, 'things', 'v1', codec);
    first.set('key-1', value(1));
    first.save();
    expect(openDiskCache<Value>(dir, 'things', 'v2', codec).get('key-1')).toBeUndefined();
    expect(openDiskCache<Value>(dir, 'things', 'v1', codec).get('key-1')).toEqual(value(1));
  });
});
