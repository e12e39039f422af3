/**
 * `npm run bench` (issue 8): builds a generated story cold at each size
 * (1,000 and 10,000 entries by default) and prints one table: wall time per
 * phase, peak memory, pages per second, output size, the weight of a typical
 * entry page, Pagefind's bytes and first query in Chromium, the rebuild after
 * editing one entry, and `npm run check`. A benchmark, not a test: it prints
 * figures and asserts nothing.
 *
 * Each build runs `src/cli/build.ts` as a child process (under
 * `/usr/bin/time -v` for its peak memory) with `DOSSIER_TIMINGS=1`, so the
 * loader and the Pagefind integration print how long their phases took:
 *   index        = process start → corpus loaded (Node start-up, imports, loadCorpus)
 *   search index = Pagefind, in `astro:build:done`
 *   render       = total − index − search index: the site model, the content
 *                  store and Astro rendering and writing every page.
 * "Cold" means a fresh output folder and no Astro cache for that content
 * folder (node_modules/.astro/dossier-<hash>, as src/cli/build.ts names it).
 * The stories are written to the OS temp folder and removed afterwards.
 *
 * On a machine whose speed varies from run to run, `--builds N` builds each
 * size cold N times and times `npm run check` N times: the table shows the
 * median run's figures and lists every run.
 *
 *   npm run bench [-- --entries 1000,10000] [--seed 1] [--builds 3] [--no-search]
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { generateCorpus } from './generate-corpus.ts';
import { astroCacheDir, readOptions } from '../cli/options.ts';
import { leftovers } from '../cli/remove-later.ts';
import { firstSearch, serve } from './search-bench.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const BASE = '/bench/';
const TIME = '/usr/bin/time';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

interface BuildRun {
  seconds: number;
  /** Peak resident memory of the build process (Pagefind's indexer is a separate process, not counted). */
  peakBytes: number;
  /** Milliseconds by phase, from the `dossier-timing` lines. */
  timings: Record<string, number>;
}

const SITE = 'https://example.org';

/** The Astro cache folder src/cli/build.ts uses for a content folder built as here. */
function cacheDirOf(content: string): string {
  return astroCacheDir(readOptions({ DOSSIER_CONTENT: content, DOSSIER_BASE: BASE, DOSSIER_SITE: SITE }, projectRoot));
}

/** Runs `npm run build`'s script as a child process and measures it. */
async function runBuild(content: string, out: string): Promise<BuildRun> {
  const env = { ...process.env, DOSSIER_CONTENT: content, DOSSIER_OUT: out, DOSSIER_BASE: BASE, DOSSIER_SITE: SITE, DOSSIER_TIMINGS: '1' };
  const script = join(projectRoot, 'src/cli/build.ts');
  const timed = existsSync(TIME);
  const started = performance.now();
  const child = timed
    ? spawn(TIME, ['-v', process.execPath, script], { cwd: projectRoot, env })
    : spawn(process.execPath, [script], { cwd: projectRoot, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  // Without /usr/bin/time: poll the high-water mark of the build's resident memory.
  let polledKiB = 0;
  const poll = timed
    ? undefined
    : setInterval(() => {
        try {
          const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (hwm) polledKiB = Math.max(polledKiB, Number(hwm[1]));
        } catch {
          // The process has just ended.
        }
      }, 100);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(poll);
  if (code !== 0) throw new Error(`The build failed (exit ${code}):\n${stderr}\n${stdout}`);
  const timings: Record<string, number> = {};
  for (const [, phase, ms] of stdout.matchAll(/^dossier-timing (\S+) (\d+)$/gm)) timings[phase!] = Number(ms);
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const peakKiB = maxRss ? Number(maxRss[1]) : polledKiB;
  return { seconds, peakBytes: peakKiB * 1024, timings };
}

function walk(dir: string, files: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, files);
    else files.push(path);
  }
  return files;
}

const sizeOf = (dir: string) => walk(dir).reduce((n, file) => n + statSync(file).size, 0);
const gz = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;

interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
}

/**
 * The typical entry page: the median, by gzipped HTML, of all actor, event
 * and source pages. CSS is its stylesheets; JS is the module scripts and
 * preloads it names (what loads before any search), each gzipped.
 */
