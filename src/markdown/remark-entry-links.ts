/**
 * remark plugin: turns cross-links (`wikiLink` nodes: `[[target]]`,
 * `[[target|label]]`) into links to entries. Resolution is the caller's (the
 * corpus index), so the plugin stays a pure transform that tests can drive
 * with a stub. A label is read as Markdown (`label-phrasing.ts`): `*CNN*`
 * shows in italics. A cross-link that resolves to nothing shows as marked text
 * (the build refuses it; `npm run dev` shows it), and one inside a link
 * stays text, since a link can't hold a link.
 */
import type { Link, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { WikiLink } from './syntax/mdast-dossier.ts';
import { labelPhrasing } from './label-phrasing.ts';

export interface EntryLinkTarget {
  id: string;
  href: string;
  /** The entry's name or title, shown when the link has no label of its own. */
  name: string;
  kind: string;
}

export interface RemarkEntryLinksOptions {
  /** Resolves link text to an entry, or undefined when it names none. */
  resolve: (target: string) => EntryLinkTarget | undefined;
}

/** Marks a link node as an entry link, for later steps (mentions, previews). */
export interface EntryLinkData {
  entryId: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `remarkEntryLinks`: the id of every entry the body links to, in order, once each. */
    entryLinks: string[];
  }
}

export function remarkEntryLinks(options: RemarkEntryLinksOptions) {
  const replacement = (node: WikiLink, inLink: boolean): PhrasingContent => {
    if (inLink) return { type: 'text', value: node.value };
    const target = node.target === '' ? undefined : options.resolve(node.target);
    if (!target) {
      return {
        type: 'emphasis',
        children: [{ type: 'text', value: node.value }],
        data: { hName: 'span', hProperties: { className: ['broken-link'] } },
      };
    }
    const link: Link = {
      type: 'link',
      url: target.href,
      children: node.label ? labelPhrasing(node.label) : [{ type: 'text', value: node.target === target.id ? target.name : node.target }],
      data: { hProperties: { className: ['entry-link'], dataKind: target.kind }, entryId: target.id } as Link['data'],
    };
    return link;
  };
  return (tree: Root, file: VFile) => {
    const linked = new Set<string>();
    visitParents(tree, 'wikiLink', (node, ancestors) => {
      const parent = ancestors[ancestors.length - 1] as { children: PhrasingContent[] } | undefined;
      if (!parent) return;
      const inLink = ancestors.some((a) => a.type === 'link' || a.type === 'linkReference');
      const index = parent.children.indexOf(node);
      const made = replacement(node, inLink);
      if (made.type === 'link') linked.add((made.data as EntryLinkData).entryId);
      parent.children[index] = made;
      return [SKIP, index + 1];
    });
    file.data.entryLinks = [...linked];
  };
}
