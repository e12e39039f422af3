/**
 * remark plugin: finds every entry link (made by `remark-entry-links.ts`)
 * with the sentence around it, what "Mentioned in" lists show on the linked
 * entry's page, and leaves them on the file (`file.data.mentions`). Runs
 * after the citations transform: citation marks are not part of a sentence.
 */
import type { Nodes, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { sentenceAround } from './sentence.ts';

export interface Mention {
  /** The entry linked to. */
  target: string;
  sentence: string;
}

declare module 'vfile' {
  interface DataMap {
    mentions: Mention[];
  }
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

export function remarkMentions() {
  return (tree: Root, file: VFile) => {
    file.data.mentions = collectMentions(tree);
  };
}

export function collectMentions(tree: Root): Mention[] {
  const mentions: Mention[] = [];
  const walkBlocks = (node: Nodes) => {
    if (BLOCKS.has(node.type)) {
      mentionsInBlock(node as Parent, mentions);
      return;
    }
    if ('children' in node) for (const child of node.children) walkBlocks(child);
  };
  walkBlocks(tree);
  return mentions;
}

function mentionsInBlock(block: Parent, out: Mention[]): void {
  let text = '';
  const spans: { target: string; start: number; end: number }[] = [];
  const walk = (node: Nodes) => {
    if (node.data && (node.data as { hName?: string }).hName === 'sup') return;
    if (node.type === 'text' || node.type === 'inlineCode') {
      text += node.value;
      return;
    }
    if (node.type === 'break') {
      text += ' ';
      return;
    }
    const entryId = node.type === 'link' ? (node.data as { entryId?: string } | undefined)?.entryId : undefined;
    const start = text.length;
    if ('children' in node) for (const child of node.children) walk(child);
    if (entryId) spans.push({ target: entryId, start, end: text.length });
  };
  for (const child of block.children) walk(child);
  for (const span of spans) out.push({ target: span.target, sentence: sentenceAround(text, span.start, span.end) });
}
