/**
 * A heading's id and its table-of-contents entry come from its words alone:
 * citing another source earlier in the body renumbers the citation marks,
 * and must not move a bookmark or a link to the section.
 */
import { describe, expect, it } from 'vitest';
import { renderCase } from '../markdown/render-cases.ts';
import { tableOfContents } from '../../src/markdown/toc.ts';

const heading = '## What [[cnn]] said[^1] [@nyt-report]';
const rest = '\n\n## Background [@cnn-report]\n\n### Why it matters\n\nText.\n\n[^1]: A note.';

describe('heading ids and citation numbers', () => {
  it('gives a heading the same id and words however its citations are numbered', () => {
    const first = renderCase(`${heading}${rest}`);
    const renumbered = renderCase(`Earlier [@cnn-report] and [@nyt-report].\n\n${heading}${rest}`);
    expect(first.html).toContain('<sup class="citations"><a href="#ref-1"');
    expect(renumbered.html).toContain('<a href="#ref-2"');
    for (const body of [first, renumbered]) {
      expect(body.headings.map((h) => `${h.id} ${h.text}`)).toEqual([
        'what-cnn-said What CNN said',
        'background Background',
        'why-it-matters Why it matters',
      ]);
      expect(tableOfContents(body.headings)?.map((item) => item.text)).toEqual(['What CNN said', 'Background']);
    }
  });
});
