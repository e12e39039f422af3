import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cardPathOf } from '../../src/outputs/share-cards.ts';
import { cardFiles, keepCard } from '../../src/outputs/share-card-cache.ts';
import { scratchDir } from '../helpers/scratch.ts';

describe('which card a page shows', () => {
  const cards = new Set(['cards/index', 'cards/actors/cnn', 'cards/events/the-leak']);
  it("is an entry's own, and the story's for every other page", () => {
    expect(cardPathOf('actors/cnn/', cards)).toBe('cards/actors/cnn');
    expect(cardPathOf('/events/the-leak/', cards)).toBe('cards/events/the-leak');
    for (const other of ['', 'actors/', 'search/', 'actors/nobody/', '404.html']) expect(cardPathOf(other, cards)).toBe('cards/index');
  });
});

describe('the cards kept between builds', () => {
  const dir = scratchDir('cards');
  const code = join(dir, 'drawing.ts');
  writeFileSync(code, 'the drawing code');
  const picture = join(dir, 'lead.png');
  writeFileSync(picture, 'picture, first version');
  const card = { kicker: 'Actor · agency', title: 'CNN', story: 'A story', picture };

  it('keeps a card in one file, and another when its text, its picture or the drawing code changes', () => {
    const fileOf = cardFiles(join(dir, 'cache'), code);
    const first = fileOf(card);
    expect(dirname(first)).toBe(join(dir, 'cache'));
    expect(fileOf({ ...card })).toBe(first);
    const retitled = fileOf({ ...card, title: 'CNN International' });
    writeFileSync(picture, 'picture, second version');
    const repictured = fileOf(card);
    writeFileSync(code, 'the drawing code, changed');
    const redrawn = cardFiles(join(dir, 'cache'), code)(card);
    expect(new Set([first, retitled, repictured, redrawn]).size).toBe(4);
  });

  it('writes a card whole, leaving no partial file beside it', () => {
    const file = join(dir, 'cache', 'card.png');
    keepCard(file, new Uint8Array([1, 2, 3]));
    keepCard(file, new Uint8Array([4, 5]));
    expect(new Uint8Array(readFileSync(file))).toEqual(new Uint8Array([4, 5]));
    expect(readdirSync(join(dir, 'cache'))).toEqual(['card.png']);
  });
});
