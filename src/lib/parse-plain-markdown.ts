/**
 * The Markdown tree of a body written the way most entries are: paragraphs
 * of prose (wikilinks and citations are plain text to Markdown), ATX headings
 * (`## Background`) and footnotes (`[^1]`, `[^1]: ...`). Such a body is read
 * here a line at a time, without micromark, which spends most of its time
 * trying constructs that a plain body never holds.
 *
 * Anything else (emphasis, code, lists, quotes, links with a destination,
 * HTML, escapes, entities, tabs, indentation, trailing spaces...) gives
 * `undefined`, and the body is parsed by remark (`parse-markdown.ts`). Where
 * this parser answers, its tree is the one remark with GFM gives, node for
 * node and position for position: the tests (`parse-plain-markdown.test.ts`)
 * compare the two on generated stories, on `content/`, and on thousands of
 * random bodies built from the characters that matter.
 */
import type { FootnoteDefinition, Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { MAY_HOLD_AUTOLINK_LITERAL, mayHoldTable } from './gfm-triggers.ts';

/**
 * What only remark can read: a character that may open inline syntax
 * (escape, code, emphasis, strikethrough, HTML or autolink, entity), a tab or
 * control character, an image, a link with a destination or a label, a line
 * that may open a block other than a heading or a footnote (indented code,
 * quote, list, thematic break, setext underline, table, definition), a line
 * ending in a space (a hard break, or spaces Markdown drops), and a `[^`
 * that does not open a footnote with a plain label.
 */
const NOT_PLAIN = /[\\`*_~<&\0-\x09\x0b-\x1f\x7f]|!\[|\]\(|\]\[(?!\^)|^[ >=+|-]|^\d+[.)]| $|\[\^(?![A-Za-z0-9-]+\])/m;
/** An ATX heading: its `#`s, one space, and text that does not end in a `#` (a closing sequence). */
const HEADING = /^(#{1,6}) (?=[^ ])(?!.*#$)/;
/** A footnote definition's opening, and its label (sticky: tried at the start of a line). */
const DEFINITION = /\[\^([A-Za-z0-9-]+)\]:/y;
/** What would open a block inside a footnote definition, if its text started with it (sticky). */
const OPENS_BLOCK = /[ >=+|#-]|\d+[.)]|\[\^[A-Za-z0-9-]+\]:/y;
/** A footnote call (`[^label]`); where its label is not defined, remark reads it as text. */
const CALL = /\[\^([A-Za-z0-9-]+)\]/g;

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** The tree remark with GFM gives for `markdown` if it is plain prose, headings and footnotes; otherwise undefined. */
export function parsePlainMarkdown(markdown: string): Root | undefined {
  if (NOT_PLAIN.test(markdown) || MAY_HOLD_AUTOLINK_LITERAL.test(markdown) || mayHoldTable(markdown)) return undefined;
  const starts = lineStarts(markdown);
  const lineEnd = (line: number) => (line + 1 < starts.length ? starts[line + 1]! - 1 : markdown.length);
  const point = (line: number, offset: number): Point => ({ line: line + 1, column: offset - starts[line]! + 1, offset });

  // Every `]:` must open a footnote definition (anything else may be a
  // link's definition), and every call must have one: a call may come first.
  // The label of the definition each line opens, if it opens one.
  const labels = starts.map((from) => definitionAt(markdown, from));
  const defined = new Set(labels.flatMap((label) => (label === undefined ? [] : [label.toLowerCase()])));
  if (count(markdown, ']:') !== labels.filter((label) => label !== undefined).length) return undefined;

  /** The text and footnote calls from offset `from` of line `line` to offset `to`. */
  const phrasing = (from: number, line: number, to: number): PhrasingContent[] | undefined => {
    const children: PhrasingContent[] = [];
    const lineOf = (offset: number) => {
      while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
      return line;
    };
    const text = (start: number, end: number) => {
      if (end > start) children.push({ type: 'text', value: markdown.slice(start, end), position: { start: point(lineOf(start), start), end: point(lineOf(end), end) } });
    };
    let start = from;
    CALL.lastIndex = from;
    for (let call = CALL.exec(markdown); call !== null && call.index < to; call = CALL.exec(markdown)) {
      const identifier = call[1]!.toLowerCase();
      if (!defined.has(identifier)) return undefined;
      text(start, call.index);
      start = call.index + call[0].length;
      const at = lineOf(call.index);
      children.push({ type: 'footnoteReference', identifier, label: call[1]!, position: { start: point(at, call.index), end: point(at, start) } });
    }
    text(start, to);
    return children;
  };

  const children: RootContent[] = [];
  /** The paragraph being read (at the top, or in a footnote definition), from its first line and offset. */
  let paragraph: { line: number; from: number; definition?: FootnoteDefinition } | undefined;
  const closeBefore = (line: number): boolean => {
    if (!paragraph) return true;
    const end = lineEnd(line - 1);
    const content = phrasing(paragraph.from, paragraph.line, end);
    if (!content) return false;
    const node = { type: 'paragraph' as const, children: content, position: { start: point(paragraph.line, paragraph.from), end: point(line - 1, end) } };
    if (paragraph.definition) {
      paragraph.definition.children.push(node);
      paragraph.definition.position!.end = point(line - 1, end);
    } else children.push(node);
    paragraph = undefined;
    return true;
  };

  for (let line = 0; line < starts.length; line++) {
    const from = starts[line]!;
    const to = lineEnd(line);
    const label = labels[line];
    if (from === to) {
      if (!closeBefore(line)) return undefined;
    } else if (markdown[from] === '#') {
      const heading = HEADING.exec(markdown.slice(from, to));
      if (!heading || !closeBefore(line)) return undefined;
      const depth = heading[1]!.length as Heading['depth'];
      const content = phrasing(from + depth + 1, line, to);
      if (!content) return undefined;
      children.push({ type: 'heading', depth, children: content, position: { start: point(line, from), end: point(line, to) } });
    } else if (label !== undefined) {
      // A footnote definition interrupts a paragraph; its own goes on over the lines that follow it.
      const colon = from + label.length + 4;
      // `[^label]: text`, with one space before text that opens no block.
      OPENS_BLOCK.lastIndex = colon + 1;
      if (markdown[colon] !== ' ' || colon + 1 >= to || OPENS_BLOCK.test(markdown) || !closeBefore(line)) return undefined;
      const definition: FootnoteDefinition = { type: 'footnoteDefinition', identifier: label.toLowerCase(), label, children: [], position: { start: point(line, from), end: point(line, to) } };
      children.push(definition);
      paragraph = { line, from: colon + 1, definition };
    } else {
      paragraph ??= { line, from };
    }
  }
  if (!closeBefore(starts.length)) return undefined;
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: point(starts.length - 1, markdown.length) } };
}

/** The label of the footnote definition opening at `offset`, if one does. */
function definitionAt(markdown: string, offset: number): string | undefined {
  DEFINITION.lastIndex = offset;
  return DEFINITION.exec(markdown)?.[1];
}

/** The offset at which each line starts. */
function lineStarts(markdown: string): number[] {
  const starts = [0];
  for (let at = markdown.indexOf('\n'); at !== -1; at = markdown.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function count(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) n++;
  return n;
}
