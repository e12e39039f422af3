/**
 * The two bits of inline syntax Dossier adds to Markdown, found in text nodes
 * only (so `[[x]]` inside code stays text):
 *
 * - cross-links: `[[target]]` and `[[target|label]]`
 * - citations: `[@source-id]` and `[@a; @b]`
 */

export interface WikiLinkToken {
  type: 'link';
  /** Index of the token in the text. */
  index: number;
  /** The token as written, e.g. `[[cnn|CNN]]`. */
  raw: string;
  /** What the link names: an id, a name, a title or an alias. */
  target: string;
  /** The text to show instead of the entry's name, if given. */
  label?: string;
}

export interface CitationToken {
  type: 'cite';
  index: number;
  raw: string;
  /** The cited source ids, in order. */
  keys: string[];
}

export type InlineToken = WikiLinkToken | CitationToken;

// `[[...]]` holds no brackets or line breaks; `[@a; @b]` holds one or more
// `@key` separated by semicolons.
const TOKEN = /\[\[([^[\]\n]*)\]\]|\[(@[^[\]\n]*)\]/g;
const CITATION_BODY = /^@[^\s;@]+(?:\s*;\s*@[^\s;@]+)*\s*;?$/;

/** Finds cross-links and citations in a text, in order. */
export function scanInline(text: string): InlineToken[] {
  if (!text.includes('[')) return [];
  const tokens: InlineToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const index = match.index;
    const raw = match[0];
    if (match[1] !== undefined) {
      const inner = match[1];
      const bar = inner.indexOf('|');
      const target = (bar === -1 ? inner : inner.slice(0, bar)).trim();
      const label = bar === -1 ? undefined : inner.slice(bar + 1).trim();
      tokens.push({ type: 'link', index, raw, target, ...(label ? { label } : {}) });
    } else {
      const body = match[2]!.trim();
      // `[@ foo]` or an e-mail-like `[@]` is not a citation: leave it as text.
      if (!CITATION_BODY.test(body)) continue;
      const keys = body
        .split(';')
        .map((k) => k.trim().replace(/^@/, ''))
        .filter((k) => k.length > 0);
      tokens.push({ type: 'cite', index, raw, keys });
    }
  }
  return tokens;
}

/** The 1-based line and column of `index` in a text node that starts at `start`. */
export function positionInText(
  value: string,
  index: number,
  start: { line: number; column: number },
): { line: number; column: number } {
  let line = start.line;
  let column = start.column;
  for (let i = 0; i < index; i++) {
    if (value.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}
