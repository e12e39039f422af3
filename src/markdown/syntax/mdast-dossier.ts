/**
 * mdast nodes for Dossier's syntax (see `micromark-dossier.ts`), built from
 * its tokens with their positions in the source:
 *
 * - `wikiLink`: `[[target|label]]`, with `target` and `label` as written
 *   (trimmed; `\|` separates them as `|` does, for tables; a line ending
 *   inside, where a paragraph wraps, read as a space);
 * - `citation`: `[@a; @b]`, with its keys in order;
 * - `wikiLinkMalformed`: `[[` that opens no cross-link, as written.
 *
 * Each keeps `raw`, the source as written, for messages. They are leaves:
 * the transforms (`remark-entry-links.ts`, `remark-citations.ts`) turn them
 * into links or text before HTML is made.
 */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Literal } from 'mdast';

export interface WikiLink extends Literal {
  type: 'wikiLink';
  /** The source as written, e.g. `[[cnn|CNN]]`. */
  value: string;
  /** What the link names: an id, a name, a title or an alias. */
  target: string;
  /** The text to show instead of the entry's name, if given. */
  label?: string;
}

export interface Citation extends Literal {
  type: 'citation';
  /** The source as written, e.g. `[@a; @b]`. */
  value: string;
  /** The cited source ids, in order. */
  keys: string[];
}

export interface WikiLinkMalformed extends Literal {
  type: 'wikiLinkMalformed';
  /** The source as written, up to its matching `]]` or the end of the line. */
  value: string;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    wikiLink: WikiLink;
    citation: Citation;
    wikiLinkMalformed: WikiLinkMalformed;
  }
  interface RootContentMap {
    wikiLink: WikiLink;
    citation: Citation;
    wikiLinkMalformed: WikiLinkMalformed;
  }
}

/** Splits the text between `[[` and `]]` at its first `|` (or `\|`). */
export function splitWikiLink(inner: string): { target: string; label?: string } {
  const bar = inner.indexOf('|');
  if (bar === -1) return { target: inner.trim() };
  const target = inner.slice(0, inner[bar - 1] === '\\' ? bar - 1 : bar).trim();
  const label = inner.slice(bar + 1).trim();
  return label ? { target, label } : { target };
}

/** The keys of `[@a; @b]`, in order. */
function citationKeys(raw: string): string[] {
  return raw
    .slice(1, -1)
    .split(';')
    .map((k) => k.trim().replace(/^@/, ''))
    .filter((k) => k.length > 0);
}

function enterLeaf(this: CompileContext, type: 'wikiLink' | 'citation' | 'wikiLinkMalformed', token: Token) {
  const node =
    type === 'wikiLink' ? { type, value: '', target: '' } : type === 'citation' ? { type, value: '', keys: [] } : { type, value: '' };
  this.enter(node, token);
}

/** A line ending in a link, with the spaces around it, as the space it stands for. */
const LINE_ENDING = /[ \t]*(?:\r\n|\r|\n)[ \t]*/g;

function exitLeaf(this: CompileContext, token: Token) {
  const node = this.stack[this.stack.length - 1] as WikiLink | Citation | WikiLinkMalformed;
  // A cross-link broken over lines (a wrapped paragraph) reads, and is reported, on one.
  const raw = this.sliceSerialize(token).replace(LINE_ENDING, ' ');
  node.value = raw;
  if (node.type === 'wikiLink') Object.assign(node, splitWikiLink(raw.slice(2, -2)));
  if (node.type === 'citation') node.keys = citationKeys(raw);
  this.exit(token);
}

/** The from-markdown extension: one leaf node per token. */
export function dossierFromMarkdown(): Extension {
  return {
    enter: {
      wikiLink(token) {
        enterLeaf.call(this, 'wikiLink', token);
      },
      citation(token) {
        enterLeaf.call(this, 'citation', token);
      },
      wikiLinkMalformed(token) {
        enterLeaf.call(this, 'wikiLinkMalformed', token);
      },
    },
    exit: { wikiLink: exitLeaf, citation: exitLeaf, wikiLinkMalformed: exitLeaf },
  };
}
