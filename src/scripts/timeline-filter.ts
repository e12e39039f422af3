/**
 * The timeline's actor filter, a progressive enhancement: without JavaScript
 * the form is not shown (CSS: `scripting: enabled`) and every event shows. With it, choosing an actor
 * hides the other events (and emptied days and months) without a reload,
 * announces how many remain, and keeps the choice in the address (`?actor=`).
 */
import { readStrings, say } from './strings.ts';

const form = document.querySelector<HTMLFormElement>('[data-timeline-filter]');
const select = form?.querySelector('select');
const status = form?.querySelector('[role="status"]');

if (form && select && status) {
  const strings = readStrings(form);
  const items = [...document.querySelectorAll<HTMLElement>('.timeline-groups [data-actors]')];

  const apply = (announce: boolean) => {
    const actor = select.value;
    let shown = 0;
    for (const item of items) {
      const match = !actor || (item.dataset.actors ?? '').split(' ').includes(actor);
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('.timeline-day, .timeline-month')) {
      group.hidden = !group.querySelector('[data-actors]:not([hidden])');
    }
    const name = select.selectedOptions[0]?.dataset.name ?? '';
    const message = actor
      ? say(strings, 'timeline.filter.showing', { shown, count: items.length, name })
      : say(strings, 'timeline.filter.all', { count: items.length });
    if (announce || actor) status.textContent = message;
    const url = new URL(location.href);
    if (actor) url.searchParams.set('actor', actor);
    else url.searchParams.delete('actor');
    history.replaceState(history.state, '', url);
  };

  form.addEventListener('submit', (event) => event.preventDefault());
  select.addEventListener('change', () => apply(true));
  const wanted = new URL(location.href).searchParams.get('actor');
  if (wanted && [...select.options].some((o) => o.value === wanted)) {
    select.value = wanted;
    apply(false);
  }
}
