/**
 * The interface's words for the browser's scripts: the page gives them in a
 * `data-strings` attribute (the story's language, every plural form it has;
 * `Translator.templates`), a script writes with them. No catalogue is fetched.
 */
export type Strings = Record<string, string>;

/** The strings an element carries, or none. */
export function readStrings(element: HTMLElement | null | undefined): Strings {
  try {
    return JSON.parse(element?.dataset.strings ?? '{}') as Strings;
  } catch {
    return {};
  }
}

const lang = () => document.documentElement.lang || 'en';

/**
 * The message `key` with its `{{placeholders}}` filled; a `count` picks the
 * language's plural form and is written with its digits. Unknown keys read as
 * the key itself, so a missing string shows, not a blank.
 */
export function say(strings: Strings, key: string, values: Record<string, string | number> = {}): string {
  let template = strings[key];
  if (typeof values.count === 'number') {
    const form = new Intl.PluralRules(lang()).select(values.count);
    template = strings[`${key}_${form}`] ?? strings[`${key}_other`] ?? template;
  }
  const numbers = new Intl.NumberFormat(lang());
  return (template ?? key).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** Items joined as the page's language lists them ("A, B or C"). */
export function orList(items: readonly string[]): string {
  return new Intl.ListFormat(lang(), { type: 'disjunction' }).format(items);
}
