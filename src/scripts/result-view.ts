/**
 * How one search result reads, in the header's list and on the search page:
 * its kind (with actor kind or claim status), title, date and summary, the
 * matched words marked; the other names it is known by, when one matched;
 * and, when the match is elsewhere in the entry, the passage that matched
 * (Pagefind's excerpt, its words already marked).
 */
import type { Hit } from './search-client.ts';
import { markedNodes } from './terms.ts';
import { say, type Strings } from './strings.ts';

/** "Actor · person", "Event · reported", "Source", in the page's language. */
export function kindLabel(hit: Hit, strings: Strings): string {
  const kind = strings[`search.hit.${hit.kind}`] ?? hit.kind;
  const detail = hit.actorKind ?? (hit.status && (strings[`status.${hit.status}`] ?? hit.status));
  return detail ? `${kind} · ${detail}` : kind;
}

/**
 * Fills `container` with the parts of a result, as phrasing content (spans)
 * so it fits in a link or an option; `title` is the element for the title.
 */
export function fillHit(
  container: HTMLElement,
  hit: Hit,
  terms: readonly string[],
  strings: Strings,
  title: HTMLElement = span('search-hit__title'),
): void {
  const kind = span('search-hit__kind');
  kind.dataset.kind = hit.kind;
  kind.textContent = kindLabel(hit, strings);
  const titleNodes = markedNodes(hit.title, terms);
  title.replaceChildren(...(titleNodes ?? [hit.title]));
  container.append(kind, title);
  if (hit.date) container.append(text('search-hit__date', hit.date));
  const summaryNodes = markedNodes(hit.summary, terms);
  if (hit.summary) container.append(text('search-hit__summary', ...(summaryNodes ?? [hit.summary])));
  const aliasNodes = hit.aliases ? markedNodes(hit.aliases, terms) : null;
  if (aliasNodes) container.append(text('search-hit__aliases', `${say(strings, 'search.alsoKnownAs')} `, ...aliasNodes));
  if (!titleNodes && !summaryNodes && !aliasNodes && hit.excerpt) {
    const excerpt = span('search-hit__excerpt');
    // Pagefind encodes the excerpt's text and adds only <mark> elements.
    excerpt.innerHTML = hit.excerpt;
    container.append(excerpt);
  }
}

function span(className: string): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  return element;
}

function text(className: string, ...content: (Node | string)[]): HTMLElement {
  const element = span(className);
  element.append(...content);
  return element;
}
