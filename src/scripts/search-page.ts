/**
 * The search page (/search/): results for the words typed, narrowed by
 * filters (kind, actor kind, year, claim status; values within a group add
 * up, groups narrow each other) and ordered by relevance or date. The state
 * lives in the URL (`?q=mossad&kind=event`), so a search can be shared and
 * the back button works. From the box, Arrow Down moves to the first result
 * and the arrows move between results; a live region says how many there are.
 */
import { allFilters, preload, search, suggest, type FilterCounts, type Filters, type SortOrder } from './search-client.ts';
import { fillHit } from './result-view.ts';
import { preloadable, queryTerms } from './terms.ts';
import { showSuggestions } from './suggestions.ts';
import { readStrings, say, type Strings } from './strings.ts';

const GROUPS = [
  { key: 'kind', legend: 'search.page.facet.kind' },
  { key: 'actor_kind', legend: 'search.page.facet.actorKind' },
  { key: 'year', legend: 'search.page.facet.year' },
  { key: 'status', legend: 'search.page.facet.status' },
] as const;
const ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];
const PAGE_SIZE = 20;
/** As in the header's box (search-combobox.ts): search when the reader pauses. */
const DEBOUNCE_MS = 150;

const form = document.querySelector<HTMLFormElement>('form.search-page');
if (form) void start(form);

async function start(form: HTMLFormElement): Promise<void> {
  const base = form.dataset.base ?? '/';
  const strings = readStrings(form);
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const controls = form.querySelector<HTMLElement>('.search-page__controls')!;
  const filterBox = form.querySelector<HTMLElement>('.search-page__filters')!;
  const order = form.querySelector<HTMLSelectElement>('select')!;
  const status = document.querySelector<HTMLElement>('.search-page__status')!;
  const list = document.querySelector<HTMLOListElement>('.search-page__results')!;
  const more = document.querySelector<HTMLButtonElement>('.search-page__more')!;
  document.querySelector('.search-page__nojs')?.remove();
  // Shown only now: without JavaScript its button would lead back to this page.
  form.hidden = false;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  order.value = ORDERS.find((o) => o === params.get('sort')) ?? 'relevance';
  status.textContent = say(strings, 'search.page.loading');

  // The filters the address chose: they apply until the filter list is shown,
  // then its checkboxes do.
  const fromAddress: Filters = {};
  for (const { key } of GROUPS) if (params.has(key)) fromAddress[key] = { any: params.getAll(key) };
  // Every filter value with its number of entries. Pagefind fetches the index
  // of every filter for it (51 KB on a story of 10,000 entries), so it is
  // fetched alongside the first results, not before them.
  let everything: FilterCounts | undefined;
  const filtersShown = allFilters(base).then((counts) => {
    everything = counts;
    filterBox.replaceChildren(
      ...GROUPS.filter((g) => counts[g.key] && Object.keys(counts[g.key]!).length > 0).map((g) =>
        fieldset(g, counts[g.key]!, fromAddress[g.key]?.any ?? [], strings),
      ),
    );
    controls.hidden = false;
    return counts;
  });
  filtersShown.catch(() => undefined);

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let showMore: (() => Promise<void>) | undefined;

  const selected = (): Filters => {
    if (!everything) return fromAddress;
    const filters: Filters = {};
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked'))
      (filters[box.name] ??= { any: [] }).any.push(box.value);
    return filters;
  };

  const run = async () => {
    const query = input.value.trim();
    const filters = selected();
    const sort = order.value as SortOrder;
    const run = ++latest;
    saveState(query, filters, sort);
    const filtered = Object.keys(filters).length > 0;
    try {
      if (!query && !filtered) {
        list.replaceChildren();
        more.hidden = true;
        status.textContent = say(strings, 'search.page.prompt');
        const counts = await filtersShown;
        if (run === latest) showCounts(filterBox, counts);
        return;
      }
      await showResults(run, query, filters, sort, filtered);
      // The counts beside the filters: how many entries match the words alone,
      // per value. Pagefind counts with the filters' indexes it has, so once
      // it has them all.
      const all = await filtersShown;
      const counts = query ? (await search(base, query)).filters : all;
      if (run === latest) showCounts(filterBox, counts);
    } catch (error) {
      if (run !== latest) return;
      status.textContent = say(strings, 'search.unavailable');
      console.error(error);
    }
  };

  const showResults = async (run: number, query: string, filters: Filters, sort: SortOrder, filtered: boolean) => {
    const results = await search(base, query || null, filters, sort);
    const firstPage = await results.hits(0, PAGE_SIZE);
    if (run !== latest) return; // superseded by newer input
    const terms = queryTerms(query);
    list.replaceChildren(...firstPage.map((hit) => resultItem(hit, terms, strings)));
    let shown = firstPage.length;
    more.hidden = shown >= results.total;
    showMore = async () => {
      const next = await results.hits(shown, PAGE_SIZE);
      if (run !== latest) return;
      const items = next.map((hit) => resultItem(hit, terms, strings));
      list.append(...items);
      shown += next.length;
      more.hidden = shown >= results.total;
      items[0]?.querySelector('a')?.focus();
    };
    status.textContent = describe(query, results.total, results.unfiltered, filtered, strings);
    // Nothing matches the words themselves: names of the story close to them, in the same live region.
    const suggestions = query && results.unfiltered === 0 ? await suggest(base, query) : [];
    if (run !== latest || suggestions.length === 0) return;
    const offer = document.createElement('span');
    offer.className = 'search-suggestion';
    showSuggestions(
      offer,
      suggestions,
      location.pathname,
      (text) => {
        input.value = text;
        input.focus();
        form.requestSubmit();
      },
      strings,
    );
    status.append(' ', offer);
  };

  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };
  input.addEventListener('input', () => {
    const complete = preloadable(input.value);
    if (complete) preload(base, complete).catch(() => undefined);
    soon();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  filterBox.addEventListener('change', () => void run());
  order.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore?.());

  // Arrow keys: from the box to the results, and between results.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  });

  await run();
}

