/**
 * Content with broken references must fail the build with every problem at
 * once, each at its file:line:col, and leave the previous output untouched.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, buildSite } from '../helpers/build-site.ts';
import { scratchDir } from '../helpers/scratch.ts';

const content = 'tests/fixtures/broken-links';
const expected = [
  'tests/fixtures/broken-links/actors/volodymyr-zelenskyy.md:6:16  error  "affiliations[0]" names "ukrane", which is no actor of this story  (did you mean "ukraine"?)',
  'tests/fixtures/broken-links/actors/volodymyr-zelenskyy.md:9:5  error  the link [[nobody-at-all]] matches no entry  (check the spelling, or create the entry)',
  'tests/fixtures/broken-links/actors/volodymyr-zelenskyy.md:9:31  error  the link [[President]] matches 2 entries: ukraine, volodymyr-zelenskyy  (link by id instead, e.g. [[ukraine]])',
  'tests/fixtures/broken-links/events/meeting.md:7:10  error  "actors[1].id" names "ukraine-gov", which is no actor of this story  (use the id of a file in actors/)',
  'tests/fixtures/broken-links/events/meeting.md:8:11  error  "sources[0]" names "a-reprot", which is no source of this story  (did you mean "a-report"?)',
  'tests/fixtures/broken-links/events/meeting.md:11:23  error  the citation key "@missing-source" matches no source  (cite a file name from sources/, without .md)',
  'tests/fixtures/broken-links/sources/a-report.md:3:12  error  "publisher" names "cnnn", which is no actor of this story  (use the id of a file in actors/)',
  'tests/fixtures/broken-links/sources/a-report.md:4:6  error  the "via" chain loops: a-report → b-report → a-report  (a source relays another, older one: remove one "via" to break the loop)',
  'tests/fixtures/broken-links/story.md:6:11  error  the link [[Zelenskiy]] matches no entry  (did you mean [[Zelensky]]?)',
  'tests/fixtures/broken-links/actors/volodymyr-zelenskyy.md:5:21  warning  the alias "President" is also a name or alias of actors/ukraine.md  (links by this alias fail as ambiguous; keep it on one entry only)',
  '9 errors, 1 warning',
];

describe('broken content', () => {
  it('fails the check with every problem, in order, with positions and hints', async () => {
    const result = await runCli('check', { DOSSIER_CONTENT: content });
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual(expected);
  });

  it('fails the build with the same problems and leaves the previous output as it was', async () => {
    const out = join(scratchDir('broken'), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous build');
    const result = await buildSite(content, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(expected[0]);
    expect(result.stderr).toContain(expected[8]);
    expect(result.stderr).toContain('The build stopped: fix the errors above.');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
  });

  it('passes the check on the leak story with no problem', async () => {
    const result = await runCli('check', { DOSSIER_CONTENT: 'content' });
    expect(result.stdout.trim()).toBe('0 errors, 0 warnings');
    expect(result.code).toBe(0);
  });
});
