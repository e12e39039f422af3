/**
 * remark plugin: what in a body the page will not show as written, reported
 * on the file (`file.message`) at the node's position, as lint plugins do:
 *
 * - raw HTML (dropped from the page; an HTML comment is dropped silently);
 * - links to URLs other than http(s) and mailto, which sanitizing removes
 *   (images are pictures, checked by `remark-figures.ts`);
 * - a cross-link inside a `[text](url)` link, which stays text;
 * - `[[` that opens no cross-link (`wikiLinkMalformed`): an error.
 *
 * Each message carries Dossier's `code` as its `ruleId`, the hint as its
 * `note`, and `fatal: true` when it is an error (`bodyNotes` reads them back).
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Point } from 'unist';
import { messages, type Message } from '../problems/messages.ts';
import type { Severity } from '../problems/problems.ts';
import './syntax/mdast-dossier.ts';

/** An HTML comment is the usual way to leave a note in Markdown: dropping it is expected. */
const COMMENT = /^<!--[\s\S]*-->$/;
const SAFE_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/**
 * The protocol of a URL, lowercased, or undefined for a relative URL: the
 * same reading rehype-sanitize makes (a colon before any `/`, `?` or `#`).
 */
export function urlProtocol(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon === -1) return undefined;
  for (const stop of ['/', '?', '#']) {
    const at = url.indexOf(stop);
    if (at !== -1 && at < colon) return undefined;
  }
  return url.slice(0, colon).trim().toLowerCase();
}

/** Adds a Dossier message to `file`, at `node` or at a point of the body. */
export function report(file: VFile, at: Nodes | Point, severity: Severity, message: Message): void {
  const place = 'type' in at ? at.position : at;
  const note = file.message(message.message, { place, ruleId: message.code, source: 'dossier' });
  note.fatal = severity === 'error';
  if (message.hint) note.note = message.hint;
}

export function remarkBodyChecks() {
  return (tree: Root, file: VFile) => {
    const walk = (node: Nodes, inLink: boolean) => {
      switch (node.type) {
        case 'html':
          if (!COMMENT.test(node.value.trim())) report(file, node, 'warning', messages.rawHtml(node.value));
          return;
        case 'link':
        case 'definition': {
          const protocol = urlProtocol(node.url);
          if (protocol !== undefined && !(SAFE_PROTOCOLS as readonly string[]).includes(protocol)) {
            report(file, node, 'warning', messages.unsafeUrl(node.url, SAFE_PROTOCOLS));
          }
          break;
        }
        case 'wikiLink':
          if (inLink) report(file, node, 'warning', messages.linkInLink(node.value));
          return;
        case 'wikiLinkMalformed':
          report(file, node, 'error', messages.linkMalformed(node.value));
          return;
      }
      if (!('children' in node)) return;
      const within = inLink || node.type === 'link' || node.type === 'linkReference';
      for (const child of node.children) walk(child, within);
    };
    walk(tree, false);
  };
}
