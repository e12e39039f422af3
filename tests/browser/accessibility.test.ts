/**
 * Every page type of the leak story, in real Chromium: axe (WCAG 2.2 A and
 * AA rules) in light and dark, and with a preview card open; screenshots at
 * 375 px and 1280 px saved under test-results/screenshots/ for a person to
 * look at, taken while checking that nothing overflows the window sideways.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, collectErrors } from '../../src/bench/chromium.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { STRICT_CSP } from '../helpers/csp.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = join(projectRoot, 'test-results', 'screenshots');

const PAGE_TYPES = {
  home: '',
  actor: 'actors/volodymyr-zelenskyy/',
  event: 'events/israel-denies-mossad-memo/',
  source: 'sources/urdupoint-2023-04-10/',
  actors: 'actors/',
  timeline: 'events/',
  sources: 'sources/',
  'a-z': 'entries/',
  'not-found': 'actors/nobody/',
} as const;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveSite(inject('leakSite'), inject('leakBase'), { 'content-security-policy': STRICT_CSP });
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** axe's violations, as "rule: target" lines a person can read in a failure. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      it(`finds no violation on the ${type} page, ${colorScheme}`, async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.emulateMedia({ colorScheme });
        const errors = collectErrors(page);
        await page.goto(server.url + path);
        // The details holding the graph's list are opened, so their content is checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        expect(await violations(page)).toEqual([]);
        expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
        await page.close();
      });
    }

    it(`finds no violation with a preview card open, by hover and by touch, ${colorScheme}`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.emulateMedia({ colorScheme });
      await page.goto(server.url + PAGE_TYPES.event);
      await page.locator('.prose a.entry-link').first().hover();
      await page.locator('#entry-preview').waitFor({ state: 'visible' });
      expect(await violations(page)).toEqual([]);
      await page.close();

      const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
      const touch = await context.newPage();
      await touch.emulateMedia({ colorScheme });
      await touch.goto(server.url);
      await touch.locator('.prose a.entry-link').first().tap();
      await touch.locator('#entry-preview a').waitFor({ state: 'visible' });
      expect(await violations(touch)).toEqual([]);
      await context.close();
    });
  }
});

describe('layouts from 375 px to 1280 px', () => {
  for (const width of [375, 1280]) {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      it(`shows the ${type} page at ${width} px with nothing wider than the window (screenshot saved)`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(server.url + path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await page.locator('h1').first().isVisible()).toBe(true);
        await page.screenshot({ path: join(SHOTS, `${type}-${width}.png`), fullPage: true });
        await page.close();
      });
    }
  }
});
