/**
 * Makes an entry id from a name: accents folded, lowercase, words joined by
 * hyphens. "Volodymyr Zelenskyy" → `volodymyr-zelenskyy`. Names in scripts
 * with no Latin form (Hebrew, Korean) give an empty id: the caller asks for one.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
