/**
 * remark plugin: turns citations (`citation` nodes: `[@source-id]`,
 * `[@a; @b]`) into numbered marks linking to the page's reference list
 * (`#ref-N`). Sources are numbered in order of first citation, in the order
 * the tree is read; the numbers and each mark's id are left on the file
 * (`file.data.citations`) for the reference list, which links back to them.
 *
 * A link can't hold a link: a citation written inside a link's text is moved
 * to just after the link, so the reference still shows and still counts.
 */
import type { Parent, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { Citation } from './syntax/mdast-dossier.ts';

export interface RemarkCitationsOptions {
  /** The title of a cited source (what a screen reader announces), or undefined for an unknown key. */
  sourceTitle: (key: string) => string | undefined;
  /** What a screen reader hears for a mark, from its number and its source's title (the story's language). */
  label?: (number: number, title: string) => string;
}

/** A cited source on a page: its number and the ids of its marks, in order. */
export interface PageCitation {
  key: string;
  number: number;
  marks: string[];
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `remarkCitations`: every source the body cites, in order of first citation. */
    citations: PageCitation[];
  }
}

/** The id of a citation mark; the reference list links back to it. */
export function citationMarkId(number: number, occurrence: number): string {
  return `cite-${number}-${occurrence}`;
}

export function remarkCitations(options: RemarkCitationsOptions) {
  const label = options.label ?? ((number: number, title: string) => `Reference ${number}: ${title}`);
  return (tree: Root, file: VFile) => {
    const cited = new Map<string, PageCitation>();
    /** How many marks have been moved after each link so far, so they keep their order. */
    const movedAfter = new Map<unknown, number>();
    /** One `<sup>` of marks for a `[@a; @b]` group; a key repeated in a group is marked once. */
    const marksFor = (node: Citation): PhrasingContent => {
      const keys = [...new Set(node.keys)];
      // Numbered in the order written, shown in number order: "[2][3][4]", never "[3][4][2]".
      for (const key of keys) {
        if (options.sourceTitle(key) !== undefined && !cited.has(key)) cited.set(key, { key, number: cited.size + 1, marks: [] });
      }
      const number = (key: string) => cited.get(key)?.number ?? Number.POSITIVE_INFINITY;
      keys.sort((a, b) => number(a) - number(b));
      const marks = keys.map((key): PhrasingContent => {
        const title = options.sourceTitle(key);
        if (title === undefined) {
          return {
            type: 'emphasis',
            children: [{ type: 'text', value: `@${key}` }],
            data: { hName: 'span', hProperties: { className: ['broken-link'] } },
          };
        }
        const citation = cited.get(key)!;
        const id = citationMarkId(citation.number, citation.marks.length + 1);
        citation.marks.push(id);
        return {
          type: 'link',
          url: `#ref-${citation.number}`,
          children: [{ type: 'text', value: `[${citation.number}]` }],
          data: { hProperties: { id, className: ['citation'], ariaLabel: label(citation.number, title) } },
        };
      });
      return { type: 'emphasis', children: marks, data: { hName: 'sup', hProperties: { className: ['citations'] } } };
    };

    visitParents(tree, 'citation', (node, ancestors) => {
      const parent = ancestors[ancestors.length - 1] as Parent | undefined;
      if (!parent) return;
      const sup = marksFor(node);
      const index = parent.children.indexOf(node);
      // The mark sits against the word before it: "…authentic.[1]", not "…authentic. [1]".
      const before = parent.children[index - 1];
      if (before?.type === 'text') before.value = before.value.replace(/[ \t]+$/, '');
      const linkAt = ancestors.findIndex((a) => a.type === 'link' || a.type === 'linkReference');
      if (linkAt > 0) {
        // Keep the link's text, without the citation; put the marks after the link.
        parent.children.splice(index, 1);
        const link = ancestors[linkAt]!;
        const holder = ancestors[linkAt - 1] as Parent;
        const linkIndex = holder.children.indexOf(link as never);
        const last = link as Parent;
        const tail = last.children[last.children.length - 1];
        if (tail?.type === 'text') tail.value = tail.value.replace(/[ \t]+$/, '');
        const moved = movedAfter.get(link) ?? 0;
        holder.children.splice(linkIndex + 1 + moved, 0, sup as never);
        movedAfter.set(link, moved + 1);
        return [SKIP, index];
      }
      // …and stays on its line: the last word and the marks in one unbreakable span.
      const word = before?.type === 'text' ? /\S+$/.exec(before.value) : null;
      if (before?.type === 'text' && word) {
        before.value = before.value.slice(0, word.index);
        const kept: PhrasingContent = {
          type: 'emphasis',
          children: [{ type: 'text', value: word[0] }, sup],
          data: { hName: 'span', hProperties: { className: ['nowrap'] } },
        };
        if (before.value === '') parent.children.splice(index - 1, 2, kept as never);
        else parent.children[index] = kept;
        return [SKIP, index + 1];
      }
      if (before && before.type !== 'text' && before.type !== 'break') {
        // After **bold** or `code`: that and the marks together.
        const kept: PhrasingContent = {
          type: 'emphasis',
          children: [before as PhrasingContent, sup],
          data: { hName: 'span', hProperties: { className: ['nowrap'] } },
        };
        parent.children.splice(index - 1, 2, kept as never);
        return [SKIP, index];
      }
      parent.children[index] = sup;
      return [SKIP, index + 1];
    });
    file.data.citations = [...cited.values()];
  };
}
