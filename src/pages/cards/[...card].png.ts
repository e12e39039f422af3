/**
 * `/cards/<page>.png`: each page's share card (`og:image`), drawn at build
 * time (`share-card.ts`, in worker threads: `site-data.ts`), one per page of
 * the site (`share-cards.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/site-data.ts';
import type { CardSpec } from '../../outputs/share-cards.ts';

export const getStaticPaths = (async () => {
  const { cards, cardKey } = await getSite();
  return cards.map((spec) => ({ params: { card: spec.path.slice('cards/'.length) }, props: { spec }, cacheKey: cardKey(spec.path) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { cardPng } = await getSite();
  const png = await cardPng((props as { spec: CardSpec }).spec.path);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
