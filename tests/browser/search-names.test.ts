/**
 * Search by the story's names, in real Chromium at 390 and 1280 px: an
 * entry named exactly what was searched comes first, on the leak story and
 * on a fixture story whose names overlap (tests/fixtures/names-story, built
 * here); infobox values are metadata, not text; "did you mean" when nothing
 * matches; the path without JavaScript (the A–Z index with its
 * cross-references, no control that does nothing); and two accessibility
 * fixes (unique search landmarks, no label pointing at a missing id).
 * Screenshots go to test-results/screenshots/search-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, collectErrors } from '../../src/bench/chromium.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { STRICT_CSP } from '../helpers/csp.ts';
import { scratchDir } from '../helpers/scratch.ts';

const SHOTS = join(projectRoot, 'test-results', 'screenshots');
const WIDTHS = [390, 1280] as const;
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

let browser: Browser;
let leak: StaticServer;
let names: StaticServer;
let fixture: StaticServer;
let work: string;

beforeAll(async () => {
  work = scratchDir('names');
  const built = await buildSite('tests/fixtures/names-story', join(work, 'site'), '/town/');
  if (built.code !== 0) throw new Error(`Building tests/fixtures/names-story failed:\n${built.stdout}\n${built.stderr}`);
  const csp = { 'content-security-policy': STRICT_CSP };
  leak = await serveSite(inject('leakSite'), inject('leakBase'), csp);
  names = await serveSite(join(work, 'site'), '/town/', csp);
  fixture = await serveSite(inject('fixtureSite'), '/', csp);
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([leak?.close(), names?.close(), fixture?.close()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A page at `width`, with touch and a coarse pointer below 1280 px as a phone has. */
async function open(width: number, options: { javaScript?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const phone = width < 1280;
  const context = await browser.newContext({
    viewport: { width, height: phone ? 844 : 900 },
    hasTouch: phone,
    isMobile: phone,
    javaScriptEnabled: options.javaScript ?? true,
  });
  return { context, page: await context.newPage() };
}

/** Types into the header's box and waits for its list (or its "no match" message). */
async function searchFromHeader(page: Page, query: string): Promise<void> {
  await page.locator('#site-search-input').fill(query);
  await page.locator('.site-search__popup:not([hidden])').waitFor();
  await page.waitForFunction(() => document.querySelector('.site-search [role="status"]')?.textContent !== '');
}

const below = (server: StaticServer, href: string) => new URL(href, server.url).pathname.slice(new URL(server.url).pathname.length);
const firstOption = async (server: StaticServer, page: Page) =>
  below(server, (await page.locator('.site-search [role="option"]').first().getAttribute('href'))!);
const searchPageResults = async (server: StaticServer, page: Page) =>
  (await page.locator('.search-page__results h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).map((h) =>
    below(server, h),
  );
/** Waits until the search page's live region matches. */
const status = (page: Page, text: RegExp) =>
  expect.poll(() => page.locator('.search-page__status').textContent(), { timeout: 10_000 }).toMatch(text);

describe.each(WIDTHS)('at %i px', (width) => {
  describe('an entry named what was searched comes first', () => {
    // Each checked against the content: the entry whose name or alias is the query.
    const leakCases: [query: string, first: string][] = [
      ['South Korea', 'actors/south-korea/'], // above "Two South Korean senior officials"
      ['Korea', 'actors/south-korea/'], // "Korean" is not "Korea"
      ['Washington', 'actors/united-states/'], // an alias, above "US officials" ("officials in Washington")
      ['Seoul', 'actors/south-korea/'], // an alias, above "Officials in Seoul"
      ['NYT', 'actors/the-new-york-times/'], // an alias no page's text has
    ];
    it.each(leakCases)('on the leak story, "%s" puts %s first, in the header and on the search page', async (query, first) => {
      const { context, page } = await open(width);
      const errors = collectErrors(page);
      await page.goto(`${leak.url}events/the-leak/`);
      await searchFromHeader(page, query);
      expect(await firstOption(leak, page)).toBe(first);
      if (query === 'Korea') await page.screenshot({ path: join(SHOTS, `search-exact-korea-${width}.png`) });
      await page.goto(`${leak.url}search/?q=${encodeURIComponent(query)}`);
      await status(page, /results? for/);
      const results = await searchPageResults(leak, page);
      expect(results[0]).toBe(first);
      expect(new Set(results).size).toBe(results.length);
      expect(errors).toEqual([]);
      await context.close();
    });

    // On this story Pagefind alone puts "Riverside Port Authority" above the town "Riverside".
    const fixtureCases: [query: string, first: string][] = [
      ['Riverside', 'actors/riverside/'],
      ['riverside', 'actors/riverside/'],
      ['Courier', 'actors/riverside-courier/'], // an alias, above "Riverside Courier report on the strike"
      ['Harbour Board', 'actors/port-authority/'], // an alias, above "Harbour Board members"
    ];
    it.each(fixtureCases)('on a fixture story, "%s" puts %s first', async (query, first) => {
      const { context, page } = await open(width);
      const errors = collectErrors(page);
      await page.goto(names.url);
      await searchFromHeader(page, query);
      expect(await firstOption(names, page)).toBe(first);
      if (query === 'Riverside') await page.screenshot({ path: join(SHOTS, `search-exact-riverside-${width}.png`) });
      // The entry once, then the others as Pagefind ranks them.
      const all = await page.locator('.site-search [role="option"]').evaluateAll((o) => o.map((a) => (a as HTMLAnchorElement).pathname));
      expect(new Set(all).size).toBe(all.length);
      expect(all.length).toBeGreaterThan(1);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('opens the entry with the searched words marked, as a result of Pagefind does', async () => {
      const { context, page } = await open(width);
      await page.goto(names.url);
      await searchFromHeader(page, 'Riverside');
      await page.locator('.site-search [role="option"]').first().click();
      await page.waitForURL(`${names.url}actors/riverside/?highlight=riverside`);
      await page.locator('[data-pagefind-body] mark.search-highlight').first().waitFor();
      await context.close();
    });
  });

  describe('did you mean', () => {
    const cases: [typed: string, meant: string, first: string][] = [
      ['Mosad', 'Mossad', 'actors/mossad/'],
      ['Pentagn', 'Pentagon', 'actors/pentagon/'],
      ['Zelenskyi', 'Zelenskyy', 'actors/volodymyr-zelenskyy/'],
    ];
    it.each(cases)('offers a search for the name closest to "%s" (%s) in the header, which runs it', async (typed, meant, first) => {
      const { context, page } = await open(width);
      const errors = collectErrors(page);
      await page.goto(leak.url);
      await searchFromHeader(page, typed);
      await expect(page.locator('.site-search__message').textContent()).resolves.toBe(`No entry matches “${typed}”.`);
      const offer = page.locator('.site-search__suggestion');
      await expect(offer.textContent()).resolves.toBe(`Did you mean ${meant}?`);
      await expect(page.locator('.site-search [role="status"]').textContent()).resolves.toBe(
        `No results for ${typed}. Did you mean ${meant}?`,
      );
      const link = offer.getByRole('link', { name: meant });
      await expect(link.getAttribute('href')).resolves.toBe(`${new URL(leak.url).pathname}search/?q=${encodeURIComponent(meant)}`);
      if (typed === 'Mosad') await page.screenshot({ path: join(SHOTS, `search-did-you-mean-header-${width}.png`) });
      await link.click();
      await expect.poll(() => page.locator('#site-search-input').inputValue()).toBe(meant);
      await expect.poll(() => firstOption(leak, page).catch(() => '')).toBe(first);
      await expect(offer.isHidden()).resolves.toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });

    it.each(cases)('offers it on the search page too ("%s" → %s)', async (typed, meant, first) => {
      const { context, page } = await open(width);
      await page.goto(`${leak.url}search/?q=${typed}`);
      await status(page, new RegExp(`^No entry matches “${typed}”\\. Did you mean ${meant}\\?$`));
      if (typed === 'Pentagn') await page.screenshot({ path: join(SHOTS, `search-did-you-mean-page-${width}.png`), fullPage: true });
      await page.locator('.search-page__status').getByRole('link', { name: meant }).click();
      await status(page, new RegExp(`results? for “${meant}”`));
      expect((await searchPageResults(leak, page))[0]).toBe(first);
      expect(new URL(page.url()).searchParams.get('q')).toBe(meant);
      await context.close();
    });

    it('offers nothing far from every name, and corrects a fixture story from its own names', async () => {
      const { context, page } = await open(width);
      await page.goto(leak.url);
      await searchFromHeader(page, 'xylophone');
      await expect(page.locator('.site-search__suggestion').isHidden()).resolves.toBe(true);
      await page.goto(names.url);
      await searchFromHeader(page, 'Harbor Bord');
      await expect(page.locator('.site-search__suggestion').textContent()).resolves.toBe('Did you mean Harbour Board?');
      await context.close();
    });
  });

  describe('without JavaScript', () => {
    it('leads from the header box to the A–Z index, which lists every alias as a cross-reference', async () => {
      const { context, page } = await open(width, { javaScript: false });
      await page.goto(`${leak.url}actors/mossad/`);
      await expect(page.locator('.site-search__key').isVisible()).resolves.toBe(false);
      await expect(page.locator('.site-search button, .site-search [type="submit"]').count()).resolves.toBe(0);
      await page.locator('#site-search-input').fill('NYT');
      await page.locator('#site-search-input').press('Enter');
      await page.waitForURL(`${leak.url}entries/?q=NYT`);
      await expect(page.locator('h1').textContent()).resolves.toBe('A–Z index');
      const see = async (alias: string) => {
        const item = page.locator('li.az-see', { has: page.locator('.az-alias', { hasText: new RegExp(`^${alias}$`) }) });
        await expect(item.count()).resolves.toBe(1);
        return {
          // As the page shows it: without the "see" said to screen readers in place of the arrow.
          text: await item.evaluate((li) => {
            const shown = li.cloneNode(true) as HTMLElement;
            shown.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
            return shown.textContent.replace(/\s+/g, ' ').trim();
          }),
          href: below(leak, (await item.locator('a').getAttribute('href'))!),
        };
      };
      await expect(see('NYT')).resolves.toEqual({ text: 'NYT → The New York Times', href: 'actors/the-new-york-times/' });
      await expect(see('Zelenksyy')).resolves.toEqual({ text: 'Zelenksyy → Volodymyr Zelenskyy', href: 'actors/volodymyr-zelenskyy/' });
      await expect(see('Washington')).resolves.toEqual({ text: 'Washington → United States', href: 'actors/united-states/' });
      // Sorted in with the names: under N, NYT comes after New York Times (an alias too) and before no name it precedes.
      const n = await page
        .locator('#letter-N + .az-list > li')
        .evaluateAll((items) => items.map((li) => (li.querySelector('.az-alias') ?? li.querySelector('a'))!.textContent.trim()));
      expect(n).toEqual([...n].sort((a, b) => a.localeCompare(b, 'en')));
      expect(n).toEqual(expect.arrayContaining(['New York Times', 'NYT']));
      await page.screenshot({ path: join(SHOTS, `search-no-js-a-z-${width}.png`), fullPage: true });
      await context.close();
    });

    it('shows on the search page what to do, and no form whose button would do nothing', async () => {
      const { context, page } = await open(width, { javaScript: false });
      await page.goto(`${leak.url}search/?q=Seoul`);
      await expect(page.locator('.search-page__nojs').isVisible()).resolves.toBe(true);
      await expect(page.locator('main button:visible, main input:visible, main select:visible').count()).resolves.toBe(0);
      await page.screenshot({ path: join(SHOTS, `search-no-js-search-page-${width}.png`), fullPage: true });
      await page.locator('.search-page__nojs a').click();
      await page.waitForURL(`${leak.url}entries/`);
      await context.close();
    });
  });

  it(`shows the "/" badge once the script runs, ${width < 1280 ? 'not on a touch screen' : 'with a mouse'}`, async () => {
    const { context, page } = await open(width);
    await page.goto(leak.url);
    await page.locator('form.site-search[data-shortcut]').waitFor({ state: 'attached' });
    const coarse = await page.evaluate(() => matchMedia('(pointer: coarse)').matches);
    expect(coarse).toBe(width < 1280);
    await expect(page.locator('.site-search__key').isVisible()).resolves.toBe(!coarse);
    await expect(page.locator('#site-search-input').getAttribute('aria-keyshortcuts')).resolves.toBe('/');
    await page.screenshot({ path: join(SHOTS, `search-header-${width}.png`) });
    await context.close();
  });
});

describe('infobox values are metadata, not text', () => {
  type Fragment = { url: string; content: string; meta: Record<string, string | undefined> };
  /**
   * What Pagefind holds of a page, its indexed text and metadata, from its own
   * API in the page (as a string: Vitest would rewrite a function's `import()`).
   */
  const fragment = (page: Page, base: string, query: string, path: string) =>
    page.evaluate<Fragment | undefined>(`(async () => {
      const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
      await pagefind.options({ baseUrl: ${JSON.stringify(base)}, noWorker: true });
      const { results } = await pagefind.search(${JSON.stringify(query)});
      const all = await Promise.all(results.map((r) => r.data()));
      return all.find((d) => d.url.endsWith(${JSON.stringify(path)}));
    })()`);

  it("keeps an actor's kind, aliases and role out of its text, and finds it by them", async () => {
    const page = await browser.newPage();
    await page.goto(leak.url);
    const base = new URL(leak.url).pathname;
    const zelenskyy = await fragment(page, base, 'Zelenksyy', 'actors/volodymyr-zelenskyy/');
    expect(zelenskyy?.meta.aliases).toBe('Zelenksyy, Volodymyr Zelenksyy, Zelenskyy');
    expect(zelenskyy?.meta.role).toBe('Ukrainian President');
    expect(zelenskyy?.content).not.toContain('Zelenksyy, Volodymyr Zelenksyy, Zelenskyy');
    expect(zelenskyy?.content).not.toMatch(/\bperson\b/);
    // An alias no text of the page has still finds it, through Pagefind alone.
    const nyt = await fragment(page, base, 'NYT', 'actors/the-new-york-times/');
    expect(nyt?.meta.aliases).toBe('The Times, New York Times, NYT');
    expect(nyt?.content).not.toMatch(/\bNYT\b/);
    await page.goto(`${leak.url}search/?q=NYT&sort=newest`);
    await status(page, /^1 result for “NYT”\.$/);
    expect(await searchPageResults(leak, page)).toEqual(['actors/the-new-york-times/']);
    await page.close();
  });
});

describe('accessibility', () => {
  const axe = async (page: Page, rules: string[]) => {
    await page.evaluate(axeSource);
    return page.evaluate(async (rules) => {
      const { violations } = await (
        window as unknown as {
          axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe.run(document, { runOnly: { type: 'rule', values: rules } });
      return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    }, rules);
  };
  /** Every id an aria-labelledby names that the page lacks. */
  const missingLabels = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('[aria-labelledby]')].flatMap((el) =>
        el
          .getAttribute('aria-labelledby')!
          .split(/\s+/)
          .filter((id) => !document.getElementById(id)),
      ),
    );

  for (const width of [390, 1280]) {
    it(`gives the two search landmarks of the search page distinct names (${width} px)`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${leak.url}search/?q=Mossad`);
      await page.locator('.search-page__results li').first().waitFor();
      expect(await axe(page, ['landmark-unique', 'aria-allowed-attr', 'aria-valid-attr-value'])).toEqual([]);
      const names = await page.locator('[role="search"]').evaluateAll((forms) => forms.map((f) => f.getAttribute('aria-label')));
      expect(names).toEqual(['Search the story', 'Search with filters']);
      await page.close();
    });

    it(`points no label at a missing id on the home page of a story without key questions, nor of one with them (${width} px)`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      for (const url of [fixture.url, names.url, leak.url]) {
        await page.goto(url);
        expect(await missingLabels(page), url).toEqual([]);
        expect(await axe(page, ['aria-valid-attr-value', 'landmark-unique']), url).toEqual([]);
      }
      await page.close();
    });
  }
});
