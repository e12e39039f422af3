/**
 * `/feed.xml`: the Atom feed of new events and of updates and corrections
 * (built by the core, `src/lib/feed.ts`). Absolute links when DOSSIER_SITE is set.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../site/site-data.ts';
import { buildAtomFeed } from '../outputs/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const { story, pages, base, i18n } = await getSite();
  const feed = buildAtomFeed({ story, pages, base, i18n }, { site });
  // A story with no day in it has no feed (feed.ts says why): an empty response writes no file.
  if (feed === undefined) return new Response(null, { status: 404 });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
