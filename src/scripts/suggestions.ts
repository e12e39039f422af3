/**
 * "Did you mean …?" when a search finds nothing, in the header's box and on
 * the search page: each suggestion (src/outputs/name-match.ts) a link to the
 * search page with it, which runs that search in place when clicked.
 */

import { orList, say, type Strings } from './strings.ts';

/** Fills `container` with the suggestions (hidden when there are none); `run` searches one in place. */
export function showSuggestions(
  container: HTMLElement,
  suggestions: readonly string[],
  searchPage: string,
  run: (text: string) => void,
  strings: Strings,
): void {
  container.hidden = suggestions.length === 0;
  if (suggestions.length === 0) {
    container.replaceChildren();
    return;
  }
  const links = suggestions.map((text) => {
    const link = document.createElement('a');
    link.href = `${searchPage}?q=${encodeURIComponent(text)}`;
    link.textContent = text;
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      run(text);
    });
    return link;
  });
  // "Did you mean A, B or C?": the list as the language writes it, each name a link.
  const marks = suggestions.map((_, i) => `\uE000${i}\uE001`);
  const sentence = say(strings, 'search.didYouMean', { suggestions: orList(marks) });
  const parts = sentence.split(/\uE000(\d+)\uE001/).map((piece, i) => (i % 2 === 1 ? links[Number(piece)]! : piece));
  container.replaceChildren(...parts.filter((p) => p !== ''));
}
