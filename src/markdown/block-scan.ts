/**
 * A quick, linear read of a body's block structure, before Markdown parses
 * it: line by line, which block quotes, list items and footnote definitions
 * are open (CommonMark's container blocks,
 * https://spec.commonmark.org/0.31.2/#container-blocks), where each
 * paragraph, heading and table row starts, and which lines are code.
 * `body-limits.ts` measures a body with it, so that a body Markdown would
 * take too long to parse, or would make too deep a tree, is refused before
 * it is parsed.
 *
 * It follows CommonMark's rules (and micromark's readings of them) for
 * containers, lazy lines, fences, HTML blocks and indented code, and reads
 * anything else, link definitions included, as text. It is no parser: on
 * random mixes of Markdown's block syntax its depth differs from the parsed
 * tree's by up to a few levels, which `body-limits.ts` allows for before it
 * checks the parsed tree's depth exactly.
 */
import {
  ATX_HEADING,
  at,
  CLOSING_FENCE,
  FENCE,
  FOOTNOTE_DEFINITION,
  HTML_BLOCKS,
  LIST_MARKER,
  startsBlock,
  TABLE_DELIMITER,
  THEMATIC_BREAK,
  UNDERLINE,
} from './block-starts.ts';

/** What the scan reports; a handler that returns true stops it. */
export interface BlockScanHandlers {
  /** A block quote, list item or footnote definition opens at `offset`, `depth` deep (1 outermost). */
  container?(offset: number, depth: number): boolean | void;
  /** Inline text from `start` to `end` (one line's content); `opens` when it starts a paragraph, heading or table row. */
  text?(start: number, end: number, opens: boolean): boolean | void;
  /** A heading's underline (`===` or `---` under a paragraph) at `offset`. */
  underline?(offset: number): boolean | void;
}

interface Container {
  kind: 'quote' | 'item';
  /** For an item (and a footnote definition): the columns its content is indented by. */
  indent: number;
}

const SPACE = 32;
const TAB = 9;

