/**
 * Every page of the leak story, served under its sub-path with the headers
 * the build writes to `_headers` (the strict Content-Security-Policy among
 * them), opens in real Chromium with no CSP violation and no console error.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, collectErrors } from '../../src/bench/chromium.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';
import { htmlFiles } from '../helpers/html.ts';
import { headersFor, parseHeadersFile } from '../helpers/headers-file.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/outputs/security-headers.ts';

const site = inject('leakSite');
const base = inject('leakBase');
let browser: Browser;
let server: StaticServer;

/** Records every `securitypolicyviolation` event of the page, from its first byte. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  // Violation events are queued as tasks: let the queue run before reading them.
  return () =>
    page.evaluate(async () => {
      await new Promise((done) => setTimeout(done));
      return (window as unknown as { cspViolations: string[] }).cspViolations;
    });
}

beforeAll(async () => {
  const headers = headersFor(parseHeadersFile(readFileSync(join(site, '_headers'), 'utf8')), base, 'cloudflare');
  server = await serveSite(site, base, headers);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Content-Security-Policy in a real browser', () => {
  it('is enforced: an inline script is blocked and reported', async () => {
    const page = await browser.newPage();
    const violations = await watchViolations(page);
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inline = "ran"';
      document.head.append(script);
    });
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    expect(await page.evaluate(() => document.body.dataset.inline)).toBeUndefined();
    await page.close();
  });

  it('is not broken by any page of the site, nor by the 404 page', { timeout: 120_000 }, async () => {
    const urls = [
      ...htmlFiles(site)
        .filter((f) => !f.endsWith('/404.html'))
        .map((f) => `${server.url}${relative(site, f).replace(/index\.html$/, '')}`),
      `${server.url}no-such-page/`,
    ];
    const problems: string[] = [];
    // One tab for every address: each navigation starts a new document, and the watcher with it.
    const page = await browser.newPage();
    const errors = collectErrors(page);
    const violations = await watchViolations(page);
    for (const url of urls) {
      errors.length = 0;
      const response = await page.goto(url);
      expect(response?.headers()['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY);
      // The 404 page's own status is logged as an error; that is no CSP problem.
      for (const problem of [...(await violations()), ...errors.filter((e) => !e.includes('404 (Not Found)'))])
        problems.push(`${url}: ${problem}`);
    }
    await page.close();
    expect(urls.length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });
});
