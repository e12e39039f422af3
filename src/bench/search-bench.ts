/**
 * `npm run bench:search`: what a reader's first search costs, in
 * real Chromium, on the leak story and on a generated story of 10,000
 * entries. For each: the JavaScript an entry page loads before any search,
 * the bytes fetched from the moment the reader focuses the search box until
 * the first results are shown (Pagefind's script, WebAssembly, metadata,
 * index chunks, result fragments, the search UI's own chunks), and the time
 * from the last keystroke to the results on screen. A benchmark, not a test:
 * it prints figures and asserts nothing.
 *
 * The sites are built with `npm run build` into the OS temp folder and served
 * from loopback the way a CDN serves them: text compressed with gzip on the
 * fly; Pagefind's index files are compressed by Pagefind and sent as they are.
 *
 *   npm run bench:search [-- --entries 10000] [--runs 3]
 *   npm run bench:search -- --site dist --base / --query "some words" [--path actors/x/]
 *
 * `--files` also lists every request of the first run's search, with its bytes.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './chromium.ts';
import { generateCorpus } from './generate-corpus.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
/** Milliseconds between keystrokes: a quick typist. */
const KEY_DELAY = 120;

export interface Figures {
  pageJs: number;
  bytes: number;
  requests: number;
  byKind: Record<string, number>;
  /** Every request of the search phase, in order: path and bytes sent. */
  files: { path: string; bytes: number }[];
  latency: number;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

function arg(name: string, fallback: number): number {
  const value = option(name);
  return value === undefined ? fallback : Number(value);
}

function build(content: string, out: string, base: string): number {
  const started = performance.now();
  execFileSync(process.execPath, [join(projectRoot, 'src/cli/build.ts')], {
    cwd: projectRoot,
    env: { ...process.env, DOSSIER_CONTENT: content, DOSSIER_OUT: out, DOSSIER_BASE: base },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return (performance.now() - started) / 1000;
}

export interface Served {
  url: string;
  /** Bytes sent for each request (headers and body, compressed as sent), by phase. */
  log: { path: string; bytes: number; phase: string }[];
  phase: string;
  close(): void;
}

/**
 * A static server under `base` that compresses text with gzip, as a CDN does,
 * and counts the bytes it sends: every request, the page's and its workers'.
 */
export async function serve(dir: string, base: string): Promise<Served> {
  const served: Served = { url: '', log: [], phase: 'page', close: () => server.close() };
  const server = createServer((req, res) => {
    const entry = { path: req.url ?? '/', bytes: 0, phase: served.phase };
    served.log.push(entry);
    const write = res.write.bind(res);
    res.write = ((chunk: Buffer, ...rest: never[]) => {
      entry.bytes += chunk.length;
      return write(chunk, ...rest);
    }) as typeof res.write;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(base) ? join(dir, path.slice(base.length)) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    const headers = { 'content-type': type, 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip' } : {}) };
    entry.bytes += Object.entries(headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 60);
    res.writeHead(200, headers);
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  served.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`;
  return served;
}

function kindOf(path: string): string {
  if (path.includes('/_astro/')) return 'search UI chunks';
  if (path.includes('pagefind.js') || path.includes('pagefind-worker.js')) return 'pagefind.js';
  if (path.includes('/wasm.')) return 'WebAssembly';
  if (path.includes('.pf_meta') || path.includes('pagefind-entry.json')) return 'index metadata';
  if (path.includes('.pf_index')) return 'index chunks';
  if (path.includes('.pf_fragment')) return 'result fragments';
  if (path.includes('.pf_filter')) return 'filters';
  if (path.includes('/data/names')) return 'story names';
  return 'other';
}

/** One first search, in a fresh browser context (empty cache). */
export async function firstSearch(browser: Browser, served: Served, path: string, query: string): Promise<Figures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  served.log = [];
  served.phase = 'page';
  await page.goto(`${served.url}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => {
    const w = window as unknown as { bench: { lastInput: number; said: [number, string][] } };
    w.bench = { lastInput: 0, said: [] };
    const form = document.querySelector('form.site-search')!;
    form.addEventListener('input', () => (w.bench.lastInput = performance.now()), true);
    new MutationObserver(() => {
      const status = form.querySelector('[role="status"]');
      if (status?.textContent) w.bench.said.push([performance.now(), status.textContent]);
    }).observe(form, { subtree: true, childList: true, characterData: true });
  });
  served.phase = 'search';
  await page.focus('#site-search-input');
  await page.keyboard.type(query, { delay: KEY_DELAY });
  await page.waitForFunction((q) => document.querySelector('.site-search [role="status"]')?.textContent?.includes(`for ${q}`), query, {
    timeout: 30_000,
  });
  await page.waitForLoadState('networkidle');
  const { lastInput, said } = await page.evaluate(
    () => (window as unknown as { bench: { lastInput: number; said: [number, string][] } }).bench,
  );
  const shown = said.find(([at, text]) => at >= lastInput && text.includes(`for ${query}`))![0];
  await context.close();
  const search = served.log.filter((r) => r.phase === 'search');
  const byKind: Record<string, number> = {};
  for (const r of search) byKind[kindOf(r.path)] = (byKind[kindOf(r.path)] ?? 0) + r.bytes;
  return {
    pageJs: served.log.filter((r) => r.phase === 'page' && r.path.endsWith('.js')).reduce((n, r) => n + r.bytes, 0),
    bytes: search.reduce((n, r) => n + r.bytes, 0),
    requests: search.length,
    byKind,
    files: search.map(({ path, bytes }) => ({ path, bytes })),
    latency: shown - lastInput,
  };
}

async function bench(
  browser: Browser,
  label: string,
  site: string,
  base: string,
  path: string,
  query: string,
  runs: number,
): Promise<void> {
  const served = await serve(site, base);
  const results: Figures[] = [];
  for (let i = 0; i < runs; i++) results.push(await firstSearch(browser, served, path, query));
  served.close();
  const latencies = results.map((r) => r.latency).sort((a, b) => a - b);
  const first = results[0]!;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`\n${label}: first search for "${query}" from ${path}`);
  console.log(`  JavaScript of the page before any search: ${kb(first.pageJs)} transferred`);
  console.log(`  fetched for the first results: ${kb(first.bytes)} in ${first.requests} requests`);
  for (const [kind, bytes] of Object.entries(first.byKind).sort((a, b) => b[1] - a[1])) console.log(`    ${kind.padEnd(22)} ${kb(bytes)}`);
  if (process.argv.includes('--files')) for (const { path, bytes } of first.files) console.log(`      ${kb(bytes).padStart(9)}  ${path}`);
  console.log(
    `  results on screen after the last keystroke: median ${latencies[Math.floor(runs / 2)]!.toFixed(0)} ms (runs: ${latencies.map((l) => l.toFixed(0)).join(', ')} ms)`,
  );
}

// Run only as a script: `npm run bench` imports serve() and firstSearch() from here.
if (import.meta.main) {
  const runs = arg('runs', 3);
  const site = option('site');
  if (site) {
    // An already built site: `--site dir --base /sub/ --query words [--path actors/x/]`.
    const browser = await launchBrowser();
    try {
      await bench(browser, site, resolve(site), option('base') ?? '/', option('path') ?? '', option('query') ?? 'the', runs);
    } finally {
      await browser.close();
    }
  } else {
    const entries = arg('entries', 10_000);
    const work = mkdtempSync(join(tmpdir(), 'dossier-search-bench-'));
    try {
      console.log(`Building the leak story and a generated story of ${entries} entries in ${work} ...`);
      const leak = join(work, 'leak');
      const leakSeconds = build(join(projectRoot, 'content'), leak, '/explainers/leak/');
      const corpus = generateCorpus(join(work, 'generated-content'), { entries, seed: 1 });
      const generated = join(work, 'generated');
      const generatedSeconds = build(corpus.dir, generated, '/bench/');
      console.log(`Built in ${leakSeconds.toFixed(1)} s and ${generatedSeconds.toFixed(1)} s.`);

      const browser = await launchBrowser();
      try {
        await bench(browser, 'Leak story (37 pages indexed)', leak, '/explainers/leak/', 'actors/cnn/', 'Zelensky', runs);
        await bench(browser, `Generated story (${entries} entries)`, generated, '/bench/', '', corpus.sampleNames[0]!, runs);
      } finally {
        await browser.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}
