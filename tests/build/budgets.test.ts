/**
 * The reading budgets, measured on the built leak story (files,
 * not timings): an entry page loads at most 12 KB of script, gzipped, none
 * of it inline, and weighs at most 40 KB of HTML plus CSS, gzipped.
 */
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, readPage } from '../helpers/html.ts';
import { pageCost } from '../helpers/budgets.ts';

const site = inject('leakSite');
const base = inject('leakBase');
const KB = 1024;
const pages = htmlPages(site).map((p) => p.slice(site.length + 1));
const entryPages = pages.filter((p) => /^(actors|events|sources)\/[^/]+\/index\.html$/.test(p));

describe('budgets on the leak story', () => {
  it('has entry pages of every kind to measure', () => {
    for (const kind of ['actors', 'events', 'sources']) expect(entryPages.some((p) => p.startsWith(`${kind}/`))).toBe(true);
  });

  it('puts no script, style element or style attribute inline on any page (a strict CSP holds)', () => {
    for (const page of pages) {
      const cost = pageCost(site, base, page);
      expect(cost.inlineScripts, page).toBe(0);
      const html = readPage(site, page);
      expect(html, page).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="/);
    }
  });

  it('loads at most 12 KB of script (gzipped) on an entry page', () => {
    for (const page of entryPages) {
      const cost = pageCost(site, base, page);
      expect(cost.scripts.length, page).toBeGreaterThan(0);
      expect(cost.scriptBytes, page).toBeLessThanOrEqual(12 * KB);
    }
  });

  it('weighs at most 40 KB of HTML plus CSS (gzipped) on an entry page', () => {
    for (const page of entryPages) {
      const cost = pageCost(site, base, page);
      expect(cost.stylesheets.length, page).toBeGreaterThan(0);
      expect(cost.htmlBytes + cost.cssBytes, page).toBeLessThanOrEqual(40 * KB);
    }
  });
});
