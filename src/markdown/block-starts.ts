/**
 * What starts a block on a line of Markdown, as sticky patterns matched at
 * an offset of a body (`at`): the patterns `block-scan.ts` reads lines with,
 * after CommonMark (https://spec.commonmark.org/0.31.2/#blocks-and-inlines).
 */

/** In these patterns, `(?=\n|$)` is the end of the line. */
export const THEMATIC_BREAK = /[ \t]*([-*_])[ \t]*(?:\1[ \t]*){2,}(?=\n|$)/y;
export const UNDERLINE = /(?:=+|-+)[ \t]*(?=\n|$)/y;
export const LIST_MARKER = /(?:[-+*]|(\d{1,9})[.)])(?=[ \t\n]|$)/y;
export const FOOTNOTE_DEFINITION = /\[\^[^\]\s]+\]:/y;
export const FENCE = /(`{3,}|~{3,})([^\n]*)/y;
export const CLOSING_FENCE = /[ \t]*(`+|~+)[ \t]*(?=\n|$)/y;
export const ATX_HEADING = /#{1,6}(?=[ \t\n]|$)/y;
export const TABLE_DELIMITER = /\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*(?=\n|$)/y;
/** HTML blocks (https://spec.commonmark.org/0.31.2/#html-blocks): how each kind starts, and how it ends. */
export const HTML_BLOCKS: { start: RegExp; end: RegExp | 'blank'; interrupts: boolean }[] = [
  { start: /<(?:pre|script|style|textarea)(?=[ \t>\n]|$)/iy, end: /<\/(?:pre|script|style|textarea)>/i, interrupts: true },
  { start: /<!--/y, end: /-->/, interrupts: true },
  { start: /<\?/y, end: /\?>/, interrupts: true },
  { start: /<![a-z]/iy, end: />/, interrupts: true },
  { start: /<!\[CDATA\[/y, end: /\]\]>/, interrupts: true },
  {
    start:
      /<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?=[ \t\n>]|\/>|$)/iy,
    end: 'blank',
    interrupts: true,
  },
  {
    start:
      /(?:<[a-z][a-z0-9-]*(?:[ \t]+[a-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^ \t\n"'=<>`]+|'[^'\n]*'|"[^"\n]*"))?)*[ \t]*\/?>|<\/[a-z][a-z0-9-]*[ \t]*>)[ \t]*(?=\n|$)/iy,
    end: 'blank',
    interrupts: false,
  },
];

/**
 * What can start a block that ends a paragraph: a line that starts one is no
 * lazy continuation of it. When the paragraph may be interrupted only as
 * CommonMark allows (`INTERRUPTING`), a list item ends it only if it holds
 * something and, when numbered, starts at 1.
 */
const BLOCK_START = /(?:>|\[\^[^\]\s]+\]:|(?:[-+*]|\d{1,9}[.)])(?=[ \t\n]|$)|`{3,}|~{3,}|#{1,6}(?=[ \t\n]|$))/y;
const INTERRUPTING = /(?:>|\[\^[^\]\s]+\]:|(?:[-+*]|1[.)])[ \t]+[^ \t\n]|`{3,}|~{3,}|#{1,6}(?=[ \t\n]|$))/y;

/**
 * Whether a line whose text starts at `offset`, indented by less than 4,
 * starts a block that ends a paragraph (so it is no lazy continuation line);
 * `interrupt` as micromark keeps it (see `block-scan.ts`).
 */
export function startsBlock(text: string, offset: number, interrupt: boolean): boolean {
  if (at(interrupt ? INTERRUPTING : BLOCK_START, text, offset) || at(THEMATIC_BREAK, text, offset)) return true;
  return text.charCodeAt(offset) === 60 /* < */ && HTML_BLOCKS.some((b) => b.interrupts && at(b.start, text, offset));
}

/** `pattern` (sticky) matched at `offset` of `text`. */
export function at(pattern: RegExp, text: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset;
  return pattern.exec(text);
}
