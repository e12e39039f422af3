/**
 * Loaded with every page, so kept tiny (issue 5 budget): the `/` shortcut,
 * and the switch that loads the real search UI only when the reader starts
 * searching (focuses or types in the box). Pages opened from a search result
 * carry `?highlight=terms`; the highlighter is loaded only then.
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

const highlight = new URLSearchParams(location.search).get('highlight');
if (highlight) void import('./highlight-terms.ts').then(({ highlightTerms }) => highlightTerms(highlight));

/** `/` is a character like any other in a text field. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('textarea, select, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"])');
}
