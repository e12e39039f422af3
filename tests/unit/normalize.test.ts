/**
 * The key link text is matched on (`normalizeKey`): the same for every
 * spelling an editor may use, in any script, and the same whether or not the
 * text takes the shortcut for printable ASCII.
 */
import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../src/entries/normalize.ts';
import { random } from '../../src/bench/seeded-random.ts';

/** The whole normalization, as done for any text. */
const full = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

describe('normalizeKey', () => {
  it('meets one key for case, accents, and runs and kinds of spaces', () => {
    for (const text of ['Zelenskyy', 'ZELENSKYY', 'Zelenskýy', '  Zelenskyy ', 'Zelensky\u0301y'])
      expect(normalizeKey(text)).toBe('zelenskyy');
    expect(normalizeKey('Volodymyr   Zelenskyy')).toBe('volodymyr zelenskyy');
    expect(normalizeKey('Volodymyr\u00a0\tZelenskyy')).toBe('volodymyr zelenskyy');
    expect(normalizeKey('Володимир Зеленський')).toBe('володимир зеленськии');
    expect(normalizeKey('ירושלים')).toBe('ירושלים');
    expect(normalizeKey('서울')).toBe(full('서울'));
  });

  it('gives printable ASCII the key the whole normalization gives', () => {
    const next = random(3);
    const characters = 'aZ -_.|[]@#09 \u0020~';
    for (let n = 0; n < 5_000; n++) {
      let text = '';
      for (let k = Math.floor(next() * 12); k > 0; k--) text += characters[Math.floor(next() * characters.length)];
      expect(normalizeKey(text), JSON.stringify(text)).toBe(full(text));
    }
    for (let code = 0x20; code <= 0x7e; code++)
      expect(normalizeKey(`A${String.fromCharCode(code)}B`)).toBe(full(`A${String.fromCharCode(code)}B`));
  });
});
