/**
 * The limits of what a body may hold, so that no body costs more than linear
 * time to read and none makes a tree too deep to walk. Markdown's parser
 * (micromark) does some of its work per line for every open block quote or
 * list, some per container or underlined heading for the whole body read so
 * far, and some per mark for the whole paragraph. Measured on this machine:
 * 512 KB of backtick runs ("` `` ``` …") took 9 s, 16,000 block quotes in
 * 2 MB 70 s, 16,000 underlined headings 128 s, and 5,000 nested block quotes
 * overflowed the stack. Within these limits the slowest 2 MB bodies we found
 * (block quotes 16 deep on every line, 350,000 bare web addresses) are read
 * in about 6 s, 2 MB of prose in about 1 s: more per byte, never more than
 * in proportion.
 *
 * `findLimitBreach` measures a body before it is parsed, in one pass
 * (`block-scan.ts`), and gives the first limit it passes; the body is then
 * not parsed. `deepestBlock` holds the parsed tree to the nesting limit,
 * exactly; a tree too deep is not rendered.
 * The limits are documented in docs/content.md ("Limits").
 */
import type { Nodes, Root } from 'mdast';
import { scanBlocks } from './block-scan.ts';
import { messages, type Message } from '../problems/messages.ts';

export const BODY_LIMITS = {
  /** Block quotes, list items and footnote definitions, one inside another. */
  nesting: 16,
  /** Block quotes, list items, footnote definitions and underlined (setext) headings in one body. */
  blocks: 2000,
  /** Characters of one paragraph, heading or table row. */
  paragraph: 50_000,
  /** Marks (`MARKS`) in one paragraph, heading or table row... */
  marksPerParagraph: 1000,
  /** ...and in the whole body. */
  marksPerBody: 50_000,
  /** Backticks in a row. */
  backtickRun: 16,
} as const;

/** The marks whose parsing costs the most: emphasis, code, links, HTML and autolinks, escapes, table cells. */
/**
 * How deep the scan lets a body nest before it refuses it unparsed: twice the
 * limit, since the scan's depth can differ from the tree's by a few levels;
 * the parsed tree is then held to the limit itself (`deepestBlock`).
 */
const SCAN_NESTING = 2 * BODY_LIMITS.nesting;

const MARKS = new Set(['*', '_', '~', '`', '[', ']', '<', '\\', '|'].map((c) => c.charCodeAt(0)));
const BACKTICK = 96;

/** A limit a body passes, and where (an offset in the body). */
export interface LimitBreach {
  offset: number;
  message: Message;
}

/** The first limit `body` passes, or undefined when it keeps to all of them. */
export function findLimitBreach(body: string): LimitBreach | undefined {
  let breach: LimitBreach | undefined;
  const stop = (offset: number, message: Message) => {
    breach = { offset, message };
    return true;
  };
  let blocks = 0;
  let paragraphStart = 0;
  let paragraphLength = 0;
  let paragraphMarks = 0;
  let bodyMarks = 0;
  /** Where the container open at each depth opened: a body too deep is reported where it passes the limit. */
  const opened: number[] = [];
  const block = (offset: number) => ++blocks > BODY_LIMITS.blocks && stop(offset, messages.bodyTooManyBlocks(BODY_LIMITS.blocks));
  scanBlocks(body, {
    container(offset, depth) {
      opened[depth] = offset;
      if (depth > SCAN_NESTING) return stop(opened[BODY_LIMITS.nesting + 1]!, messages.bodyTooDeep(BODY_LIMITS.nesting));
      return block(offset);
    },
    underline: block,
    text(start, end, opens) {
      if (opens) {
        paragraphStart = start;
        paragraphLength = 0;
        paragraphMarks = 0;
      }
      paragraphLength += end - start + 1;
      if (paragraphLength > BODY_LIMITS.paragraph) return stop(paragraphStart, messages.paragraphTooLong(BODY_LIMITS.paragraph));
      let run = 0;
      for (let i = start; i < end; i++) {
        const code = body.charCodeAt(i);
        if (code === BACKTICK) {
          if (++run > BODY_LIMITS.backtickRun) return stop(i - run + 1, messages.backtickRunTooLong(BODY_LIMITS.backtickRun));
        } else run = 0;
        if (!MARKS.has(code)) continue;
        if (++paragraphMarks > BODY_LIMITS.marksPerParagraph)
          return stop(i, messages.tooManyMarks(BODY_LIMITS.marksPerParagraph, 'paragraph'));
        if (++bodyMarks > BODY_LIMITS.marksPerBody) return stop(i, messages.tooManyMarks(BODY_LIMITS.marksPerBody, 'body'));
      }
      return false;
    },
  });
  return breach;
}

const NESTING = new Set(['blockquote', 'listItem', 'footnoteDefinition']);

/**
 * The first node of `tree` nested deeper than the limit (block quotes, list
 * items and footnote definitions), walked without recursion.
 */
export function deepestBlock(tree: Root): Nodes | undefined {
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const level = depth + (NESTING.has(node.type) ? 1 : 0);
    if (level > BODY_LIMITS.nesting) return node;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, depth: level });
  }
  return undefined;
}
