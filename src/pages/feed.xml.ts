/**
 * `/feed.xml`: the Atom feed of new events and of updates and corrections
 * (built by the core, `src/lib/feed.ts`). Absolute links when DOSSIER_SITE is set.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../site/site-data.ts';
import { buildAtomFeed } from '../lib/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const { story, pages, base } = await getSite();
  return new Response(buildAtomFeed({ story, pages, base }, { site }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
