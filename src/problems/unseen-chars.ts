/**
 * Characters a reader can't see: control characters, which pages must not
 * hold, and invisible ones (zero-width, bidirectional controls), which make
 * two texts that look the same differ. Messages show both escaped, so a
 * person sees what the file holds.
 */

/**
 * Control characters that make HTML invalid: C0 controls but tab, line feed
 * and carriage return, DEL, and the C1 controls, which the HTML parser also
 * reports ("control-character-in-input-stream",
 * https://html.spec.whatwg.org/multipage/parsing.html#parse-error-control-character-in-input-stream).
 */
// Control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
export const CONTROL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/**
 * Invisible characters that change what a text is without changing how it
 * looks: zero-width space, non-joiner and joiner, word joiner, the
 * byte-order mark inside text, and the bidirectional embeddings, overrides
 * and isolates, which reorder what is shown (https://trojansource.codes/).
 */
export const INVISIBLE_CHAR = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/u;

/**
 * Everything a one-line message shows escaped: the two sets above, every
 * other C0 control (a tab or a line break would break the line), the
 * directional marks, line and paragraph separators, the soft hyphen and the
 * other default-ignorable characters editors hide (but combining ones, and
 * the variation selectors that make emoji).
 */
const SHOWN_ESCAPED =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]/gu;

/** `U+200B`: how a character is named in messages. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with every character a reader can't see written `<U+200B>`. */
export function escapeUnseen(text: string): string {
  return text.replace(SHOWN_ESCAPED, (char) => `<${codePoint(char)}>`);
}
