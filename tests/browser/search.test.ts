/**
 * Search as a reader meets it: the leak story served under a
 * sub-path with a strict Content-Security-Policy, real Chromium, the keyboard.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, collectErrors } from '../../src/bench/chromium.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';

/** What a strict host sends: Pagefind's WebAssembly needs 'wasm-unsafe-eval' and nothing else. */
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; worker-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveSite(inject('leakSite'), inject('leakBase'), { 'content-security-policy': CSP });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types into the header's box and waits for its list (or its "no match" message). */
async function searchFromHeader(page: Page, query: string): Promise<void> {
  await page.locator('#site-search-input').fill(query);
  await page.locator('.site-search__popup:not([hidden])').waitFor();
  await page.waitForFunction(() => document.querySelector('.site-search [role="status"]')?.textContent !== '');
}

const options = (page: Page) => page.locator('.site-search [role="option"]');
/** A link's path below the site's base: `actors/mossad/`. */
const below = (href: string) => new URL(href, server.url).pathname.slice(new URL(server.url).pathname.length);

describe('the entry a query puts first', () => {
  // Each decided from the content: the entry the query names (an alias, a
  // misspelling the seed uses), else the entry whose headline carries it.
  const table: [query: string, first: string][] = [
    ['Zelenksyy', 'actors/volodymyr-zelenskyy/'], // the seed's misspelling, an alias
    ['Zelenskyy', 'actors/volodymyr-zelenskyy/'], // the dossier's spelling, an alias
    ['Mossad', 'actors/mossad/'], // the agency, above the events whose headlines name it
    ['mendacious', 'events/israel-denies-mossad-memo/'], // the denial's headline
    ['ammunition', 'events/south-korean-ammunition-conversation/'],
    ['53 documents', 'events/us-spying-on-zelenskyy/'], // the claim "according to 53 leaked documents"
    ['Seoul', 'actors/south-korea/'], // an alias of South Korea, above "Officials in Seoul"
    ['judicial reform', 'events/cia-memo-mossad-protests/'],
  ];
  it.each(table)('"%s" puts %s first', async (query, first) => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}sources/urdupoint-2023-04-10/`);
    await searchFromHeader(page, query);
    const href = await options(page).first().getAttribute('href');
    expect(below(href!)).toBe(first);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the search box in the header', () => {
  it('labels results by kind, with the summary, the date of events and the matched words marked', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await searchFromHeader(page, 'mendacious');
    const first = options(page).first();
    await expect(first.locator('.search-hit__kind').textContent()).resolves.toBe('Event · reported');
    await expect(first.locator('.search-hit__title').textContent()).resolves.toBe(
      'Israeli prime minister\'s office calls the CIA memo "mendacious"',
    );
    await expect(first.locator('.search-hit__date').textContent()).resolves.toBe('April 2023');
    await expect(first.locator('.search-hit__summary').textContent()).resolves.toMatch(
      /^According to the UrduPoint\/Sputnik article, the Israeli prime minister's office called the CIA memo/,
    );
    expect(await first.locator('mark').allTextContents()).toContain('mendacious');
    const actor = page.locator('.site-search [role="option"][href*="/actors/israeli-prime-ministers-office/"]');
    await expect(actor.locator('.search-hit__kind').textContent()).resolves.toBe('Actor · government');
    await page.close();
  });

  it('is a labelled combobox whose results are announced', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}events/the-leak/`);
    const input = page.locator('#site-search-input');
    await expect(page.locator('label[for="site-search-input"]').textContent()).resolves.toBe('Search the story');
    await searchFromHeader(page, 'Mossad');
    await expect(input.getAttribute('role')).resolves.toBe('combobox');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
    const listbox = page.locator(`#${await input.getAttribute('aria-controls')}`);
    await expect(listbox.getAttribute('role')).resolves.toBe('listbox');
    await expect(listbox.getAttribute('aria-label')).resolves.toBe('Search results');
    const count = await options(page).count();
    expect(count).toBeGreaterThan(1);
    await expect(page.locator('.site-search [role="status"]').textContent()).resolves.toMatch(/^\d+ results for Mossad/);
    await page.keyboard.press('Escape');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await searchFromHeader(page, 'xylophone');
    await expect(page.locator('.site-search__message').textContent()).resolves.toBe('No entry matches “xylophone”.');
    await expect(page.locator('.site-search [role="status"]').textContent()).resolves.toBe('No results for xylophone.');
    expect(await options(page).count()).toBe(0);
    await page.close();
  });

  it('works from the keyboard alone: / focuses, the arrows choose, Enter opens, the terms are marked on the page', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}actors/cnn/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-input');
    await page.keyboard.type('Zelenksyy');
    await options(page).first().waitFor();
    await page.keyboard.press('ArrowDown');
    const input = page.locator('#site-search-input');
    const active = await input.getAttribute('aria-activedescendant');
    expect(active).toBe(await options(page).first().getAttribute('id'));
    await expect(page.locator(`#${active}`).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    // Pagefind passes the words on in lower case.
    await page.waitForURL(`${server.url}actors/volodymyr-zelenskyy/?highlight=zelenksyy`);
    await page.locator('mark.search-highlight').first().waitFor();
    const marked = await page.locator('[data-pagefind-body] mark.search-highlight').allTextContents();
    expect(marked.length).toBeGreaterThan(1);
    expect(new Set(marked)).toEqual(new Set(['Zelenksyy']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads nothing of Pagefind with the page, and everything from under the sub-path once the reader searches', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}events/the-leak/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await searchFromHeader(page, 'ammunition');
    await page.waitForLoadState('networkidle');
    const search = requests.filter((u) => u.includes('pagefind'));
    for (const file of ['pagefind.js', 'pagefind-entry.json', '.pf_meta', '.pagefind', '.pf_index', '.pf_fragment']) {
      expect(
        search.some((u) => new URL(u).pathname.includes(file)),
        file,
      ).toBe(true);
    }
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
    // The order by date is fetched only by a reader who orders results by date.
    expect(search.filter((u) => u.includes('search-dates'))).toEqual([]);
    await page.close();
  });
});

