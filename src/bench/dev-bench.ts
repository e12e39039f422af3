/**
 * `npm run bench:dev`: how long `npm run dev` takes to show one
 * edit. Generates a story (1,000 entries by default), starts Astro's dev
 * server on it, then edits one entry's summary at a time and polls that
 * entry's page until it shows the new text, measuring from the moment the
 * file is written. The time includes the loader's wait for the folder to be
 * still (30 ms, for editors' two-step saves). Prints each edit and the
 * median; asserts nothing.
 *
 * `--content DIR` times a copy of that story instead, e.g. the peers'
 * corpus of `../shared/bench/` (`dossier-corpus.mjs 1000 DIR`).
 *
 *   npm run bench:dev [-- --entries 1000] [--edits 7] [--content DIR]
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fetchPage, startDevServer } from './dev-server.ts';
import { generateCorpus } from './generate-corpus.ts';

const { values } = parseArgs({
  options: { entries: { type: 'string', default: '1000' }, edits: { type: 'string', default: '7' }, content: { type: 'string' } },
});
const edits = Number(values.edits);

const work = mkdtempSync(join(tmpdir(), 'dossier-dev-bench-'));
const content = join(work, 'story');
if (values.content) cpSync(values.content, content, { recursive: true });
else generateCorpus(content, { entries: Number(values.entries) });
const entries = ['actors', 'events', 'sources'].reduce((n, kind) => n + readdirSync(join(content, kind)).length, 0);
const started = performance.now();
const server = await startDevServer(content);
console.log(`${entries} entries: dev server up, first page served, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
try {
  const actors = readdirSync(join(content, 'actors')).sort();
  const times: number[] = [];
  for (let n = 0; n < edits; n++) {
    const name = actors[(n * 97) % actors.length]!;
    const path = `/actors/${name.replace(/\.md$/, '')}/`;
    await fetchPage(server, path); // the page as it was, rendered once
    const marker = `edited-${n}-${Date.now()}`;
    const file = join(content, 'actors', name);
    const text = readFileSync(file, 'utf8');
    const written = performance.now();
    writeFileSync(
      file,
      text.replace(/^summary: "?/m, (m) => `${m}${marker} `),
    );
    for (;;) {
      const { html } = await fetchPage(server, path);
      if (html.includes(marker)) break;
      if (performance.now() - written > 60_000)
        throw new Error(
          `${path} never showed the edit:\n${server
            .output()
            .split('\n')
            .filter((l) => !l.includes('[200]'))
            .slice(-40)
            .join('\n')}`,
        );
      await new Promise((wait) => setTimeout(wait, 10));
    }
    const ms = performance.now() - written;
    times.push(ms);
    console.log(`edit ${n + 1}: ${path} shows the edit after ${ms.toFixed(0)} ms`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms over ${edits} edits (target: under 1 s at 1,000 entries)`);
  console.log(
    `(load average now: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')})`,
  );
} finally {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
