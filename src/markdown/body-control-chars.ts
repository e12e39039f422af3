/**
 * Control characters in a body (`CONTROL_CHAR`: C0 controls but tab and line
 * ends, DEL, C1 controls), which would reach the page's HTML and make it
 * invalid: each is an error at its place, as front-matter fields' are
 * (`src/entries/front-matter-chars.ts`, on the same finder). A body full of
 * them is reported by its first few and a count of the rest.
 */
import { findControlChars, hasUnseenChars } from '../entries/control-chars.ts';
import { messages, type Message } from '../problems/messages.ts';

/** How many are reported one by one; the rest are counted in one more message. */
export const CONTROL_CHARS_SHOWN = 20;

/** The control characters of `body`, by offset, with their messages. */
export function bodyControlChars(body: string): { offset: number; message: Message }[] {
  if (!hasUnseenChars(body)) return [];
  const found = findControlChars(body);
  const shown = found.slice(0, CONTROL_CHARS_SHOWN).map((c) => ({ offset: c.offset, message: messages.bodyControlChar(c.char) }));
  const rest = found[CONTROL_CHARS_SHOWN];
  if (rest) shown.push({ offset: rest.offset, message: messages.bodyControlCharsMore(found.length - CONTROL_CHARS_SHOWN) });
  return shown;
}
