/**
 * The header's search box, searching as the reader types: the WAI-ARIA
 * "combobox with a listbox popup" pattern (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/).
 * Focus stays in the input; the arrows move the active result
 * (`aria-activedescendant`), Enter opens it, Escape closes the list; a live
 * region announces how many results there are. Results are links (role
 * option), so a click, a middle-click or "open in new tab" work as usual.
 * Loaded by search-box.ts when the reader starts searching.
 */
import { loadPagefind, namesFirst, preload, search, searchPagefind, suggest, type Results } from './search-client.ts';
import { fillHit } from './result-view.ts';
import { showSuggestions } from './suggestions.ts';
import { orList, readStrings, say, type Strings } from './strings.ts';
import { LATE_MS, pauseTimer } from './pause-timer.ts';
import { preloadable, queryTerms } from './terms.ts';

/**
 * Results listed in the box; the search page lists them all. Each result
 * costs a request for its data (a few KB on a large story).
 */
const SHOWN = 6;
/**
 * Search once the reader pauses this long: one search (and one set of result
 * fragments fetched) per burst of typing, while the index chunks the words
 * need are fetched as they are typed. Leaves room for results within 300 ms
 * of the last keystroke.
 */
const DEBOUNCE_MS = 150;
/**
 * The pause after a last word too short for its index chunk to be fetched
 * while typing (see `preloadable`): such a word is most often the start of a
 * longer one, and its search would cost a chunk, results' data and, since it
 * starts many words, main-thread time (hundreds of ms for two letters on a
 * story of 10,000 entries) that the whole word does not need.
 */
const SHORT_WORD_DEBOUNCE_MS = 300;
/** Shorter queries match half the index and say little. */
const MIN_LENGTH = 2;

