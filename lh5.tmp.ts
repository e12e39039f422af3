import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import chromium from '@sparticuz/chromium';
import { serveSite } from '/work/wt/hosting/tests/helpers/static-server.ts';
const server = await serveSite('/tmp/hb/leak', '/explainers/leak/', { 'Referrer-Policy': 'no-referrer' });
const chrome = await chromeLauncher.launch({ chromePath: await chromium.executablePath(), chromeFlags: ['--headless=new', '--no-sandbox'] });
const bad = [];
for (const a of 'is-on-https redirects-http geolocation-on-start notification-on-start csp-xss has-hsts origin-isolation clickjacking-mitigation trusted-types-xss paste-preventing-inputs image-aspect-ratio image-size-responsive doctype charset baseline js-libraries deprecations third-party-cookies errors-in-console valid-source-maps inspector-issues'.split(' ')) {
  const result = await lighthouse(server.url, { port: chrome.port, logLevel: 'error', onlyAudits: [a] });
  if (result?.lhr.runtimeError) bad.push(a);
}
console.log('bad', bad);
chrome.kill(); await server.close();
