/**
 * Which share card each page of the site gets (`share-card.ts` draws them):
 * one per entry, and the story's own for the home page and every other page
 * (the lists, search, the 404 page), which are the story's as a whole. A
 * page's card is found from its path alone (`cardPathOf`), so the page shell
 * names it without knowing which page it is.
 */
import { english, type Translator } from '../i18n/translator.ts';
import { actorKindLabel } from '../model/kind-labels.ts';
import { statusLabel } from '../model/status.ts';
import type { EntryPage, StoryPage } from '../model/site-model.ts';
import type { ShareCard } from './share-card.ts';
import { entryPath } from '../model/urls.ts';

export interface CardSpec {
  /** The card's path under the base, without `.png`: `cards/actors/cnn`. */
  path: string;
  card: Omit<ShareCard, 'picture'> & { /** The lead picture's file, relative to the content folder. */ picture?: string };
  /** The card's alt text (`og:image:alt`). */
  alt: string;
}

const capital = (text: string, lang: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

function entryKicker(page: EntryPage, i18n: Translator): string {
  const kicker = (kind: string, detail: string) => i18n.t('kicker', { kind, detail });
  switch (page.kind) {
    case 'actor':
      return kicker(i18n.t('kind.actor'), page.role ?? actorKindLabel(page.actorKind, i18n));
    case 'event':
      return kicker(i18n.t('kind.event'), page.dateLabel);
    case 'source':
      return page.publishedLabel ? kicker(i18n.t('kind.source'), page.publishedLabel) : i18n.t('kind.source');
  }
}

export function shareCards(story: StoryPage, pages: readonly EntryPage[], i18n: Translator = english()): CardSpec[] {
  const foot = story.title;
  const rtl = i18n.dir === 'rtl' ? { dir: 'rtl' as const } : {};
  const alt = (card: CardSpec['card']) =>
    card.status
      ? i18n.t('card.altStatus', { title: card.title, kicker: card.kicker, status: card.status, story: card.story })
      : i18n.t('card.alt', { title: card.title, kicker: card.kicker, story: card.story });
  const spec = (path: string, card: CardSpec['card']): CardSpec => ({ path, card, alt: alt(card) });
  return [
    spec('cards/index', {
      kicker: i18n.t('kind.explainer'),
      title: story.title,
      story: story.dek ?? story.ref.summary,
      ...(story.picture ? { picture: story.picture.file, pictureKind: story.picture.kind } : {}),
      ...rtl,
    }),
    ...pages.map((page) =>
      spec(`cards/${entryPath(page.kind, page.ref.id).slice(0, -1)}`, {
        kicker: entryKicker(page, i18n),
        title: page.ref.name,
        story: foot,
        ...(page.kind === 'event' && page.status ? { status: capital(statusLabel(page.status, i18n), i18n.lang) } : {}),
        ...(page.picture ? { picture: page.picture.file, pictureKind: page.picture.kind } : {}),
        ...rtl,
      }),
    ),
  ];
}

/**
 * The card of the page at `path` (under the base, `actors/cnn/`): an entry's
 * own, or the story's for any other page.
 */
export function cardPathOf(path: string, cards: { has(path: string): boolean }): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  const own = `cards/${trimmed}`;
  return trimmed !== '' && cards.has(own) ? own : 'cards/index';
}
