/** The preview cards split into shards: every card in exactly one, found again from its id alone. */
import { describe, expect, it } from 'vitest';
import { CARDS_PER_SHARD, previewShards, shardCount, shardName, shardOf } from '../../src/outputs/preview-shards.ts';

describe('preview shards', () => {
  it('has about CARDS_PER_SHARD cards a shard, and at least one shard', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(36)).toBe(1);
    expect(shardCount(CARDS_PER_SHARD)).toBe(1);
    expect(shardCount(CARDS_PER_SHARD + 1)).toBe(2);
    expect(shardCount(10_000)).toBe(157);
  });

  it('hashes an id the same way every time (FNV-1a, so the browser finds the shard the build wrote)', () => {
    // FNV-1a 32-bit of "a" is 0xe40c292c; of "" the offset basis 0x811c9dc5.
    expect(shardOf('a', 2 ** 31)).toBe(0xe40c292c % 2 ** 31);
    expect(shardOf('', 1000)).toBe(0x811c9dc5 % 1000);
    expect(shardOf('volodymyr-zelenskyy', 157)).toBe(shardOf('volodymyr-zelenskyy', 157));
  });

  it('puts every card in the shard of its id, and spreads 10,000 ids evenly enough', () => {
    const cards = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`entry-${i}`, { name: `Entry ${i}` }]));
    const shards = previewShards(cards);
    const count = shardCount(10_000);
    expect([...shards.keys()]).toEqual(Array.from({ length: count }, (_, n) => shardName(count, n)));
    let total = 0;
    for (const [name, shard] of shards) {
      const n = Number(name.split('-')[1]);
      for (const [id, card] of Object.entries(shard)) {
        expect(shardOf(id, count)).toBe(n);
        expect(card).toBe(cards[id]);
      }
      total += Object.keys(shard).length;
      // No shard close to the whole story: a hover fetches a few KB, not hundreds.
      expect(Object.keys(shard).length, name).toBeLessThan(CARDS_PER_SHARD * 2);
    }
    expect(total).toBe(10_000);
  });

  it("names a shard with the count, so pages of another build never ask for this build's shards", () => {
    expect(shardName(157, 3)).toBe('157-3');
    expect(previewShards({}).get('1-0')).toEqual({});
  });
});
