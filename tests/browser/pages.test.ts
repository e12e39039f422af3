/**
 * The leak story as a reader meets it: served by a static server under a
 * sub-path, opened in real Chromium, links followed by clicking.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, collectErrors } from '../../src/bench/chromium.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveSite(inject('leakSite'), inject('leakBase'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reading the leak story in a browser', () => {
  it('goes from the home page to an actor by clicking a cross-link, and back through "Mentioned in"', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url);
    await expect(page.title()).resolves.toBe('Leaked Pentagon documents: what was reported about US spying on allies');
    await page.locator('main a.entry-link', { hasText: 'Volodymyr Zelenskyy' }).first().click();
    await page.waitForURL(`${server.url}actors/volodymyr-zelenskyy/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Volodymyr Zelenskyy');
    const mentions = page.locator('#mentions + ul > li');
    expect(await mentions.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('jumps from a citation mark to its reference and back', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}events/israel-denies-mossad-memo/`);
    const mark = page.locator('a.citation').first();
    const label = await mark.getAttribute('aria-label');
    expect(label).toMatch(/^Reference 1: /);
    await mark.click();
    expect(new URL(page.url()).hash).toBe('#ref-1');
    await page.locator('#ref-1 .backrefs a').first().click();
    expect(new URL(page.url()).hash).toBe('#cite-1-1');
    await page.close();
  });

  it('serves the 404 page for an unknown address under the sub-path, with working links', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}actors/nobody/`);
    expect(response?.status()).toBe(404);
    await page.locator('main a', { hasText: 'A–Z index' }).click();
    await page.waitForURL(`${server.url}entries/`);
    expect(await page.locator('h1').textContent()).toBe('A–Z index');
    await page.close();
  });

  it('loads the stylesheet from under the sub-path', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('requestfinished', (r) => requests.push(r.url()));
    await page.goto(server.url);
    const css = requests.filter((u) => u.endsWith('.css'));
    expect(css.length).toBe(1);
    expect(css[0]!.startsWith(`${server.url}_astro/`)).toBe(true);
    await page.close();
  });
});
