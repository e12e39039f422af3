import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardPathOf } from '../../src/outputs/share-cards.ts';
import { cardCache } from '../../src/outputs/share-card-cache.ts';

describe('which card a page shows', () => {
  const cards = new Set(['cards/index', 'cards/actors/cnn', 'cards/events/the-leak']);
  it("is an entry's own, and the story's for every other page", () => {
    expect(cardPathOf('actors/cnn/', cards)).toBe('cards/actors/cnn');
    expect(cardPathOf('/events/the-leak/', cards)).toBe('cards/events/the-leak');
    for (const other of ['', 'actors/', 'search/', 'actors/nobody/', '404.html']) expect(cardPathOf(other, cards)).toBe('cards/index');
  });
});

describe('the cards kept between builds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cards-'));
  const code = join(dir, 'drawing.ts');
  writeFileSync(code, 'the drawing code');
  const picture = join(dir, 'lead.png');
  writeFileSync(picture, 'picture, first version');
  const card = { kicker: 'Actor · agency', title: 'CNN', story: 'A story', picture };
  let draws = 0;
  const draw = () => Promise.resolve(new Uint8Array([++draws]));

  it('draws a card once, and again when its text, its picture or the drawing code changes', async () => {
    const cache = cardCache(join(dir, 'cache'), code);
    expect(await cache(card, draw)).toEqual(new Uint8Array([1]));
    expect(await cache(card, draw)).toEqual(new Uint8Array([1]));
    expect(await cache({ ...card, title: 'CNN International' }, draw)).toEqual(new Uint8Array([2]));
    writeFileSync(picture, 'picture, second version');
    expect(await cache(card, draw)).toEqual(new Uint8Array([3]));
    writeFileSync(code, 'the drawing code, changed');
    expect(await cardCache(join(dir, 'cache'), code)(card, draw)).toEqual(new Uint8Array([4]));
    expect(draws).toBe(4);
  });
});
