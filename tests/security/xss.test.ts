/**
 * No script an editor (or an attacker with write access to the content) puts
 * in a field or a body ever runs. The XSS story (`xss-story.ts`) is built,
 * served, and every page opened in real Chromium under a report-only
 * Content-Security-Policy: nothing is blocked, so a payload that got through
 * would run and be seen (`window.__xss`, a dialog); and any inline script or
 * handler would be reported to the console. The DOM Chromium parsed is then
 * searched for anything that could run.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, collectErrors } from '../../src/bench/chromium.ts';
import { serveSite, type StaticServer } from '../helpers/static-server.ts';
import { htmlFiles, readPage } from '../helpers/html.ts';
import { MARKDOWN_VECTORS, PICTURE_VECTORS, VECTORS } from './xss-story.ts';
import { parseBody } from '../../src/markdown/parse-body.ts';

const site = inject('xssSite');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveSite(site, '/', { 'Content-Security-Policy-Report-Only': CSP });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What, in a parsed page, could run script or leave the page: described, so a failure says where. */
function dangerousNodes(): string[] {
  const found: string[] = [];
  const safeUrl = (value: string) => !/^\s*[a-z][a-z0-9+.-]*:/i.test(value) || /^\s*(https?|mailto):/i.test(value);
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    // The site's own forms (the search box, the search page, the timeline filter) are Dossier's
    // markup, never content's: content can't add a form, so any other form is a finding.
    const ownForm = tag === 'form' && element.matches('form.site-search, form.search-page, form.timeline-filter');
    // An embed view's own `<base target="_blank">` (links open outside the frame) has no address to redirect anything to.
    const ownBase =
      tag === 'base' &&
      !element.hasAttribute('href') &&
      element.getAttribute('target') === '_blank' &&
      element.matches('html.embed > head > base');
    if (['iframe', 'object', 'embed', 'base', 'form', 'frame', 'frameset', 'applet'].includes(tag) && !ownForm && !ownBase)
      found.push(`<${tag}>`);
    if (tag === 'meta' && element.getAttribute('http-equiv')) found.push(`<meta http-equiv="${element.getAttribute('http-equiv')}">`);
    if (tag === 'script' && !element.hasAttribute('src') && element.getAttribute('type') !== 'application/ld+json') {
      found.push(`inline <script>${element.textContent?.slice(0, 60)}`);
    }
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name.startsWith('on')) found.push(`${tag}[${attribute.name}]`);
      if (attribute.name === 'style') found.push(`${tag}[style]`);
      if (['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href'].includes(attribute.name) && !safeUrl(attribute.value)) {
        found.push(`${tag}[${attribute.name}="${attribute.value.slice(0, 40)}"]`);
      }
    }
  }
  return found;
}

describe('XSS vectors in every field and body', () => {
  it('refuse a picture written to run script, before anything is built', () => {
    for (const vector of PICTURE_VECTORS) {
      const errors = parseBody(vector).notes.filter((n) => n.severity === 'error');
      expect(
        errors.map((e) => e.message.code),
        vector,
      ).toEqual(['picture-outside-media']);
    }
  });

  it('come from a list of at least 20 known vectors, and reach the built pages as text', () => {
    expect(VECTORS.length + MARKDOWN_VECTORS.length).toBeGreaterThanOrEqual(40);
    const actor = readPage(site, 'actors/xss-actor-0/index.html');
    // Escaped, not dropped: readers see what the source wrote.
    expect(actor).toMatch(/<h1[^>]*>Actor 0 &lt;script&gt;window.__xss=1;alert\(1\)&lt;\/script&gt;<\/h1>/);
    expect(readPage(site, 'index.html')).toContain('<title>Story &lt;script&gt;window.__xss=1;alert(1)&lt;/script&gt;</title>');
  });

  it('run nowhere: no page sets the canary, opens a dialog, logs a CSP report or holds anything that could run', async () => {
    const pages = htmlFiles(site).map((file) => relative(site, file).replace(/index\.html$/, ''));
    expect(pages.length).toBeGreaterThan(100);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const errors = collectErrors(page);
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      // Handlers such as onerror and ontoggle fire just after load.
      await page.waitForTimeout(20);
      if (await page.evaluate(() => (window as { __xss?: unknown }).__xss !== undefined)) problems.push(`${path}: a payload ran`);
      for (const node of await page.evaluate(dangerousNodes)) problems.push(`${path}: ${node}`);
    }
    await page.close();
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
    // Report-only CSP violations (an inline script, a handler, a javascript: URL) are console errors.
    expect(errors.filter((e) => !/favicon|Failed to load resource/.test(e))).toEqual([]);
  });
});
