/**
 * The message catalogues, one per language, English first: every other
 * catalogue has English's keys (a test says so); a key it lacks falls back
 * to English with a warning (`check-language.ts`). To add a language, see
 * docs/site.md, "The reader's language".
 */
import en from './catalogues/en.json' with { type: 'json' };
import de from './catalogues/de.json' with { type: 'json' };
import fr from './catalogues/fr.json' with { type: 'json' };
import es from './catalogues/es.json' with { type: 'json' };
import uk from './catalogues/uk.json' with { type: 'json' };
import ar from './catalogues/ar.json' with { type: 'json' };

export type Catalogue = Record<string, string>;

export const CATALOGUES: Record<string, Catalogue> = { en, de, fr, es, uk, ar };

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Stripped<K> = K extends `${infer Key}_${PluralSuffix}` ? Key : K;

/** A message's key: English's keys, plural forms under one name (`search.results` for `search.results_one`…). */
export type MessageKey = Stripped<keyof typeof en>;

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The keys a catalogue lacks that English has, plural forms counted under their message. */
export function missingKeys(catalogue: Catalogue, english: Catalogue = CATALOGUES.en!): string[] {
  const has = new Set(Object.keys(catalogue).map((k) => k.replace(PLURAL, '')));
  return [...new Set(Object.keys(english).map((k) => k.replace(PLURAL, '')))].filter((k) => !has.has(k));
}
