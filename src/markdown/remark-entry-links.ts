/**
 * remark plugin: turns `[[target]]` and `[[target|label]]` in text into links
 * to entries. Resolution is the caller's (the corpus index), so the plugin
 * stays a pure text-to-link transform that tests can drive with a stub.
 */
import type { Root, Text, PhrasingContent, Link } from 'mdast';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { scanInline } from './inline-syntax.ts';

export interface EntryLinkTarget {
  id: string;
  href: string;
  /** The entry's name or title, shown when the link has no label of its own. */
  name: string;
  kind: string;
}

export interface RemarkEntryLinksOptions {
  /** Resolves link text to an entry, or undefined when it names none. */
  resolve(target: string): EntryLinkTarget | undefined;
}

/** Marks a link node as an entry link, for later steps (mentions, previews). */
export interface EntryLinkData {
  entryId: string;
}

export function remarkEntryLinks(options: RemarkEntryLinksOptions) {
  return (tree: Root) => {
    visitParents(tree, 'text', (node: Text, ancestors) => {
      const parent = ancestors[ancestors.length - 1];
      // A link can't hold a link: leave `[[x]]` as text inside `[...](url)`.
      if (!parent || ancestors.some((a) => a.type === 'link' || a.type === 'linkReference')) return;
      const tokens = scanInline(node.value).filter((t) => t.type === 'link');
      if (tokens.length === 0) return;
      const replacement: PhrasingContent[] = [];
      let last = 0;
      for (const token of tokens) {
        if (token.type !== 'link') continue;
        if (token.index > last) replacement.push({ type: 'text', value: node.value.slice(last, token.index) });
        const target = token.target === '' ? undefined : options.resolve(token.target);
        if (target) {
          const link: Link = {
            type: 'link',
            url: target.href,
            children: [{ type: 'text', value: token.label ?? (token.target === target.id ? target.name : token.target) }],
            data: { hProperties: { className: ['entry-link'], dataKind: target.kind }, entryId: target.id } as Link['data'],
          };
          replacement.push(link);
        } else {
          // Unresolved links fail the build; in `npm run dev` they show as marked text.
          replacement.push({
            type: 'emphasis',
            children: [{ type: 'text', value: token.raw }],
            data: { hName: 'span', hProperties: { className: ['broken-link'] } },
          });
        }
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
