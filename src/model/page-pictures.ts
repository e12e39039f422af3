/** A page's pictures, from what the image pipeline gave its entry. */
import type { RenderedEntry } from './entry.ts';
import type { PageBase } from './site-types.ts';

/** A page's lead picture and figures, from what the image pipeline gave its entry (none in the pure core). */
export function pictures(entry: RenderedEntry): Pick<PageBase, 'picture' | 'figures'> {
  const all = entry.pictures ?? [];
  const lead = all.find((p) => p.role === 'lead');
  return { ...(lead ? { picture: lead } : {}), figures: all.filter((p) => p.role === 'figure') };
}
