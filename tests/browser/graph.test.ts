/**
 * The relationship graph in real Chromium, on the leak story served under a
 * sub-path with a strict CSP: every box a link to its page, with a preview;
 * on a phone, the page's own box in view, cut labels named in full, members
 * drawn under their group, and the home page's drawing readable from 320 px.
 * Screenshots go to test-results/screenshots/.
 */
import { describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { collectErrors } from '../../src/bench/chromium.ts';
import { leakInBrowser } from '../helpers/leak-in-browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { expectPreviewOf, siteData } from '../helpers/preview-card.ts';

const SHOTS = join(projectRoot, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const leak = leakInBrowser();
const site = inject('leakSite');
const { previews, graph } = siteData(site);
const expectCardFor = (page: Page, id: string) => expectPreviewOf(page, previews[id]!);

describe('the relationship graph', () => {
  it('is drawn on the home page, with a box for every related node of graph.json, each a link that opens its page', async () => {
    const page = await leak.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(leak.server.url);
    const svg = page.locator('section.graph svg.graph__svg');
    expect(await svg.isVisible()).toBe(true);
    const nodes = svg.locator('a.graph-node');
    // An entry with no relation at all is counted under the drawing, not drawn.
    const related = graph.nodes.filter((n: { id: string }) =>
      graph.edges.some((e: { from: string; to: string }) => e.from === n.id || e.to === n.id),
    );
    expect(await nodes.count()).toBe(related.length);
    const hrefs = await nodes.evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
    for (const href of hrefs) {
      const response = await page.request.get(new URL(href, leak.server.url).href);
      expect(response.status(), href).toBe(200);
    }
    const pentagon = svg.locator('a.graph-node[aria-label="Pentagon"]');
    await pentagon.hover();
    await expectCardFor(page, 'pentagon');
    await pentagon.click();
    await page.waitForURL(`${leak.server.url}actors/pentagon/`);
    expect(await page.locator('h1').textContent()).toBe('Pentagon');
    // The entry page shows its own neighbourhood, itself as the current page.
    expect(await page.locator('svg.graph__svg a.graph-node[aria-current="page"]').getAttribute('aria-label')).toBe('Pentagon');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the relationship graph on a phone', () => {
  for (const width of [320, 390, 1280]) {
    it(`shows the page's own box inside the window at ${width} px, and every cut label's full name on focus (screenshot saved)`, async () => {
      const page = await leak.browser.newPage({ viewport: { width, height: 800 } });
      const errors = collectErrors(page);
      await page.goto(`${leak.server.url}actors/pentagon/`);
      const own = page.locator('svg.graph__svg a.graph-node[aria-current="page"] > rect');
      await own.scrollIntoViewIfNeeded();
      const box = (await own.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      await page.locator('section.graph').screenshot({ path: join(SHOTS, `graph-pentagon-${width}.png`) });
      // A label cut with "…" keeps the full name as the link's name, and shows it on focus.
      const cut = page.locator('svg.graph__svg a.graph-node:has(.graph-node__full)');
      for (const link of await cut.all()) {
        const name = (await link.getAttribute('aria-label'))!;
        expect(await link.locator('title').textContent()).toBe(name);
        expect(await link.locator('.graph-node__full').isVisible()).toBe(false);
        await link.focus();
        expect(await link.locator('.graph-node__full').isVisible()).toBe(true);
        expect((await link.locator('.graph-node__full text').textContent())!.replace(/\s+/g, ' ')).toBe(name);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const width of [390, 1280]) {
    it(`draws each member right below the group it is part of, indented (${width} px)`, async () => {
      const page = await leak.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(leak.server.url);
      const memberOf = graph.edges.filter((e) => e.kind === 'member-of');
      expect(memberOf.length).toBeGreaterThan(0);
      for (const { from, to } of memberOf) {
        const member = (await page.locator(`svg.graph__svg a.graph-node[href$="/actors/${from}/"] > rect`).boundingBox())!;
        const group = (await page.locator(`svg.graph__svg a.graph-node[href$="/actors/${to}/"] > rect`).boundingBox())!;
        expect(member.y, `${from} below ${to}`).toBeGreaterThan(group.y);
        expect(member.x, `${from} indented from ${to}`).toBeGreaterThan(group.x);
        expect(Math.round(member.x + member.width)).toBe(Math.round(group.x + group.width));
      }
      await page.close();
    });
  }

  for (const width of [320, 390, 1280]) {
    it(`keeps the home page's graph readable at ${width} px: the page never scrolls sideways, the drawing does, and every box can be reached (screenshot saved)`, async () => {
      const page = await leak.browser.newPage({ viewport: { width, height: 800 } });
      const errors = collectErrors(page);
      await page.goto(leak.server.url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const scroller = page.locator('section.graph [data-graph-scroll]');
      const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(clientWidth).toBeLessThanOrEqual(width);
      if (scrollWidth > clientWidth) expect(await page.locator('section.graph').innerText()).toMatch(/scroll sideways/i);
      // Every box, scrolled to, is inside the window, with its label at a readable size.
      const nodes = page.locator('svg.graph__svg a.graph-node');
      expect(await nodes.count()).toBeGreaterThan(3);
      for (const node of await nodes.all()) {
        await node.scrollIntoViewIfNeeded();
        const box = (await node.locator('rect').first().boundingBox())!;
        expect(box.x, (await node.getAttribute('aria-label')) ?? '').toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        const size = await node
          .locator('text')
          .first()
          .evaluate((t) => t.getBoundingClientRect().height);
        expect(size).toBeGreaterThanOrEqual(11);
      }
      await scroller.evaluate((el) => (el.scrollLeft = 0));
      await page.locator('section.graph').screenshot({ path: join(SHOTS, `graph-home-${width}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
