/**
 * Loaded with every page, so kept tiny: the `/` shortcut (and its badge,
 * shown only once this has run, and by the stylesheet not on touch screens),
 * and the switch that loads the real search UI only when the reader starts
 * searching (focuses or types in the box). Pages opened from a search result
 * carry `?highlight=terms`; Pagefind's highlighter is loaded only then.
 */

const form = document.querySelector<HTMLFormElement>('form.site-search');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

if (form && input) {
  // With JavaScript, submitting the box opens the search page rather than
  // the A–Z index (the no-JavaScript fallback the HTML points to).
  form.action = form.dataset.searchPage ?? form.action;

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./search-combobox.ts').then(({ enhanceSearchBox }) => enhanceSearchBox(form, input));
  };
  input.addEventListener('focus', start);
  input.addEventListener('input', start);
  // Focused before this script ran (autofocus, a quick reader).
  if (document.activeElement === input) start();

  // The shortcut exists from now on: say so to assistive technology, and show the badge.
  for (const box of [input, document.querySelector<HTMLInputElement>('[data-search-primary]')]) box?.setAttribute('aria-keyshortcuts', '/');
  form.dataset.shortcut = '/';

  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTyping(event.target)) return;
    event.preventDefault();
    // The search page's own box, when there is one, else the header's.
    const target = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? input;
    target.focus();
    target.select();
  });
}

if (new URLSearchParams(location.search).has('highlight')) void highlightSearchedWords(form?.dataset.base ?? '/');

/**
 * Marks the searched words in the entry's indexed content with Pagefind's own
 * highlighter (`<mark class="search-highlight">`, styled by the site's CSS:
 * Pagefind's inline style would break the Content-Security-Policy), and
 * scrolls the first one into view when it is below the fold.
 */
async function highlightSearchedWords(base: string): Promise<void> {
  type Highlighter = new (options: Record<string, unknown>) => unknown;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as {
    default: Highlighter;
  };
  new PagefindHighlight({ highlightParam: 'highlight', addStyles: false, markOptions: { className: 'search-highlight' } });
  const first = document.querySelector('mark.search-highlight');
  if (first && first.getBoundingClientRect().top > window.innerHeight) first.scrollIntoView({ block: 'center' });
}

/** `/` is a character like any other in a text field. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.matches('textarea, select, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"])')
  );
}
