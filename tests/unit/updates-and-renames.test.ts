/**
 * Corrections in plain sight and renamed entries, in the core: the site-wide
 * log of updates, the date the home page gives as "Updated", the notices
 * under a headline, and `former_ids` (redirects, `_redirects`, feed ids that
 * survive a rename, and the checks that keep each old address to one page).
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { loadCorpus } from '../../src/model/corpus.ts';
import { siteModelOf } from '../../src/model/render-entries.ts';
import { buildAtomFeed } from '../../src/outputs/feed.ts';
import { redirectsFile, redirectsOf } from '../../src/outputs/redirects.ts';
import { revisedDate, updateLog, updateNotices } from '../../src/model/update-log.ts';
import { pageUpdates } from '../../src/model/updates.ts';
import type { EntryRef } from '../../src/model/site-types.ts';
import { scratchDir } from '../helpers/scratch.ts';

const fixture = join(import.meta.dirname, '../fixtures/small-story');

const ref = (id: string): EntryRef => ({ id, kind: 'event', name: id, href: `/events/${id}/`, summary: '' });

describe('the log of updates', () => {
  const a = { ref: ref('a'), updates: pageUpdates([{ date: '2024-03-06', kind: 'correction', text: 'A fixed.' }]) };
  const b = {
    ref: ref('b'),
    updates: pageUpdates([
      { date: '2024-03-06', kind: 'update', text: 'B first that day.' },
      { date: '2024-03-09', kind: 'update', text: 'B later.' },
    ]),
  };

  it('lists every update of every page newest first, one day in the pages’ order, each linking to its place on its page', () => {
    const log = updateLog([a, b]);
    expect(log.map((u) => [u.date, u.entry.id, u.text])).toEqual([
      ['2024-03-09', 'b', 'B later.'],
      ['2024-03-06', 'a', 'A fixed.'],
      ['2024-03-06', 'b', 'B first that day.'],
    ]);
    expect(log[0]!.href).toBe('/events/b/#update-2024-03-09-1');
    expect(log[1]!.href).toBe('/events/a/#update-2024-03-06-1');
  });

  it('dates the story by the newest of its own `updated` and the log', () => {
    const log = updateLog([a, b]);
    expect(revisedDate(undefined, log)).toEqual({ date: '2024-03-09', label: 'March 9, 2024' });
    expect(revisedDate('2024-04-01', log)?.label).toBe('April 1, 2024');
    expect(revisedDate('2024-03', [])).toEqual({ date: '2024-03', label: 'March 2024' });
    expect(revisedDate(undefined, [])).toBeUndefined();
  });

  it('shows under a headline the newest correction and the newest update, and counts them all', () => {
    const updates = pageUpdates([
      { date: '2024-03-01', kind: 'correction', text: 'Old correction.' },
      { date: '2024-03-02', kind: 'update', text: 'Old update.' },
      { date: '2024-03-03', kind: 'correction', text: 'New correction.' },
      { date: '2024-03-04', kind: 'update', text: 'New update.' },
    ]);
    const notices = updateNotices(updates);
    expect(notices.correction?.text).toBe('New correction.');
    expect(notices.update?.text).toBe('New update.');
    expect(notices.total).toBe(4);
    expect(updateNotices(pageUpdates([{ date: '2024-03-01', kind: 'update', text: 'Only.' }]))).toEqual({
      update: expect.objectContaining({ text: 'Only.' }),
      total: 1,
    });
    expect(updateNotices([])).toEqual({ total: 0 });
  });

  it('is the site model’s, for the small story: the story’s and the vote’s updates', async () => {
    const model = siteModelOf(await loadCorpus(fixture));
    expect(model.updateLog.map((u) => [u.date, u.entry.id, u.kind])).toEqual([
      ['2024-03-08', 'story', 'update'],
      ['2024-03-07', 'the-vote', 'update'],
      ['2024-03-06', 'the-vote', 'correction'],
    ]);
    expect(model.story.revised?.date).toBe('2024-03-08');
  });
});

/** The small story with `events/the-vote.md` renamed to `the-ballot.md`, its old id kept as a former id and the links to it rewritten. */
function renamedStory(formerIds = '[the-vote]'): string {
  const dir = scratchDir('renamed');
  cpSync(fixture, dir, { recursive: true });
  renameSync(join(dir, 'events/the-vote.md'), join(dir, 'events/the-ballot.md'));
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  edit('events/the-ballot.md', (t) => t.replace(/^---\n/, `---\nformer_ids: ${formerIds}\n`));
  edit('actors/council.md', (t) => t.replace('[[the-vote]]', '[[the-ballot]]'));
  edit('events/the-reaction.md', (t) =>
    t.replace('[[the-vote]]', '[[the-ballot]]').replace('responds_to: the-vote', 'responds_to: the-ballot'),
  );
  return dir;
}

