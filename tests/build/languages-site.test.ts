/**
 * The German and the Arabic story, built: every label in the story's
 * language (each word the pages show is the story's own or its catalogue's,
 * and no English label is left), dates as the language writes them,
 * `lang` and `dir` on every page, the footnotes' and key questions' headings,
 * and the language switch with `hreflang`.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { embedViews, htmlPages, readPage } from '../helpers/html.ts';
import { cataloguePieces, englishOnly, storyText, unexplained } from '../helpers/interface-text.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { LANGUAGE_BASES } from '../helpers/global-setup.ts';

const SITES = [
  { lang: 'de', dir: 'ltr', site: inject('germanSite'), content: 'tests/fixtures/german-story' },
  { lang: 'ar', dir: 'rtl', site: inject('arabicSite'), content: 'tests/fixtures/arabic-story' },
] as const;

const LABELS = ['aria-label', 'title', 'placeholder', 'alt'];

/** Every text a reader (or a screen reader) meets on a page: its text nodes and its labelling attributes. */
function shownTexts(html: string): string[] {
  const tree = fromHtml(html);
  const texts: string[] = [];
  visit(tree, (node, _index, parent) => {
    const inside = parent as Element | undefined;
    if (
      node.type === 'text' &&
      inside &&
      !['script', 'style'].includes(inside.tagName) &&
      !('dataEmbedSnippet' in (inside.properties ?? {}))
    ) {
      texts.push(node.value);
    }
    if (node.type === 'element') {
      for (const name of LABELS) {
        const value = node.properties?.[name === 'aria-label' ? 'ariaLabel' : name];
        if (typeof value === 'string') texts.push(value);
      }
    }
  });
  return texts;
}

/** The words of the preview cards (not their keys). */
const previewTexts = (json: string) =>
  Object.values(JSON.parse(json) as Record<string, Record<string, string>>)
    .flatMap((card) => [card.name, card.kind, card.meta, card.summary])
    .join('\n');
/** The words of the feed: its titles, summaries and categories' labels (not its element names or terms). */
const feedTexts = (xml: string) =>
  [...xml.matchAll(/<(title|summary|subtitle)[^>]*>([^<]*)<\/\1>|label="([^"]*)"/g)].map((m) => m[2] ?? m[3]).join('\n');

const pagesOf = (site: string) => [...htmlPages(site), ...embedViews(site)];
const named = (site: string, page: string) => page.slice(site.length + 1);

describe.each(SITES)('the story in $lang', ({ lang, dir, site, content }) => {
  const i18n = createTranslator(lang);

  it('marks every page with the language and its direction', () => {
    for (const page of pagesOf(site)) {
      expect(readFileSync(page, 'utf8'), page).toMatch(new RegExp(`<html lang="${lang}" dir="${dir}"`));
    }
  });

  it('shows no word that is neither the story’s own nor in its catalogue', () => {
    const story = storyText(content, lang);
    const pieces = cataloguePieces(lang);
    const left = pagesOf(site).flatMap((page) =>
      unexplained(shownTexts(readFileSync(page, 'utf8')), story, pieces).map((t) => `${named(site, page)}: ${t}`),
    );
    expect(left).toEqual([]);
  });

  it('leaves no English label in the pages, the preview cards or the feed', () => {
    const english = englishOnly(lang);
    expect(english.length).toBeGreaterThan(100);
    const texts = [
      ...pagesOf(site).map((page) => [named(site, page), shownTexts(readFileSync(page, 'utf8')).join('\n')] as const),
      ['data/previews.json', previewTexts(readFileSync(join(site, 'data/previews.json'), 'utf8'))] as const,
      ['feed.xml', feedTexts(readFileSync(join(site, 'feed.xml'), 'utf8'))] as const,
    ];
    const found = texts.flatMap(([page, text]) =>
      english
        .filter((e) => new RegExp(`(?<!\\p{L})${e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text))
        .map((e) => `${page}: ${e}`),
    );
    expect(found).toEqual([]);
  });

  it('writes dates as the language does', () => {
    const html = readPage(site, 'updates/index.html');
    const times = [...html.matchAll(/<time datetime="([\d-]+)">([^<]+)<\/time>/g)];
    expect(times.length).toBeGreaterThan(1);
    for (const [, date, shown] of times) expect(shown).toBe(i18n.date(date!));
  });

  it('names the footnotes and the key questions in the language', () => {
    const home = readPage(site, 'index.html');
    expect(home).toContain(`>${i18n.t('markdown.notes')}</h2>`);
    expect(home).toMatch(new RegExp(`<section class="key-questions"[^>]*>\\s*<h2[^>]*>${i18n.t('markdown.keyQuestions')}</h2>`));
    expect(home).toContain('class="question-card"');
  });

  it('links the story’s other version with hreflang, from every page, and as an alternate of the home page', () => {
    const other = lang === 'de' ? 'ar' : 'de';
    for (const page of htmlPages(site)) {
      expect(readFileSync(page, 'utf8'), page).toContain(`href="${LANGUAGE_BASES[other]}" hreflang="${other}" lang="${other}"`);
    }
    const home = readPage(site, 'index.html');
    expect(home).toContain(`<link rel="alternate" hreflang="${other}" href="${LANGUAGE_BASES[other]}">`);
    expect(home).toContain(`<link rel="alternate" hreflang="${lang}" href="https://example.org${LANGUAGE_BASES[lang]}">`);
  });
});
