/**
 * Real Chromium for browser tests, driven by playwright-core. The browser
 * comes from the npm package @sparticuz/chromium; set CHROME_PATH to use
 * another build (e.g. /usr/bin/chromium).
 */
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type Page, type ConsoleMessage } from 'playwright-core';

/**
 * @sparticuz/chromium's flags are tuned for serverless functions. Three would
 * make the tests lie or break: a single process dies with its first closed
 * page, and web security off would hide CORS and mixed-content errors.
 */
const DROPPED_FLAGS = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH || (await chromium.executablePath());
  return playwright.launch({
    executablePath,
    headless: true,
    // The machine has no network but loopback: keep Chromium from trying.
    args: [
      ...chromium.args.filter((flag) => !DROPPED_FLAGS.has(flag)),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Collects console errors and uncaught exceptions of a page, for "no console errors" checks. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}
