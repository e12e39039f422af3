/**
 * `/cards/<page>.png`: each page's share card (`og:image`), drawn at build
 * time (`share-card.ts`), one per page of the site (`share-cards.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { join } from 'node:path';
import options from 'virtual:dossier/options';
import { getSite } from '../../site/site-data.ts';
import { renderShareCard } from '../../outputs/share-card.ts';
import type { CardSpec } from '../../outputs/share-cards.ts';

export const getStaticPaths = (async () => {
  const { cards } = await getSite();
  return cards.map((spec) => ({ params: { card: spec.path.slice('cards/'.length) }, props: { spec } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = (props as { spec: CardSpec }).spec;
  const png = await renderShareCard({ ...card, ...(card.picture ? { picture: join(options.contentDir, card.picture) } : {}) });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
