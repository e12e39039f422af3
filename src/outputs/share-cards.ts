/**
 * Which share card each page of the site gets (`share-card.ts` draws them):
 * one per entry, and the story's own for the home page and every other page
 * (the lists, search, the 404 page), which are the story's as a whole. A
 * page's card is found from its path alone (`cardPathOf`), so the page shell
 * names it without knowing which page it is.
 */
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

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function entryKicker(page: EntryPage): string {
  switch (page.kind) {
    case 'actor':
      return `Actor · ${page.role ?? page.actorKind}`;
    case 'event':
      return `Event · ${page.dateLabel}`;
    case 'source':
      return page.publishedLabel ? `Source · ${page.publishedLabel}` : 'Source';
  }
}

export function shareCards(story: StoryPage, pages: readonly EntryPage[]): CardSpec[] {
  const foot = story.title;
  const alt = (card: CardSpec['card']) => `${card.title}: ${card.kicker}${card.status ? `, ${card.status}` : ''}. From ${card.story}.`;
  const spec = (path: string, card: CardSpec['card']): CardSpec => ({ path, card, alt: alt(card) });
  return [
    spec('cards/index', {
      kicker: 'Explainer',
      title: story.title,
      story: story.dek ?? story.ref.summary,
      ...(story.picture ? { picture: story.picture.file, pictureKind: story.picture.kind } : {}),
    }),
    ...pages.map((page) =>
      spec(`cards/${entryPath(page.kind, page.ref.id).slice(0, -1)}`, {
        kicker: entryKicker(page),
        title: page.ref.name,
        story: foot,
        ...(page.kind === 'event' && page.status ? { status: capital(page.status) } : {}),
        ...(page.picture ? { picture: page.picture.file, pictureKind: page.picture.kind } : {}),
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
