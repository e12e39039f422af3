/**
 * The preview cards' data: for every actor, event and source, what a card
 * shows when a reader hovers, focuses or taps a link to it. Served as
 * `/data/previews.json` (id → card), fetched once by `src/scripts/previews.ts`.
 */
import type { EntryPage } from '../model/site-types.ts';
import { statusLabel } from '../model/status.ts';
import { actorKindLabel } from '../model/kind-labels.ts';
import { english, type Translator } from '../i18n/translator.ts';

export interface PreviewCard {
  name: string;
  /** "Actor · agency", "Event · reported", "Source". */
  kind: string;
  /** A role, a date, a publisher: one short line. */
  meta?: string;
  summary: string;
  href: string;
}

export function previewCards(pages: readonly EntryPage[], i18n: Translator = english()): Record<string, PreviewCard> {
  const cards: Record<string, PreviewCard> = {};
  const kicker = (kind: string, detail: string) => i18n.t('kicker', { kind, detail });
  for (const page of pages) {
    const { ref } = page;
    let kind = i18n.t('kind.source');
    let meta: string | undefined;
    if (page.kind === 'actor') {
      kind = kicker(i18n.t('kind.actor'), actorKindLabel(page.actorKind, i18n));
      meta = page.role;
    } else if (page.kind === 'event') {
      kind = page.status ? kicker(i18n.t('kind.event'), statusLabel(page.status, i18n)) : i18n.t('kind.event');
      meta = page.dateLabel;
    } else {
      const publisher = typeof page.publisher === 'string' ? page.publisher : page.publisher?.name;
      meta = [publisher, page.publishedLabel].filter(Boolean).join(i18n.t('list.separator')) || undefined;
    }
    cards[ref.id] = { name: ref.name, kind, ...(meta ? { meta } : {}), summary: ref.summary, href: ref.href };
  }
  return cards;
}
