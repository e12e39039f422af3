/**
 * remark plugin: moves a story's "Key questions" section (a `##` heading and
 * everything up to the next `##`) to the front of the body and wraps it in
 * `<div class="key-questions">`, so the home page can show its `###`
 * questions as cards right under the short answer (see `key-questions.ts`).
 * Moving it before the other transforms run keeps citation numbers in the
 * order readers meet them.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface RemarkKeyQuestionsOptions {
  /** The heading's text, matched ignoring case and spacing: `Key questions`, or several (English and the story's language). */
  heading: string | readonly string[];
}

const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export function remarkKeyQuestions(options: RemarkKeyQuestionsOptions) {
  const headings = new Set((typeof options.heading === 'string' ? [options.heading] : options.heading).map(key));
  return (tree: Root) => {
    const start = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && headings.has(key(toString(node))));
    if (start === -1) return;
    let end = start + 1;
    while (end < tree.children.length && !isSectionEnd(tree.children[end]!)) end++;
    const section = tree.children.splice(start, end - start);
    const wrapper = {
      type: 'keyQuestions',
      children: section,
      data: { hName: 'div', hProperties: { className: ['key-questions'] } },
    } as unknown as RootContent;
    tree.children.unshift(wrapper);
  };
}

function isSectionEnd(node: RootContent): boolean {
  return node.type === 'heading' && node.depth <= 2;
}
