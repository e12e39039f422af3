/**
 * `npm run bench:check [-- N]`: how long `npm run check` takes on a story of
 * N entries (default 10,000). Writes a generated explainer
 * (`generate-corpus.ts`) to a temporary folder, then times the checker: in
 * this process (`loadCorpus`, the code the build and the checker share, on
 * one thread), and as the real command, a new Node process from start to
 * exit (reading on every core). Then the command on a story whose every body
 * holds a table. Prints the figures; asserts nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadCorpus } from '../model/corpus.ts';
import { generateCorpus } from './generate-corpus.ts';
import { random } from './seeded-random.ts';

const total = Number(process.argv[2] ?? 10_000);
const projectRoot = resolve(import.meta.dirname, '../..');

const WORDS = ['council', 'report', 'minister', 'bridge', 'leak', 'document', 'agency', 'vote', 'hearing', 'memo', 'allies', 'officials'];

/** Writes `total` entries: a fifth actors, half events, the rest sources. */
export function writeSyntheticStory(dir: string, count: number): void {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const actors = Array.from({ length: Math.floor(count / 5) }, (_, i) => `actor-${i}`);
  const sources = Array.from({ length: Math.floor((count * 3) / 10) }, (_, i) => `source-${i}`);
  const events = Array.from({ length: count - actors.length - sources.length - 1 }, (_, i) => `event-${i}`);
  const sentence = () => Array.from({ length: 12 }, () => pick(WORDS)).join(' ');
  const body = () =>
    [
      `The ${sentence()} [[${pick(actors)}]], ${sentence()} [[${pick(events)}|the event]]. [@${pick(sources)}]`,
      `## ${pick(WORDS)} and [[Name of ${pick(actors)}]]`,
      `${sentence()}, as [[${pick(actors)}]] said. [@${pick(sources)}; @${pick(sources)}]`,
      `| who | what |\n|---|---|\n| [[${pick(actors)}]] | ${sentence()} |`,
    ].join('\n\n');
  for (const folder of ['actors', 'events', 'sources']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'story.md'), `---\ntitle: A synthetic story\nsummary: ${count} generated entries.\n---\n\n${body()}\n`);
  actors.forEach((id, i) => {
    const affiliation = i > 0 ? `\naffiliations: [${actors[Math.floor(next() * i)]}]` : '';
    const fm = `name: Name of ${id}\nkind: ${pick(['person', 'agency', 'media'])}\nsummary: ${sentence()}.\naliases: [Alias ${i}]${affiliation}`;
    writeFileSync(join(dir, 'actors', `${id}.md`), `---\n${fm}\n---\n\n${body()}\n`);
  });
  events.forEach((id) => {
    const date = `2023-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const fm = `title: Title of ${id}\ndate: "${date}"\nsummary: ${sentence()}.\nactors:\n  - {id: ${pick(actors)}, role: ${pick(WORDS)}}\n  - ${pick(actors)}\nsources: [${pick(sources)}]\nstatus: reported`;
    writeFileSync(join(dir, 'events', `${id}.md`), `---\n${fm}\n---\n\n${body()}\n`);
  });
  sources.forEach((id, i) => {
    const via = i > 0 && next() < 0.3 ? `\nvia: ${sources[Math.floor(next() * i)]}` : '';
    const fm = `title: Title of ${id}\npublisher: ${pick(actors)}\npublished: "2023-04-${String(1 + (i % 28)).padStart(2, '0')}"\nurl: https://example.org/${id}${via}`;
    writeFileSync(join(dir, 'sources', `${id}.md`), `---\n${fm}\n---\n\n${body()}\n`);
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

if (import.meta.main) {
  const scratch = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  try {
    // Written as explainers are: prose, headings, footnotes, wikilinks, citations.
    const explainer = join(scratch, 'explainer');
    generateCorpus(explainer, { entries: total, seed: 1 });
    // Every body with a table.
    const tables = join(scratch, 'tables');
    mkdirSync(tables);
    writeSyntheticStory(tables, total);

    const started = performance.now();
    const corpus = await loadCorpus(explainer);
    const inProcess = performance.now() - started;
    for (const dir of [explainer, tables]) {
      const errors = (await loadCorpus(dir)).problems.filter((p) => p.severity === 'error');
      if (errors.length > 0) throw new Error(`The synthetic story has errors: ${JSON.stringify(errors.slice(0, 3))}`);
    }

    // `npm run check`'s own command line (its Node options too), without npm's start-up.
    const script = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
      .check!;
    const nodeArgs = script.split(' ').slice(1);
    const command = (dir: string, ...args: string[]) => {
      const started = performance.now();
      const run = spawnSync(process.execPath, [...nodeArgs, ...args], {
        cwd: projectRoot,
        env: { ...process.env, DOSSIER_CONTENT: dir },
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`npm run check failed:\n${run.stdout}\n${run.stderr}`);
      return performance.now() - started;
    };
    command(explainer, '--help'); // warms Node's compile cache
    const first = command(explainer);
    const second = command(explainer);
    const withTables = command(tables);

    console.log(`${corpus.entries.length} entries, ${corpus.problems.length} warnings`);
    console.log(`loadCorpus (in process, one thread): ${seconds(inProcess)}`);
    console.log(`npm run check, first run:           ${seconds(first)}`);
    console.log(`npm run check, second run:          ${seconds(second)}`);
    console.log(`npm run check, a table in every body: ${seconds(withTables)}`);
    console.log(
      `(load average now: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(', ')} on ${availableParallelism()} cores)`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
