/**
 * The story with pictures in real Chromium, served under its sub-path with
 * the strict CSP, as a reader meets it at 390 and 1280 px: the picture
 * chosen is the one the screen needs, nothing moves as pictures load,
 * captions and credits are there to read, axe finds nothing. Screenshots go
 * to test-results/screenshots/ for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, collectErrors } from '../../src/bench/chromium.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { STRICT_CSP } from '../helpers/csp.ts';
import { PICTURES_BASE } from '../helpers/global-setup.ts';
import { wcagViolations } from '../helpers/axe.ts';

const SHOTS = join(projectRoot, 'test-results', 'screenshots');
const PAGES = { home: '', actor: 'actors/harbour-authority/', event: 'events/bridge-inspection/', timeline: 'events/' };

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

/** Opens a page with layout shifts recorded from the start. */
async function open(path: string, width: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        (window as unknown as { shifts: number }).shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.url + path, { waitUntil: 'load' });
  return { page, errors };
}

/** Scrolls to the end, a screen at a time, and waits for every picture to arrive. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(
      [...document.images].map((img) =>
        img.complete ? Promise.resolve() : new Promise((r) => img.addEventListener('load', r, { once: true })),
      ),
    );
  });
}

describe('pictures as a reader meets them', () => {
  for (const width of [390, 1280]) {
    for (const [name, path] of Object.entries(PAGES)) {
      it(`shows the ${name} page at ${width} px with nothing moving as its pictures load (screenshot saved)`, async () => {
        const { page, errors } = await open(path, width);
        await scrollThrough(page);
        expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
        expect(await page.evaluate(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0))).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(errors).toEqual([]);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(SHOTS, `pictures-${name}-${width}.png`), fullPage: true });
        await page.close();
      });
    }
  }

  it('takes, at 390 px, a small picture in WebP: at most 60 KB of pictures for a page with a lead picture', async () => {
    for (const path of [PAGES.home, PAGES.actor, PAGES.event]) {
      const { page } = await open(path, 390);
      await scrollThrough(page);
      const lead = await page.evaluate(() => {
        const img = document.querySelector<HTMLImageElement>('figure.figure img')!;
        return { src: img.currentSrc, shown: img.getBoundingClientRect().width };
      });
      expect(lead.src, path).toMatch(/\.webp$/);
      const widths = await page.evaluate(() =>
        [
          ...document
            .querySelector('figure.figure source')!
            .getAttribute('srcset')!
            .matchAll(/(\S+) (\d+)w/g),
        ].map((m) => [m[1]!, Number(m[2])] as const),
      );
      const chosen = widths.find(([url]) => lead.src.endsWith(url))![1];
      // The smallest candidate that fills the box it is shown in (the viewport's scale is 1).
      expect(chosen, path).toBe(widths.map(([, w]) => w).find((w) => w >= lead.shown));
      const bytes = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'img' || /\.(webp|png|jpe?g)$/.test(r.name))
          .reduce((sum, r) => sum + (r as PerformanceResourceTiming).encodedBodySize, 0),
      );
      expect(bytes, path).toBeGreaterThan(0);
      expect(bytes, path).toBeLessThanOrEqual(60 * 1024);
      await page.close();
    }
  });

  it('shows each caption and credit in full, readable, under its picture', async () => {
    for (const width of [390, 1280]) {
      const { page } = await open(PAGES.event, width);
      const captions = await page.evaluate(() =>
        [...document.querySelectorAll('figure.figure')].map((figure) => {
          const img = figure.querySelector('img')!.getBoundingClientRect();
          const caption = figure.querySelector('figcaption')!;
          const box = caption.getBoundingClientRect();
          return {
            text: (caption.textContent ?? '').trim(),
            below: box.top >= img.bottom - 1,
            inside: box.left >= 0 && box.right <= window.innerWidth,
            size: parseFloat(getComputedStyle(caption.querySelector('.figure-credit')!).fontSize),
          };
        }),
      );
      expect(captions.map((c) => c.text)).toEqual([
        "The first page of the inspection report (test picture) Document: Test data, made by Dossier's tests",
        "A crack in the north support Picture: Test data, made by Dossier's tests, CC0",
      ]);
      for (const caption of captions) {
        expect(caption.below && caption.inside, caption.text).toBe(true);
        expect(caption.size).toBeGreaterThanOrEqual(12);
      }
      await page.close();
    }
  });

  it('finds no accessibility violation on pages with pictures', async () => {
    for (const path of Object.values(PAGES)) {
      const { page } = await open(path, 1280);
      const found = await wcagViolations(page);
      expect(found, path).toEqual([]);
      await page.close();
    }
  });
});
