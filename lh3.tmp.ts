import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import chromium from '@sparticuz/chromium';
import { serveSite } from '/work/wt/hosting/tests/helpers/static-server.ts';
const server = await serveSite('/tmp/hb/leak', '/explainers/leak/', { 'Referrer-Policy': 'no-referrer' });
const chrome = await chromeLauncher.launch({ chromePath: await chromium.executablePath(), chromeFlags: ['--headless=new', '--no-sandbox'] });
for (const cats of [['best-practices']]) {
  const result = await lighthouse(server.url, { port: chrome.port, logLevel: 'error', onlyCategories: cats });
  console.log(cats, result?.lhr.runtimeError?.code, result?.lhr.categories[cats[0]]?.score);
  if (result?.lhr.runtimeError) {
    const recs = (result.artifacts as any).DevtoolsLog ?? (result.artifacts as any).DevtoolsLogError;
    console.log(Object.keys(result.artifacts)); console.log(JSON.stringify(recs?.filter((e: any) => ['Network.loadingFailed','Network.requestWillBeSent','Network.responseReceived'].includes(e.method)).slice(0, 12).map((e: any) => [e.method, e.params.request?.url ?? e.params.response?.url, e.params.errorText, e.params.canceled, e.params.blockedReason, e.params.corsErrorStatus])));
  }
}
chrome.kill(); await server.close();