describe('the search page', () => {
  const resultPaths = async (page: Page) =>
    (await page.locator('.search-page__results h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).map(below);
  const kinds = (page: Page) => page.locator('.search-page__results .search-hit__kind').allTextContents();
  /** Waits until the live region says `text` (or matches it). */
  const status = (page: Page, text: string | RegExp) => {
    const said = expect.poll(() => page.locator('.search-page__status').textContent(), { timeout: 10_000 });
    return typeof text === 'string' ? said.toBe(text) : said.toMatch(text);
  };

  it('narrows results with the filters, and keeps them in the address', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}search/?q=officials`);
    await status(page, /^\d+ results for “officials”\.$/);
    const all = await resultPaths(page);
    expect(new Set(await kinds(page)).size).toBeGreaterThan(1);
    // Beside each filter, how many results it would leave: as many as it does.
    const actorsBox = page.getByRole('checkbox', { name: /^Actors/ });
    const label = actorsBox.locator('xpath=..');
    await expect.poll(() => label.textContent()).toMatch(/^Actors \(\d+\)$/);
    const counted = Number(/\((\d+)\)/.exec((await label.textContent())!)![1]);
    expect(counted).toBeGreaterThan(0);

    await actorsBox.check();
    await status(page, `${counted} ${counted === 1 ? 'result' : 'results'} for “officials”, filtered.`);
    const actors = await resultPaths(page);
    expect(actors.length).toBeLessThan(all.length);
    expect(actors.every((p) => p.startsWith('actors/'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['actor']);

    await page.getByRole('checkbox', { name: /^Group/ }).check();
    await page.waitForFunction((n) => document.querySelectorAll('.search-page__results li').length < n, actors.length);
    expect(new Set(await kinds(page))).toEqual(new Set(['Actor · group']));

    await page.getByRole('checkbox', { name: /^Group/ }).uncheck();
    await page.waitForFunction((n) => document.querySelectorAll('.search-page__results li').length === n, actors.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by claim status and by year, and orders by date', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=Mossad&status=disputed`);
    await status(page, '1 result for “Mossad”, filtered.');
    expect(await resultPaths(page)).toEqual(['events/cia-memo-mossad-protests/']);

    await page.goto(`${server.url}search/?kind=event&year=2023&sort=newest`);
    await status(page, '10 results, filtered.');
    // The one event dated to the day of the article, April 10, 2023, is the
    // newest, then the one of April 9; the others are dated to the month.
    expect((await resultPaths(page)).slice(0, 2)).toEqual(['events/urdupoint-sputnik-article/', 'events/cnn-report-allies-alarm/']);

    await page.locator('#search-page-sort').selectOption('oldest');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('sort') === 'oldest');
    await expect
      .poll(async () => (await resultPaths(page)).slice(-2))
      .toEqual(['events/cnn-report-allies-alarm/', 'events/urdupoint-sputnik-article/']);
    expect(await resultPaths(page)).toHaveLength(10);
    await page.close();
  });

  it('says so when nothing matches, with or without the filters', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=xylophone`);
    await status(page, 'No entry matches “xylophone”.');
    await page.goto(`${server.url}search/?q=Mossad&kind=source`);
    await status(page, /^No entry matches “Mossad” with these filters; \d+ results without them\.$/);
    await page.close();
  });

  it('moves from the box to the results with the arrows', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=Seoul`);
    await page.locator('.search-page__results li').first().waitFor();
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-page-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(second).toBe(
      await page
        .locator('.search-page__results h2 a')
        .nth(1)
        .evaluate((a) => (a as HTMLAnchorElement).href),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(second);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the header box leads to the A–Z index, and the search page says what to do', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}actors/mossad/`);
    await page.locator('#site-search-input').fill('Seoul');
    await page.locator('#site-search-input').press('Enter');
    await page.waitForURL(`${server.url}entries/?q=Seoul`);
    await expect(page.locator('h1').textContent()).resolves.toBe('A–Z index');
    await page.goto(`${server.url}search/`);
    await expect(page.locator('.search-page__nojs').textContent()).resolves.toMatch(/JavaScript/);
    await page.locator('.search-page__nojs a').click();
    await page.waitForURL(`${server.url}entries/`);
    await context.close();
  });
});
