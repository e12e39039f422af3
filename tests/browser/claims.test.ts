/**
 * Competing accounts as a reader sees them in Chromium (the fixture story's
 * reaction to the vote): side by side on a wide screen, one above the other
 * on a phone; the leak story's feed, served under the sub-path, is the one
 * the page's head links to.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, collectErrors } from '../../src/bench/chromium.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let server: StaticServer;
let fixture: StaticServer;

beforeAll(async () => {
  server = await serveSite(inject('leakSite'), inject('leakBase'));
  fixture = await serveSite(inject('fixtureSite'), '/');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixture?.close();
});

async function accountBoxes(width: number) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = collectErrors(page);
  await page.goto(`${fixture.url}events/the-reaction/`);
  const boxes = await page.locator('.account').evaluateAll((items) => items.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  await page.close();
  return { boxes, errors };
}

describe('competing accounts in a browser', () => {
  it('sit side by side on a wide screen', async () => {
    const { boxes, errors } = await accountBoxes(1280);
    expect(boxes.length).toBe(2);
    expect(boxes[0]!.top).toBe(boxes[1]!.top);
    expect(boxes[1]!.left).toBeGreaterThanOrEqual(boxes[0]!.right);
    expect(errors).toEqual([]);
  });

  it('stack on a narrow screen, each as wide as the column', async () => {
    const { boxes } = await accountBoxes(360);
    expect(boxes[1]!.top).toBeGreaterThanOrEqual(boxes[0]!.bottom);
    expect(boxes[0]!.left).toBe(boxes[1]!.left);
    expect(boxes[0]!.right).toBeLessThanOrEqual(360);
  });

  it('fetches the Atom feed the head links to', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    const response = await page.request.get(new URL(href!, server.url).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    await page.close();
  });
});
