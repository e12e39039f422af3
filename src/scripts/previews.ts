/**
 * Link previews: hovering or focusing a link to an entry shows a small card
 * (name, kind, date or role, one-sentence summary), Wikipedia-style; a
 * citation mark's card is the reference it points to, from the page. The
 * cards come from the build's `/data/previews/<count>-<n>.json` files, about
 * 64 cards each (`preview-shards.ts`): the file holding a link's card is
 * fetched when the pointer reaches the link (while the card's short pause
 * runs), or on focus or tap, once; never by downloading pages.
 *
 * - Mouse: the card shows after a short pause and stays while the pointer is
 *   on the link or the card (WCAG 1.4.13: hoverable, persistent, dismissible).
 * - Keyboard: focusing a link shows it; Escape closes it.
 * - Touch: a first tap on a link in the text (`.prose`) shows the card with a
 *   link to the page; a second tap on the same link, or the card's link,
 *   opens the page. A link in a list, an infobox or the graph (A–Z,
 *   timeline, Related, Mentioned in) opens on the first tap: there the
 *   reader has chosen an entry, not met a name while reading.
 * The card sits wholly below the link, or above it when there is no room
 * below, so it never covers the link. Without JavaScript links just work.
 */

import { shardName, shardOf } from '../outputs/preview-shards.ts';

interface Card {
  name: string;
  kind: string;
  meta?: string;
  summary: string;
  href: string;
  /** The words of the card's own link, on touch: `Open “name”` when not set. */
  open?: string;
}

type Link = HTMLAnchorElement | SVGAElement;

