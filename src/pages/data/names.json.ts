/** `/data/names.json`: the manifest of the story's names for search (src/outputs/name-index.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { nameIndex, nameRecords } from '../../outputs/name-index.ts';

export const GET: APIRoute = async () => {
  const { story, pages, base } = await getSite();
  const { manifest } = nameIndex(nameRecords(story, pages, base));
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } });
};
