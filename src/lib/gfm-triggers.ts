/**
 * What in a body could start one of the two GFM constructs that micromark
 * otherwise tries everywhere: autolink literals (at every word) and tables
 * (at every line). A body with neither is parsed without looking for them
 * (`parse-markdown.ts`), or not by micromark at all (`parse-plain-markdown.ts`).
 */

/**
 * Whether `markdown` may hold an autolink literal: `http`/`www` in any case
 * (`www\.x.org` and `HTTP://` still link), an address's `@` after a letter,
 * digit, `+`, `-`, `.`, `_` or an escaping backslash, or a character
 * reference (`&#64;` decodes to `@`). Nothing else can become one.
 */
export const MAY_HOLD_AUTOLINK_LITERAL = /https?|www|[\w+\-.\\]@|&(?:#|[a-z][a-z\d]*;)/i;

/**
 * Whether `markdown` may hold a table: a table needs a delimiter row, a line
 * of dashes, colons, pipes and spaces only (after any `>` of a block quote),
 * and a pipe somewhere.
 */
export function mayHoldTable(markdown: string): boolean {
  return markdown.includes('|') && /^[ \t>]*(?=[^\n]*-)[|:-][ \t|:-]*$/m.test(markdown);
}
