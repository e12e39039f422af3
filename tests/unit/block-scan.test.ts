/**
 * The quick read of a body's blocks before it is parsed (src/markdown/block-scan.ts):
 * how deep its block quotes, list items and footnotes nest, line by line, as
 * the parsed tree has them, and where its paragraphs, headings and table
 * rows start.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes } from 'mdast';
import { scanBlocks } from '../../src/markdown/block-scan.ts';

const parser = unified().use(remarkParse).use(remarkGfm);
const NESTING = new Set(['blockquote', 'listItem', 'footnoteDefinition']);

/** The deepest nesting of the parsed tree. */
function treeDepth(node: Nodes, depth = 0): number {
  const level = depth + (NESTING.has(node.type) ? 1 : 0);
  return 'children' in node ? Math.max(level, ...node.children.map((c) => treeDepth(c, level))) : level;
}

function scan(markdown: string) {
  let depth = 0;
  const units: string[] = [];
  scanBlocks(markdown, {
    container: (_offset, d) => void (depth = Math.max(depth, d)),
    text: (start, end, opens) =>
      void (opens ? units.push(markdown.slice(start, end)) : (units[units.length - 1] += ` ${markdown.slice(start, end)}`)),
    underline: () => void units.push('(underline)'),
  });
  return { depth, units };
}

describe('scanBlocks', () => {
  it.each([
    ['> > > three quotes', 3],
    ['- a\n  - b\n    - c\n      > d', 4],
    ['> a\nlazy line\n> > b', 2],
    ['- item\n\n      code, not a list:\n      - x', 1],
    ['```\n> > > in a fence\n```\n> one', 1],
    ['<div>\n> > not a quote\n</div>\n\n> one', 1],
    ['text\n2) not a list\n- but this is', 1],
    ['* * *\n- - - x', 3],
    ['[^a]: > > a note holding quotes\n\n[^a]', 3],
    ['1. first\n   > quoted\n   > > deeper', 3],
    ['- a\n\t- tab-indented\n\t\t- and two tabs', 3],
  ])('reads %j as %i deep, as the tree has it', (markdown, depth) => {
    expect(treeDepth(parser.parse(markdown))).toBe(depth);
    expect(scan(markdown).depth).toBe(depth);
  });

  it('tells each paragraph, heading and table row from the lines that continue it', () => {
    expect(scan('One\ntwo\n\n# Head\nThree\n===\n| a | b |\n|---|---|\n| c | d |\n| e | f |\n\n- item\n  more\n- next').units).toEqual([
      'One two',
      '# Head',
      'Three',
      '(underline)',
      '| a | b |',
      '| c | d |',
      '| e | f |',
      'item more',
      'next',
    ]);
  });

  it('reads no code as text', () => {
    expect(scan('```js\n*code*\n```\n\n    indented\n\n~~~\nx\n~~~\nafter').units).toEqual(['after']);
  });
});
