/**
 * What a newsroom publishes, in real Chromium, on the harbour story served
 * under its sub-path with the strict CSP, at 390 and 1280 px: a correction
 * under the headline it concerns, the site's log of updates, the home page's
 * "Updated" date, a renamed entry's old address leading to its page, and
 * the embed views framed by another site's page, with the headers each host
 * sends from `_headers`.
 * Screenshots go to test-results/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, collectErrors } from '../../src/bench/chromium.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { STRICT_CSP } from '../helpers/csp.ts';
import { PICTURES_BASE } from '../helpers/global-setup.ts';
import { wcagViolations } from '../helpers/axe.ts';
import { headersFor, parseHeadersFile } from '../helpers/headers-file.ts';
import { embedFrame, embedSnippet, START_HEIGHTS, TIMELINE_EMBED } from '../../src/outputs/embeds.ts';

const SHOTS = join(projectRoot, 'test-results', 'screenshots');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveSite(inject('picturesSite'), PICTURES_BASE, { 'content-security-policy': STRICT_CSP });
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const errors = collectErrors(page);
  await page.goto(server.url + path, { waitUntil: 'load' });
  return { page, errors };
}

/** The box of an element, or undefined when it is not laid out. */
const box = (page: Page, selector: string) => page.locator(selector).first().boundingBox();

