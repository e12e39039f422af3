import { describe, expect, it } from 'vitest';
import { checkFiles, md } from './check-files.ts';
import { skeleton } from '../../src/model/lookalikes.ts';
import { mayMix, scriptOf, scriptsOf } from '../../src/entries/scripts.ts';

const actor = (name: string, aliases = '[]') => md(`name: ${name}\nkind: media\nsummary: S.\naliases: ${aliases}`);
const RETYPE = 'retype it in one alphabet: the two look the same to readers but link and search as different words';
const MIXED = 'retype the word in one alphabet: letters that look alike but differ link and search as different words';

describe('names that look alike but are written in different scripts', () => {
  it('warns at the one that mixes scripts, naming its foreign letters', () => {
    expect(checkFiles({ 'actors/cnn.md': actor('CNN'), 'actors/fake.md': actor('СNN') })).toEqual([
      `content/actors/fake.md:2:7  warning  "name" is "СNN", which looks like "CNN" of actors/cnn.md but is written with Cyrillic "С" (U+0421)  (${RETYPE})`,
    ]);
  });

  it('finds whole words in another script, aliases and ids too, whatever the case', () => {
    // "ВОС" is all Cyrillic; "рlаn" mixes Cyrillic with a Latin l.
    const problems = checkFiles({
      'actors/boc.md': actor('BOC'),
      'actors/other.md': actor('Other', '[ВОС, рlаn]'),
      'actors/plan.md': actor('Plan International'),
    });
    expect(problems).toEqual([
      `content/actors/other.md:5:11  warning  "aliases[0]" is "ВОС", which looks like "BOC" of actors/boc.md but is written with Cyrillic "В" (U+0412), "О" (U+041E), "С" (U+0421)  (${RETYPE})`,
      `content/actors/other.md:5:16  warning  "aliases[1]" is "рlаn", which looks like "plan" of the id of actors/plan.md but is written with Cyrillic "р" (U+0440), "а" (U+0430)  (${RETYPE})`,
    ]);
  });

  it('leaves alone names of one script that look alike ("rn" and "m"), and the same name twice', () => {
    expect(
      checkFiles({ 'actors/burn.md': actor('Burn'), 'actors/bum.md': actor('Bum'), 'actors/mirror.md': actor('Mirror', '[CNN]') }),
    ).toEqual([]);
    expect(checkFiles({ 'actors/kyiv.md': actor('Київ'), 'actors/kiev.md': actor('Kiev') })).toEqual([]);
  });

  it('warns at a word that mixes scripts, but not at words of different scripts side by side', () => {
    expect(checkFiles({ 'actors/pay.md': actor('Ρaypal', '[Volodymyr Зеленський, 東京タワー, Ａpple]') })).toEqual([
      `content/actors/pay.md:2:7  warning  "name" is "Ρaypal", whose word mixes alphabets: Greek "Ρ" (U+03A1) among Latin letters  (${MIXED})`,
    ]);
  });

  it('names the likely target of a link that matches nothing', () => {
    expect(
      checkFiles({
        'actors/ukraine.md': actor('Ukraine'),
        'events/e.md': md('title: E\ndate: "2023-04"\nsummary: S.', 'In [[Ukrаine]] and [[Ukriane]].'),
      }),
    ).toEqual([
      'content/events/e.md:1:1  warning  this event cites no source  (add "sources: [source-id]" or a citation [@source-id] in the body)',
      'content/events/e.md:7:4  error  the link [[Ukrаine]] matches no entry: it looks like "Ukraine" but is written with Cyrillic "а" (U+0430)  (retype it as [[Ukraine]])',
      'content/events/e.md:7:20  error  the link [[Ukriane]] matches no entry  (did you mean [[ukraine]]?)',
    ]);
  });
});

describe('scripts and skeletons', () => {
  it('gives each letter its script, and none to digits, spaces and marks', () => {
    expect(['C', 'С', 'Ρ', 'ש', '서', 'タ', '東', '1', ' ', '\u0301'].map(scriptOf)).toEqual([
      'Latin',
      'Cyrillic',
      'Greek',
      'Hebrew',
      'Hangul',
      'Katakana',
      'Han',
      undefined,
      undefined,
      undefined,
    ]);
    expect(scriptsOf('Ab Вг 12')).toEqual(['Latin', 'Cyrillic']);
  });

  it('lets Japanese, Chinese and Korean mix their scripts, and nothing else', () => {
    expect(mayMix(['Han', 'Hiragana', 'Katakana'])).toBe(true);
    expect(mayMix(['Latin', 'Hangul', 'Han'])).toBe(true);
    expect(mayMix(['Latin', 'Cyrillic'])).toBe(false);
    expect(mayMix(['Hangul', 'Katakana'])).toBe(false);
  });

  it('maps look-alikes to one skeleton, ignoring case, accents and invisible characters', () => {
    expect(skeleton('СNN')).toBe(skeleton('cnn'));
    expect(skeleton('C\u200BNN')).toBe(skeleton('CNN'));
    expect(skeleton('Ｃnn')).toBe(skeleton('cnn'));
    expect(skeleton('CNN')).not.toBe(skeleton('CMM'));
  });
});
