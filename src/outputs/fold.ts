/**
 * How names and what a reader types are compared for search: the same
 * function at build time (src/outputs/name-index.ts) and in the browser
 * (src/scripts/search-client.ts), so that a name and a query meet on the same
 * words. Compatibility decomposition (NFKD: "ﬁ" is "fi", "①" is "1"), no
 * diacritics ("Núñez" is "nunez"), lower case, and anything that is not a
 * letter or a digit is a space ("Minister's" is "minister s", "Sputnik)" is
 * "sputnik").
 */

/**
 * Letters that are not a base letter plus a mark, so NFKD leaves them: a
 * reader types the plain letters ("Orsted", "Lodz", "Strasse").
 */
const PLAIN: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };
const NOT_PLAIN = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'g');

/** `text` folded, its words separated by single spaces: "José Núñez's office" → "jose nunez s office". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(NOT_PLAIN, (letter) => PLAIN[letter]!)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of `text`, in order (repeats kept). */
export function foldedWords(text: string): string[] {
  const folded = fold(text);
  return folded === '' ? [] : folded.split(' ');
}