describe('corrections in plain sight', () => {
  for (const width of [390, 1280]) {
    it(`shows the correction right under the headline, then the update, linking to the page's log, at ${width} px (screenshot saved)`, async () => {
      const { page, errors } = await open('events/bridge-closes/', width);
      const h1 = await box(page, 'h1');
      const correction = await box(page, '.notice--correction');
      const update = await box(page, '.notice--update');
      expect(h1 && correction && update).toBeTruthy();
      // Directly below the headline, inside the first screen, correction first.
      expect(correction!.y).toBeGreaterThanOrEqual(h1!.y + h1!.height);
      expect(correction!.y - (h1!.y + h1!.height)).toBeLessThan(40);
      expect(update!.y).toBeGreaterThan(correction!.y);
      expect(update!.y + update!.height).toBeLessThan(800);
      expect(correction!.x + correction!.width).toBeLessThanOrEqual(width);
      expect(await page.locator('.notice--correction').innerText()).toBe(
        'Correction, March 4, 2024: An earlier version gave the wrong day for the closure (test data).',
      );
      expect(await page.locator('.notice--update').innerText()).toBe('Updated March 5, 2024: Added the ferry timetable (test data).');
      // The notice's colours are the page's correction colours, readable (axe checks the contrast).
      expect(await wcagViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `newsroom-correction-${width}.png`) });
      await page.getByRole('link', { name: 'All 2 updates and corrections' }).click();
      // The log comes into view (the page may scroll there smoothly).
      await page.waitForFunction(() => {
        const top = document.getElementById('updates')!.getBoundingClientRect().top;
        return location.hash === '#updates' && top >= 0 && top < window.innerHeight / 2;
      });
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`lists every update and correction on /updates/, newest first, linked from the footer, at ${width} px (screenshot saved)`, async () => {
      const { page, errors } = await open('', width);
      // The home page: "Updated" beside its first date, leading to the log.
      // As written (the kicker is set in capitals by CSS).
      expect((await page.locator('.entry-header .kicker').first().textContent())?.replace(/\s+/g, ' ').trim()).toBe(
        'Published March 2, 2024 · Updated March 6, 2024',
      );
      await page.locator('.site-footer').getByRole('link', { name: 'Updates and corrections' }).click();
      await page.waitForURL(`${server.url}updates/`);
      expect(await page.locator('h1').innerText()).toBe('Updates and corrections');
      const items = await page.locator('.update-log > li').allInnerTexts();
      expect(items).toEqual([
        "March 6, 2024 Update to the story's home page: Added the detour map (test data). On its page",
        'March 5, 2024 Update to event The bridge closes: Added the ferry timetable (test data). On its page',
        'March 4, 2024 Correction to event The bridge closes: An earlier version gave the wrong day for the closure (test data). On its page',
      ]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await wcagViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `newsroom-updates-${width}.png`), fullPage: true });
      // "On its page" leads to the correction in the entry's own log, highlighted there.
      await page.locator('.update-log > li').nth(2).getByRole('link', { name: 'On its page' }).click();
      await page.waitForURL(`${server.url}events/bridge-closes/#update-2024-03-04-1`);
      expect(await page.locator('.update:target').innerText()).toContain('Correction:');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('a renamed entry', () => {
  it('sends a reader at its old address on to its page', async () => {
    const { page, errors } = await open('events/bridge-closure/', 1280);
    await page.waitForURL(`${server.url}events/bridge-closes/`);
    expect(await page.locator('h1').innerText()).toBe('The bridge closes');
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** A page of another site (a second loopback port): the newsroom's article, framing views of the story. */
async function serveArticle(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) };
}

/** The article: a paragraph, the timeline's and a card's snippets as "Embed this" gives them, and an ordinary page framed. */
function article(site: string): string {
  const timeline = embedSnippet(`${site}${TIMELINE_EMBED}`, 'Timeline', START_HEIGHTS.timeline);
  const card = embedFrame(`${site}embed/events/bridge-closes/`, 'The bridge closes', START_HEIGHTS.card);
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A newsroom article</title></head><body>',
    '<main><h1>A newsroom article</h1><p>The harbour bridge closed on Saturday.</p>',
    timeline,
    card,
    `<iframe id="ordinary" src="${site}events/bridge-closes/" title="An ordinary page" width="100%" height="200"></iframe>`,
    '</main></body></html>',
  ].join('\n');
}

describe('embeds in another site’s article', () => {
  for (const host of ['cloudflare', 'netlify'] as const) {
    for (const width of [390, 1280]) {
      it(`fit their frames, open links outside them and pass axe, while an ordinary page refuses to be framed (headers as ${host} sends them, ${width} px, screenshot saved)`, async () => {
        const rules = parseHeadersFile(readFileSync(join(inject('picturesSite'), '_headers'), 'utf8'));
        const story = await serveSite(inject('picturesSite'), PICTURES_BASE, (path) => headersFor(rules, path, host));
        const news = await serveArticle(article(story.url));
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const refused: string[] = [];
        page.on('console', (m) => {
          if (/frame-ancestors|X-Frame-Options/.test(m.text())) refused.push(m.text());
        });
        try {
          await page.goto(news.url, { waitUntil: 'load' });
          const frames = page.locator('iframe[data-dossier-embed]');
          const [timeline, card] = [frames.nth(0), frames.nth(1)];
          // Each frame takes the height of what it shows: no inner scrolling, no blank space.
          const fitted = async (frame: typeof timeline) => {
            const inside = (await (await frame.elementHandle()).contentFrame())!;
            const innerHeight = () => inside.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
            await expect
              .poll(async () => Math.abs(Number(await frame.getAttribute('height')) - (await innerHeight())))
              .toBeLessThanOrEqual(1);
            expect(await inside.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
            return inside;
          };
          const inTimeline = await fitted(timeline);
          const inCard = await fitted(card);
          expect(await inTimeline.locator('.site-header, .site-footer').count()).toBe(0);
          expect(await inCard.locator('h1').innerText()).toBe('The bridge closes');
          // The timeline's filter works in the frame, and the frame follows what it then shows.
          const tall = Number(await timeline.getAttribute('height'));
          await inTimeline.locator('#actor-filter').selectOption({ index: 1 });
          await page.waitForFunction((before) => Number(document.querySelector('iframe')!.height) !== before, tall);
          await fitted(timeline);
          // A link in a view opens the full page outside the frame.
          const [opened] = await Promise.all([context.waitForEvent('page'), inCard.locator('h1 a').click()]);
          await opened.waitForLoadState('load');
          expect(opened.url()).toBe(`${story.url}events/bridge-closes/`);
          await opened.close();
          // The ordinary page is not shown in the frame.
          const ordinary = page.frames().find((f) => f.url() !== news.url && !f.url().includes('/embed/'));
          expect(ordinary?.url()).not.toBe(`${story.url}events/bridge-closes/`);
          expect(refused.length).toBeGreaterThan(0);
          for (const inside of [inTimeline, inCard]) expect(await wcagViolations(inside)).toEqual([]);
          // Let each frame paint before the picture is taken.
          for (const inside of [inTimeline, inCard])
            await inside.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          await page.screenshot({ path: join(SHOTS, `newsroom-embeds-${host}-${width}.png`), fullPage: true });
        } finally {
          await context.close();
          await news.close();
          await story.close();
        }
      });
    }
  }
});
