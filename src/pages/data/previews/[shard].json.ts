/** `/data/previews/<count>-<n>.json`: the preview cards of one shard (id → card), for `src/scripts/previews.ts`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/site-data.ts';
import { previewCards } from '../../../outputs/previews.ts';
import { previewShards } from '../../../outputs/preview-shards.ts';

export const getStaticPaths = (async () => {
  const { pages, i18n } = await getSite();
  return [...previewShards(previewCards(pages, i18n))].map(([shard, cards]) => ({ params: { shard }, props: { cards } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.cards), { headers: { 'content-type': 'application/json' } });
