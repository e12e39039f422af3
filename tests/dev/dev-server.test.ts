/**
 * `npm run dev` for real: Astro's dev server on a copy of the fixture story.
 * Editing an entry updates its page and the pages that link to it; a content
 * error is shown on every page with its position while the last good pages
 * stay; fixing it recovers without a restart. Waits are bounded polls, not
 * timing assertions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/build-site.ts';
import { startDevServer, waitFor, type DevServer } from '../../src/bench/dev-server.ts';
import { section, textOf } from '../helpers/html.ts';
import { scratchDir } from '../helpers/scratch.ts';

let work: string;
let content: string;
let server: DevServer;
const file = (rel: string) => join(content, rel);
let edits = 0;
const edit = (rel: string, change: (text: string) => string) => {
  edits++;
  writeFileSync(file(rel), change(readFileSync(file(rel), 'utf8')));
};
const banner = (html: string) => {
  const match = /<aside[^>]*data-dev-problems[^>]*>([\s\S]*?)<\/aside>/.exec(html);
  return match ? textOf(match[1]!) : undefined;
};

beforeAll(async () => {
  work = scratchDir('dev');
  content = join(work, 'story');
  cpSync(join(projectRoot, 'tests/fixtures/small-story'), content, { recursive: true });
  server = await startDevServer(content);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev', { timeout: 120_000 }, () => {
  it('serves the story with no problem banner', async () => {
    const html = await waitFor(server, '/actors/mayor/', (h) => /<h1[^>]*>Ana Ruiz<\/h1>/.test(h));
    expect(banner(html)).toBeUndefined();
  });

  it("draws a page's share card when asked, a 1200 × 630 PNG", async () => {
    const response = await fetch(new URL('cards/actors/mayor.png', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('updates a page when its entry is edited', async () => {
    edit('actors/mayor.md', (t) =>
      t.replace('summary: The mayor of Example Town.', 'summary: The mayor of Example Town, re-elected in the edit.'),
    );
    const html = await waitFor(server, '/actors/mayor/', (h) => h.includes('re-elected in the edit'));
    expect(banner(html)).toBeUndefined();
  });

  it('updates the backlinks of the entry an edited page now links to', async () => {
    edit('events/the-hearing.md', (t) => `${t}\nThe [[mayor]] listened in silence during the hearing.\n`);
    const html = await waitFor(server, '/actors/mayor/', (h) => textOf(section(h, 'mentions')).includes('listened in silence'));
    expect(section(html, 'mentions')).toContain('href="/events/the-hearing/"');
  });

  it('shows a content error with its position on every page, keeping the last good pages', async () => {
    edit('actors/mayor.md', (t) => t.replace('kind: person', 'kind: persn'));
    const expected = `${content}/actors/mayor.md:3:7 error "kind" is "persn", which is not allowed (use one of: person, organization, government, agency, media, country, group (did you mean "person"?))`;
    const html = await waitFor(server, '/actors/mayor/', (h) => banner(h)?.includes(expected) ?? false);
    expect(banner(html)).toContain('1 error in the content.');
    // The last good version of the page is still there, under the banner.
    expect(html).toContain('re-elected in the edit');
    const home = await waitFor(server, '/', (h) => banner(h) !== undefined);
    expect(banner(home)).toContain(expected);
  });

  it('recovers when the error is fixed, without a restart', async () => {
    edit('actors/mayor.md', (t) => t.replace('kind: persn', 'kind: person').replace('re-elected in the edit', 'fixed in the edit'));
    const html = await waitFor(server, '/actors/mayor/', (h) => h.includes('fixed in the edit') && banner(h) === undefined);
    expect(html).toMatch(/<h1[^>]*>Ana Ruiz<\/h1>/);
  });

  it('shows a broken link in another file at its line and column, then recovers', async () => {
    // Where the link is in the fixture, found rather than assumed, so the check stays exact.
    const lines = readFileSync(file('events/the-vote.md'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('[[council]] voted')) + 1;
    const column = lines[line - 1]!.indexOf('[[council]]') + 1;
    expect(line).toBeGreaterThan(0);
    edit('events/the-vote.md', (t) => t.replace('[[council]] voted', '[[councill]] voted'));
    const expected = `${content}/events/the-vote.md:${line}:${column} error the link [[councill]] matches no entry (did you mean [[council]]?)`;
    await waitFor(server, '/events/the-vote/', (h) => banner(h)?.includes(expected) ?? false);
    edit('events/the-vote.md', (t) => t.replace('[[councill]] voted', '[[council]] voted'));
    await waitFor(server, '/events/the-vote/', (h) => banner(h) === undefined);
  });

  it('reads the story about once per save, not once more for every earlier save', () => {
    // Each read ends with one of these lines. Astro makes a new loader on every Markdown
    // change; a watcher per loader read the story again for every earlier save (23 reads
    // for these 6). A read the loader's own watcher adds when Astro dropped a refresh is allowed.
    const reads = server.output().match(/\[dossier\] \d+ entries from|The content has errors:/g) ?? [];
    expect(edits).toBe(6);
    expect(reads.length).toBeGreaterThan(edits);
    expect(reads.length).toBeLessThanOrEqual(2 * edits + 1);
  });
});
