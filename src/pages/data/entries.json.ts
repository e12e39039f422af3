/**
 * `data/entries.json`: every entry's fields and links, for reuse. See
 * `src/lib/entries-export.ts` for the format.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { entriesExport } from '../../outputs/entries-export.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = entriesExport(await getSite(), site);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
