/**
 * The reader's language in real Chromium: the German and the Arabic story,
 * each under its own sub-path with the strict CSP, at 390 and 1280 px. Every
 * word a reader meets, those the scripts write too (search, the timeline's
 * filter), is the story's own or its catalogue's; dates are in the language;
 * the Arabic pages read right to left (infobox, timeline, graph, preview
 * card) while Latin names keep their direction; axe passes. Screenshots go
 * to test-results/screenshots/ (languages-*.png).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, collectErrors } from '../../src/bench/chromium.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { STRICT_CSP } from '../helpers/csp.ts';
import { LANGUAGE_BASES } from '../helpers/global-setup.ts';
import { wcagViolations } from '../helpers/axe.ts';
import { cataloguePieces, storyText, unexplained } from '../helpers/interface-text.ts';
import { createTranslator } from '../../src/i18n/translator.ts';

const SHOTS = join(projectRoot, 'test-results', 'screenshots');
const STORIES = {
  de: { site: inject('germanSite'), content: 'tests/fixtures/german-story', event: 'events/sperrung/', actor: 'actors/erika-mustermann/' },
  ar: {
    site: inject('arabicSite'),
    content: 'tests/fixtures/arabic-story',
    event: 'events/ighlaq-almaktaba/',
    actor: 'actors/majlis-alwaha/',
  },
} as const;

let browser: Browser;
const servers: Partial<Record<keyof typeof STORIES, StaticServer>> = {};

beforeAll(async () => {
  for (const lang of ['de', 'ar'] as const) {
    servers[lang] = await serveSite(STORIES[lang].site, LANGUAGE_BASES[lang], { 'content-security-policy': STRICT_CSP });
  }
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server?.close();
});

async function open(lang: keyof typeof STORIES, path: string, width: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const errors = collectErrors(page);
  await page.goto(servers[lang]!.url + path, { waitUntil: 'load' });
  return { page, errors };
}

/** Every text of the page a reader or a screen reader meets: text nodes (not scripts' or snippets') and labels. */
function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Not the scripts, the embed snippets' code, or the passages Pagefind quotes from the pages (the story's words).
      if (!parent || parent.closest('script, style, [data-embed-snippet], .search-hit__excerpt')) continue;
      texts.push(node.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

describe.each(['de', 'ar'] as const)('the story in %s', (lang) => {
  const story = STORIES[lang];
  const i18n = createTranslator(lang);
  const known = () => ({ text: storyText(story.content, lang), pieces: cataloguePieces(lang) });

  it('shows the reader no label outside the catalogue, on the pages and in what the scripts write', async () => {
    const { text, pieces } = known();
    const left: string[] = [];
    for (const path of ['', story.actor, story.event, 'events/', 'sources/', 'entries/', 'updates/', 'nothing-here/']) {
      const { page } = await open(lang, path, 1280);
      left.push(...unexplained(await shownTexts(page), text, pieces).map((t) => `${path}: ${t}`));
      await page.close();
    }
    expect(left).toEqual([]);
    // The scripts' words: the timeline filter's status line, the search page's filters, results and counts, the header's list.
    const { page, errors } = await open(lang, 'events/', 1280);
    await page.locator('#actor-filter').selectOption({ index: 1 });
    await expect.poll(() => page.locator('.timeline-filter__status').innerText()).not.toBe('');
    left.push(...unexplained(await shownTexts(page), text, pieces).map((t) => `events/ (filtered): ${t}`));
    const name = (await page.locator('.entry-link').first().innerText()).trim();
    await page.goto(`${servers[lang]!.url}search/?q=${encodeURIComponent(name)}`);
    await page.locator('.search-page__results li').first().waitFor();
    await page.locator('.search-page__filters fieldset').first().waitFor();
    left.push(...unexplained(await shownTexts(page), text, pieces).map((t) => `search/: ${t}`));
    await page.goto(`${servers[lang]!.url}search/?q=zzqxv`);
    await expect.poll(() => page.locator('.search-page__status').innerText()).toContain('zzqxv');
    left.push(...unexplained(await shownTexts(page), text, pieces, ['zzqxv']).map((t) => `search/ (nothing found): ${t}`));
    const typed = name.slice(0, 6);
    await page.locator('#site-search-input').fill(typed);
    await page.locator('.site-search__results [role="option"]').first().waitFor();
    left.push(...unexplained(await shownTexts(page), text, pieces, ['zzqxv', typed.trim()]).map((t) => `header search: ${t}`));
    expect(left).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('passes axe on every kind of page, in the language and its direction, at 390 px', async () => {
    const found: string[] = [];
    for (const path of ['', story.actor, story.event, 'events/', 'sources/', 'entries/', 'updates/', 'search/', 'nothing-here/']) {
      const { page } = await open(lang, path, 390);
      found.push(...(await wcagViolations(page)).map((v) => `${path}: ${JSON.stringify(v)}`));
      await page.close();
    }
    expect(found).toEqual([]);
  });

  for (const width of [390, 1280]) {
    it(`writes the event's date in the language and passes axe, at ${width} px (screenshot saved)`, async () => {
      const { page, errors } = await open(lang, story.event, width);
      const time = page.locator('.kicker time');
      // Its words, not its letters as the kicker's style shows them (capitals).
      expect((await time.textContent())?.trim()).toBe(i18n.date((await time.getAttribute('datetime'))!));
      expect(await page.locator('html').getAttribute('dir')).toBe(i18n.dir);
      // Nothing sticks out sideways: the page is read, not scrolled, at any width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await wcagViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `languages-${lang}-event-${width}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the Arabic story, right to left', () => {
  it('puts the infobox on the left and the timeline line on the right at 1280 px (screenshot saved)', async () => {
    const { page, errors } = await open('ar', STORIES.ar.actor, 1280);
    const article = (await page.locator('article.entry').boundingBox())!;
    const infobox = (await page.locator('.infobox').boundingBox())!;
    const h1 = (await page.locator('h1').boundingBox())!;
    // The rail is at the inline end: the left, in Arabic; the headline starts at the right.
    expect(infobox.x + infobox.width / 2).toBeLessThan(article.x + article.width / 2);
    expect(h1.x + h1.width).toBeGreaterThan(article.x + article.width - 40);
    const line = await page
      .locator('.timeline-day')
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return { right: parseFloat(style.borderRightWidth), left: parseFloat(style.borderLeftWidth) };
      });
    expect(line.right).toBeGreaterThan(0);
    expect(line.left).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'languages-ar-actor-1280.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the graph from the right: the first column (events) right of the others', async () => {
    const { page } = await open('ar', '', 1280);
    const columns = await page.locator('.graph__columns text').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
    expect(columns.length).toBeGreaterThan(1);
    expect(columns).toEqual([...columns].sort((a, b) => b - a));
    // The boxes' labels stay inside their boxes.
    const inside = await page.locator('.graph-node').evaluateAll((nodes) =>
      nodes.every((n) => {
        const box = n.querySelector('rect')!.getBoundingClientRect();
        const text = n.querySelector(':scope > text')!.getBoundingClientRect();
        return text.left >= box.left - 1 && text.right <= box.right + 1;
      }),
    );
    expect(inside).toBe(true);
    await page.close();
  });

  it('keeps a Latin name left to right inside the Arabic text, and the preview card inside the screen at 390 px (screenshot saved)', async () => {
    const { page, errors } = await open('ar', STORIES.ar.event, 390);
    const latin = page.locator('.entry-link', { hasText: 'ACME Engineering' }).first();
    expect(await latin.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const link = page.locator('.prose .entry-link').first();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    const card = page.locator('.preview-card');
    await card.waitFor({ state: 'visible' });
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.screenshot({ path: join(SHOTS, 'languages-ar-preview-390.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
