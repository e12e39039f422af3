/** What a browser script is given to write with: the templates under some keys, in the story's language. */
import type { Translator } from '../i18n/translator.ts';
import { EVENT_STATUSES } from '../entries/schema.ts';

const FOR = {
  /** The header's search box and its combobox. */
  box: ['search.box.', 'search.unavailable', 'search.didYouMean', 'search.alsoKnownAs', 'search.hit.'],
  /** The search page, its filters and results. */
  page: [
    'search.page.',
    'search.unavailable',
    'search.didYouMean',
    'search.alsoKnownAs',
    'search.hit.',
    ...EVENT_STATUSES.map((s) => `status.${s}`),
  ],
  /** The timeline's actor filter. */
  timeline: ['timeline.filter.'],
  /** "Embed this": its copy button. */
  embed: ['embed.copied', 'embed.selectToCopy'],
};

export function clientStrings(i18n: Translator, script: keyof typeof FOR): Record<string, string> {
  return i18n.templates(FOR[script]);
}
