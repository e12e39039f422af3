/** `/data/names/<n>.json`: one chunk of the story's names for search (src/outputs/name-index.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/site-data.ts';
import { nameIndex, nameRecords } from '../../../outputs/name-index.ts';

export const getStaticPaths = (async () => {
  const { story, pages, base } = await getSite();
  return nameIndex(nameRecords(story, pages, base)).chunks.map((names, n) => ({ params: { chunk: String(n) }, props: { names } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.names), { headers: { 'content-type': 'application/json' } });
