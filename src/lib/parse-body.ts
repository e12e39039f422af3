/**
 * Parses an entry's Markdown body once (remark + GFM) and lists the
 * cross-links and citations in it with their positions, and what the page
 * will leave out (raw HTML, links that are not http(s)). The same tree is
 * later transformed and rendered (see `render-entry.ts`): one parse per entry.
 */
import { parseMarkdown } from './parse-markdown.ts';
import type { Root, Text, Nodes } from 'mdast';
import { scanInline } from '../markdown/inline-syntax.ts';
import { lineLocator } from './front-matter.ts';
import { messages, type Message } from './messages.ts';
import type { Position, Severity } from './types.ts';

export interface BodyLink {
  target: string;
  label?: string;
  raw: string;
  /** Position in the file (body line offset applied). */
  at: Position;
}

export interface BodyCitation {
  keys: string[];
  raw: string;
  at: Position;
}

/** Something in the body the page will not show as written. */
export interface BodyNote {
  severity: Severity;
  at: Position;
  message: Message;
}

export interface ParsedBody {
  tree: Root;
  links: BodyLink[];
  citations: BodyCitation[];
  notes: BodyNote[];
}

/** An HTML comment is the usual way to leave a note in Markdown: dropping it is expected. */
const COMMENT = /^<!--[\s\S]*-->$/;
const SAFE_PROTOCOLS: Record<string, readonly string[]> = { link: ['http', 'https', 'mailto'], image: ['http', 'https'] };

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

/** Parses `body`, whose first line is line `bodyLine` of its file. */
export function parseBody(body: string, bodyLine: number): ParsedBody {
  const tree = parseMarkdown(body);
  const links: BodyLink[] = [];
  const citations: BodyCitation[] = [];
  const notes: BodyNote[] = [];
  let locate: ((offset: number) => Position) | undefined;
  const at = (offset: number): Position => (locate ??= lineLocator(body, bodyLine))(offset);
  const startOf = (node: Nodes): Position => at(node.position?.start.offset ?? 0);

  walk(tree, false, (node, inLink) => {
    if (node.type === 'html') {
      if (!COMMENT.test(node.value.trim())) notes.push({ severity: 'warning', at: startOf(node), message: messages.rawHtml(node.value) });
      return;
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const protocol = urlProtocol(node.url);
      const allowed = SAFE_PROTOCOLS[node.type === 'image' ? 'image' : 'link']!;
      if (protocol !== undefined && !allowed.includes(protocol)) {
        notes.push({ severity: 'warning', at: startOf(node), message: messages.unsafeUrl(node.url, allowed) });
      }
      return;
    }
    if (node.type !== 'text') return;
    const tokens = scanInline(node.value);
    const offsets = tokenOffsets(body, node, tokens);
    tokens.forEach((token, i) => {
      const where = at(offsets[i]!);
      if (token.type === 'cite') {
        citations.push({ keys: token.keys, raw: token.raw, at: where });
      } else if (inLink) {
        notes.push({ severity: 'warning', at: where, message: messages.linkInLink(token.raw) });
      } else {
        links.push({ target: token.target, raw: token.raw, at: where, ...(token.label ? { label: token.label } : {}) });
      }
    });
    for (const stray of strayOpenings(node.value, tokens)) {
      notes.push({ severity: 'error', at: at(offsetInSource(body, node, stray.index, stray.raw)), message: messages.linkMalformed(stray.raw) });
    }
  });
  return { tree, links, citations, notes };
}

/**
 * Visits every node of a tree, parents before children, saying whether it is
 * inside a link: what `unist-util-visit-parents` gives, without an array of
 * ancestors for each node (what most of its time went to).
 */
function walk(node: Nodes, inLink: boolean, visit: (node: Nodes, inLink: boolean) => void): void {
  visit(node, inLink);
  if (!('children' in node)) return;
  const within = inLink || node.type === 'link' || node.type === 'linkReference';
  for (const child of node.children) walk(child, within, visit);
}

/**
 * Where each token is in the body's source. A text node's value is its source
 * with escapes and entities decoded and the indentation of continued lines
 * removed, so a token is looked up in the node's source, in order; only if it
 * isn't there as written (an escaped bracket inside it) is its offset in the
 * value used.
 */
function tokenOffsets(body: string, node: Text, tokens: readonly { index: number; raw: string }[]): number[] {
  const start = node.position?.start.offset ?? 0;
  const source = body.slice(start, node.position?.end.offset ?? body.length);
  let cursor = 0;
  return tokens.map((token) => {
    const found = source.indexOf(token.raw, cursor);
    if (found === -1) return start + Math.min(token.index, source.length);
    cursor = found + token.raw.length;
    return start + found;
  });
}

function offsetInSource(body: string, node: Text, index: number, raw: string): number {
  return tokenOffsets(body, node, [{ index, raw }])[0]!;
}

/**
 * `[[` that opens no link: `[[a [b] c]]`, `[[a [[b]] c]]`, or a link never
 * closed on its line. Each is shown as written, up to its matching `]]`.
 */
function strayOpenings(value: string, tokens: readonly { index: number; raw: string }[]): { index: number; raw: string }[] {
  const stray: { index: number; raw: string }[] = [];
  for (let i = value.indexOf('[['); i !== -1; ) {
    if (tokens.some((t) => i >= t.index && i < t.index + t.raw.length)) {
      i = value.indexOf('[[', i + 2);
      continue;
    }
    let end = i;
    let depth = 0;
    for (; end < value.length && value[end] !== '\n'; end++) {
      if (value[end] === '[') depth++;
      else if (value[end] === ']' && --depth === 0) break;
    }
    const raw = value.slice(i, end + (depth === 0 ? 1 : 0));
    stray.push({ index: i, raw });
    // The brackets this one spans are part of the same problem.
    i = value.indexOf('[[', i + Math.max(2, raw.length));
  }
  return stray;
}
