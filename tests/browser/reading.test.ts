/**
 * The reading experience in real Chromium, on the leak story served under a
 * sub-path with a strict CSP: excerpts, section links, references, and the
 * timeline (link previews have previews.test.ts, the graph graph.test.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { collectErrors } from '../../src/bench/chromium.ts';
import { leakInBrowser } from '../helpers/leak-in-browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { previewCard as card, siteData } from '../helpers/preview-card.ts';

const SHOTS = join(projectRoot, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const leak = leakInBrowser();
const site = inject('leakSite');
const { previews, graph } = siteData(site);

describe('"Mentioned in" excerpts', () => {
  for (const width of [390, 1280]) {
    it(`start and end between words, with every quotation whole (${width} px)`, async () => {
      const page = await leak.browser.newPage({ viewport: { width, height: 900 } });
      let cut = 0;
      for (const id of Object.keys(previews).filter((key) => previews[key]!.kind.startsWith('Actor'))) {
        await page.goto(`${leak.server.url}actors/${id}/`);
        const items = await page.locator('.mentions li').evaluateAll((lis) =>
          lis.map((li) => ({
            href: li.querySelector('a')!.href,
            excerpts: [...li.querySelectorAll('blockquote')].map((q) => q.textContent.replace(/\s+/g, ' ').trim()),
          })),
        );
        for (const { href, excerpts } of items) {
          // The words of the entry the excerpt is taken from.
          // (Tags read as nothing and as a space: "<a>CNN</a>'s" is one word, "</p><p>" two.)
          const html = (await (await page.request.get(href)).text())
            .replace(/&#39;/g, "'")
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&');
          const words = new Set([...html.replace(/<[^>]+>/g, '').split(/\s+/), ...html.replace(/<[^>]+>/g, ' ').split(/\s+/)]);
          for (const text of excerpts) {
            expect((text.match(/"/g) ?? []).length % 2, text).toBe(0);
            expect((text.match(/“/g) ?? []).length, text).toBe((text.match(/”/g) ?? []).length);
            // A cut is marked "…" and falls between words, never inside one.
            if (text.startsWith('…')) {
              cut++;
              expect(words.has(text.slice(1).split(' ')[0]!), text).toBe(true);
            }
            if (text.endsWith('…')) expect(words.has(text.slice(0, -1).split(' ').at(-1)!), text).toBe(true);
          }
        }
        if (id === 'us-officials') await page.locator('.mentions').screenshot({ path: join(SHOTS, `mentions-${width}.png`) });
      }
      expect(cut).toBeGreaterThan(0);
      await page.close();
    });
  }
});

describe('section links', () => {
  for (const width of [390, 1280]) {
    it(`give each section heading a "#" link to itself, shown on hover and focus (${width} px)`, async () => {
      const context = await leak.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(leak.server.url);
      const anchors = page.locator('.heading-wrapper .heading-anchor');
      expect(await anchors.count()).toBeGreaterThan(0);
      for (const anchor of await anchors.all()) {
        const heading = anchor.locator('xpath=preceding-sibling::*[self::h2 or self::h3 or self::h4][1]');
        const id = (await heading.getAttribute('id'))!;
        expect(await anchor.getAttribute('href')).toBe(`#${id}`);
        expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
        await heading.hover();
        expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
        await anchor.focus();
        expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
        const box = (await anchor.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
        // The heading's name is its words alone.
        expect(await heading.evaluate((h) => h.textContent.includes('#'))).toBe(false);
      }
      await anchors.first().click();
      expect(new URL(page.url()).hash).toBe((await anchors.first().getAttribute('href'))!);
      await context.close();
    });
  }
});

describe('references', () => {
  for (const width of [390, 1280]) {
    it(`show on hovering or focusing a citation mark, in the preview card (${width} px)`, async () => {
      const page = await leak.browser.newPage({ viewport: { width, height: 900 } });
      const errors = collectErrors(page);
      await page.goto(leak.server.url);
      const mark = page.locator('.prose a.citation').first();
      const number = (await mark.getAttribute('href'))!.slice('#ref-'.length);
      const reference = (await page.locator(`#ref-${number} a.entry-link`).first().textContent())!.trim();
      await mark.hover();
      await card(page).waitFor({ state: 'visible' });
      expect(await card(page).textContent()).toContain(`Reference ${number}`);
      expect(await card(page).textContent()).toContain(reference);
      expect(await card(page).getAttribute('role')).toBe('tooltip');
      await page.mouse.move(0, 0);
      await card(page).waitFor({ state: 'hidden' });
      await mark.focus();
      await card(page).waitFor({ state: 'visible' });
      expect(await mark.getAttribute('aria-describedby')).toBe('entry-preview');
      await page.keyboard.press('Escape');
      await card(page).waitFor({ state: 'hidden' });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const width of [390, 1280]) {
    it(`letter the back-links of a source cited more than once, each a target of 24 × 24 px, as every citation mark (${width} px)`, async () => {
      const page = await leak.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(leak.server.url);
      const items = page.locator('.references li');
      let lettered = 0;
      for (const item of await items.all()) {
        const links = item.locator('.backrefs a');
        const texts = await links.allTextContents();
        if (texts.length > 1) {
          lettered++;
          expect(texts.map((t) => t.trim())).toEqual(texts.map((_, i) => (i < 26 ? String.fromCharCode(97 + i) : texts[i]!.trim())));
        } else if (texts.length === 1) expect(texts[0]!.trim()).toBe('↑');
        for (const link of await links.all()) {
          const box = (await link.boundingBox())!;
          expect(box.width).toBeGreaterThanOrEqual(24);
          expect(box.height).toBeGreaterThanOrEqual(24);
        }
      }
      expect(lettered).toBeGreaterThan(0);
      for (const mark of await page.locator('a.citation').all()) {
        const box = (await mark.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      // Marks in number order, on the line of the word before them.
      const marks = await page.locator('.prose sup.citations').evaluateAll((sups) =>
        sups.map((sup) => {
          const holder = sup.parentElement!;
          return {
            numbers: [...sup.querySelectorAll('a.citation')].map((a) => Number(a.getAttribute('href')!.slice('#ref-'.length))),
            kept:
              holder.classList.contains('nowrap') &&
              holder.getClientRects().length === 1 &&
              getComputedStyle(holder).whiteSpace === 'nowrap',
            word: (holder.textContent ?? '').replace(sup.textContent ?? '', '').trim(),
          };
        }),
      );
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) {
        expect(mark.numbers).toEqual([...mark.numbers].sort((a, b) => a - b));
        expect(mark.kept, JSON.stringify(mark)).toBe(true);
        expect(mark.word).not.toBe('');
      }
      await page.locator('.references').screenshot({ path: join(SHOTS, `references-${width}.png`) });
      await page.close();
    });
  }
});

describe('the timeline', () => {
  const involving = (actor: string) =>
    graph.edges
      .filter((e) => e.kind === 'involved' && e.from === actor)
      .map((e) => e.to)
      .sort();
  const visibleEvents = (page: Page) =>
    page
      .locator('.timeline-groups li.event-item:visible > div > a.entry-link')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href')!.split('/').at(-2)!));

  for (const width of [390, 1280]) {
    it(`puts the event the editor ordered first (the leak, \`order: 1\`) first in its month, on the timeline, the home page and in previous/next (${width} px)`, async () => {
      const page = await leak.browser.newPage({ viewport: { width, height: 900 } });
      const errors = collectErrors(page);
      await page.goto(`${leak.server.url}events/`);
      const april = page.locator('.timeline-month', { has: page.locator('h2', { hasText: 'April 2023' }) });
      const first = april.locator('li.event-item > div > a.entry-link').first();
      expect(await first.getAttribute('href')).toBe(`${new URL(leak.server.url).pathname}events/the-leak/`);
      expect(await first.isVisible()).toBe(true);
      await page.goto(leak.server.url);
      const glance = page.locator('section[aria-labelledby="at-a-glance"] .event-list a.entry-link').first();
      expect(await glance.getAttribute('href')).toBe(`${new URL(leak.server.url).pathname}events/the-leak/`);
      await page.goto(`${leak.server.url}events/the-leak/`);
      const nav = page.locator('nav.prev-next');
      expect(await nav.locator('a[rel="prev"]').count()).toBe(0);
      const next = (await nav.locator('a[rel="next"]').getAttribute('href'))!;
      await page.goto(new URL(next, leak.server.url).href);
      expect(await page.locator('nav.prev-next a[rel="prev"]').getAttribute('href')).toBe(
        `${new URL(leak.server.url).pathname}events/the-leak/`,
      );
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('lists every event in time order, and without JavaScript shows them all with no filter', async () => {
    const context = await leak.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${leak.server.url}events/`);
    expect(await page.locator('form.timeline-filter').isVisible()).toBe(false);
    const events = await visibleEvents(page);
    expect(events.sort()).toEqual(
      graph.nodes
        .map((n) => n.id)
        .filter((id) => previews[id]!.kind.startsWith('Event'))
        .sort(),
    );
    const days = await page.locator('.timeline-day__label time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
    expect([...days].sort()).toEqual(days);
    await context.close();
  });

  it('filters by actor without a reload, says how many events remain, and keeps the choice in the address', async () => {
    const page = await leak.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${leak.server.url}events/`);
    const all = (await visibleEvents(page)).length;
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await page.locator('#actor-filter').selectOption('cnn');
    expect((await visibleEvents(page)).sort()).toEqual(involving('cnn'));
    expect(await page.locator('.timeline-filter [role="status"]').textContent()).toBe(
      `Showing ${involving('cnn').length} of ${all} events, those involving CNN.`,
    );
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    expect(new URL(page.url()).searchParams.get('actor')).toBe('cnn');
    // Days and months left empty are hidden too.
    const emptyShown = await page
      .locator('.timeline-day:visible')
      .evaluateAll((els) => els.filter((el) => !el.querySelector('li:not([hidden])')).length);
    expect(emptyShown).toBe(0);

    await page.reload();
    expect(await page.locator('#actor-filter').inputValue()).toBe('cnn');
    expect((await visibleEvents(page)).sort()).toEqual(involving('cnn'));

    await page.locator('#actor-filter').selectOption('');
    expect((await visibleEvents(page)).length).toBe(all);
    expect(await page.locator('.timeline-filter [role="status"]').textContent()).toBe(`Showing all ${all} events.`);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });
});
