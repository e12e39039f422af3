/**
 * The messages about the story's language (`lang` and `versions` in
 * story.md): the interface is written from a message catalogue, and where
 * there is none, or it lacks a message, English stands in.
 */
import type { Message } from './messages.ts';

const shown = (keys: readonly string[]) =>
  keys.length <= 5 ? keys.join(', ') : `${keys.slice(0, 5).join(', ')} and ${keys.length - 5} more`;

export const languageMessages = {
  noCatalogue: (lang: string, known: readonly string[]): Message => ({
    code: 'language-no-catalogue',
    message: `Dossier has no message catalogue for "${lang}": the site's labels, dates and search will be in English`,
    hint: `use one of ${known.join(', ')}, or add src/i18n/catalogues/${lang.split('-')[0]}.json (docs/site.md, "The reader's language")`,
  }),
  missingMessages: (catalogue: string, keys: readonly string[]): Message => ({
    code: 'language-missing-messages',
    message: `the "${catalogue}" catalogue lacks ${keys.length === 1 ? 'a message' : `${keys.length} messages`}, shown in English: ${shown(keys)}`,
    hint: `add ${keys.length === 1 ? 'it' : 'them'} to src/i18n/catalogues/${catalogue}.json, translated from en.json`,
  }),
  versionIsOwnLanguage: (lang: string): Message => ({
    code: 'language-version-own',
    message: `"${lang}" is the story's own language (lang), not another version of it`,
    hint: 'list under versions only the story in other languages, each built from its own content folder',
  }),
  versionRepeated: (lang: string): Message => ({
    code: 'language-version-repeated',
    message: `the version in "${lang}" is listed twice`,
    hint: 'keep one address per language',
  }),
};
