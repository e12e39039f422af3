/**
 * Link previews in real Chromium, on the leak story served under a sub-path
 * with a strict CSP: by mouse, keyboard and touch, where the card opens, and
 * with reduced motion (the other parts of reading are in reading.test.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { collectErrors } from '../../src/bench/chromium.ts';
import { leakInBrowser } from '../helpers/leak-in-browser.ts';
import { shardCount, shardName, shardOf } from '../../src/outputs/preview-shards.ts';
import { expectPreviewOf, previewCard as card, siteData } from '../helpers/preview-card.ts';

const leak = leakInBrowser();
const site = inject('leakSite');
const { previews } = siteData(site);

const ZELENSKYY = '.prose a.entry-link[href$="/actors/volodymyr-zelenskyy/"]';

async function boxes(page: Page, link: Locator) {
  const a = (await link.boundingBox())!;
  const b = (await card(page).boundingBox())!;
  const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  return { link: a, card: b, overlap };
}

const expectCardFor = (page: Page, id: string) => expectPreviewOf(page, previews[id]!);

describe('link previews', () => {
  it('show a card on hover, next to the link and not over it, that stays while hovered and goes when the pointer leaves', async () => {
    const page = await leak.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    const data: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/data/')) data.push(new URL(request.url()).pathname);
    });
    await page.goto(leak.server.url);
    const link = page.locator(ZELENSKYY).first();
    await link.hover();
    await expectCardFor(page, 'volodymyr-zelenskyy');
    // Only the shard holding the card is fetched, from under the sub-path.
    const shards = shardCount(Object.keys(previews).length);
    expect(data).toEqual([`${inject('leakBase')}data/previews/${shardName(shards, shardOf('volodymyr-zelenskyy', shards))}.json`]);
    expect(await card(page).getAttribute('role')).toBe('tooltip');
    expect(await link.getAttribute('aria-describedby')).toBe('entry-preview');
    expect((await boxes(page, link)).overlap).toBe(false);
    // Hoverable (WCAG 1.4.13): moving onto the card keeps it.
    const { card: box } = await boxes(page, link);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await card(page).isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await card(page).waitFor({ state: 'hidden' });
    expect(await link.getAttribute('aria-describedby')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('open above a link near the bottom of the window, so the link stays visible', async () => {
    const page = await leak.browser.newPage({ viewport: { width: 1280, height: 700 } });
    await page.goto(leak.server.url);
    const link = page.locator(ZELENSKYY).first();
    await link.evaluate((el) => window.scrollBy({ top: el.getBoundingClientRect().bottom - window.innerHeight + 12, behavior: 'instant' }));
    await link.hover();
    await card(page).waitFor({ state: 'visible' });
    const { link: a, card: b } = await boxes(page, link);
    expect(b.y + b.height).toBeLessThanOrEqual(a.y);
    await page.close();
  });

  it('show a card on keyboard focus, and Escape closes it with focus left on the link', async () => {
    const page = await leak.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${leak.server.url}events/israel-denies-mossad-memo/`);
    let href: string | null = null;
    for (let i = 0; i < 80 && !href; i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() =>
        document.activeElement?.matches('.prose a.entry-link') ? document.activeElement.getAttribute('href') : null,
      );
    }
    expect(href).not.toBeNull();
    const id = href!.split('/').at(-2)!;
    const link = page.locator(`.prose a.entry-link[href="${href}"]`).first();
    await expectCardFor(page, id);
    expect((await boxes(page, link)).overlap).toBe(false);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on touch, show the card on a first tap with a link to the page, and follow the link on a second tap', async () => {
    const context = await leak.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(leak.server.url);
    const link = page.locator(ZELENSKYY).first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expectCardFor(page, 'volodymyr-zelenskyy');
    expect(page.url()).toBe(leak.server.url);
    expect((await boxes(page, link)).overlap).toBe(false);
    const open = card(page).locator('a.preview-card__open');
    expect(await open.textContent()).toBe('Open “Volodymyr Zelenskyy”');
    // A tap elsewhere closes it.
    await page.locator('h1').tap();
    await card(page).waitFor({ state: 'hidden' });
    // Tap, then tap again: the second tap opens the page.
    await link.tap();
    await card(page).waitFor({ state: 'visible' });
    await link.tap();
    await page.waitForURL(`${leak.server.url}actors/volodymyr-zelenskyy/`);
    // The card's own link opens the page too.
    const inText = page.locator('.prose a.entry-link').first();
    const target = new URL((await inText.getAttribute('href'))!, page.url()).href;
    await inText.scrollIntoViewIfNeeded();
    await inText.tap();
    await card(page).locator('a.preview-card__open').tap();
    await page.waitForURL(target);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const width of [390, 1280]) {
    it(`on touch, a link in a list, an infobox or the graph opens on the first tap (${width} px)`, async () => {
      const context = await leak.browser.newContext({ hasTouch: true, isMobile: width < 600, viewport: { width, height: 800 } });
      const page = await context.newPage();
      const errors = collectErrors(page);
      for (const [path, selector] of [
        ['entries/', '.az-list a.entry-link'],
        ['events/', '.timeline-groups a.entry-link'],
        ['actors/volodymyr-zelenskyy/', '.infobox a.entry-link'],
        ['actors/volodymyr-zelenskyy/', '.mentions a.entry-link'],
        ['events/the-leak/', '.related a.entry-link'],
        ['actors/pentagon/', 'svg.graph__svg a.graph-node:not([aria-current])'],
      ] as const) {
        await page.goto(leak.server.url + path);
        const link = page.locator(selector).first();
        expect(await link.count(), `${path} ${selector}`).toBe(1);
        const href = new URL((await link.getAttribute('href'))!, page.url()).href;
        await link.scrollIntoViewIfNeeded();
        await link.tap();
        await page.waitForURL(href);
        expect(await card(page).isVisible()).toBe(false);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('appear without animation when the reader asks for reduced motion', async () => {
    for (const [reducedMotion, animation] of [
      ['reduce', 'none'],
      ['no-preference', 'preview-in'],
    ] as const) {
      const page = await leak.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.emulateMedia({ reducedMotion });
      await page.goto(leak.server.url);
      await page.locator(ZELENSKYY).first().hover();
      await card(page).waitFor({ state: 'visible' });
      expect(await card(page).evaluate((el) => getComputedStyle(el).animationName)).toBe(animation);
      await page.close();
    }
  });
});
