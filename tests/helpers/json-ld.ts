/** Reads the JSON-LD blocks of a built page. */
export type LdNode = Record<string, unknown>;

/** Every `<script type="application/ld+json">` of a page, parsed. */
export function jsonLdBlocks(html: string): LdNode[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as LdNode);
}

/** The schema.org types of a page's JSON-LD, in order. */
export function jsonLdTypes(html: string): string[] {
  return jsonLdBlocks(html).flatMap((block) => ((block['@graph'] as LdNode[] | undefined) ?? [block]).map((n) => String(n['@type'])));
}
