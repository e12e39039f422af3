/**
 * Control characters in a body (src/markdown/body-control-chars.ts): each an
 * error at its line and column in the file, as in front-matter fields, since
 * the page's HTML can't hold it; tabs and line ends are text.
 */
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/markdown/parse-body.ts';
import { CONTROL_CHARS_SHOWN } from '../../src/markdown/body-control-chars.ts';

/** The body starts on line 6 of its file. */
const notes = (markdown: string) =>
  parseBody(markdown, 6).notes.map((n) => `${n.at.line}:${n.at.column} ${n.severity} ${n.message.message}`);

describe('control characters in a body', () => {
  it('reports each, at its line and column, with a hint', () => {
    const body = parseBody('A bell\u0007 here.\n\n- and NUL \u0000 in a list, DEL \u007f, ESC \u001b, NEL \u0085.\n', 6);
    expect(body.notes.map((n) => `${n.at.line}:${n.at.column} ${n.severity} ${n.message.code}: ${n.message.message}`)).toEqual([
      '6:7 error control-char: the text holds the control character U+0007, which no page can show',
      '8:11 error control-char: the text holds the control character U+0000, which no page can show',
      '8:28 error control-char: the text holds the control character U+007F, which no page can show',
      '8:35 error control-char: the text holds the control character U+001B, which no page can show',
      '8:42 error control-char: the text holds the control character U+0085, which no page can show',
    ]);
    expect(body.notes[0]!.message.hint).toBe('delete it: most editors show nothing there, so retype the text around it if in doubt');
  });

  it('finds them in code, link text and footnotes alike, and leaves tabs and line ends alone', () => {
    expect(
      notes('`co\u0001de` [te\u0002xt](https://example.org/)\n\n```\n\u0003\n```\n\n\tIndented.\r\n[^1]\n\n[^1]: N\u000bote.'),
    ).toEqual([
      '6:4 error the text holds the control character U+0001, which no page can show',
      '6:12 error the text holds the control character U+0002, which no page can show',
      '9:1 error the text holds the control character U+0003, which no page can show',
      '15:8 error the text holds the control character U+000B, which no page can show',
    ]);
    expect(notes('Tab\there, and\r\nline ends.\n')).toEqual([]);
  });

  it(`reports the first ${CONTROL_CHARS_SHOWN} of a body full of them one by one, and counts the rest`, () => {
    const found = notes('\u0007'.repeat(1000));
    expect(found).toHaveLength(CONTROL_CHARS_SHOWN + 1);
    expect(found.at(-2)).toBe('6:20 error the text holds the control character U+0007, which no page can show');
    expect(found.at(-1)).toBe('6:21 error the text holds 980 more control characters after this one');
  });
});
