/**
 * The embed views' addresses, the snippet a newsroom pastes into its own
 * article to show one, and the oEmbed answer for CMSs that embed by URL
 * (https://oembed.com). The views are made by `src/pages/embed/`; their
 * headers let other sites frame them (`security-headers.ts`).
 */
import type { EntryRef } from '../model/site-types.ts';
import { entryPath } from '../model/urls.ts';
import { EMBED_FOLDER } from './security-headers.ts';

export type EmbedView = 'card' | 'graph';

/** An entry's embed view, under the base: `embed/actors/cnn/`, `embed/actors/cnn/graph/`. */
export function embedPath(ref: Pick<EntryRef, 'kind' | 'id'>, view: EmbedView): string {
  if (ref.kind === 'story') throw new Error('The story has no entry embed: embed the timeline');
  return `${EMBED_FOLDER}/${entryPath(ref.kind, ref.id)}${view === 'graph' ? 'graph/' : ''}`;
}

/** The timeline's embed view, under the base; `?actor=<id>` shows one actor's events. */
export const TIMELINE_EMBED = `${EMBED_FOLDER}/timeline/`;

/** An entry's oEmbed answer, under the base, beside its card view. */
export function oembedPath(ref: Pick<EntryRef, 'kind' | 'id'>): string {
  return `${embedPath(ref, 'card')}oembed.json`;
}

/** The height a frame starts at, before the view has said how tall it is. */
export const START_HEIGHTS: Record<EmbedView | 'timeline', number> = { card: 320, graph: 480, timeline: 600 };

/** The message an embed view sends its frame (src/scripts/embed-height.ts). */
export const HEIGHT_MESSAGE = 'dossier:embed-height';

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<iframe>` of a view: full width, no border, loaded when near. */
export function embedFrame(src: string, title: string, height: number): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy" data-dossier-embed></iframe>`;
}

/**
 * The script that lets every Dossier frame on a page fit its view: it takes
 * a height only from a frame of this page whose document comes from
 * `origin`, the site's own.
 */
export function resizeScript(origin: string): string {
  return [
    '<script>',
    'window.addEventListener("message", function (event) {',
    `  if (event.origin !== ${JSON.stringify(origin)} || !event.data || event.data.type !== ${JSON.stringify(HEIGHT_MESSAGE)}) return;`,
    '  var height = Number(event.data.height);',
    '  if (!(height > 0 && height < 100000)) return;',
    '  document.querySelectorAll("iframe[data-dossier-embed]").forEach(function (frame) {',
    '    if (frame.contentWindow === event.source) frame.height = String(Math.ceil(height));',
    '  });',
    '});',
    '</script>',
  ].join('\n');
}

/** What to paste: the frame and the script (one script serves every frame of a page). */
export function embedSnippet(src: string, title: string, height: number): string {
  return `${embedFrame(src, title, height)}\n${resizeScript(new URL(src).origin)}`;
}

/** An oEmbed 1.0 answer of type `rich` (https://oembed.com/#section2.3). */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export function oembedOf(input: {
  ref: EntryRef;
  storyTitle: string;
  /** The site's address with its base: `https://example.org/explainers/leak/`. */
  siteUrl: string;
  card?: { url: string; width: number; height: number };
}): OEmbed {
  const src = new URL(embedPath(input.ref, 'card'), input.siteUrl).href;
  return {
    version: '1.0',
    type: 'rich',
    title: input.ref.name,
    provider_name: input.storyTitle,
    provider_url: input.siteUrl,
    html: embedSnippet(src, `${input.ref.name} · ${input.storyTitle}`, START_HEIGHTS.card),
    width: 600,
    height: START_HEIGHTS.card,
    ...(input.card ? { thumbnail_url: input.card.url, thumbnail_width: input.card.width, thumbnail_height: input.card.height } : {}),
  };
}
