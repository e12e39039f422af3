/**
 * The limits of what a body may hold (src/markdown/body-limits.ts): a body
 * past one is an error at the place it passes it, read neither by the check
 * nor by the build, whose renderer never sees its tree; a body within them,
 * however odd, is read and rendered. No test here times anything: each
 * asserts the message and where it points.
 */
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/markdown/parse-body.ts';
import { BODY_LIMITS, deepestBlock } from '../../src/markdown/body-limits.ts';
import { readerThread } from '../../src/model/reader-thread.ts';
import type { ContentFile } from '../../src/entries/list-files.ts';
import { formatProblem } from '../../src/problems/problems.ts';
import type { Blockquote, Root } from 'mdast';
import { renderCase } from '../markdown/render-cases.ts';

/** The body starts on line 6 of its file, after five lines of front matter. */
const errors = (markdown: string) =>
  parseBody(markdown, 6)
    .notes.filter((n) => n.severity === 'error')
    .map((n) => `${n.at.line}:${n.at.column} ${n.message.code}`);

const staircase = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');

describe('nesting', () => {
  it.each([1000, 5000, 100_000])('refuses %i nested block quotes, at the quote that passes the limit', (depth) => {
    const body = parseBody(`${'> '.repeat(depth)}deep\n`, 6);
    expect(body.notes.map((n) => `${n.at.line}:${n.at.column} ${n.severity} ${n.message.message}`)).toEqual([
      '6:33 error block quotes and lists nest more than 16 deep here',
    ]);
    expect(body.tree.children).toEqual([]);
  });

  it.each([1000, 5000, 100_000])('refuses %i nested list items, written on one line or as a staircase', (depth) => {
    expect(errors(`${'- '.repeat(depth)}deep\n`)).toEqual(['6:33 body-too-deep']);
    // A staircase of n items is n² characters: 1,000 is enough.
    if (depth === 1000) expect(errors(staircase(depth))).toEqual(['22:33 body-too-deep']);
  });

  it('reads 16 levels, of quotes and lists mixed, and refuses 17', () => {
    const sixteen = `${'> - '.repeat(8)}deep`;
    expect(errors(sixteen)).toEqual([]);
    expect(renderCase(sixteen).html.match(/<blockquote>/g)).toHaveLength(8);
    expect(errors(`${'> - '.repeat(8)}> deep`)).toEqual(['6:33 body-too-deep']);
    expect(errors(staircase(16))).toEqual([]);
    expect(errors(staircase(17))).toEqual(['22:33 body-too-deep']);
  });

  it('holds the parsed tree to the limit, whatever the scan before made of it', () => {
    // 17 block quotes, one in another, as no scan of a body would let through.
    const quotes: Blockquote[] = [{ type: 'blockquote', children: [] }];
    for (let i = 1; i < 17; i++) quotes.push({ type: 'blockquote', children: [quotes[i - 1]!] });
    const tree: Root = { type: 'root', children: [quotes[16]!] };
    expect(deepestBlock(tree)).toBe(quotes[0]);
    expect(deepestBlock({ type: 'root', children: [quotes[15]!] })).toBeUndefined();
  });

  it('renders the deepest body the limits allow: 16 levels of blocks around 500 of emphasis', () => {
    const markdown = `${'> '.repeat(15)}- ${'*a _'.repeat(250)}x${'_ a*'.repeat(250)}`;
    expect(errors(markdown)).toEqual([]);
    expect(renderCase(markdown).html.match(/<em>/g)).toHaveLength(500);
  });

  it('gives the check and the build the same error, and the build nothing to render', () => {
    const text = `---\nname: Deep\nkind: person\nsummary: A person.\n---\n\n${'> '.repeat(5000)}deep\n`;
    const file: ContentFile = { file: 'actors/deep.md', kind: 'actor', id: 'deep', bytes: new TextEncoder().encode(text) };
    const thread = readerThread();
    const read = thread.handle({ type: 'read', files: [file] });
    expect(read.type === 'read' && read.reads[0]!.problems.map((p) => formatProblem(p))).toEqual([
      'content/actors/deep.md:7:33  error  block quotes and lists nest more than 16 deep here  (nest them at most 16 deep, each ">" and each list item inside another a level; until then the body is not read)',
    ]);
    // The body as this thread kept it, and as another thread reads it from its bytes.
    const job = { id: 'deep', story: false, links: {}, titles: {} };
    expect(thread.handle({ type: 'render', jobs: [job, { ...job, bytes: file.bytes }] })).toMatchObject({
      type: 'render',
      bodies: [{ html: '' }, { html: '' }],
    });
  });
});

