/**
 * For a browser test file: the built leak story served under its sub-path
 * with the strict Content-Security-Policy, and a Chromium, started before
 * the file's tests and closed after them.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../src/bench/chromium.ts';
import { serveSite, type StaticServer } from './static-server.ts';
import { STRICT_CSP } from './csp.ts';

export interface LeakInBrowser {
  browser: Browser;
  server: StaticServer;
}

export function leakInBrowser(): LeakInBrowser {
  const held = {} as LeakInBrowser;
  beforeAll(async () => {
    held.server = await serveSite(inject('leakSite'), inject('leakBase'), { 'content-security-policy': STRICT_CSP });
    held.browser = await launchBrowser();
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.server?.close();
  });
  return held;
}
