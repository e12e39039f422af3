/**
 * remark plugin: turns `[@source-id]` and `[@a; @b]` into numbered citation
 * marks linking to the page's reference list (`#ref-N`). Numbers are given
 * by the caller in order of first citation, so the reference list and the
 * marks agree.
 *
 * A link can't hold a link: a citation written inside a link's text is moved
 * to just after the link, so the reference still shows and still counts.
 */
import type { Root, Text, PhrasingContent, Parent } from 'mdast';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { scanInline, type CitationToken } from './inline-syntax.ts';

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
    /** One `<sup>` of marks for a `[@a; @b]` group; a key repeated in a group is marked once. */
    const marksFor = (token: CitationToken): PhrasingContent => {
      const marks = [...new Set(token.keys)].map((key): PhrasingContent => {
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
      return { type: 'emphasis', children: marks, data: { hName: 'sup', hProperties: { className: ['citations'] } } };
    };

    visitParents(tree, 'text', (node: Text, ancestors) => {
      const parent = ancestors[ancestors.length - 1];
      if (!parent) return;
      const tokens = scanInline(node.value).filter((t): t is CitationToken => t.type === 'cite');
      if (tokens.length === 0) return;
      const pieces: PhrasingContent[] = [];
      const sups: PhrasingContent[] = [];
      let last = 0;
      for (const token of tokens) {
        const before = node.value.slice(last, token.index).replace(/[ \t]+$/, '');
        if (before) pieces.push({ type: 'text', value: before });
        const sup = marksFor(token);
        pieces.push(sup);
        sups.push(sup);
        last = token.index + token.raw.length;
      }
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });

      const linkAt = ancestors.findIndex((a) => a.type === 'link' || a.type === 'linkReference');
      if (linkAt > 0) {
        // Keep the link's text, without the citations; put the marks after the link.
        node.value = pieces.map((p) => (p.type === 'text' ? p.value : '')).join('').replace(/[ \t]+$/, '');
        const link = ancestors[linkAt]!;
        const holder = ancestors[linkAt - 1] as Parent;
        holder.children.splice(holder.children.indexOf(link as never) + 1, 0, ...(sups as never[]));
        return;
      }
      const siblings = (parent as { children: PhrasingContent[] }).children;
      const index = siblings.indexOf(node);
      siblings.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}