function fieldset(
  group: (typeof GROUPS)[number],
  values: Record<string, number>,
  checked: string[],
  strings: Strings,
): HTMLFieldSetElement {
  const set = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = say(strings, group.legend);
  const lang = document.documentElement.lang || 'en';
  const capital = (text: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
  set.append(legend);
  const names = Object.keys(values).sort((a, b) => (group.key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
  for (const value of names) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = group.key;
    box.value = value;
    box.checked = checked.includes(value);
    const name = document.createElement('span');
    // Kinds and statuses are filtered by their ids, shown in the page's language; actor kinds are indexed in it.
    name.textContent =
      group.key === 'kind'
        ? (strings[`search.page.kind.${value}`] ?? value)
        : capital(group.key === 'status' ? (strings[`status.${value}`] ?? value) : value);
    const count = document.createElement('span');
    count.className = 'search-page__count';
    label.append(box, name, ' ', count);
    set.append(label);
  }
  return set;
}

/** Beside each filter value: how many entries match with it. */
function showCounts(filterBox: HTMLElement, counts: FilterCounts): void {
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const count = counts[box.name]?.[box.value] ?? 0;
    box.parentElement!.querySelector('.search-page__count')!.textContent = `(${count})`;
  }
}

function resultItem(hit: Parameters<typeof fillHit>[1], terms: string[], strings: Strings): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'search-hit__title';
  fillHit(item, hit, terms, strings, link);
  const heading = document.createElement('h2');
  link.replaceWith(heading);
  heading.append(link);
  return item;
}

function describe(query: string, total: number, unfiltered: number, filtered: boolean, strings: Strings): string {
  if (total === 0) {
    if (filtered && query && unfiltered > 0) return say(strings, 'search.page.noMatchQueryFilters', { query, count: unfiltered });
    if (query) return say(strings, 'search.page.noMatchQuery', { query });
    return say(strings, filtered ? 'search.page.noMatchFilters' : 'search.page.noMatch');
  }
  const key = query
    ? filtered
      ? 'search.page.foundForFiltered'
      : 'search.page.foundFor'
    : filtered
      ? 'search.page.foundFiltered'
      : 'search.page.found';
  return say(strings, key, { count: total, query });
}

function saveState(query: string, filters: Filters, sort: SortOrder): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [key, { any }] of Object.entries(filters)) for (const value of any) params.append(key, value);
  if (sort !== 'relevance') params.set('sort', sort);
  const search = params.size > 0 ? `?${params}` : '';
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}`);
}
