/**
 * `npm run new`: writes an entry file an editor only has to complete. Each
 * kind is scaffolded into a copy of a small story; unfilled, the checker
 * points at every required field left empty; filled minimally, it passes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/build-site.ts';
import { corpusDir } from '../bad-input/corpus.ts';
import { scratchDir } from '../helpers/scratch.ts';

let work: string | undefined;
afterEach(() => work && rmSync(work, { recursive: true, force: true }));

/** A copy of the bad-input corpus's valid base story. */
function story(): string {
  work = scratchDir('new');
  const content = join(work, 'content');
  cpSync(join(corpusDir, 'base'), content, { recursive: true });
  return content;
}

const scaffold = (content: string, ...args: string[]) => runCli('new', { DOSSIER_CONTENT: content }, args);
const check = async (content: string) => {
  const result = await runCli('check', { DOSSIER_CONTENT: content });
  return { code: result.code, lines: result.stdout.replaceAll(`${content}/`, 'content/').trimEnd().split('\n') };
};

describe('npm run new', () => {
  it('writes each kind with an id from the name, prints its path, and the checker asks for what is missing', async () => {
    const content = story();
    const written = await Promise.all([
      scaffold(content, 'actor', 'Volodymyr Zelenskyy'),
      scaffold(content, 'event', 'Zelenskyy meets the Council'),
      scaffold(content, 'source', 'Gazeta report: the meeting'),
    ]);
    expect(written.map((r) => [r.code, r.stdout.trim()])).toEqual([
      [0, join(content, 'actors/volodymyr-zelenskyy.md')],
      [0, join(content, 'events/zelenskyy-meets-the-council.md')],
      [0, join(content, 'sources/gazeta-report-the-meeting.md')],
    ]);
    const actor = readFileSync(join(content, 'actors/volodymyr-zelenskyy.md'), 'utf8');
    expect(actor).toMatch(/^---\nname: Volodymyr Zelenskyy\n/);
    expect(actor).toContain('# aliases: [Other name, Another name]');
    // A title with a colon is quoted, so the YAML stays valid.
    expect(readFileSync(join(content, 'sources/gazeta-report-the-meeting.md'), 'utf8')).toContain('title: "Gazeta report: the meeting"\n');

    expect(await check(content)).toEqual({
      code: 1,
      lines: [
        'content/actors/volodymyr-zelenskyy.md:4:6  error  "kind" has no value  (write one of: person, organization, government, agency, media, country, group)',
        'content/actors/volodymyr-zelenskyy.md:6:9  error  "summary" has no value  (write it after "summary:")',
        'content/events/zelenskyy-meets-the-council.md:4:6  error  "date" has no value  (write it after "date:")',
        'content/events/zelenskyy-meets-the-council.md:6:9  error  "summary" has no value  (write it after "summary:")',
        '4 errors, 0 warnings',
      ],
    });
  });

  it('writes files that pass the check once the required fields are filled', async () => {
    const content = story();
    for (const [kind, name] of [
      ['actor', 'José Núñez'],
      ['event', 'The vote'],
      ['source', 'Radio bulletin'],
    ]) {
      expect((await scaffold(content, kind!, name!)).code).toBe(0);
    }
    const fill = (rel: string, fields: Record<string, string>) => {
      let text = readFileSync(join(content, rel), 'utf8');
      for (const [field, value] of Object.entries(fields)) text = text.replace(`\n${field}:\n`, `\n${field}: ${value}\n`);
      writeFileSync(join(content, rel), text);
    };
    fill('actors/jose-nunez.md', { kind: 'person', summary: 'A councillor.' });
    fill('events/the-vote.md', { date: '2024-03-04', summary: 'The council votes.' });
    expect(await check(content)).toEqual({
      code: 0,
      lines: [
        'content/events/the-vote.md:1:1  warning  this event cites no source  (add "sources: [source-id]" or a citation [@source-id] in the body)',
        '0 errors, 1 warning',
      ],
    });
    // The optional fields, uncommented, are valid too.
    const uncomment = (rel: string) =>
      writeFileSync(
        join(content, rel),
        readFileSync(join(content, rel), 'utf8')
          .replace(/^# (?=[a-z_]+:)/gm, '')
          .replace(/^#(?= {3}- )/gm, ''),
      );
    for (const rel of ['actors/jose-nunez.md', 'events/the-vote.md', 'sources/radio-bulletin.md']) uncomment(rel);
    const errors = (await check(content)).lines.filter((l) => l.includes('  error  '));
    // Only the placeholder ids are left to replace by real ones.
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors)
      expect(error).toMatch(/names "(actor-id|other-actor-id|source-id|event-id)", which is no (actor|source|event) of this story/);
  });

  it('refuses an id any entry already has, of any kind', async () => {
    const content = story();
    const result = await scaffold(content, 'event', 'CNN');
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'error  the id "cnn" is already used by actors/cnn.md  (ids are unique across actors, events and sources: choose another with --id, e.g. --id cnn-2)',
    );
    expect(existsSync(join(content, 'events/cnn.md'))).toBe(false);
  });

  it('refuses the id the story itself has', async () => {
    const content = story();
    const result = await scaffold(content, 'actor', 'Story');
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'error  the id "story" is reserved: it is the story\'s own (story.md)  (choose another with --id, e.g. --id story-actor)',
    );
    expect(existsSync(join(content, 'actors/story.md'))).toBe(false);
  });

  it('asks for --id when a name has no Latin letters, and takes it', async () => {
    const content = story();
    for (const name of ['בנימין נתניהו', '윤석열']) {
      const refused = await scaffold(content, 'actor', name);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim()).toBe(
        `error  "${name}" has no Latin letters or digits to make an id from  (choose one: npm run new -- actor "${name}" --id some-id)`,
      );
    }
    const result = await scaffold(content, 'actor', 'בנימין נתניהו', '--id', 'benjamin-netanyahu');
    expect(result.stdout.trim()).toBe(join(content, 'actors/benjamin-netanyahu.md'));
    expect(readFileSync(join(content, 'actors/benjamin-netanyahu.md'), 'utf8')).toMatch(/^---\nname: בנימין נתניהו\n/);
    const bad = await scaffold(content, 'actor', 'Someone', '--id', 'Some One');
    expect(bad.stderr.trim()).toBe(
      'error  "Some One" is not a valid entry id: ids use lowercase letters, digits and hyphens  (try --id some-one)',
    );
  });

  it('explains its usage when the kind or name is wrong', async () => {
    const content = story();
    const unknown = await scaffold(content, 'person', 'Someone');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown kind "person". Give the kind of entry first.');
    const unquoted = await scaffold(content, 'actor', 'Volodymyr', 'Zelenskyy');
    expect(unquoted.code).toBe(2);
    expect(unquoted.stderr).toContain('Put the name in quotes: "Volodymyr Zelenskyy".');
    const missing = await runCli('new', { DOSSIER_CONTENT: join(content, 'nowhere') }, ['actor', 'Someone']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`error  the content folder "${join(content, 'nowhere')}" does not exist`);
  });
});
