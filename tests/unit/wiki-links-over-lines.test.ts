/**
 * Cross-links broken over lines, as a hard-wrapped paragraph or Prettier's
 * `proseWrap` writes them: CommonMark lets a link's text span lines, and so
 * may `[[target|label]]`; the line ending reads as a space. A label holds
 * Markdown, as a link's text does (src/markdown/label-phrasing.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/markdown/parse-body.ts';
import { renderCase } from '../markdown/render-cases.ts';

/** The body starts on line 6 of its file. */
const parse = (markdown: string) => parseBody(markdown, 6);

describe('a cross-link over lines', () => {
  it('reads a label or a name broken over lines as written on one, where it starts', () => {
    const body = parse(
      'See [[cnn|the\nnetwork]] and [[Volodymyr\n   Zelenskyy]].\n\n> In a quote, [[cnn|the\n> network]].\n\n- In a list, [[cnn|the\n  network]].',
    );
    expect(body.notes).toEqual([]);
    expect(body.links.map(({ target, label, raw, at }) => `${at.line}:${at.column} ${target} | ${label} | ${raw}`)).toEqual([
      '6:5 cnn | the network | [[cnn|the network]]',
      '7:15 Volodymyr Zelenskyy | undefined | [[Volodymyr Zelenskyy]]',
      '10:15 cnn | the network | [[cnn|the network]]',
      '13:14 cnn | the network | [[cnn|the network]]',
    ]);
  });

  it('links it, with its label on one line', () => {
    expect(renderCase('See [[cnn|the\nnetwork]] today.').html).toBe(
      '<p>See <a href="/actors/cnn/" class="entry-link" data-kind="actor">the network</a> today.</p>',
    );
  });

  it('still refuses `[[` not closed in its paragraph, up to the end of its line', () => {
    const body = parse('See [[cnn|the\nnetwork and more.\n\nNext.');
    expect(body.links).toEqual([]);
    expect(body.notes.map((n) => `${n.at.line}:${n.at.column} ${n.message.message}`)).toEqual([
      '6:5 "[[cnn|the" is not a link: a link is [[...]], closed in its paragraph, with no brackets inside',
    ]);
  });
});

describe('a formatted label', () => {
  it('shows its emphasis, strong text, strikethrough and code inside the link', () => {
    expect(renderCase('[[cnn|*CNN*]], [[cnn|**the** ~~old~~ `net`]] and [[cnn|AT&amp;T]].').html).toBe(
      '<p><a href="/actors/cnn/" class="entry-link" data-kind="actor"><em>CNN</em></a>, ' +
        '<a href="/actors/cnn/" class="entry-link" data-kind="actor"><strong>the</strong> <del>old</del> <code>net</code></a> and ' +
        '<a href="/actors/cnn/" class="entry-link" data-kind="actor">AT&#x26;T</a>.</p>',
    );
  });

  it('is read without a word, and keeps a label that would be a block of its own as written', () => {
    expect(parse('[[cnn|*CNN*]] and [[cnn|1. First]]').notes).toEqual([]);
    expect(renderCase('[[cnn|1. First]]').html).toBe('<p><a href="/actors/cnn/" class="entry-link" data-kind="actor">1. First</a></p>');
  });

  it('gives the mention its words, without the marks', () => {
    expect(renderCase('As [[cnn|*CNN*]] said.').mentions).toEqual([{ target: 'cnn', sentence: 'As CNN said.' }]);
  });
});
