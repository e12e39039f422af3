/**
 * "Did you mean …?" when a search finds nothing, in the header's box and on
 * the search page: each suggestion (src/outputs/name-match.ts) a link to the
 * search page with it, which runs that search in place when clicked.
 */

/** Fills `container` with the suggestions (hidden when there are none); `run` searches one in place. */
export function showSuggestions(
  container: HTMLElement,
  suggestions: readonly string[],
  searchPage: string,
  run: (text: string) => void,
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
  const parts: (Node | string)[] = ['Did you mean '];
  links.forEach((link, i) => parts.push(...(i === 0 ? [] : [i === links.length - 1 ? ' or ' : ', ']), link));
  parts.push('?');
  container.replaceChildren(...parts);
}

/** "A", "A or B", "A, B or C". */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
}
