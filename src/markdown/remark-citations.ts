/**
 * remark plugin: turns `[@source-id]` and `[@a; @b]` into numbered citation
 * marks linking to the page's reference list (`#ref-N`). Numbers are given
 * by the caller in order of first citation, so the reference list and the
 * marks agree.
 */
import type { Root, Text, PhrasingContent } from 'mdast';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { scanInline } from './inline-syntax.ts';

export interface CitedSource {
  /** The reference number on this page. */
  number: number;
  /** What a screen reader announces, e.g. the source's title. */
  title: string;
}

export interface RemarkCitationsOptions {
  /** Numbers a cited key, or undefined for an unknown key. */
  cite(key: string): CitedSource | undefined;
}

/** The id of a citation mark; the reference list links back to it. */
export function citationMarkId(number: number, occurrence: number): string {
  return `cite-${number}-${occurrence}`;
}

export function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root) => {
    const seen = new Map<number, number>();
    visitParents(tree, 'text', (node: Text, ancestors) => {
      const parent = ancestors[ancestors.length - 1];
      if (!parent || ancestors.some((a) => a.type === 'link' || a.type === 'linkReference')) return;
      const tokens = scanInline(node.value).filter((t) => t.type === 'cite');
      if (tokens.length === 0) return;
      const replacement: PhrasingContent[] = [];
      let last = 0;
      for (const token of tokens) {
        if (token.type !== 'cite') continue;
        const before = node.value.slice(last, token.index).replace(/[ \t]+$/, '');
        if (before) replacement.push({ type: 'text', value: before });
        const marks: PhrasingContent[] = token.keys.map((key) => {
          const cited = options.cite(key);
          if (!cited) {
            return { type: 'emphasis', children: [{ type: 'text', value: `@${key}` }], data: { hName: 'span', hProperties: { className: ['broken-link'] } } };
          }
          const occurrence = (seen.get(cited.number) ?? 0) + 1;
          seen.set(cited.number, occurrence);
          return {
            type: 'link',
            url: `#ref-${cited.number}`,
            children: [{ type: 'text', value: `[${cited.number}]` }],
            data: {
              hProperties: {
                id: citationMarkId(cited.number, occurrence),
                className: ['citation'],
                ariaLabel: `Reference ${cited.number}: ${cited.title}`,
              },
            },
          };
        });
        replacement.push({ type: 'emphasis', children: marks, data: { hName: 'sup', hProperties: { className: ['citations'] } } });
        last = token.index + token.raw.length;
      }
      if (last < node.value.length) replacement.push({ type: 'text', value: node.value.slice(last) });
      const siblings = (parent as { children: PhrasingContent[] }).children;
      const index = siblings.indexOf(node);
      siblings.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
