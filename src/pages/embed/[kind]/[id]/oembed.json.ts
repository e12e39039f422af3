/**
 * `embed/<kind>/<id>/oembed.json`: an entry's oEmbed answer (type `rich`: the
 * card view's frame and the script that fits it), for CMSs that embed by
 * URL. Every entry page names it in a discovery `<link>`. Its HTML needs the
 * site's absolute address, so without DOSSIER_SITE there is none.
 */
import type { APIRoute } from 'astro';
import { embedPaths, getSite } from '../../../../site/site-data.ts';
import { oembedOf } from '../../../../outputs/embeds.ts';
import { cardPathOf } from '../../../../outputs/share-cards.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../../outputs/share-card.ts';
import type { EntryPage } from '../../../../model/site-types.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.site ? embedPaths(site.pages, site.pageKey) : [];
}

export const GET: APIRoute = async ({ props }) => {
  const { story, base, site, cardAlts } = await getSite();
  const page = (props as { page: EntryPage }).page;
  const siteUrl = new URL(base, site).href;
  const card = `${cardPathOf(page.ref.href.slice(base.length), cardAlts)}.png`;
  const body = oembedOf({
    ref: page.ref,
    storyTitle: story.title,
    siteUrl,
    card: { url: new URL(card, siteUrl).href, width: CARD_WIDTH, height: CARD_HEIGHT },
  });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
