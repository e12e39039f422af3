import { describe, expect, it } from 'vitest';
import { checkFiles, md } from './check-files.ts';
import { findControlChars, findUnseenChars } from '../../src/entries/control-chars.ts';
import { displayedProblem, formatProblem, type Problem } from '../../src/problems/problems.ts';
import { escapeUnseen } from '../../src/problems/unseen-chars.ts';

const CONTROL = 'holds the control character';
const actor = (fields: string) => checkFiles({ 'actors/x.md': md(`name: X\nkind: person\nsummary: S.\n${fields}`) });

describe('control characters in front-matter fields', () => {
  it('are errors at their own line and column, as written or as a YAML escape', () => {
    expect(actor('role: "Spokes\\u0007person"\naliases: [A\x01B]')).toEqual([
      `content/actors/x.md:5:14  error  "role" ${CONTROL} U+0007, which no page can show  (delete it: most editors show nothing there, so retype the text around it if in doubt)`,
      `content/actors/x.md:6:12  error  "aliases[0]" ${CONTROL} U+0001, which no page can show  (delete it: most editors show nothing there, so retype the text around it if in doubt)`,
    ]);
  });

  it('are found in every kind of YAML text, nested fields and field names, once each', () => {
    const problems = actor(
      'role: \'a\x02b\'\nupdates:\n  - date: "2023-04-10"\n    text: |\n      block \x03 text\n' +
        'aliases: ["\\x1b[0m", "\\e", "\\a\\b\\0\\v\\f\\N", "del\x7f"]\nrol\x04e: x',
    );
    expect(problems.map((p) => p.replace(/ {2}error {2}.*? (U\+\w+).*/, ' $1'))).toEqual([
      'content/actors/x.md:5:9 U+0002',
      'content/actors/x.md:9:13 U+0003',
      'content/actors/x.md:10:12 U+001B',
      'content/actors/x.md:10:23 U+001B',
      'content/actors/x.md:10:29 U+0007',
      'content/actors/x.md:10:31 U+0008',
      'content/actors/x.md:10:33 U+0000',
      'content/actors/x.md:10:35 U+000B',
      'content/actors/x.md:10:37 U+000C',
      'content/actors/x.md:10:39 U+0085',
      'content/actors/x.md:10:48 U+007F',
      'content/actors/x.md:11:4 U+0004',
      // The misspelled field is also unknown; its name is shown escaped.
      'content/actors/x.md:11:8  warning  unknown field "rol<U+0004>e" is ignored  (did you mean "role"?)',
    ]);
  });

  it('leave tabs, line breaks and their escapes alone, and an escaped backslash', () => {
    expect(actor('role: "a\\tb\\nc\\r\\\\u0007"\naliases: ["tab\there"]')).toEqual([]);
  });
});

describe('invisible characters in names, titles and aliases', () => {
  it('are warnings, each at its place, with the text shown escaped', () => {
    expect(actor('aliases: ["C\\u200BNN", "Pay\u2060pal"]')).toEqual([
      'content/actors/x.md:5:13  warning  "aliases[0]" is "C<U+200B>NN", with an invisible character: U+200B (zero-width space)  (delete it: links and searches typed without it do not match this text)',
      'content/actors/x.md:5:28  warning  "aliases[1]" is "Pay<U+2060>pal", with an invisible character: U+2060 (word joiner)  (delete it: links and searches typed without it do not match this text)',
    ]);
    expect(checkFiles({ 'events/e.md': md('title: "\u202Eevil"\ndate: "2023-04"\nsummary: S.', 'Body.') })).toContain(
      'content/events/e.md:2:9  warning  "title" is "<U+202E>evil", with an invisible character: U+202E (right-to-left override)  (delete it: it reorders how the text is shown, so it reads other than it is written)',
    );
  });

  it('leave a joiner where a script writes with it, and text other than names', () => {
    // Persian spells words with a zero-width non-joiner; an emoji is joined with a zero-width joiner.
    expect(actor('aliases: [وزارت\u200cخارجه, "👩\u200d🚀", दिल्\u200dली]\nrole: "A\\u200Brole"')).toEqual([]);
  });
});

describe('finding unseen characters in any text', () => {
  it('gives the offset and kind of each', () => {
    expect(findUnseenChars('a\x07b\u200Bc')).toEqual([
      { offset: 1, char: '\x07', kind: 'control' },
      { offset: 3, char: '\u200B', kind: 'invisible' },
    ]);
    expect(findControlChars('ok\ttab\nline\r\x7f')).toEqual([{ offset: 12, char: '\x7f', kind: 'control' }]);
  });
});

describe('every message shows what a reader cannot see, escaped', () => {
  const problem: Problem = {
    severity: 'error',
    file: 'actors/c\u200Bnn.md',
    line: 1,
    column: 1,
    code: 'x',
    message: 'the link [[C\u200DNN]] and "\u202Eevil\u2066" and a tab\t',
    hint: 'did you mean [[\uFEFFCNN]]?',
  };

  it('in the text report', () => {
    expect(formatProblem(problem)).toBe(
      'content/actors/c<U+200B>nn.md:1:1  error  the link [[C<U+200D>NN]] and "<U+202E>evil<U+2066>" and a tab<U+0009>  (did you mean [[<U+FEFF>CNN]]?)',
    );
  });

  it('in what the JSON report prints', () => {
    expect(displayedProblem(problem)).toMatchObject({
      file: 'actors/c<U+200B>nn.md',
      message: 'the link [[C<U+200D>NN]] and "<U+202E>evil<U+2066>" and a tab<U+0009>',
      hint: 'did you mean [[<U+FEFF>CNN]]?',
    });
  });

  it('and leaves every visible character as it is', () => {
    expect(escapeUnseen('Володимир Зеленський, בנימין נתניהו, 윤석열, é, 👩‍🚀')).toBe(
      'Володимир Зеленський, בנימין נתניהו, 윤석열, é, 👩<U+200D>🚀',
    );
  });
});