describe('the size of paragraphs and the marks in them', () => {
  it('refuses a run of more than 16 backticks, at its start', () => {
    let runs = '';
    for (let k = 1; k <= 40; k++) runs += `${'`'.repeat(k)}${k % 8 === 0 ? '\n' : ' '}`;
    // Runs 1 to 16 fill two lines (8 each) and the 17th starts line 3.
    expect(errors(runs)).toEqual(['8:1 backtick-run-too-long']);
    expect(errors(`Code: \`\`\`\`\`\`\`\`\`\`\`\`\`\`\`\` x \`\`\`\`\`\`\`\`\`\`\`\`\`\`\`\`.`)).toEqual([]);
  });

  it('refuses 2 MB of backtick runs on one line as a paragraph too long, at its start', () => {
    let runs = '';
    for (let k = 1; runs.length < 2 * 1024 * 1024; k++) runs += `${'`'.repeat(k)} `;
    const body = parseBody(`Intro.\n\n${runs}\n`, 6);
    expect(body.notes.map((n) => `${n.at.line}:${n.at.column} ${n.message.message}`)).toEqual([
      '8:1 this paragraph is longer than 50,000 characters',
    ]);
  });

  it('refuses a paragraph of more than 50,000 characters, a heading or a table row too', () => {
    const words = 'word '.repeat(10_001);
    expect(errors(`Short.\n\n${words}`)).toEqual(['8:1 paragraph-too-long']);
    expect(errors(`## ${words}`)).toEqual(['6:1 paragraph-too-long']);
    expect(errors(`| a |\n|---|\n| ${words} |`)).toEqual(['8:1 paragraph-too-long']);
    // Paragraphs of 40,000 characters are fine, as many as there are.
    expect(errors(`${'word '.repeat(8000)}\n\n`.repeat(3))).toEqual([]);
  });

  it('refuses a paragraph of more than 1,000 marks, at the one past the limit', () => {
    expect(errors(`Text ${'['.repeat(1001)}`)).toEqual(['6:1006 paragraph-too-many-marks']);
    expect(errors(`${'*a '.repeat(999)}\n**`)).toEqual(['7:2 paragraph-too-many-marks']);
    expect(errors(`${'<a '.repeat(1000)}\n\n${'<a '.repeat(1000)}`)).toEqual([]);
    // Each table row counts on its own, as each list item does.
    expect(errors(`| a | b |\n|---|---|\n${'| [[cnn\\|CNN]] | [@cnn-report] |\n'.repeat(200)}`)).toEqual([]);
    expect(errors(`${'- [[cnn|CNN]] [@cnn-report]\n'.repeat(200)}`)).toEqual([]);
  });

  it('refuses a body of more than 50,000 marks, at the one past the limit', () => {
    const paragraph = '*_'.repeat(500);
    expect(errors(`${paragraph}\n\n`.repeat(50))).toEqual([]);
    expect(errors(`${`${paragraph}\n\n`.repeat(50)}_`)).toEqual(['106:1 body-too-many-marks']);
  });

  it('counts no marks in fenced or indented code', () => {
    expect(errors(`\`\`\`\n${'*_[]<`|\\'.repeat(10_000)}\n\`\`\`\n\n    ${'*'.repeat(2000)}\n`)).toEqual([]);
  });

  it('refuses more than 2,000 block quotes, list items, footnotes and underlined headings', () => {
    expect(errors('- item\n'.repeat(2000))).toEqual([]);
    expect(errors('- item\n'.repeat(2001))).toEqual(['2006:1 body-too-many-blocks']);
    expect(errors(`${'> quote\n\ntext\n\n'.repeat(1000)}${'Title\n===\n\n'.repeat(1000)}[^x]: note`)).toEqual([
      '7006:1 body-too-many-blocks',
    ]);
  });

  it('reads 2 MB of ordinary prose, links and citations without a word', () => {
    const paragraph = `${'The leaked documents described the state of the war in detail, according to the report. '.repeat(10)}[[CNN]] reported it. [@cnn-report]\n\n`;
    const body = parseBody(paragraph.repeat(Math.ceil((2 * 1024 * 1024) / paragraph.length)), 6);
    expect(body.notes).toEqual([]);
    expect(body.links.length).toBeGreaterThan(2000);
  });

  it('keeps the limits it documents', () => {
    expect(BODY_LIMITS).toEqual({
      nesting: 16,
      blocks: 2000,
      paragraph: 50_000,
      marksPerParagraph: 1000,
      marksPerBody: 50_000,
      backtickRun: 16,
    });
  });
});
