/**
 * The footer of every page says "Every statement on this site names who says
 * so". This keeps it true of the leak story (`content/`): every block of text
 * an editor wrote, in a body or in front matter, either cites a source or
 * names who says so.
 *
 * - Body blocks (paragraphs, list items, table cells, quotes) must carry a
 *   citation (`[@source-id]`). Headings are titles, not statements.
 * - Front-matter prose (summaries, the dek, status notes, accounts, update
 *   texts) has no citation syntax: it must name who says so, a source's
 *   publisher or a media actor by name or alias, or the article or report it
 *   rests on. Names, titles, roles and tags are labels, not statements.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { loadCorpus } from '../../src/model/corpus.ts';
import type { Entry } from '../../src/model/entry.ts';

const corpus = await loadCorpus(join(import.meta.dirname, '../../content'));

/** Who can say so in this story: the media actors and every source's publisher, by each of their names. */
const sayers = new Set<string>(['the article', 'the report', "the article's", 'the times']);
for (const entry of corpus.entries) {
  if (entry.kind === 'actor' && entry.data.kind === 'media')
    for (const name of [entry.name, ...entry.aliases]) sayers.add(name.toLowerCase());
  if (entry.kind === 'source' && entry.data.publisher) {
    const publisher = corpus.index.get(entry.data.publisher);
    sayers.add((publisher ? publisher.name : entry.data.publisher).toLowerCase());
  }
}
const namesWhoSaysSo = (text: string) => [...sayers].some((name) => text.toLowerCase().includes(name));

function frontMatterProse(entry: Entry): string[] {
  const d = entry.data as Record<string, unknown> & {
    status_by?: { note?: string; source?: string }[];
    accounts?: { says: string; source?: string }[];
    updates?: { text: string }[];
  };
  return [
    ...(typeof d.summary === 'string' ? [d.summary] : []),
    ...(typeof d.dek === 'string' ? [d.dek] : []),
    // A status note or an account with a source is shown with it ("…, per CNN"): only one without needs to name who says so.
    ...(d.status_by ?? []).flatMap((s) => (s.note && !s.source ? [s.note] : [])),
    ...(d.accounts ?? []).flatMap((a) => (a.source ? [] : [a.says])),
    ...(d.updates ?? []).map((u) => u.text),
  ];
}

describe('every statement of the leak story names who says so', () => {
  it('has entries to check', () => {
    expect(corpus.entries.length).toBeGreaterThan(30);
    expect(sayers).toContain('cnn');
  });

  for (const entry of corpus.entries) {
    it(`${entry.file}: every block of its body cites a source`, () => {
      const uncited: string[] = [];
      visit(entry.body.tree!, (node) => {
        if (node.type !== 'paragraph' && node.type !== 'tableCell') return;
        const text = toString(node).trim();
        if (text !== '' && !text.includes('[@')) uncited.push(text);
      });
      expect(uncited).toEqual([]);
    });

    it(`${entry.file}: its front-matter prose names who says so`, () => {
      const unattributed = frontMatterProse(entry).filter((text) => !namesWhoSaysSo(text));
      expect(unattributed).toEqual([]);
    });
  }
});