/** Scans `text` (a body, lines ending in `\n`) and tells `handlers` what it finds, in order. */
export function scanBlocks(text: string, handlers: BlockScanHandlers): void {
  const stack: Container[] = [];
  let fence: { depth: number; marker: string } | undefined;
  /** An open HTML block: its depth and what ends it. */
  let html: { depth: number; end: RegExp | 'blank' } | undefined;
  /** A paragraph is open at the end of the last line: the next may continue it, lazily too. */
  let paragraph = false;
  /** The last line was indented code (micromark lets a list interrupt it only as it would a paragraph). */
  let indentedCode = false;
  /**
   * Whether a new list item must keep to the rules for interrupting a
   * paragraph, as micromark keeps it: set on a line that continues every
   * open container (a paragraph or code is open), cleared when a list item
   * ends, and otherwise as the last such line left it.
   */
  let interrupt = false;
  /** The last line of the open paragraph: a table's head row, should the next be its delimiter row. */
  let lastLine = { start: 0, end: 0, indent: 0 };
  let table = false;

  for (let lineStart = 0; lineStart <= text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const end = newline === -1 ? text.length : newline;
    let pos = lineStart;
    let column = 0;
    /** Columns of indentation from `pos`, and the offset after it. */
    const indentation = (from: number, fromColumn: number) => {
      let at = from;
      let col = fromColumn;
      for (; at < end; at++) {
        const code = text.charCodeAt(at);
        if (code === SPACE) col++;
        else if (code === TAB) col += 4 - (col % 4);
        else break;
      }
      return { width: col - fromColumn, at, column: col };
    };
    /** Moves `pos` past `columns` columns of indentation (of a tab, part of its columns if need be). */
    const skipColumns = (columns: number) => {
      const target = column + columns;
      while (pos < end && column < target) {
        const code = text.charCodeAt(pos);
        if (code === SPACE) column++;
        else if (code === TAB) {
          const stop = column + 4 - (column % 4);
          // Part of a tab: its other columns are still to read, as CommonMark reads them.
          if (stop > target) {
            column = target;
            break;
          }
          column = stop;
        } else break;
        pos++;
      }
    };
    const blank = () => indentation(pos, column).at === end;

    // Which open containers this line continues.
    let matched = 0;
    for (; matched < stack.length; matched++) {
      const container = stack[matched]!;
      const space = indentation(pos, column);
      if (container.kind === 'quote') {
        if (space.width > 3 || text.charCodeAt(space.at) !== 62 /* > */) break;
        pos = space.at + 1;
        column = space.column + 1;
        if (text.charCodeAt(pos) === SPACE || text.charCodeAt(pos) === TAB) skipColumns(1);
      } else if (space.at !== end) {
        if (space.width < container.indent) {
          interrupt = false;
          break;
        }
        skipColumns(container.indent);
      }
    }
    if (matched === stack.length) interrupt = paragraph || indentedCode;

    /** A paragraph was open before this line: text on it that opens no block is counted with it. */
    const continues = paragraph && !table;
    const stop = (() => {
      if (fence) {
        if (matched >= fence.depth) {
          const close = at(CLOSING_FENCE, text, pos);
          if (close && close[1]![0] === fence.marker[0] && close[1]!.length >= fence.marker.length) fence = undefined;
          return false;
        }
        fence = undefined;
      }
      if (html) {
        if (matched >= html.depth && !(html.end === 'blank' && blank())) {
          if (html.end !== 'blank' && html.end.test(text.slice(pos, end))) html = undefined;
          return false;
        }
        html = undefined;
      }
      if (blank()) {
        stack.length = matched;
        paragraph = false;
        table = false;
        return false;
      }
      if (matched < stack.length) {
        // Indented by 4 or more, a line can start no block: it continues the paragraph.
        const space = indentation(pos, column);
        if (paragraph && !table && (space.width >= 4 || !startsBlock(text, space.at, interrupt))) {
          lastLine = { start: space.at, end, indent: space.width };
          return handlers.text?.(space.at, end, false) === true;
        }
        stack.length = matched;
        paragraph = false;
        indentedCode = false;
        table = false;
      }

      // New containers, as many as the line opens. On a line that interrupts a
      // paragraph, none may be an empty list item or one numbered from other than 1.
      const interrupting = interrupt;
      indentedCode = false;
      let opened = false;
      for (;;) {
        const space = indentation(pos, column);
        if (space.width >= 4) break;
        const note = at(FOOTNOTE_DEFINITION, text, space.at);
        if (text.charCodeAt(space.at) === 62 /* > */) {
          stack.push({ kind: 'quote', indent: 0 });
          if (handlers.container?.(space.at, stack.length) === true) return true;
          pos = space.at + 1;
          column = space.column + 1;
          if (text.charCodeAt(pos) === SPACE || text.charCodeAt(pos) === TAB) skipColumns(1);
        } else if (note) {
          stack.push({ kind: 'item', indent: 4 });
          if (handlers.container?.(space.at, stack.length) === true) return true;
          // Its content may start after any whitespace, with no indented code.
          const after = indentation(space.at + note[0].length, space.column + note[0].length);
          pos = after.at;
          column = after.column;
        } else {
          const marker = at(LIST_MARKER, text, space.at);
          if (!marker || at(THEMATIC_BREAK, text, space.at)) break;
          const after = indentation(space.at + marker[0].length, space.column + marker[0].length);
          const empty = after.at === end;
          if (interrupting && (empty || (marker[1] !== undefined && marker[1] !== '1'))) break;
          const gap = empty || after.width > 4 ? 1 : after.width;
          stack.push({ kind: 'item', indent: space.width + marker[0].length + gap });
          if (handlers.container?.(space.at, stack.length) === true) return true;
          pos = space.at + marker[0].length;
          column = space.column + marker[0].length;
          skipColumns(gap);
        }
        opened = true;
        paragraph = false;
        table = false;
      }

      // The line's content.
      if (blank()) return false;
      const space = indentation(pos, column);
      const start = space.at;
      if (space.width >= 4) {
        if (!paragraph) {
          indentedCode = true;
          return false;
        }
        lastLine = { start, end, indent: space.width };
        return handlers.text?.(start, end, false) === true;
      }
      const open = at(FENCE, text, start);
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
        fence = { depth: stack.length, marker: open[1]! };
        paragraph = false;
        table = false;
        return false;
      }
      const kind =
        text.charCodeAt(start) === 60 /* < */
          ? HTML_BLOCKS.find((b) => (b.interrupts || !paragraph) && at(b.start, text, start))
          : undefined;
      if (kind) {
        paragraph = false;
        table = false;
        if (kind.end === 'blank' || !kind.end.test(text.slice(start, end))) html = { depth: stack.length, end: kind.end };
        return false;
      }
      if (at(ATX_HEADING, text, start)) {
        paragraph = false;
        table = false;
        return handlers.text?.(start, end, true) === true;
      }
      if (paragraph && !table && at(UNDERLINE, text, start)) {
        paragraph = false;
        return handlers.underline?.(start) === true;
      }
      if (at(THEMATIC_BREAK, text, start)) {
        paragraph = false;
        table = false;
        return false;
      }
      // GFM's table: a delimiter row with as many cells as the line above, which may end a paragraph.
      const delimiter = paragraph && !table && at(TABLE_DELIMITER, text, start);
      const head = delimiter && delimiter[0].includes('-') && lastLine.indent < 4 ? cells(text, lastLine.start, lastLine.end) : 0;
      if (head > 0 && cells(text, start, end) === head) {
        table = true;
        return false;
      }
      // Where the scan and Markdown might differ on whether the paragraph goes on, it goes on:
      // the limits then count more in it, never less.
      const opens = table || (!paragraph && !(continues && !opened));
      lastLine = { start, end, indent: space.width };
      paragraph = true;
      return handlers.text?.(start, end, opens) === true;
    })();
    if (stop || newline === -1) return;
    lineStart = newline + 1;
  }
}

/** The cells of a table row from `start` to `end`: its unescaped `|`, less one at either end, and one. */
function cells(text: string, start: number, end: number): number {
  const line = text.slice(start, end).trim();
  let pipes = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') pipes++;
  }
  if (pipes === 0) return 0;
  return pipes + 1 - (line.startsWith('|') ? 1 : 0) - (line.endsWith('|') && !line.endsWith('\\|') ? 1 : 0);
}
