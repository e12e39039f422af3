/**
 * The interface's words in the story's language: one translator per build,
 * made from the message catalogues (`catalogues/*.json`, flat keys, plural
 * forms as `key_one`, `key_other`, … as i18next reads them) with i18next,
 * falling back to English key by key; dates and numbers formatted with
 * `Intl` in the same language. Pure: no file is read, nothing is global.
 */
import i18next from 'i18next';
import { parseStoryDate } from '../entries/dates.ts';
import { CATALOGUES, type MessageKey } from './catalogues.ts';

export type { MessageKey } from './catalogues.ts';

/** A value a message puts in its `{{name}}` placeholders; `count` also picks the plural form. */
export type MessageValues = Record<string, string | number>;

export interface Translator {
  /** The story's language tag, as `story.md` gives it (`de`, `pt-BR`). */
  lang: string;
  /** The direction its script is written in: `rtl` for Arabic, Hebrew, Persian, Urdu… */
  dir: 'ltr' | 'rtl';
  /** The message `key` in the story's language (English where its catalogue lacks it), placeholders filled. */
  t: (key: MessageKey, values?: MessageValues) => string;
  /** A message cut at the placeholders named in `slots`, for a page to put links there: strings and slot names in order. */
  parts: (key: MessageKey, slots: readonly string[], values?: MessageValues) => MessagePart[];
  /** A story date (`2023-04-09` or `2023-04`) as the language writes it: "April 9, 2023", "9. April 2023". */
  date: (value: string) => string;
  /** A story date's month: "April 2023". */
  month: (value: string) => string;
  /** A day with its weekday, without the year: "Sunday, April 9"; a month's "day not known" line for a month. */
  day: (value: string) => string;
  /** A number with the language's digits and separators. */
  number: (value: number) => string;
  /** Items joined as the language lists them: "A, B and C" (`or` for alternatives). */
  list: (items: readonly string[], type?: 'and' | 'or') => string;
  /** Compares two names in the language's alphabetical order. */
  compare: (a: string, b: string) => number;
  /**
   * The messages whose keys start with one of `prefixes`, as templates with
   * their `{{placeholders}}`, each plural form the language has under its own
   * key (`search.box.count_few`): what a browser script is given to write with.
   */
  templates: (prefixes: readonly string[]) => Record<string, string>;
}

export type MessagePart = string | { slot: string };

/** The direction a language is written in, from its script (Intl.Locale's text info). */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** The catalogue a language tag is written from: its own, its base language's (`de` for `de-AT`), or none. */
export function catalogueFor(lang: string, catalogues: Record<string, unknown> = CATALOGUES): string | undefined {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0]!;
  return tag in catalogues ? tag : base in catalogues ? base : undefined;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const SLOT_START = '\uE000';
const SLOT_END = '\uE001';
const MARKS = /[\uE000\uE001]/g;

/** A place-holder for a link or an element in a composed message (`splitMarks` finds it again): private-use characters no text holds. */
export const mark = (slot: string) => `${SLOT_START}${slot}${SLOT_END}`;

/** A composed message cut at its marks: its text, and the slot of each mark, in order. */
export function splitMarks(text: string): MessagePart[] {
  const parts: MessagePart[] = [];
  for (const [i, piece] of text.split(new RegExp(`${SLOT_START}|${SLOT_END}`)).entries()) {
    if (i % 2 === 1) parts.push({ slot: piece });
    else if (piece) parts.push(piece);
  }
  return parts;
}

