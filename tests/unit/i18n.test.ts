/**
 * The reader's language in the core: the translator (messages, plural
 * forms, English for what a catalogue lacks, dates and lists with Intl,
 * direction), the check that warns about a missing catalogue or message,
 * and the model's words, order and graph in German and Arabic.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator, textDirection, catalogueFor } from '../../src/i18n/translator.ts';
import { checkLanguage } from '../../src/model/check-language.ts';
import { ProblemList } from '../../src/problems/problems.ts';
import { loadCorpus } from '../../src/model/corpus.ts';
import { siteModelOf } from '../../src/model/render-entries.ts';
import { layoutGraph } from '../../src/model/graph-layout.ts';
import { groupAlphabetically } from '../../src/model/group.ts';
import type { ReadEntry, StoryEntry } from '../../src/model/entry.ts';
import { scratchDir } from '../helpers/scratch.ts';

describe('the translator', () => {
  it('writes English, German and Arabic from their catalogues, placeholders filled', () => {
    expect(createTranslator('en').t('status.heading')).toBe('Claim status');
    expect(createTranslator('de').t('status.heading')).not.toBe('Claim status');
    expect(createTranslator('ar').t('graph.howConnects', { name: 'City Wire' })).toContain('City Wire');
  });

  it("picks each language's plural form: Ukrainian one, few, many; Arabic zero, two, few", () => {
    const uk = createTranslator('uk');
    const forms = [1, 3, 5, 21].map((n) => uk.t('actor.events', { count: n }));
    expect(new Set(forms).size).toBeGreaterThanOrEqual(3);
    const ar = createTranslator('ar');
    const arabic = [0, 2, 3, 11, 100].map((n) => ar.t('actor.events', { count: n }));
    expect(new Set(arabic).size).toBe(5);
  });

  it('gives each count and each name its own message when asked again (labels are resolved once, not mixed up)', () => {
    const en = createTranslator('en');
    const asked = [1, 2, 1, 2, 7].map((n) => en.t('actor.events', { count: n }));
    expect(asked[0]).toBe(asked[2]);
    expect(asked[1]).toBe(asked[3]);
    expect(new Set(asked).size).toBe(3);
    expect(asked[4]).toContain('7');
    const named = ['City Wire', 'ACME', 'City Wire'].map((name) => en.t('graph.howConnects', { name }));
    expect(named.map((text) => text.includes('ACME'))).toEqual([false, true, false]);
    expect(en.t('status.heading')).toBe(en.t('status.heading'));
    expect(en.templates(['search.'])).toEqual(createTranslator('en').templates(['search.']));
    expect(Object.isFrozen(en.templates(['search.']))).toBe(true);
  });

  it('falls back to the base language (de-AT reads German), then to English for a language it has no catalogue for', () => {
    expect(catalogueFor('de-AT')).toBe('de');
    expect(createTranslator('de-AT').t('status.heading')).toBe(createTranslator('de').t('status.heading'));
    expect(catalogueFor('nl')).toBeUndefined();
    const nl = createTranslator('nl');
    expect(nl.t('status.heading')).toBe('Claim status');
    // English words, then English dates: a page never mixes a Dutch month into English labels.
    expect(nl.date('2023-04-09')).toBe('April 9, 2023');
  });

  it('writes story dates in the language, a month as a month, and a day with its weekday', () => {
    const en = createTranslator('en');
    expect([en.date('2023-04-09'), en.date('2023-04'), en.day('2023-04-09'), en.day('2023-04')]).toEqual([
      'April 9, 2023',
      'April 2023',
      'Sunday, April 9',
      'April 2023, day not known',
    ]);
    const de = createTranslator('de');
    expect(de.date('2023-04-09')).toBe('9. April 2023');
    expect(de.day('2023-04-09')).toBe('Sonntag, 9. April');
    expect(createTranslator('ar').date('2023-04-09')).toContain('أبريل');
    // Years before 100 are not read as 19xx.
    expect(en.date('0044-03-15')).toBe('March 15, 44');
  });

  it('lists names and cuts a message at its slots, for links to go there', () => {
    const en = createTranslator('en');
    expect(en.list(['A', 'B', 'C'])).toBe('A, B, and C');
    expect(en.parts('status.byLinePer', ['actor', 'source'], { phrase: 'confirmed it' })).toEqual([
      { slot: 'actor' },
      ' confirmed it, per ',
      { slot: 'source' },
      '.',
    ]);
  });

  it('gives a script every plural form its language has', () => {
    const strings = createTranslator('ar').templates(['timeline.filter.']);
    expect(
      Object.keys(strings)
        .filter((k) => k.startsWith('timeline.filter.all_'))
        .sort(),
    ).toEqual(['few', 'many', 'one', 'other', 'two', 'zero'].map((c) => `timeline.filter.all_${c}`));
  });

  it('knows which languages are written right to left', () => {
    expect(['ar', 'he', 'fa', 'ur', 'ar-EG'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'de', 'uk', 'zh', 'not a tag'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('orders names as the language does', () => {
    const de = createTranslator('de');
    const groups = groupAlphabetically([{ name: 'Zeitung' }, { name: 'Äpfel' }, { name: 'Bahn' }, { name: 'ACME' }], de);
    expect(groups.map((g) => [g.letter, g.items.map((i) => i.name)])).toEqual([
      ['A', ['ACME', 'Äpfel']],
      ['B', ['Bahn']],
      ['Z', ['Zeitung']],
    ]);
    const ar = groupAlphabetically([{ name: 'مكتبة' }, { name: 'City Wire' }, { name: '2024' }], createTranslator('ar'));
    expect(ar.map((g) => g.letter)).toContain('م');
    expect(ar.at(-1)!.letter).toBe('#');
  });
});

describe('the language check', () => {
  const story = (lang: string) =>
    ({
      file: 'story.md',
      data: { lang, versions: [] },
      positionOf: () => ({ line: 4, column: 7 }),
    }) as unknown as ReadEntry<StoryEntry>;

  it('warns, naming each message, when a catalogue lacks some; English stands in', () => {
    const problems = new ProblemList();
    const catalogues = { en: { a: 'A', b: 'B', c_one: 'C', c_other: 'Cs' }, xx: { a: 'Ä' } };
    checkLanguage(story('xx'), problems, catalogues);
    expect(problems.items.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'the "xx" catalogue lacks 2 messages, shown in English: b, c'],
    ]);
  });

  it('warns when there is no catalogue for the language at all', () => {
    const problems = new ProblemList();
    checkLanguage(story('nl'), problems);
    expect(problems.items).toHaveLength(1);
    expect(problems.items[0]!.message).toMatch(/no message catalogue for "nl"/);
  });

  it('is silent for every catalogue Dossier ships', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'uk', 'ar']) {
      const problems = new ProblemList();
      checkLanguage(story(lang), problems);
      expect(problems.items, lang).toEqual([]);
    }
  });
});

describe('a story in German and one in Arabic, in the model', () => {
  const model = async (fixture: string) => {
    const corpus = await loadCorpus(join(import.meta.dirname, '../fixtures', fixture));
    expect(corpus.problems).toEqual([]);
    return siteModelOf(corpus);
  };

  it('writes dates in the story’s language', async () => {
    const de = await model('german-story');
    const event = de.pages.find((p) => p.kind === 'event' && /^\d{4}-\d{2}-\d{2}$/.test(p.date))!;
    expect(event.kind === 'event' && event.dateLabel).toMatch(/^\d{1,2}\. \p{L}+ \d{4}$/u);
    expect(de.i18n.lang).toBe('de');
  });

  it('draws the Arabic graph right to left: the same boxes, mirrored across the width', async () => {
    const ar = await model('arabic-story');
    const view = ar.story.graph;
    const ltr = layoutGraph(view);
    const rtl = layoutGraph(view, ar.i18n);
    expect(rtl.mirrored).toBe(true);
    for (const [i, node] of ltr.nodes.entries()) {
      const mirrored = rtl.nodes[i]!;
      expect(mirrored.x + mirrored.width).toBe(ltr.width - node.x);
      expect(mirrored.lines.map((l) => l.x)).toEqual(node.lines.map((l) => ltr.width - l.x));
    }
    expect(rtl.columns.map((c) => c.label)).not.toEqual(ltr.columns.map((c) => c.label));
  });
});

describe('an unknown language, end to end', () => {
  it('builds its model in English and says so once', async () => {
    const dir = scratchDir('lang');
    cpSync(join(import.meta.dirname, '../fixtures/small-story'), dir, { recursive: true });
    const file = join(dir, 'story.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^lang: .*$/m, 'lang: nl'));
    const corpus = await loadCorpus(dir);
    expect(corpus.problems.map((p) => p.code)).toEqual(['language-no-catalogue']);
    expect(siteModelOf(corpus).i18n.t('status.heading')).toBe('Claim status');
  });
});

describe('hostile values', () => {
  it('fills placeholders with an editor’s text as it is: no nested message, no slot opened', () => {
    const en = createTranslator('en');
    expect(en.t('feed.update', { name: '{{count}} $t(kind.actor)' })).toBe('Update: {{count}} $t(kind.actor)');
    expect(en.parts('status.byLine', ['actor'], { phrase: 'said \uE000actor\uE001 twice' })).toEqual([
      { slot: 'actor' },
      ' said actor twice.',
    ]);
  });

  it('writes Gregorian dates whatever calendar the tag asks for', () => {
    expect(createTranslator('en-US-u-ca-buddhist').date('2023-04-09')).toBe('April 9, 2023');
  });
});
