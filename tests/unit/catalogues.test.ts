/**
 * The message catalogues (src/i18n/catalogues): each shipped language has
 * every message English has, each plural message in every form the language
 * needs (Intl.PluralRules), and the same placeholders as English.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES, missingKeys } from '../../src/i18n/catalogues.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const en = CATALOGUES.en!;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
const messages = (catalogue: Record<string, string>) => {
  const out = new Map<string, string[]>();
  for (const [key, text] of Object.entries(catalogue)) {
    const name = key.replace(PLURAL, '');
    out.set(name, [...new Set([...(out.get(name) ?? []), ...placeholders(text)])].sort());
  }
  return out;
};

describe('message catalogues', () => {
  it('ship at least English, German, French, Spanish, Ukrainian and Arabic', () => {
    expect(Object.keys(CATALOGUES)).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'uk', 'ar']));
  });

  for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
    describe(lang, () => {
      it('has every message English has, and no other', () => {
        expect(missingKeys(catalogue)).toEqual([]);
        const names = new Set(Object.keys(en).map((k) => k.replace(PLURAL, '')));
        expect(Object.keys(catalogue).filter((k) => !names.has(k.replace(PLURAL, '')))).toEqual([]);
      });

      it("has each plural message in every form the language's plural rules pick", () => {
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        const plural = [
          ...new Set(
            Object.keys(en)
              .filter((k) => PLURAL.test(k))
              .map((k) => k.replace(PLURAL, '')),
          ),
        ];
        expect(plural.length).toBeGreaterThan(5);
        const lacking = plural.flatMap((name) => categories.filter((c) => !(`${name}_${c}` in catalogue)).map((c) => `${name}_${c}`));
        expect(lacking).toEqual([]);
      });

      it('fills the same placeholders as English', () => {
        const ours = messages(catalogue);
        const wrong = [...messages(en)].filter(([name, want]) => {
          const got = ours.get(name) ?? [];
          // A plural form may leave the count out ("one result" written as a word).
          return got.filter((p) => p !== 'count').join() !== want.filter((p) => p !== 'count').join();
        });
        expect(wrong.map(([name]) => name)).toEqual([]);
      });

      it('writes no message as an empty string', () => {
        expect(Object.entries(catalogue).filter(([, text]) => text.trim() === '')).toEqual([]);
      });
    });
  }
});