export function enhanceSearchBox(form: HTMLFormElement, input: HTMLInputElement): void {
  if (form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const base = form.dataset.base ?? '/';
  const searchPage = form.dataset.searchPage ?? `${base}search/`;
  const strings = readStrings(form);
  // The reader is about to type: fetch Pagefind and its WebAssembly now.
  let ready = false;
  loadPagefind(base).then(
    () => (ready = true),
    () => undefined,
  );

  const popup = element('div', 'site-search__popup');
  popup.hidden = true;
  const message = element('p', 'site-search__message');
  const suggestion = element('p', 'site-search__suggestion search-suggestion');
  suggestion.hidden = true;
  const listbox = element('ul', 'site-search__results');
  listbox.id = `${input.id}-results`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', say(strings, 'search.box.results'));
  const more = element('a', 'site-search__more') as HTMLAnchorElement;
  popup.append(message, suggestion, listbox, more);
  const status = element('p', 'visually-hidden');
  status.setAttribute('role', 'status');
  form.append(popup, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let latest = 0;
  const pause = pauseTimer();
  // The search for what is typed, started as the reader types (see the input
  // listener), so that only the results' data is left to fetch once they pause.
  let early: { query: string; results: Promise<Results | undefined> } | undefined;

  // Whether the box still holds `query`; if not, the reader typed on and a
  // newer search follows. Pagefind may still be loading while the first keys
  // arrive (on a large story, its page list takes a while): a search for
  // words already typed over would fetch index chunks and results' data
  // for nothing, so each search checks this once Pagefind is ready. Its
  // start-up can keep a slow device's processor busy enough to hold up the
  // reader's keys on their way to the page too, so a search that waited for
  // it waits one beat more (`LATE_MS`) for them before checking.
  const current = (query: string) => input.value.trim() === query;
  const whenReady = <T>(query: string, then: () => Promise<T>): Promise<T | undefined> =>
    ready
      ? current(query)
        ? then()
        : Promise.resolve(undefined)
      : loadPagefind(base)
          .then(() => new Promise((beat) => setTimeout(beat, LATE_MS)))
          .then(() => (current(query) ? then() : undefined));

  const show = (open: boolean) => {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open && options.length > 0));
    if (!open) activate(-1);
  };

  const activate = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const update = async () => {
    const query = input.value.trim();
    const run = ++latest;
    if (query.length < MIN_LENGTH) {
      options = [];
      listbox.replaceChildren();
      showSuggestions(suggestion, [], searchPage, () => undefined, strings);
      status.textContent = '';
      show(false);
      return;
    }
    try {
      const typed = early?.query === query ? await early.results : undefined;
      const results = typed ? await namesFirst(base, query, typed) : await whenReady(query, () => search(base, query));
      if (!results || !current(query)) return;
      const hits = await results.hits(0, SHOWN);
      if (run !== latest || !current(query)) return; // the reader typed on: a newer search follows
      const terms = queryTerms(query);
      options = hits.map((hit, i) => {
        const option = document.createElement('a');
        option.id = `${listbox.id}-${i}`;
        option.className = 'search-hit';
        option.href = hit.url;
        option.tabIndex = -1;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        fillHit(option, hit, terms, strings);
        return option;
      });
      listbox.replaceChildren(...options.map((option) => wrap(option)));
      active = -1;
      input.removeAttribute('aria-activedescendant');
      message.textContent = results.total === 0 ? say(strings, 'search.box.noMatch', { query }) : '';
      message.hidden = results.total > 0;
      const suggestions = results.total === 0 ? await suggest(base, query) : [];
      if (run !== latest || !current(query)) return;
      showSuggestions(
        suggestion,
        suggestions,
        searchPage,
        (text) => {
          input.value = text;
          input.focus();
          void update();
        },
        strings,
      );
      more.href = `${searchPage}?q=${encodeURIComponent(query)}`;
      more.textContent =
        results.total > SHOWN ? say(strings, 'search.box.allResults', { count: results.total }) : say(strings, 'search.box.withFilters');
      status.textContent = announce(query, results.total, suggestions, strings);
      show(document.activeElement === input || popup.contains(document.activeElement));
    } catch (error) {
      if (run !== latest) return;
      message.hidden = false;
      suggestion.hidden = true;
      message.textContent = say(strings, 'search.unavailable');
      show(true);
      console.error(error);
    }
  };

  input.addEventListener('input', () => {
    const query = input.value.trim();
    const complete = preloadable(input.value);
    if (complete === query && query.length >= MIN_LENGTH) {
      // Every word worth its index chunk: search now (chunks and ranking, no
      // result data yet), while the pause before showing results runs; the
      // story's names are looked up after it (`namesFirst`).
      const results = whenReady(query, () => searchPagefind(base, query));
      results.catch(() => undefined);
      early = { query, results };
    } else if (complete.length >= MIN_LENGTH) whenReady(query, () => preload(base, complete)).catch(() => undefined);
    pause.start(complete === query ? DEBOUNCE_MS : SHORT_WORD_DEBOUNCE_MS, () => {
      if (current(query)) void update();
    });
  });

  input.addEventListener('keydown', (event) => {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        if (popup.hidden) show(true);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        activate(active === -1 ? (step === 1 ? 0 : count - 1) : (active + step + count) % count);
        return;
      }
      case 'Enter': {
        const option = popup.hidden ? undefined : options[active];
        if (!option) return; // the form goes to the search page
        event.preventDefault();
        location.assign(option.href);
        return;
      }
      case 'Escape':
        if (!popup.hidden) {
          event.preventDefault();
          show(false);
        }
        return;
    }
  });

  input.addEventListener('focus', () => {
    if (input.value.trim().length >= MIN_LENGTH && (options.length > 0 || !message.hidden)) show(true);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) show(false);
  });
  // Clicking a result or a suggestion must not blur the input first (that would close the list).
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  suggestion.addEventListener('mousedown', (event) => event.preventDefault());

  if (input.value.trim()) void update();
}

function announce(query: string, total: number, suggestions: readonly string[], strings: Strings): string {
  if (total === 0) {
    const none = say(strings, 'search.box.none', { query });
    return suggestions.length > 0 ? `${none} ${say(strings, 'search.didYouMean', { suggestions: orList(suggestions) })}` : none;
  }
  return say(strings, total > SHOWN ? 'search.box.countShown' : 'search.box.count', { count: total, query, shown: SHOWN });
}

function wrap(option: HTMLElement): HTMLLIElement {
  const item = document.createElement('li');
  item.setAttribute('role', 'presentation');
  item.append(option);
  return item;
}

function element(tag: string, className: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}
