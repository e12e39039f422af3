/**
 * Dossier's own Markdown syntax (src/markdown/syntax/): `[[target|label]]`
 * and `[@a; @b]` read as nodes with their positions, `[[` that opens no
 * cross-link read as one malformed node, and everything else left to
 * Markdown, GFM included.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes } from 'mdast';
import { remarkDossierSyntax } from '../../src/markdown/syntax/remark-dossier-syntax.ts';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDossierSyntax);

/** Every node of the tree, as `type value @line:column`, Dossier's with what they hold. */
function nodes(markdown: string): string[] {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    const at = node.position ? ` @${node.position.start.line}:${node.position.start.column}` : '';
    if (node.type === 'wikiLink')
      out.push(`wikiLink ${JSON.stringify(node.target)}${node.label ? ` label ${JSON.stringify(node.label)}` : ''}${at}`);
    else if (node.type === 'citation') out.push(`citation ${node.keys.join(',')}${at}`);
    else if (node.type === 'wikiLinkMalformed') out.push(`wikiLinkMalformed ${JSON.stringify(node.value)}${at}`);
    else if (node.type === 'link') out.push(`link ${node.url}${at}`);
    else if (node.type === 'inlineCode') out.push(`inlineCode ${JSON.stringify(node.value)}`);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(processor.parse(markdown));
  return out;
}

describe("Dossier's syntax in remark", () => {
  it('reads cross-links with their target, label and position', () => {
    expect(nodes('See [[cnn|the network]] and [[ The Pentagon ]].')).toEqual([
      'wikiLink "cnn" label "the network" @1:5',
      'wikiLink "The Pentagon" @1:29',
    ]);
  });

  it('reads citations, one key or several, spaces or none, a trailing semicolon allowed', () => {
    expect(nodes('A [@a] B [@a; @b] C [@a;@b;]')).toEqual(['citation a @1:3', 'citation a,b @1:10', 'citation a,b @1:21']);
  });

  it('leaves what is not a citation to Markdown: `[@ x]`, `[@]`, and a link `[@a](url)`', () => {
    expect(nodes('[@ x] [@] [@a](https://example.org/)')).toEqual(['link https://example.org/ @1:11']);
  });

  it('reads `[[` that opens no cross-link as one malformed node, to its matching brackets or the end of the line', () => {
    expect(nodes('See [[a [b] c]], [[cnn for more.\nNext line.')).toEqual([
      'wikiLinkMalformed "[[a [b] c]]" @1:5',
      'wikiLinkMalformed "[[cnn for more." @1:18',
    ]);
  });

  it('keeps cross-links and citations in code as code', () => {
    expect(nodes('`[[cnn]] [@a]`')).toEqual(['inlineCode "[[cnn]] [@a]"']);
  });

  it('reads `[[id\\|label]]` in a table cell, where `|` separates the cells', () => {
    expect(nodes('| who |\n|---|\n| [[cnn\\|CNN]] |')).toEqual(['wikiLink "cnn" label "CNN" @3:3']);
    expect(nodes('| who | what |\n|---|---|\n| [[cnn|CNN]] | x |')).toEqual(['wikiLinkMalformed "[[cnn" @3:3']);
  });

  it('reads them inside links, emphasis, headings and footnotes', () => {
    expect(nodes('## On [[a]]\n\n*[[b]]* [x [[c]] y](https://example.org/)[^1]\n\n[^1]: [[d]] [@e]')).toEqual([
      'wikiLink "a" @1:7',
      'wikiLink "b" @3:2',
      'link https://example.org/ @3:9',
      'wikiLink "c" @3:12',
      'wikiLink "d" @5:7',
      'citation e @5:13',
    ]);
  });
});
