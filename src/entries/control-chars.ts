/**
 * Finding the characters of a text a page must not hold or a reader can't
 * see, by offset: the front matter's fields use it (`front-matter-chars.ts`),
 * and so may any check of a body, with `lineLocator` for positions.
 */
import { CONTROL_CHAR, INVISIBLE_CHAR } from '../problems/unseen-chars.ts';

const UNSEEN_SOURCE = `${CONTROL_CHAR.source}|${INVISIBLE_CHAR.source}`;
const ANY_UNSEEN = new RegExp(UNSEEN_SOURCE, 'u');

/** A control or invisible character found in a text. */
export interface UnseenChar {
  /** Offset in the text, in UTF-16 code units. */
  offset: number;
  char: string;
  kind: 'control' | 'invisible';
  /**
   * Set on a zero-width joiner or non-joiner that does a joiner's work:
   * inside a word of a script that writes with it (Persian, Hindi, Sinhala...),
   * or between the parts of an emoji.
   */
  joinsLetters?: boolean;
}

/** Letters and marks of the scripts that use joiners; Latin, Greek and Cyrillic don't. */
const JOINING_LETTER = /^(?![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])[\p{L}\p{M}]$/u;
const EMOJI_PART = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;

/** Whether a joiner between `before` and `after` (single characters, or undefined at an end) does its work. */
export function joinsLetters(char: string, before: string | undefined, after: string | undefined): boolean {
  if ((char !== '\u200C' && char !== '\u200D') || before === undefined || after === undefined) return false;
  if (JOINING_LETTER.test(before) && JOINING_LETTER.test(after)) return true;
  return char === '\u200D' && EMOJI_PART.test(before) && /^\p{Extended_Pictographic}$/u.test(after);
}

/** The character before `offset` and the one from `end`, whole (astral characters are two code units). */
export function neighbours(text: string, offset: number, end: number): [string | undefined, string | undefined] {
  const before = offset === 0 ? undefined : String.fromCodePoint(text.codePointAt(offset - 1)!);
  const beforeWhole = before && /[\uDC00-\uDFFF]/.test(before) && offset > 1 ? String.fromCodePoint(text.codePointAt(offset - 2)!) : before;
  const after = end >= text.length ? undefined : String.fromCodePoint(text.codePointAt(end)!);
  return [beforeWhole, after];
}

/** Whether `text` holds a control or invisible character: the cheap test before {@link findUnseenChars}. */
export function hasUnseenChars(text: string): boolean {
  return ANY_UNSEEN.test(text);
}

/** Every control character (see `CONTROL_CHAR`) and invisible one (`INVISIBLE_CHAR`) in `text`. */
export function findUnseenChars(text: string): UnseenChar[] {
  const found: UnseenChar[] = [];
  for (const match of text.matchAll(new RegExp(UNSEEN_SOURCE, 'gu'))) {
    const char = match[0];
    const [before, after] = neighbours(text, match.index, match.index + char.length);
    found.push({
      offset: match.index,
      char,
      kind: CONTROL_CHAR.test(char) ? 'control' : 'invisible',
      ...(joinsLetters(char, before, after) ? { joinsLetters: true } : {}),
    });
  }
  return found;
}

/** Only the control characters of `text`, by offset. */
export function findControlChars(text: string): UnseenChar[] {
  return findUnseenChars(text).filter((c) => c.kind === 'control');
}
