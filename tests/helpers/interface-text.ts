/**
 * Which words on a page the interface wrote, and whether each is in the
 * story's catalogue: a page's text, less what the story's own content says
 * (its names, fields and bodies), less the catalogue's words, less dates and
 * numbers, must leave nothing. What is left is a label written in code, not
 * taken from a catalogue: the test names it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { CATALOGUES } from '../../src/i18n/catalogues.ts';
import { catalogueFor, createTranslator } from '../../src/i18n/translator.ts';

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

function scalars(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value instanceof Date) return [];
  if (Array.isArray(value)) return value.flatMap(scalars);
  if (value && typeof value === 'object') return Object.values(value).flatMap(scalars);
  return [];
}

/** A body as readers see its words: links as their labels, citations and footnote marks gone. */
function bodyText(body: string): string {
  return body
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
    .replace(/\[\[([^\]]+)\]\]/g, '$1')
    .replace(/\s*\[@[^\]]*\]/g, '')
    .replace(/\[\^\d+\]:?/g, '')
    .replace(/^#+\s*/gm, '')
    .replace(/[*_`]/g, '');
}

export interface StoryText {
  /** Every field value and body of the story, whitespace collapsed, one string. */
  corpus: string;
  /** The field values, longest first: taken out of a page's text before its labels are looked up. */
  values: string[];
  /** Every date the story gives, as the language writes it (day, month, weekday). */
  dates: string[];
}

export function storyText(contentDir: string, lang: string): StoryText {
  const i18n = createTranslator(lang);
  const values = new Set<string>();
  const bodies: string[] = [];
  const dates = new Set<string>();
  for (const file of markdownFiles(contentDir)) {
    const raw = readFileSync(file, 'utf8');
    const { data, content } = matter(raw);
    for (const v of scalars(data)) values.add(normalize(v));
    // The language switch names each version in its own language.
    for (const version of (data.versions ?? []) as { lang: string }[]) {
      values.add(new Intl.DisplayNames([version.lang], { type: 'language' }).of(version.lang) ?? version.lang);
    }
    bodies.push(normalize(bodyText(content)));
    for (const [date] of raw.matchAll(/\b\d{4}-\d{2}(?:-\d{2})?\b/g)) {
      dates.add(i18n.date(date));
      dates.add(i18n.month(date));
      dates.add(i18n.day(date));
    }
  }
  const sorted = [...values].filter((v) => v.length > 1).sort((a, b) => b.length - a.length);
  return { corpus: [...sorted, ...bodies].join('\n'), values: sorted, dates: [...dates].sort((a, b) => b.length - a.length) };
}

/**
 * A message's words between two placeholders. `glued` says on which sides it
 * touches a placeholder with no space between (Arabic "ال{{noun}}",
 * "و{{relations}}"): there it need not end a word.
 */
export interface Piece {
  text: string;
  glued: { start: boolean; end: boolean };
}

/** The words of every message in a language's catalogue, cut at their placeholders, longest first. */
export function cataloguePieces(lang: string): Piece[] {
  const catalogue = CATALOGUES[catalogueFor(lang) ?? 'en']!;
  const pieces = new Map<string, Piece>();
  for (const message of Object.values(catalogue)) {
    const parts = message.split(/\{\{\w+\}\}/);
    parts.forEach((raw, i) => {
      const text = normalize(raw);
      if (!/\p{L}/u.test(text)) return;
      const glued = { start: i > 0 && !/^\s/.test(raw), end: i < parts.length - 1 && !/\s$/.test(raw) };
      const key = `${text}|${glued.start}|${glued.end}`;
      if (!pieces.has(key)) pieces.set(key, { text, glued });
    });
  }
  return [...pieces.values()].sort((a, b) => b.text.length - a.text.length);
}

/** Text that carries no words: digits, punctuation, symbols, spaces. */
const WORDLESS = /^[\p{N}\p{P}\p{S}\p{Z}\s]*$/u;

/**
 * The texts (text nodes, labels) no catalogue message and no content
 * accounts for, each once: an empty list when every label is translated.
 */
export function unexplained(
  texts: readonly string[],
  story: StoryText,
  pieces: readonly Piece[],
  /** What the reader typed (a search): shown back to them, not the interface's words. */
  typed: readonly string[] = [],
): string[] {
  const left = new Set<string>();
  // Each known text as a whole word or words: "ar" (a language) must not take a bite out of "Linienarten".
  const whole = (text: string): Piece => ({ text, glued: { start: false, end: false } });
  const known = [...story.values.map(whole), ...typed.map(whole), ...story.dates.map(whole), ...pieces]
    .sort((a, b) => b.text.length - a.text.length)
    .map(({ text: k, glued }) => {
      // A short piece must be a word of its own ("ar" in "Linienarten" is not); a long one may be glued
      // to another message's words (Arabic "و" + "علاقتان", where one message fills another).
      const short = k.replace(/\P{L}/gu, '').length < 4;
      const start = short && !glued.start && /^\p{L}/u.test(k) ? '(?<!\\p{L})' : '';
      const end = short && !glued.end && /\p{L}$/u.test(k) ? '(?!\\p{L})' : '';
      // Any case: a label may be capitalised where it starts a line (a filter's "Bestätigt").
      return { k: k.toLowerCase(), re: new RegExp(`${start}${escape(k)}${end}`, 'giu') };
    });
  for (const raw of texts) {
    let text = normalize(raw);
    // The A–Z index's letters are the names' first letters.
    if (/^\p{L}$/u.test(text)) continue;
    // A name cut short to fit a box of the graph ("Tiefbauamt rechnet mit…") is the story's.
    if (WORDLESS.test(text) || wordsOf(story.corpus, text) || (text.endsWith('…') && story.corpus.includes(text.slice(0, -1)))) continue;
    // Twice: a short word freed by a glued one ("ال" + "طرف") is found on the second pass.
    for (let pass = 0; pass < 2; pass++)
      for (const { k, re } of known) if (text.toLowerCase().includes(k)) text = text.replace(re, '\u0000');
    // What is left between the known words: each bit wordless, or words of the story (a heading, a sentence).
    const bits = text.split('\u0000').map((bit) => normalize(bit).replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''));
    // A bit may have lost a glued prefix ("ال") to the pass above: it need only end where a word of the story ends.
    if (!bits.every((bit) => WORDLESS.test(bit) || endsAWord(story.corpus, bit))) left.add(normalize(raw));
  }
  return [...left];
}

/** Whether `text` holds `words` as whole words (not "Kind" in "Kinder"). */
const wordsOf = (text: string, words: string) =>
  new RegExp(`${/^\p{L}/u.test(words) ? '(?<!\\p{L})' : ''}${escape(words)}${/\p{L}$/u.test(words) ? '(?!\\p{L})' : ''}`, 'u').test(text);

const endsAWord = (text: string, words: string) =>
  new RegExp(`${escape(words)}${/\p{L}$/u.test(words) ? '(?!\\p{L})' : ''}`, 'u').test(text);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * English's words that the language writes otherwise (two words or more, or
 * one of five letters or more): none should show on the language's pages.
 */
export function englishOnly(lang: string): string[] {
  const own = new Set(cataloguePieces(lang).map((p) => p.text.toLowerCase()));
  const english = [...new Set(cataloguePieces('en').map((p) => p.text))];
  return english.filter((p) => !own.has(p.toLowerCase()) && (/\s/.test(p) || p.replace(/\P{L}/gu, '').length >= 5));
}
