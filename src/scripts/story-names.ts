/**
 * The story's names in the browser: the manifest (`data/names.json`) and the
 * chunks (`data/names/<n>.json`) the build writes (src/outputs/name-index.ts),
 * each fetched once. The manifest is fetched when the reader starts searching,
 * alongside Pagefind; a query then needs the one chunk of its first word that
 * is not common. A file that cannot be had leaves search to Pagefind alone.
 */
import type { NamesChunk, NamesManifest } from '../outputs/name-index.ts';
import { chunkOf, keyWord } from '../outputs/name-match.ts';

const manifests = new Map<string, Promise<NamesManifest | undefined>>();
const chunks = new Map<string, Promise<NamesChunk | undefined>>();

async function json<T>(url: string): Promise<T | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** The manifest of the names under `base`, fetched once. */
export function loadManifest(base: string): Promise<NamesManifest | undefined> {
  let manifest = manifests.get(base);
  if (!manifest) {
    manifest = json<NamesManifest>(`${base}data/names.json`);
    manifests.set(base, manifest);
  }
  return manifest;
}

function loadChunk(base: string, n: number): Promise<NamesChunk | undefined> {
  const url = `${base}data/names/${n}.json`;
  let chunk = chunks.get(url);
  if (!chunk) {
    chunk = json<NamesChunk>(url);
    chunks.set(url, chunk);
  }
  return chunk;
}

/** The chunk a query's names are in, with the manifest; undefined when every word is common or nothing could be fetched. */
export async function namesFor(base: string, query: string): Promise<{ manifest: NamesManifest; chunk?: NamesChunk } | undefined> {
  const manifest = await loadManifest(base);
  if (!manifest || manifest.chunks.length === 0) return undefined;
  const word = keyWord(manifest, query);
  if (word === undefined) return { manifest };
  const chunk = await loadChunk(base, chunkOf(manifest, word));
  return chunk ? { manifest, chunk } : { manifest };
}
