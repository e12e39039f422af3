/**
 * The old addresses of renamed entries (`former_ids`): each is a page of its
 * own in the site (the redirect page Astro writes for `Astro.redirect`, a
 * `<meta http-equiv="refresh">` that works on any host), and a line of the
 * `_redirects` file that Netlify and Cloudflare Pages read, for a real 301.
 */
import type { EntryPage } from '../model/site-types.ts';
import { entryPath, withBase } from '../model/urls.ts';

export interface Redirect {
  from: string;
  to: string;
}

/** Every old address and where its entry is now, in the pages' order. */
export function redirectsOf(pages: readonly EntryPage[], base: string): Redirect[] {
  return pages.flatMap((page) => page.formerIds.map((id) => ({ from: withBase(base, entryPath(page.kind, id)), to: page.ref.href })));
}

/**
 * `_redirects`: one `from to 301` line per old address. Cloudflare Pages
 * follows them before it serves a file; Netlify serves the redirect page that
 * sits at the old address unless the line is forced with `301!`, which
 * Cloudflare does not read (docs/hosting.md).
 */
export function redirectsFile(redirects: readonly Redirect[], base: string): string {
  return [
    `# Old addresses of renamed entries (former_ids), for Netlify and Cloudflare Pages, for the site under ${base}`,
    '# (Dossier writes this file; see docs/hosting.md).',
    ...redirects.map((r) => `${r.from} ${r.to} 301`),
    '',
  ].join('\n');
}
