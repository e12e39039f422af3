/**
 * Parses an entry's Markdown body once (remark + GFM) and lists the
 * cross-links and citations in it with their positions. The same tree is
 * later transformed and rendered (see `render-entry.ts`): one parse per entry.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { scanInline, positionInText } from '../markdown/inline-syntax.ts';
import type { Position } from './types.ts';

export interface BodyLink {
  target: string;
  label?: string;
  raw: string;
  /** Position in the file (body line offset applied). */
  at: Position;
}

export interface BodyCitation {
  keys: string[];
  raw: string;
  at: Position;
}

export interface ParsedBody {
  tree: Root;
  links: BodyLink[];
  citations: BodyCitation[];
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses `body`, whose first line is line `bodyLine` of its file. */
export function parseBody(body: string, bodyLine: number): ParsedBody {
  const tree = parser.parse(body);
  const links: BodyLink[] = [];
  const citations: BodyCitation[] = [];
  visit(tree, 'text', (node: Text) => {
    const tokens = scanInline(node.value);
    if (tokens.length === 0) return;
    const start = node.position?.start ?? { line: 1, column: 1 };
    for (const token of tokens) {
      const local = positionInText(node.value, token.index, start);
      const at = { line: local.line + bodyLine - 1, column: local.column };
      if (token.type === 'link') {
        links.push({
          target: token.target,
          raw: token.raw,
          at,
          ...(token.label ? { label: token.label } : {}),
        });
      } else {
        citations.push({ keys: token.keys, raw: token.raw, at });
      }
    }
  });
  return { tree, links, citations };
}
