const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * How link text is matched against ids, names, titles and aliases:
 * case-insensitively, ignoring accents and runs of spaces. `[[Zelenskyy]]`,
 * `[[ZELENSKYY]]` and `[[Zelenskýy]]` all meet the same key.
 */
export function normalizeKey(text: string): string {
  // Printable ASCII (most ids and names) has nothing to decompose, no accents, and one kind of space.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(/ {2,}/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
