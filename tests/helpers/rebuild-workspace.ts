/**
 * For tests that build a story, edit it and build it again: a scratch folder
 * with the content's path, removed after the test file, and a comparison of
 * two built sites byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from './html.ts';
import { scratchDir } from './scratch.ts';

export function rebuildWorkspace(prefix: string): { work: string; content: string } {
  const work = scratchDir(prefix);
  return { work, content: join(work, 'content') };
}

/** Every file of a built site, by relative path, with its bytes. */
export const snapshot = (dir: string) => new Map(listFiles(dir).map((file) => [relative(dir, file), readFileSync(file)]));

/** The relative paths that are in one site only, or differ in a byte. */
export function differences(a: string, b: string): string[] {
  const [left, right] = [snapshot(a), snapshot(b)];
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort();
  return paths.flatMap((path) => {
    const x = left.get(path);
    const y = right.get(path);
    if (!x) return [`${path} (only in the second build)`];
    if (!y) return [`${path} (only in the first build)`];
    return x.equals(y) ? [] : [`${path} (differs)`];
  });
}
