/**
 * Checks the story's language: a catalogue for it (else English, warned), no
 * message missing from that catalogue (English stands in, warned, each named),
 * and its `versions` in other languages, one per language.
 */
import type { ReadEntry } from './entry.ts';
import type { StoryEntry } from './entry.ts';
import type { ProblemList } from '../problems/problems.ts';
import { languageMessages as messages } from '../problems/language-messages.ts';
import { catalogueFor } from '../i18n/translator.ts';
import { CATALOGUES, missingKeys, type Catalogue } from '../i18n/catalogues.ts';

export function checkLanguage(
  story: ReadEntry<StoryEntry> | undefined,
  problems: ProblemList,
  catalogues: Record<string, Catalogue> = CATALOGUES,
): void {
  if (!story) return;
  const { lang, versions } = story.data;
  const at = story.positionOf(['lang']);
  const catalogue = catalogueFor(lang, catalogues);
  if (!catalogue) problems.warning(story.file, at, messages.noCatalogue(lang, Object.keys(catalogues)));
  else {
    const missing = missingKeys(catalogues[catalogue]!, catalogues.en ?? CATALOGUES.en);
    if (missing.length > 0) problems.warning(story.file, at, messages.missingMessages(catalogue, missing));
  }
  const seen = new Set<string>();
  versions.forEach((v, i) => {
    const where = story.positionOf(['versions', i, 'lang']);
    const key = v.lang.toLowerCase();
    if (key === lang.toLowerCase()) problems.error(story.file, where, messages.versionIsOwnLanguage(v.lang));
    else if (seen.has(key)) problems.error(story.file, where, messages.versionRepeated(v.lang));
    seen.add(key);
  });
}
