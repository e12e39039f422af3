/**
 * rehype plugin: takes the "Key questions" section (wrapped by
 * `remark-key-questions.ts`) out of a story's rendered tree, as cards: each
 * `###` question with the HTML of its answer, left on the file
 * (`file.data.keyQuestions`). The rest of the tree stays the story's overview.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';

/** The `##` heading in story.md whose `###` questions the home page shows as cards. */
export const KEY_QUESTIONS_HEADING = 'Key questions';

export interface KeyQuestionCard {
  id: string;
  question: string;
  html: string;
}

export interface KeyQuestions {
  /** The section heading's id and text ("Key questions"). */
  id: string;
  title: string;
  /** Anything between the heading and the first question. */
  intro: string;
  cards: KeyQuestionCard[];
}

const isElement = (node: RootContent | ElementContent, tag?: string): node is Element =>
  node.type === 'element' && (tag === undefined || node.tagName === tag);

declare module 'vfile' {
  interface DataMap {
    keyQuestions: KeyQuestions;
  }
}

export function rehypeKeyQuestions() {
  return (tree: Root, file: VFile) => {
    const taken = takeKeyQuestions(tree, (nodes) => nodes.map((n) => toHtml(n)).join('\n'));
    if (taken) file.data.keyQuestions = taken;
  };
}

/** Removes the section from `tree` and returns it; `stringify` renders nodes to HTML. */
export function takeKeyQuestions(tree: Root, stringify: (nodes: ElementContent[]) => string): KeyQuestions | undefined {
  const at = tree.children.findIndex(
    (node) => isElement(node, 'div') && ([] as unknown[]).concat(node.properties.className).includes('key-questions'),
  );
  if (at === -1) return undefined;
  const wrapper = tree.children[at] as Element;
  tree.children.splice(at, 1);
  // The whitespace that followed the section would start the overview.
  if (tree.children[at]?.type === 'text' && toString(tree.children[at]).trim() === '') tree.children.splice(at, 1);
  const children = wrapper.children.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
  const title = children[0] && isElement(children[0], 'h2') ? children[0] : undefined;
  const intro: ElementContent[] = [];
  const cards: { id: string; question: string; nodes: ElementContent[] }[] = [];
  for (const node of title ? children.slice(1) : children) {
    if (isElement(node, 'h3')) cards.push({ id: String(node.properties.id ?? ''), question: toString(node).trim(), nodes: [] });
    else (cards[cards.length - 1]?.nodes ?? intro).push(node);
  }
  return {
    id: String(title?.properties.id ?? 'key-questions'),
    title: title ? toString(title).trim() : 'Key questions',
    intro: stringify(intro),
    cards: cards.map((c) => ({ id: c.id, question: c.question, html: stringify(c.nodes) })),
  };
}
