/**
 * Bodies of plain prose, headings and footnotes are read without micromark
 * (`parse-plain-markdown.ts`). Wherever that parser gives a tree, it must be
 * the one remark with full GitHub Flavored Markdown gives, node for node and
 * position for position; everything else it must leave to remark.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { parsePlainMarkdown } from '../../src/lib/parse-plain-markdown.ts';
import { parseMarkdown } from '../../src/lib/parse-markdown.ts';
import { parseFrontMatter } from '../../src/lib/front-matter.ts';
import { generateCorpus, random } from '../../src/bench/generate-corpus.ts';

const full = unified().use(remarkParse).use(remarkGfm);
const root = join(import.meta.dirname, '..', '..');

/** The tree, with key order: the JSON must match too, as caches and page keys digest trees. */
function expectSameTree(markdown: string) {
  const plain = parsePlainMarkdown(markdown);
  expect(plain, JSON.stringify(markdown)).toBeDefined();
  expect(plain, JSON.stringify(markdown)).toStrictEqual(full.parse(markdown));
  expect(JSON.stringify(plain)).toBe(JSON.stringify(full.parse(markdown)));
}

/** The body of every Markdown file under `dir`. */
function bodiesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => parseFrontMatter(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).body);
}

/** Bodies of 25 pieces at most, drawn from the characters and lines that matter to Markdown. */
function randomBodies(count: number, seed: number): string[] {
  const PIECES = [
    'word', 'Ünï', '한국어', 'עברית', 'Київ', '😀', ' ', ' ', '\n', '\n', '\n\n', '[[', ']]', '[', ']', '|', '[[a|b]]',
    '[^1]', '[^2]', '[^A]', '[^x y]', '[^', '^', ']:', '[^1]: ', '[^2]: ', '[^a]:', '# ', '## ', '###### ', '####### ', '#',
    '[@x]', '[@x; @y]', '"', "'", ':', '1.', '1)', '2023', '-', '.', ',', '(', ')', '!', '?', '=', '+', '@', 'x', 'a b',
    '*', '_', '`', '<b>', '&amp;', '\\', '\t', '    ', '>', '~', 'www', ' \n',
  ];
  const next = random(seed);
  return Array.from({ length: count }, () => {
    let body = '';
    for (let n = 1 + Math.floor(next() * 25); n > 0; n--) body += PIECES[Math.floor(next() * PIECES.length)];
    return body;
  });
}

describe('parsePlainMarkdown', () => {
  it('gives remark’s tree for every body of a generated story, and reads every one of them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-plain-'));
    try {
      generateCorpus(dir, { entries: 1_000, seed: 11 });
      const bodies = bodiesIn(dir);
      const read = bodies.filter((body) => parsePlainMarkdown(body) !== undefined);
      // Headings, footnotes, wikilinks and citations are all it holds.
      expect(read.length).toBe(bodies.length);
      for (const body of read) expectSameTree(body);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives remark’s tree for the story in content/ and for the test stories, where it answers', () => {
    const story = bodiesIn(join(root, 'content'));
    // Every body but the story's, whose "Who says so?" holds a list.
    expect(story.filter((body) => parsePlainMarkdown(body) !== undefined).length).toBe(story.length - 1);
    const tests = [...bodiesIn(join(root, 'tests', 'fixtures')), ...bodiesIn(join(root, 'tests', 'bad-input'))];
    let answered = 0;
    for (const body of [...story, ...tests]) {
      if (parsePlainMarkdown(body) === undefined) continue;
      answered++;
      expectSameTree(body);
    }
    expect(answered).toBeGreaterThan(story.length);
  });

  it('gives remark’s tree for every random body it answers for', () => {
    let answered = 0;
    for (const body of randomBodies(60_000, 7)) {
      if (parsePlainMarkdown(body) === undefined) continue;
      answered++;
      expectSameTree(body);
    }
    // Enough answers that headings, footnotes, brackets and lines all come up.
    expect(answered).toBeGreaterThan(3_000);
  });

  it('reads headings, footnotes before and after their calls, lazy lines and any script', () => {
    for (const markdown of [
      '',
      '\n\nA [[b|c]] link. [@s]\n',
      '# One\n## Two\n###### Six\nText under it.\n## Again',
      'A call[^1] and another.[^note-2]\n\n[^1]: First.\n[^note-2]: Second,\non a lazy line.\n\n## After',
      '[^a]: Defined first.\n\nCalled after, in another case.[^A]',
      'A paragraph\n[^1]: interrupted by a definition.\n\nThe call.[^1]',
      '[^1] is a call at the start of a line.\n\n[^1]: Yes.',
      'עברית [[ירושלים]] ו-한국어 [[서울|Seoul]], Київ.\n\n😀 after an emoji[^1]\n\n[^1]: 😀',
      'Brackets [a] [[b [c] d]] [[e]] f]] and a pipe | alone.',
    ]) {
      expectSameTree(markdown);
    }
  });

  it('leaves to remark whatever else a body may hold', () => {
    for (const markdown of [
      'Some *emphasis*.',
      'Some __strong__ words.',
      'A `code` span.',
      '```\ncode\n```',
      '    indented code',
      'A line\n  indented.',
      '- a list',
      '1. a list',
      '2023. A year, or a list.',
      '> a quote',
      'A [link](https://example.org).',
      'A [reference][ref].\n\n[ref]: /x',
      'An ![image](x.png).',
      'Raw <b>HTML</b>.',
      'AT&amp;T',
      'An escaped \\[[bracket]].',
      'A\ttab.',
      'A hard  \nbreak.',
      'A trailing space. ',
      'Setext\n===',
      'Setext\n---',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '~~struck~~',
      'www.example.org',
      'A call to nothing.[^missing]',
      'A call with [^a space].',
      '[^1]: - a list in a footnote\n\n[^1]',
      '[^1]: # a heading in a footnote\n\n[^1]',
      '[^1]:no space\n\n[^1]',
      '## Closed ##',
      '#Not a heading',
      '####### Seven',
      'A [label]: in a sentence.',
    ]) {
      expect(parsePlainMarkdown(markdown), markdown).toBeUndefined();
      // parseMarkdown then goes through remark: the same tree as full GFM.
      expect(parseMarkdown(markdown), markdown).toStrictEqual(full.parse(markdown));
    }
  });
});
