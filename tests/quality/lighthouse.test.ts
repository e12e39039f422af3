/**
 * Lighthouse (its Node API, default mobile settings) on the leak story's
 * home page and an entry page, served under the sub-path with the headers of
 * `_headers`: accessibility 1, best practices and SEO at least 0.95. Its
 * performance score is not judged: it measures this machine's load as much as
 * the pages (their weight is held by tests/build/budgets.test.ts). Chrome is
 * @sparticuz/chromium's (or CHROME_PATH), started by chrome-launcher; nothing
 * leaves the loopback.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import chromium from '@sparticuz/chromium';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';
import { headersFor, parseHeadersFile } from '../helpers/headers-file.ts';

const site = inject('leakSite');
const base = inject('leakBase');
const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;
const MINIMUM: Record<(typeof CATEGORIES)[number], number> = { accessibility: 1, 'best-practices': 0.95, seo: 0.95 };
type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

let server: StaticServer;
let chrome: chromeLauncher.LaunchedChrome;

beforeAll(async () => {
  const headers = headersFor(parseHeadersFile(readFileSync(join(site, '_headers'), 'utf8')), base, 'cloudflare');
  // Lighthouse 13 traces with the category `blink.webdx_feature_usage` (for its Baseline audit);
  // with it on, this Chromium (147) cancels any document whose response has a Referrer-Policy
  // header (net::ERR_ABORTED), so no audit runs. Browsers with no trace running load such pages
  // normally (tests/browser/csp.test.ts serves every header); Lighthouse gets all the others.
  delete headers['Referrer-Policy'];
  server = await serveSite(site, base, headers);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || (await chromium.executablePath()),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      // The machine has no network but loopback: keep Chrome from trying.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});
afterAll(async () => {
  chrome?.kill();
  await server?.close();
});

describe('Lighthouse', () => {
  for (const [label, path] of [
    ['the home page', ''],
    ['an entry page', 'actors/volodymyr-zelenskyy/'],
  ] as const) {
    it(`scores ${label} 1 in accessibility, at least 0.95 in best practices and SEO`, { timeout: 180_000 }, async () => {
      const url = `${server.url}${path}`;
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
      expect(result!.lhr.runtimeError, result!.lhr.runtimeError?.message).toBeUndefined();
      const lhr: Report = result!.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0]));
      console.log(`Lighthouse ${lhr.lighthouseVersion}, ${url}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
      // On failure, say which audits cost points.
      const lost = CATEGORIES.flatMap((c) =>
        lhr.categories[c]!.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map(
          (ref) => `${c}: ${ref.id} ${lhr.audits[ref.id]!.score} ${lhr.audits[ref.id]!.displayValue ?? ''}`,
        ),
      );
      for (const category of CATEGORIES) {
        expect(scores[category], `${category} on ${url}; audits below 1:\n${lost.join('\n')}`).toBeGreaterThanOrEqual(MINIMUM[category]);
      }
    });
  }
});
