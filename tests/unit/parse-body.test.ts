/**
 * `parseBody`: the cross-links and citations of a body, with their positions
 * in the file, and a warning for a cross-link that can't be one because it is
 * inside a Markdown link, however deep.
 */
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/markdown/parse-body.ts';

/** The body starts on line 6 of its file, after five lines of front matter. */
const parse = (markdown: string) => parseBody(markdown, 6);

describe('parseBody', () => {
  it('lists cross-links and citations with their line and column in the file', () => {
    const body = parse('Intro.\n\nSee [[cnn|the network]] and [[nyt]]. [@report; @memo]\n');
    expect(body.links.map(({ target, label, at }) => ({ target, label, at }))).toEqual([
      { target: 'cnn', label: 'the network', at: { line: 8, column: 5 } },
      { target: 'nyt', label: undefined, at: { line: 8, column: 29 } },
    ]);
    expect(body.citations).toEqual([{ keys: ['report', 'memo'], raw: '[@report; @memo]', at: { line: 8, column: 38 } }]);
    expect(body.notes).toEqual([]);
  });

  it('warns about a cross-link anywhere inside a link or a link reference, and only there', () => {
    const body = parse(
      [
        '[A **bold [[cnn]]** link](https://example.org/) then [[nyt]].',
        '',
        '[Also [_deep [[wp]]_]][ref] and [[ap]].',
        '',
        '[ref]: https://example.org/ref',
      ].join('\n'),
    );
    expect(body.links.map((l) => l.target)).toEqual(['nyt', 'ap']);
    expect(body.notes.map((n) => ({ code: n.message.code, at: n.at }))).toEqual([
      { code: 'link-in-link', at: { line: 6, column: 11 } },
      { code: 'link-in-link', at: { line: 8, column: 14 } },
    ]);
  });

  it('looks into every kind of block: lists, quotes, tables, footnotes and headings', () => {
    const body = parse(
      ['## About [[a]]', '', '- [[b]]', '  > [[c]]', '', '| x |', '|---|', '| [[d]] |', '', 'Text.[^1]', '', '[^1]: [[e]]'].join('\n'),
    );
    expect(body.links.map((l) => l.target)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
