/**
 * The helper the language tests count on (tests/helpers/interface-text.ts):
 * it must name a label written in code, in any language, and only that.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cataloguePieces, englishOnly, storyText, unexplained } from '../helpers/interface-text.ts';
import { createTranslator } from '../../src/i18n/translator.ts';

const german = storyText(join(import.meta.dirname, '../fixtures/german-story'), 'de');
const de = createTranslator('de');

describe('which words on a page no catalogue explains', () => {
  it('accepts the catalogue’s words with the story’s names and dates in them', () => {
    const texts = [
      de.t('graph.howConnects', { name: 'Erika Mustermann' }),
      de.t('actor.events', { count: 3 }),
      de.date('2024-06-03'),
      de.t('status.heading'),
      'Erika Mustermann',
      ' · ',
    ];
    expect(unexplained(texts, german, cataloguePieces('de'))).toEqual([]);
  });

  it('names an English label left in a German page, alone or inside a sentence', () => {
    const texts = ['Claim status', `${de.t('status.heading')}: Published by Erika Mustermann`, 'Section “Mitglieder”'];
    expect(unexplained(texts, german, cataloguePieces('de'))).toEqual(texts);
  });

  it('does not let a short word of the story (a language tag) take letters out of a word', () => {
    // "ar" is in the story (versions), "Linienarten" is the catalogue's; "Linienten" is neither.
    expect(unexplained(['Linienten'], german, cataloguePieces('de'))).toEqual(['Linienten']);
  });

  it('lists English words German writes otherwise', () => {
    expect(englishOnly('de')).toEqual(expect.arrayContaining(['Claim status', 'Mentioned in']));
    // English's own pages have no word English writes otherwise.
    expect(englishOnly('en')).toEqual([]);
  });
});
