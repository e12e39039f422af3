/**
 * The preview cards in shards: the build writes the cards of a story as
 * `data/previews/<count>-<n>.json`, about `CARDS_PER_SHARD` cards each, and
 * the previews script fetches only the shard that holds the card a reader
 * asks for (src/scripts/previews.ts). One file of every card would be 570 KB
 * gzipped at 10,000 entries, fetched on a reader's first hover.
 *
 * A card's shard is a hash of its entry's id, computed the same way here at
 * build time and in the browser. The number of shards is part of each file's
 * name and is given to the script by the page (`data-preview-shards` on
 * `<body>`): a page cached from an earlier build, when the story had another
 * number of shards, asks for files of its own build and never for a shard of
 * another layout.
 */

/** Cards in a shard, on average: ~5 KB gzipped. */
export const CARDS_PER_SHARD = 64;

export function shardCount(cards: number): number {
  return Math.max(1, Math.ceil(cards / CARDS_PER_SHARD));
}

/** The shard of an entry's card: FNV-1a over the id's UTF-16 code units, modulo the count. */
export function shardOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** A shard's name below `data/previews/`, without `.json`. */
export function shardName(count: number, shard: number): string {
  return `${count}-${shard}`;
}

/** The cards grouped into their shards, by shard name (every shard present, even an empty one). */
export function previewShards<Card>(cards: Record<string, Card>): Map<string, Record<string, Card>> {
  const ids = Object.keys(cards);
  const count = shardCount(ids.length);
  const shards = new Map<string, Record<string, Card>>();
  for (let n = 0; n < count; n++) shards.set(shardName(count, n), {});
  for (const id of ids) shards.get(shardName(count, shardOf(id, count)))![id] = cards[id]!;
  return shards;
}