export function createTranslator(lang: string): Translator {
  const catalogue = catalogueFor(lang);
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: lang,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(CATALOGUES).map(([code, messages]) => [code, { translation: messages }])),
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  const fixed = i18n.getFixedT(catalogue ?? 'en');
  // A page asks for the same labels again and again ("Sources", "2 entries"); i18next resolves
  // each call anew (1.5 of 26 busy seconds of page rendering at 1,000 entries), so a message without values or
  // with counts only (a bounded set) is resolved once. Names and titles are not kept.
  const resolved = new Map<string, string>();
  const t = (key: MessageKey, values?: MessageValues) => {
    const kept = values === undefined ? key : countsOnly(values) ? `${key}\u0000${JSON.stringify(values)}` : undefined;
    if (kept === undefined) return String(fixed(key, values ?? {}));
    let text = resolved.get(kept);
    if (text === undefined) resolved.set(kept, (text = String(fixed(key, values ?? {}))));
    return text;
  };
  const locale = catalogue ? lang : 'en';
  // Story dates are Gregorian (ISO 8601) whatever calendar the tag asks for (`-u-ca-buddhist`).
  const formatter = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC', calendar: 'gregory' });
  const dayFormat = formatter({ year: 'numeric', month: 'long', day: 'numeric' });
  const monthFormat = formatter({ year: 'numeric', month: 'long' });
  const weekdayFormat = formatter({ weekday: 'long', month: 'long', day: 'numeric' });
  const numbers = new Intl.NumberFormat(locale);
  const lists = { and: new Intl.ListFormat(locale, { type: 'conjunction' }), or: new Intl.ListFormat(locale, { type: 'disjunction' }) };
  const collator = new Intl.Collator(locale);
  const utc = (year: number, month: number, day: number) => {
    const d = new Date(Date.UTC(2000, month - 1, day));
    d.setUTCFullYear(year);
    return d;
  };
  const templateSets = new Map<string, Record<string, string>>();
  const month = (value: string) => {
    const parsed = parseStoryDate(value);
    return 'error' in parsed ? value : monthFormat.format(utc(parsed.year, parsed.month, 1));
  };
  return {
    lang,
    dir: textDirection(lang),
    t,
    parts(key, slots, values = {}) {
      // A value's own private-use marks (an editor's text may hold anything) must not open a slot.
      const clean = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v.replace(MARKS, '') : v]));
      return splitMarks(t(key, { ...clean, ...Object.fromEntries(slots.map((s) => [s, mark(s)])) }));
    },
    date(value) {
      const parsed = parseStoryDate(value);
      if ('error' in parsed) return value;
      return parsed.day === undefined ? month(value) : dayFormat.format(utc(parsed.year, parsed.month, parsed.day));
    },
    month,
    day(value) {
      const parsed = parseStoryDate(value);
      if ('error' in parsed) return value;
      if (parsed.day === undefined) return t('timeline.dayNotKnown', { month: month(value) });
      return weekdayFormat.format(utc(parsed.year, parsed.month, parsed.day));
    },
    number: (value) => numbers.format(value),
    list: (items, type = 'and') => lists[type].format(items),
    compare: (a, b) => collator.compare(a, b),
    templates: (prefixes) => {
      const key = prefixes.join('\u0000');
      let out = templateSets.get(key);
      if (!out) templateSets.set(key, (out = Object.freeze(templatesOf(prefixes))));
      return out;
    },
  };
  function templatesOf(prefixes: readonly string[]): Record<string, string> {
    const own = CATALOGUES[catalogue ?? 'en']!;
    const en = CATALOGUES.en!;
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const out: Record<string, string> = {};
    for (const key of Object.keys(en)) {
      if (!prefixes.some((p) => key.startsWith(p))) continue;
      const plural = PLURAL.exec(key);
      if (!plural) out[key] = own[key] ?? en[key]!;
      else if (plural[1] === 'other') {
        const name = key.slice(0, plural.index);
        for (const c of categories) out[`${name}_${c}`] = own[`${name}_${c}`] ?? own[key] ?? en[`${name}_${c}`] ?? en[key]!;
      }
    }
    return out;
  }
}

const countsOnly = (values: MessageValues) => Object.values(values).every((v) => typeof v === 'number');

let englishTranslator: Translator | undefined;

/** The English translator: the default of the pure functions that write words, for callers with no story at hand (tests, tools). */
export function english(): Translator {
  return (englishTranslator ??= createTranslator('en'));
}
