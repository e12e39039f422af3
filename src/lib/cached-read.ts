/**
 * Reading a file, remembered: what `readEntry` found in a file (its entry,
 * or what is known of it if invalid, and its problems) as plain data, so
 * `npm run check` can skip parsing the files that did not change since its
 * last run. Reading a file depends only on its bytes, its path and Dossier's
 * code; the caller keys the cache on all three. Links between files are
 * always checked afresh.
 *
 * A restored entry has no Markdown tree and no field positions in memory:
 * they are parsed again from the bytes the first time something asks for
 * them (the checker asks for positions only to report a problem).
 */
import { createHash } from 'node:crypto';
import type { Entry } from './entry.ts';
import { parseBody, type ParsedBody } from './parse-body.ts';
import { parseFrontMatter, type FrontMatter } from './front-matter.ts';
import { ProblemList } from './problems.ts';
import { decode, readEntry, type InvalidEntry } from './read-content.ts';
import type { ContentFile } from './list-content.ts';
import type { Position, Problem } from './types.ts';

type StoredBody = Omit<ParsedBody, 'tree'>;

/** What reading one file found, as JSON. */
export interface StoredRead {
  problems: Problem[];
  entry?: Omit<Entry, 'body' | 'positionOf'> & { body: StoredBody };
  invalid?: Omit<InvalidEntry, 'body'> & { body?: StoredBody };
}

export interface ReadCache {
  get(key: string): StoredRead | undefined;
  set(key: string, read: StoredRead): void;
  /** How many readings it holds, if it can tell: with none, there is nothing to look up. */
  size?(): number;
}

export interface ReadResult {
  problems: Problem[];
  entry?: Entry;
  invalid?: InvalidEntry;
}

/** The key of a file's reading: its path, kind, id and bytes. */
export function readKey(file: ContentFile): string {
  return createHash('sha1').update(`${file.kind}\u0000${file.file}\u0000`).update(file.bytes).digest('base64url');
}

const withoutTree = ({ tree: _tree, ...rest }: ParsedBody): StoredBody => rest;

/** A body whose tree is parsed from the file's bytes when first asked for. */
function lazyBody(stored: StoredBody, bytes: Uint8Array): ParsedBody {
  let tree: ParsedBody['tree'] | undefined;
  return Object.defineProperty({ ...stored } as ParsedBody, 'tree', {
    enumerable: true,
    get: () => {
      if (!tree) {
        const fm = parseFrontMatter(decode(bytes) ?? '');
        tree = parseBody(fm.body, fm.bodyLine).tree;
      }
      return tree;
    },
  });
}

/** A reading as plain data: for a cache, or to hand from one thread to another. */
export function store(result: ReadResult): StoredRead {
  const { entry, invalid } = result;
  const stored: StoredRead = { problems: result.problems };
  if (entry) {
    const { body, positionOf: _positionOf, ...rest } = entry;
    stored.entry = { ...rest, body: withoutTree(body) };
  }
  if (invalid) stored.invalid = { ...invalid, ...(invalid.body ? { body: withoutTree(invalid.body) } : {}) };
  return stored;
}

/** A reading back from plain data; `bytes` are the file's, for what was left out. */
export function restore(stored: StoredRead, bytes: Uint8Array): ReadResult {
  const result: ReadResult = { problems: stored.problems };
  if (stored.entry) {
    const { body, ...rest } = stored.entry;
    let frontMatter: FrontMatter | undefined;
    const positionOf = (path: readonly (string | number)[]): Position =>
      (frontMatter ??= parseFrontMatter(decode(bytes) ?? '')).positionOf(path);
    result.entry = { ...rest, body: lazyBody(body, bytes), positionOf } as Entry;
  }
  if (stored.invalid) {
    const { body, ...rest } = stored.invalid;
    result.invalid = { ...rest, ...(body ? { body: lazyBody(body, bytes) } : {}) };
  }
  return result;
}

/** Reads a file, or restores what an earlier reading of the same bytes found. */
export function readEntryCached(file: ContentFile, cache?: ReadCache): ReadResult {
  const cacheKey = cache ? readKey(file) : '';
  const hit = cache?.get(cacheKey);
  if (hit) return restore(hit, file.bytes);
  const result = readFile(file);
  cache?.set(cacheKey, store(result));
  return result;
}

/** Reads a file: `readEntry`, with its problems and what is known of it if invalid. */
export function readFile(file: ContentFile): ReadResult {
  const problems = new ProblemList();
  const invalid: InvalidEntry[] = [];
  const entry = readEntry(file, problems, invalid);
  return { problems: problems.items, ...(entry ? { entry } : {}), ...(invalid[0] ? { invalid: invalid[0] } : {}) };
}
