/**
 * `npm run bench`: Dossier against its peers on a corpus nobody here tuned.
 * Runs the shared side-by-side benchmark (`../shared/bench/side-by-side.sh`:
 * the same generated files built cold by Dossier, Starlight and Hugo +
 * Pagefind, alternating) and prints its medians and ratios; then times a
 * rebuild after one edit, with every cache kept, for Dossier and Starlight:
 * one event's body gets a sentence more, each builds again, alternating,
 * and the edit is looked for in both outputs (a rebuild that did not show it
 * would be no rebuild). The files are put back as they were. Prints figures;
 * asserts nothing.
 *
 *   npm run bench [-- --entries 1000] [--rounds 3] [--edits 3] [--peers DIR]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, projectRoot } from './child-env.ts';
import { parsePeersOptions, median, type PeersOptions } from './peers-options.ts';

const TOOLS = ['dossier', 'starlight'] as const;
type Tool = (typeof TOOLS)[number];

interface Timed {
  seconds: number;
  peakMiB: number;
}

/** Runs `command` in `cwd` under GNU time, for the same wall and peak figures as the side-by-side script. */
function timed(command: string, cwd: string, env: NodeJS.ProcessEnv): Timed {
  const report = join(tmpdir(), `dossier-peers-time-${process.pid}.txt`);
  const run = spawnSync('/usr/bin/time', ['-o', report, '-f', '%e %M', 'bash', '-c', command], { cwd, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} failed in ${cwd}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  const [wall, kib] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(report, { force: true });
  return { seconds: wall!, peakMiB: Math.round(kib! / 1024) };
}

function sideBySide(options: PeersOptions): void {
  const run = spawnSync('bash', [join(options.peers, 'side-by-side.sh'), projectRoot, String(options.entries), String(options.rounds)], {
    stdio: 'inherit',
    env: cleanEnv({}),
  });
  if (run.status !== 0) throw new Error(`side-by-side.sh ended with exit code ${run.status}`);
}

/** Times a rebuild after each of `edits` edits to one event, Dossier's and Starlight's, alternating. */
function rebuilds(options: PeersOptions): void {
  const work = process.env.BENCH_WORK ?? join(process.env.TMPDIR ?? '/tmp', 'dossier-peers');
  // Where side-by-side.sh writes Dossier's copy of the corpus.
  const corpus = `/tmp/dossier-corpus-${options.entries}`;
  const starlight = join(work, 'starlight');
  const events = readdirSync(join(corpus, 'events')).sort();
  // The middle one: no first or last in any order the generators use.
  const name = events[Math.floor(events.length / 2)]!;
  const id = name.replace(/\.md$/, '');
  const files = { dossier: join(corpus, 'events', name), starlight: join(starlight, 'src/content/docs/events', name) };
  const pages = {
    dossier: join(projectRoot, 'dist/events', id, 'index.html'),
    starlight: join(starlight, 'dist/events', id, 'index.html'),
  };
  for (const file of Object.values(files)) if (!existsSync(file)) throw new Error(`${file} is missing: did side-by-side.sh run?`);
  const original = { dossier: readFileSync(files.dossier, 'utf8'), starlight: readFileSync(files.starlight, 'utf8') };
  const builds = {
    dossier: () => timed('npm run build', projectRoot, cleanEnv({ DOSSIER_CONTENT: corpus })),
    starlight: () => timed('./node_modules/.bin/node ./node_modules/astro/bin/astro.mjs build', starlight, cleanEnv({})),
  };
  const times: Record<Tool, Timed[]> = { dossier: [], starlight: [] };
  try {
    for (let edit = 1; edit <= options.edits; edit++) {
      const marker = `Rebuild benchmark edit ${edit} ${Date.now()}`;
      for (const tool of TOOLS) {
        writeFileSync(files[tool], `${original[tool].trimEnd()}\n\n${marker}.\n`);
        const time = builds[tool]();
        if (!readFileSync(pages[tool], 'utf8').includes(marker))
          throw new Error(`${tool}'s rebuild did not show the edit in ${pages[tool]}`);
        times[tool].push(time);
        console.log(`rebuild ${tool} ${time.seconds} ${time.peakMiB}`);
      }
    }
  } finally {
    for (const tool of TOOLS) writeFileSync(files[tool], original[tool]);
  }
  const wall = (tool: Tool) => median(times[tool].map((t) => t.seconds));
  for (const tool of TOOLS) console.log(`median rebuild ${tool}: ${wall(tool)} s, peak ${median(times[tool].map((t) => t.peakMiB))} MiB`);
  console.log(`ratio rebuild dossier/starlight ${(wall('dossier') / wall('starlight')).toFixed(2)}`);
}

if (import.meta.main) {
  const parsed = parsePeersOptions(process.argv.slice(2), join(projectRoot, '../shared/bench'));
  if ('problem' in parsed) {
    console.error(`${parsed.problem}\n${parsed.hint}`);
    process.exit(2);
  }
  try {
    sideBySide(parsed);
    if (parsed.edits > 0) rebuilds(parsed);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
