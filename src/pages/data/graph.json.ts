/** `/data/graph.json`: the story's whole relationship graph, nodes and edges, as the pages draw it (graph.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';

export const GET: APIRoute = async () => {
  const { graph } = await getSite();
  return new Response(JSON.stringify(graph), { headers: { 'content-type': 'application/json' } });
};
