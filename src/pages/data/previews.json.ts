/** `/data/previews.json`: every entry's preview card (id → card), for `src/scripts/previews.ts`. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { previewCards } from '../../outputs/previews.ts';

export const GET: APIRoute = async () => {
  const { pages, i18n } = await getSite();
  return new Response(JSON.stringify(previewCards(pages, i18n)), { headers: { 'content-type': 'application/json' } });
};
