/**
 * The preview cards' data: for every actor, event and source, what a card
 * shows when a reader hovers, focuses or taps a link to it. Served as
 * `/data/previews.json` (id → card), fetched once by `src/scripts/previews.ts`.
 */
import type { EntryPage } from '../model/site-types.ts';

export interface PreviewCard {
  name: string;
  /** "Actor · agency", "Event · reported", "Source". */
  kind: string;
  /** A role, a date, a publisher: one short line. */
  meta?: string;
  summary: string;
  href: string;
}

export function previewCards(pages: readonly EntryPage[]): Record<string, PreviewCard> {
  const cards: Record<string, PreviewCard> = {};
  for (const page of pages) {
    const { ref } = page;
    let kind = 'Source';
    let meta: string | undefined;
    if (page.kind === 'actor') {
      kind = `Actor · ${page.actorKind}`;
      meta = page.role;
    } else if (page.kind === 'event') {
      kind = page.status ? `Event · ${page.status}` : 'Event';
      meta = page.dateLabel;
    } else {
      const publisher = typeof page.publisher === 'string' ? page.publisher : page.publisher?.name;
      meta = [publisher, page.publishedLabel].filter(Boolean).join(', ') || undefined;
    }
    cards[ref.id] = { name: ref.name, kind, ...(meta ? { meta } : {}), summary: ref.summary, href: ref.href };
  }
  return cards;
}