const feedEntries = (xml: string) =>
  (
    new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' || n === 'link' }).parse(xml).feed
      .entry as { id: string; title: string; link: { '@href': string }[] }[]
  ).map((e) => ({ id: e.id, title: e.title, href: e.link[0]!['@href'] }));

describe('a renamed entry (former_ids)', () => {
  it('keeps its feed ids, while its items link to the new address', async () => {
    const before = feedEntries(buildAtomFeed(siteModelOf(await loadCorpus(fixture)))!);
    const corpus = await loadCorpus(renamedStory());
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const after = feedEntries(buildAtomFeed(siteModelOf(corpus))!);
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
    const vote = after.filter((e) => e.title.endsWith('The vote'));
    expect(vote.length).toBe(3);
    for (const item of vote) expect(item.href).toMatch(/^\/events\/the-ballot\/(#update-.*)?$/);
  });

  it('gives each old address a redirect to the new one, and a 301 line in _redirects', async () => {
    const model = siteModelOf(await loadCorpus(renamedStory('[the-vote, vote]')), { base: '/town/' });
    const redirects = redirectsOf(model.pages, model.base);
    expect(redirects).toEqual([
      { from: '/town/events/the-vote/', to: '/town/events/the-ballot/' },
      { from: '/town/events/vote/', to: '/town/events/the-ballot/' },
    ]);
    const lines = redirectsFile(redirects, model.base).split('\n');
    expect(lines.filter((l) => !l.startsWith('#') && l !== '')).toEqual([
      '/town/events/the-vote/ /town/events/the-ballot/ 301',
      '/town/events/vote/ /town/events/the-ballot/ 301',
    ]);
  });

  it('suggests the new id where a link, a citation or a field still names the old one', async () => {
    const dir = renamedStory();
    writeFileSync(join(dir, 'actors/mayor.md'), readFileSync(join(dir, 'actors/mayor.md'), 'utf8').replace('[[the vote]]', '[[the-vote]]'));
    const problems = (await loadCorpus(dir)).problems.filter((p) => p.severity === 'error');
    expect(problems.map((p) => [p.file, p.message, p.hint])).toEqual([
      ['actors/mayor.md', 'the link [[the-vote]] matches no entry', 'did you mean [[the-ballot]]?'],
    ]);
  });

  it('refuses an old address that would lead to two pages, at the former id’s line', async () => {
    const dir = renamedStory('[the-ballot, the-hearing, story, vote, vote]');
    writeFileSync(
      join(dir, 'events/the-reaction.md'),
      readFileSync(join(dir, 'events/the-reaction.md'), 'utf8').replace(/^---\n/, '---\nformer_ids: [old-reaction, vote]\n'),
    );
    const problems = (await loadCorpus(dir)).problems.filter((p) => p.code.startsWith('former-id'));
    expect(problems.map((p) => [p.file, p.line, p.severity, p.code])).toEqual([
      ['events/the-ballot.md', 2, 'error', 'former-id-own'],
      ['events/the-ballot.md', 2, 'error', 'former-id-in-use'],
      ['events/the-ballot.md', 2, 'error', 'former-id-reserved'],
      ['events/the-ballot.md', 2, 'warning', 'former-id-repeated'],
      ['events/the-reaction.md', 2, 'error', 'former-id-claimed'],
    ]);
    expect(problems[1]!.message).toBe(
      'the former id "the-hearing" is the id of events/the-hearing.md: its address can\'t lead to two pages',
    );
  });
});
