/**
 * Marks the searched words on a page opened from a search result
 * (`?highlight=Zelensky`), in the entry's indexed content only, and scrolls
 * the first one into view when it is below the fold. The marks are plain
 * `<mark class="search-highlight">` elements, styled in src/styles/search.css.
 */
import { matchedRanges, queryTerms } from './terms.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'TEXTAREA']);

export function highlightTerms(query: string, root: Element | null = document.querySelector('[data-pagefind-body]')): number {
  const terms = queryTerms(query);
  if (!root || terms.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (SKIP.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);

  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const inText: HTMLElement[] = [];
    // From the end, so the offsets of earlier matches stay valid.
    for (const [start, end] of matchedRanges(text.data, terms).reverse()) {
      const word = text.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      word.replaceWith(mark);
      mark.append(word);
      inText.unshift(mark);
    }
    marks.push(...inText);
  }
  const first = marks[0];
  if (first && first.getBoundingClientRect().top > window.innerHeight) first.scrollIntoView({ block: 'center' });
  return marks.length;
}
