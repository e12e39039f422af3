/**
 * Reading a file, remembered: what `readEntry` found in a file (its entry,
 * or what is known of it if invalid, and its problems) as plain data, so
 * `npm run check` can skip parsing the files that did not change since its
 * last run. Reading a file depends only on its bytes, its path and Dossier's
 * code; the caller keys the cache on all three. Links between files are
 * always checked afresh.
 *
 * A restored entry has no Markdown tree in memory: it is parsed again from
 * the bytes the first time something asks for it (the checker never does).
 */
import { createHash } from 'node:crypto';
import type { Entry } from './entry.ts';
import { parseBody, type ParsedBody } from './parse-body.ts';
import { parseFrontMatter } from './front-matter.ts';
import { ProblemList } from './problems.ts';
import { decode, readEntry, type ContentFile, type InvalidEntry } from './read-content.ts';
import type { Position, Problem } from './types.ts';

type Path = (string | number)[];
type StoredBody = Omit<ParsedBody, 'tree'>;

/** What reading one file found, as JSON. */
export interface StoredRead {
  problems: Problem[];
  /** `positions`: where each field is, by path (`actors\u00000\u0000id`), as [line, column]. */
  entry?: Omit<Entry, 'body' | 'positionOf'> & { body: StoredBody; positions: Record<string, [number, number]> };
  invalid?: Omit<InvalidEntry, 'body'> & { body?: StoredBody };
}

export interface ReadCache {
  get(key: string): StoredRead | undefined;
  set(key: string, read: StoredRead): void;
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

/** Every path in a value: `['actors']`, `['actors', 0]`, `['actors', 0, 'id']`... */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...paths(item, [...prefix, i])]);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
  return [];
}

const key = (path: readonly (string | number)[]) => path.join('\u0000');
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

function store(result: ReadResult): StoredRead {
  const { entry, invalid } = result;
  const stored: StoredRead = { problems: result.problems };
  if (entry) {
    const { body, positionOf, ...rest } = entry;
    const all: Path[] = [['name'], ['title'], ...paths(entry.data)];
    const positions: Record<string, [number, number]> = {};
    for (const path of all) {
      const at = positionOf(path);
      positions[key(path)] = [at.line, at.column];
    }
    stored.entry = { ...rest, body: withoutTree(body), positions };
  }
  if (invalid) stored.invalid = { ...invalid, ...(invalid.body ? { body: withoutTree(invalid.body) } : {}) };
  return stored;
}

function restore(stored: StoredRead, bytes: Uint8Array): ReadResult {
  const result: ReadResult = { problems: stored.problems };
  if (stored.entry) {
    const { positions, body, ...rest } = stored.entry;
    const positionOf = (path: readonly (string | number)[]): Position => {
      for (let n = path.length; n > 0; n--) {
        const at = positions[key(path.slice(0, n))];
        if (at) return { line: at[0], column: at[1] };
      }
      return { line: 1, column: 1 };
    };
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
  const problems = new ProblemList();
  const invalid: InvalidEntry[] = [];
  const entry = readEntry(file, problems, invalid);
  const result: ReadResult = { problems: problems.items, ...(entry ? { entry } : {}), ...(invalid[0] ? { invalid: invalid[0] } : {}) };
  cache?.set(cacheKey, store(result));
  return result;
}