function typicalEntryPage(out: string): PageWeight {
  const pages = ['actors', 'events', 'sources']
    .filter((kind) => existsSync(join(out, kind)))
    .flatMap((kind) => walk(join(out, kind)).filter((file) => file.endsWith('/index.html') && file !== join(out, kind, 'index.html')));
  const sized = pages.map((file) => ({ file, html: gz(file) })).sort((a, b) => a.html - b.html);
  const { file, html } = sized[Math.floor(sized.length / 2)]!;
  const source = readFileSync(file, 'utf8');
  const local = (href: string) => (href.startsWith(BASE) ? join(out, href.slice(BASE.length).split(/[?#]/)[0]!) : '');
  const linked = (pattern: RegExp) => [...new Set([...source.matchAll(pattern)].map((m) => local(m[1]!)))].filter((f) => f && existsSync(f));
  const css = linked(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g).reduce((n, f) => n + gz(f), 0);
  const js = [...new Set([...linked(/<script[^>]*src="([^"]+)"/g), ...linked(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)])].reduce((n, f) => n + gz(f), 0);
  return { path: file.slice(out.length + 1).replace(/index\.html$/, ''), html, css, js };
}

/** Appends a sentence to one event's body, as an editor would. */
function editOneEntry(content: string): string {
  const events = readdirSync(join(content, 'events')).filter((f) => f.endsWith('.md')).sort();
  const file = join(content, 'events', events[Math.floor(events.length / 2)]!);
  appendFileSync(file, '\nThe benchmark edited this paragraph to time a rebuild.\n');
  return file;
}

function timeCheck(content: string): number {
  // The checker's bundle is made once per version of the code (`checker-bundle.ts`): not timed, as Node's compile cache is not.
  execFileSync('npm', ['run', 'check', '--silent', '--', '--help'], { cwd: projectRoot, stdio: 'ignore' });
  const started = performance.now();
  // Cold every time: its cache would make every run after the first a warm one.
  execFileSync('npm', ['run', 'check', '--silent', '--', '--no-cache'], { cwd: projectRoot, env: { ...process.env, DOSSIER_CONTENT: content }, stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}

interface Row {
  entries: number;
  pages: number;
  /** The cold build with the median wall time. */
  cold: BuildRun;
  /** Every cold build's wall time, in seconds, in the order run. */
  coldRuns: number[];
  rebuild: BuildRun;
  outBytes: number;
  pagefindBytes: number;
  page: PageWeight;
  /** The search with the median latency, and the bytes every search fetched. */
  search?: { pageJs: number; bytes: number; latency: number; allBytes: number[] };
  /** The median `npm run check`, and every one, in seconds. */
  check: number;
  checkRuns: number[];
}

/**
 * Waits until the process that deletes the previous output (src/cli/remove-later.ts)
 * is done: its disk work would slow whatever is measured next.
 */
async function oldOutputRemoved(out: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (leftovers(out).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

async function measure(entries: number, seed: number, search: boolean, builds: number): Promise<Row> {
  const work = mkdtempSync(join(tmpdir(), 'dossier-build-bench-'));
  try {
    const content = join(work, 'content');
    const corpus = generateCorpus(content, { entries, seed });
    const out = join(work, 'site');
    const colds: BuildRun[] = [];
    for (let i = 1; i <= builds; i++) {
      rmSync(out, { recursive: true, force: true });
      rmSync(cacheDirOf(content), { recursive: true, force: true });
      console.error(`${entries} entries: cold build${builds > 1 ? ` ${i} of ${builds}` : ''} ...`);
      colds.push(await runBuild(content, out));
    }
    const cold = colds.find((run) => run.seconds === median(colds.map((c) => c.seconds)))!;
    const pages = walk(out).filter((f) => f.endsWith('.html')).length;
    const row: Row = {
      entries,
      pages,
      cold,
      coldRuns: colds.map((run) => run.seconds),
      rebuild: cold,
      outBytes: sizeOf(out),
      pagefindBytes: sizeOf(join(out, 'pagefind')),
      page: typicalEntryPage(out),
      check: 0,
      checkRuns: [],
    };
    if (search) {
      console.error(`${entries} entries: first search in Chromium ...`);
      const browser = await launchBrowser();
      const served = await serve(out, BASE);
      try {
        const runs = [];
        for (let i = 0; i < 3; i++) runs.push(await firstSearch(browser, served, row.page.path, corpus.sampleNames[0]!));
        runs.sort((a, b) => a.latency - b.latency);
        row.search = { pageJs: runs[1]!.pageJs, bytes: runs[1]!.bytes, latency: runs[1]!.latency, allBytes: runs.map((run) => run.bytes) };
      } finally {
        served.close();
        await browser.close();
      }
    }
    console.error(`${entries} entries: rebuild after editing one entry ...`);
    editOneEntry(content);
    row.rebuild = await runBuild(content, out);
    await oldOutputRemoved(out);
    console.error(`${entries} entries: npm run check ...`);
    for (let i = 0; i < builds; i++) row.checkRuns.push(timeCheck(content));
    row.check = median(row.checkRuns);
    rmSync(cacheDirOf(content), { recursive: true, force: true });
    return row;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const s = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const gib = (n: number) => `${(n / 1024 ** 3).toFixed(2)} GiB`;

function table(rows: Row[]): string {
  const line = (label: string, cell: (row: Row) => string) => `| ${label} | ${rows.map(cell).join(' | ')} |`;
  const phase = (row: Row, name: string) => row.cold.timings[name];
  const render = (row: Row) => row.cold.seconds * 1000 - (phase(row, 'index') ?? 0) - (phase(row, 'search-index') ?? 0);
  return [
    `| | ${rows.map((r) => `${r.entries.toLocaleString('en')} entries`).join(' | ')} |`,
    `|---|${rows.map(() => '---').join('|')}|`,
    line('HTML pages written', (r) => String(r.pages)),
    line('cold build, total wall', (r) => s(r.cold.seconds * 1000)),
    ...(rows.some((r) => r.coldRuns.length > 1) ? [line('· every cold build', (r) => r.coldRuns.map((t) => s(t * 1000)).join(', '))] : []),
    line('· index (start-up + loadCorpus)', (r) => s(phase(r, 'index'))),
    line('· render (site model + Astro pages)', (r) => s(render(r))),
    line('  · of which site model', (r) => s(phase(r, 'site-model'))),
    line('  · of which content store', (r) => s(phase(r, 'store'))),
    line('· search index (Pagefind)', (r) => s(phase(r, 'search-index'))),
    line('  · Pagefind reading the pages', (r) => s(phase(r, 'search-read'))),
    line('  · Pagefind building and writing its index', (r) => s(phase(r, 'search-write'))),
    line('  · Zopfli and the date order', (r) => s(phase(r, 'search-finish'))),
    line('peak memory (build process RSS)', (r) => gib(r.cold.peakBytes)),
    line('pages per second (pages / total)', (r) => (r.pages / r.cold.seconds).toFixed(0)),
    line('output size', (r) => mb(r.outBytes)),
    line('typical entry page', (r) => r.page.path),
    line('· HTML + CSS, gzipped', (r) => `${kb(r.page.html + r.page.css)} (${kb(r.page.html)} + ${kb(r.page.css)})`),
    line('· JS before any search, gzipped', (r) => kb(r.page.js)),
    line('· JS before any search, transferred in Chromium', (r) => (r.search ? kb(r.search.pageJs) : '–')),
    line('Pagefind bundle on disk', (r) => mb(r.pagefindBytes)),
    line('first search: transferred', (r) => (r.search ? kb(r.search.bytes) : '–')),
    line('· in each of the 3 searches', (r) => (r.search ? r.search.allBytes.map(kb).join(', ') : '–')),
    line('first search: results after last keystroke (median of 3)', (r) => (r.search ? `${r.search.latency.toFixed(0)} ms` : '–')),
    line('rebuild after editing one entry (cache kept)', (r) => s(r.rebuild.seconds * 1000)),
    line('· index (start-up + loadCorpus)', (r) => s(r.rebuild.timings['index'])),
    line('· site model', (r) => s(r.rebuild.timings['site-model'])),
    line('· search index (Pagefind)', (r) => s(r.rebuild.timings['search-index'])),
    line('`npm run check -- --no-cache` (cold)', (r) => s(r.check * 1000)),
    ...(rows.some((r) => r.checkRuns.length > 1) ? [line('· every `npm run check`', (r) => r.checkRuns.map((t) => s(t * 1000)).join(', '))] : []),
  ].join('\n');
}

const sizes = (option('entries') ?? '1000,10000').split(',').map(Number);
const seed = Number(option('seed') ?? 1);
const search = !process.argv.includes('--no-search');
const builds = Math.max(1, Number(option('builds') ?? 1));
const load = () => loadavg().map((n) => n.toFixed(2)).join(', ');
const before = load();
const rows: Row[] = [];
for (const entries of sizes) rows.push(await measure(entries, seed, search, builds));
console.log(`\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average before ${before}, after ${load()}`);
console.log(table(rows));
const [small, large] = [rows[0], rows[rows.length - 1]];
if (small && large && small !== large) {
  console.log(`\n${large.entries} entries took ${(large.cold.seconds / small.cold.seconds).toFixed(1)}× the time of ${small.entries} (${(large.entries / small.entries).toFixed(0)}× the entries).`);
}
