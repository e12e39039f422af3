/**
 * How link text is matched against ids, names, titles and aliases:
 * case-insensitively, ignoring accents and runs of spaces. `[[Zelenskyy]]`,
 * `[[ZELENSKYY]]` and `[[Zelenskýy]]` all meet the same key.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