/** A citation mark (`[2]`): its card is the reference it points to, read from the page. */
const CITATIONS = 'a.citation[href^="#ref-"]';
const LINKS = `a.entry-link[href], a.graph-node[href], ${CITATIONS}`;
/** Where a tap previews instead of opening: the entry's text. */
const PROSE = '.prose';
const ENTRY_PATH = /\/(?:actors|events|sources)\/([^/]+)\/$/;
const SHOW_DELAY = 250;
const HIDE_DELAY = 300;
const GAP = 8;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** The number of shards, from the page (`Base.astro`); 0 when missing. */
const shards = Number(document.body.dataset.previewShards) || 0;
const loaded = new Map<number, Promise<Record<string, Card>>>();
/** The cards of the shard holding `id`'s, fetched once. */
function load(id: string): Promise<Record<string, Card>> {
  if (shards === 0) return Promise.resolve({});
  const shard = shardOf(id, shards);
  let cards = loaded.get(shard);
  if (!cards) {
    cards = fetch(`${base}data/previews/${shardName(shards, shard)}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, Card>>) : {}))
      .catch(() => ({}));
    loaded.set(shard, cards);
  }
  return cards;
}

const card = document.createElement('div');
card.id = 'entry-preview';
card.className = 'preview-card';
card.hidden = true;
document.body.append(card);

let current: Link | undefined;
let touchMode = false;
/** The last pointer that went down: a focus it causes is not a keyboard focus. */
let pointer: string | undefined;
let request = 0;
let showTimer: ReturnType<typeof setTimeout> | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

const linkOf = (target: EventTarget | null): Link | undefined => {
  const link = target instanceof Element ? target.closest<Link>(LINKS) : null;
  return link && !card.contains(link) && link.getAttribute('aria-current') !== 'page' ? link : undefined;
};
const idOf = (link: Link) => ENTRY_PATH.exec(new URL(link.getAttribute('href') ?? '', location.href).pathname)?.[1];

function element(tag: string, className: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

/** The card of a citation mark: its reference's words, as the reference list gives them. */
function referenceCard(link: Link): Card | undefined {
  const anchor = link.getAttribute('href')!.slice(1);
  const item = document.getElementById(anchor);
  if (!item) return undefined;
  const copy = item.cloneNode(true) as HTMLElement;
  copy.querySelector('.backrefs')?.remove();
  const name = (copy.querySelector('a.entry-link')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  const number = anchor.slice('ref-'.length);
  return {
    kind: `Reference ${number}`,
    name,
    summary: text.startsWith(name) ? text.slice(name.length).replace(/^[\s,.]+/, '') : text,
    href: `#${anchor}`,
    open: `Go to reference ${number}`,
  };
}

const isCitation = (link: Link) => link.matches(CITATIONS);

async function show(link: Link, touch: boolean): Promise<'shown' | 'missing' | 'stale'> {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  const id = idOf(link);
  const mine = ++request;
  const data = isCitation(link) ? referenceCard(link) : id ? (await load(id))[id] : undefined;
  if (mine !== request) return 'stale';
  if (!data) return 'missing';
  const parts = [element('p', 'preview-card__kind', data.kind), element('p', 'preview-card__name', data.name)];
  if (data.meta) parts.push(element('p', 'preview-card__meta', data.meta));
  if (data.summary) parts.push(element('p', 'preview-card__summary', data.summary));
  if (touch) {
    const open = element('a', 'preview-card__open', data.open ?? `Open “${data.name}”`) as HTMLAnchorElement;
    open.href = data.href;
    parts.push(open);
  }
  card.replaceChildren(...parts);
  // A tooltip for hover and focus; a plain popup holding a link for touch.
  if (touch) card.removeAttribute('role');
  else card.setAttribute('role', 'tooltip');
  if (current && current !== link) current.removeAttribute('aria-describedby');
  current = link;
  touchMode = touch;
  link.setAttribute('aria-describedby', card.id);
  card.hidden = false;
  place(link);
  return 'shown';
}

function hide(): void {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  request++;
  card.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
  touchMode = false;
}

/** Below the link, or above it if the card doesn't fit below; kept inside the viewport's width. */
function place(link: Link): void {
  const box = link.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const { offsetWidth: w, offsetHeight: h } = card;
  const below = box.bottom + GAP;
  const top = below + h > window.innerHeight && box.top - GAP - h >= 0 ? box.top - GAP - h : below;
  const left = Math.max(GAP, Math.min(box.left, width - w - GAP));
  card.style.left = `${Math.round(left + window.scrollX)}px`;
  card.style.top = `${Math.round(top + window.scrollY)}px`;
}

const later = (fn: () => void, ms: number) => setTimeout(fn, ms);

document.addEventListener('pointerover', (event) => {
  if (event.pointerType === 'touch') return;
  const link = linkOf(event.target);
  if (link) {
    clearTimeout(hideTimer);
    if (link !== current) {
      clearTimeout(showTimer);
      const id = idOf(link);
      if (id) void load(id);
      showTimer = later(() => void show(link, false), SHOW_DELAY);
    }
  } else if (card.contains(event.target as Node)) clearTimeout(hideTimer);
});

document.addEventListener('pointerout', (event) => {
  if (event.pointerType === 'touch' || touchMode) return;
  const from = event.target as Node;
  const to = event.relatedTarget as Node | null;
  const inZone = (node: Node | null) => !!node && (card.contains(node) || !!current?.contains(node));
  const pending = linkOf(from);
  if (pending && !(to && pending.contains(to))) clearTimeout(showTimer);
  if (card.hidden || !inZone(from) || inZone(to)) return;
  // A card opened by keyboard focus stays while its link has focus.
  if (!pointer && document.activeElement === current) return;
  hideTimer = later(hide, HIDE_DELAY);
});

document.addEventListener('pointerdown', (event) => {
  pointer = event.pointerType;
  const target = event.target as Node;
  if (!card.hidden && !card.contains(target) && !linkOf(target)) hide();
});

document.addEventListener('keydown', (event) => {
  pointer = undefined;
  if (event.key === 'Escape' && !card.hidden) hide();
});

document.addEventListener('focusin', (event) => {
  const link = linkOf(event.target);
  if (link && !pointer) void show(link, false);
  else if (!link && !card.contains(event.target as Node) && !card.hidden && !touchMode) hide();
});

document.addEventListener('focusout', (event) => {
  // Focus left the page's content (to the browser's toolbar, say).
  if (!event.relatedTarget && !pointer && !touchMode && linkOf(event.target)) hide();
});

// Touch: the first tap on a link in the text shows its card instead of
// following it; a second tap on it follows it. A link with no card, or
// outside the text, is followed at once.
document.addEventListener(
  'click',
  (event) => {
    const link = linkOf(event.target);
    if (!link || pointer !== 'touch' || !(idOf(link) || isCitation(link)) || !link.closest(PROSE)) return;
    if (link === current && !card.hidden) return;
    event.preventDefault();
    void show(link, true).then((shown) => {
      if (shown === 'missing') location.assign(new URL(link.getAttribute('href') ?? '', location.href));
    });
  },
  true,
);

window.addEventListener('resize', () => !card.hidden && hide());
// A card's link to a reference moves the page under the card.
window.addEventListener('hashchange', () => !card.hidden && hide());
