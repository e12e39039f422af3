/**
 * The messages about bodies: characters no page can hold, footnotes, and the
 * limits of what is read (docs/content.md#limits). Each says what is wrong
 * and how to fix it, as `messages.ts` does for the rest.
 */
import type { Message } from './message.ts';
import { codePoint } from './unseen-chars.ts';

export const bodyMessages = {
  bodyControlChar: (char: string): Message => ({
    code: 'control-char',
    message: `the text holds the control character ${codePoint(char)}, which no page can show`,
    hint: 'delete it: most editors show nothing there, so retype the text around it if in doubt',
  }),
  bodyControlCharsMore: (count: number): Message => ({
    code: 'control-char',
    message: `the text holds ${count.toLocaleString('en')} more control characters after this one`,
    hint: 'delete them: most editors show nothing there, but a search for their code points finds them',
  }),
  footnoteUndefined: (label: string): Message => ({
    code: 'footnote-undefined',
    message: `the footnote [^${label}] has no definition, so it shows as text`,
    hint: `add a line "[^${label}]: the note" after the paragraph, or remove the mark`,
  }),
  footnoteDuplicate: (label: string): Message => ({
    code: 'footnote-duplicate',
    message: `the footnote [^${label}] is defined twice; the page shows the first definition only`,
    hint: 'remove one of the two, or give this one a label of its own and use it',
  }),
  footnoteUnused: (label: string): Message => ({
    code: 'footnote-unused',
    message: `the footnote [^${label}] is defined but never used, so the page leaves it out`,
    hint: `add [^${label}] where the note belongs, or remove the definition`,
  }),
  bodyTooDeep: (limit: number): Message => ({
    code: 'body-too-deep',
    message: `block quotes and lists nest more than ${limit} deep here`,
    hint: `nest them at most ${limit} deep, each ">" and each list item inside another a level; until then the body is not read`,
  }),
  bodyTooManyBlocks: (limit: number): Message => ({
    code: 'body-too-many-blocks',
    message: `the body holds more than ${limit.toLocaleString('en')} block quotes, list items, footnotes and underlined headings`,
    hint: 'split the entry into several; until then the body is not read',
  }),
  paragraphTooLong: (limit: number): Message => ({
    code: 'paragraph-too-long',
    message: `this paragraph is longer than ${limit.toLocaleString('en')} characters`,
    hint: 'split it with blank lines; until then the body is not read',
  }),
  tooManyMarks: (limit: number, where: 'paragraph' | 'body'): Message => ({
    code: where === 'paragraph' ? 'paragraph-too-many-marks' : 'body-too-many-marks',
    message: `${where === 'paragraph' ? 'this paragraph' : 'the body'} holds more than ${limit.toLocaleString('en')} Markdown marks: * _ ~ \` [ ] < \\ |`,
    hint:
      where === 'paragraph'
        ? 'split it with blank lines, or put code in a fenced code block, between ``` lines, where marks are not counted; until then the body is not read'
        : 'split the entry into several, or put code in fenced code blocks, between ``` lines, where marks are not counted; until then the body is not read',
  }),
  backtickRunTooLong: (limit: number): Message => ({
    code: 'backtick-run-too-long',
    message: `more than ${limit} backticks in a row`,
    hint: `a code span opens with at most ${limit}; put longer code in a fenced code block, between \`\`\` lines; until then the body is not read`,
  }),
  bodyUnreadable: (): Message => ({
    code: 'body-unreadable',
    message: 'the body nests too deep for Markdown to read',
    hint: 'nest block quotes, lists and emphasis less deep',
  }),
} satisfies Record<string, (...args: never[]) => Message>;
