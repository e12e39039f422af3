/**
 * The rules on citations, relays and responses: unknown citation keys, `via`
 * loops, `responds_to` naming a missing event (or the event itself), unknown
 * ids in `status_by` and `accounts` are errors, reported all at once at
 * file:line:col with a hint; an event with no source is a warning, listed
 * after the errors.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, buildSite, reportLines } from '../helpers/build-site.ts';
import { jsonLdBlocks } from '../helpers/json-ld.ts';
import { scratchDir } from '../helpers/scratch.ts';

const content = 'tests/fixtures/broken-claims';
const expected = [
  'tests/fixtures/broken-claims/events/the-claim.md:6:14  error  "responds_to" names "the-claim", the event itself  (give the id of the event this one answers, or remove the line)',
  'tests/fixtures/broken-claims/events/the-denial.md:6:14  error  "responds_to" names "the-clam", which is no event of this story  (did you mean "the-claim"?)',
  'tests/fixtures/broken-claims/events/the-denial.md:8:13  error  "status_by[0].actor" names "councl", which is no actor of this story  (did you mean "council"?)',
  'tests/fixtures/broken-claims/events/the-denial.md:10:30  error  "accounts[0].source" names "the-claim", which is an event, not a source  (use the id of a file in sources/)',
  'tests/fixtures/broken-claims/events/the-denial.md:13:24  error  the citation key "@reprot" matches no source  (did you mean @report?)',
  'tests/fixtures/broken-claims/sources/wire-a.md:3:6  error  the "via" chain loops: wire-a → wire-b → wire-c → wire-a  (a source relays another, older one: remove one "via" to break the loop)',
  'tests/fixtures/broken-claims/events/the-claim.md:1:1  warning  this event cites no source  (add "sources: [source-id]" or a citation [@source-id] in the body)',
  '6 errors, 1 warning',
];

describe('claims, citations and relays that are wrong', () => {
  it('fail the check with every problem at once, errors first, the unsourced event last', async () => {
    const result = await runCli('check', { DOSSIER_CONTENT: content });
    expect(result.stdout.trim().split('\n')).toEqual(expected);
    expect(result.code).toBe(1);
  });

  it('stop the build with the same report, the warning listed after the errors', async () => {
    const out = join(scratchDir('claims'), 'dist');
    const result = await buildSite(content, out);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    const at = (line: string) => lines.indexOf(line);
    for (const line of expected) expect(at(line), line).toBeGreaterThanOrEqual(0);
    expect(at(expected[6]!)).toBeGreaterThan(at(expected[5]!));
    expect(at(expected[7]!)).toBe(at(expected[6]!) + 1);
    expect(existsSync(out)).toBe(false);
  });

  it('let a build with only the warning go on, and print the warning', () => {
    const build = inject('unsourcedBuild');
    expect(build.code).toBe(0);
    expect(reportLines(build.stdout)).toEqual([
      'tests/fixtures/unsourced-event/events/rumour.md:1:1  warning  this event cites no source  (add "sources: [source-id]" or a citation [@source-id] in the body)',
      '0 errors, 1 warning',
    ]);
    expect(existsSync(join(build.site, 'events/rumour/index.html'))).toBe(true);
  });
});

describe('a site built with DOSSIER_SITE', () => {
  const site = () => inject('unsourcedBuild').site;

  it('writes no feed, and links to none, for a story with no day in it to date one by', () => {
    expect(existsSync(join(site(), 'feed.xml'))).toBe(false);
    const home = readFileSync(join(site(), 'index.html'), 'utf8');
    expect(home).not.toContain('feed.xml');
  });

  it('gives the structured data absolute URLs', () => {
    const [data] = jsonLdBlocks(readFileSync(join(site(), 'events/rumour/index.html'), 'utf8'));
    expect((data!['@graph'] as { url: string }[])[0]!.url).toBe('https://example.org/town/events/rumour/');
  });
});
