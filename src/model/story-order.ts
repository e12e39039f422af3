/**
 * The order readers step through entries with "previous" and "next":
 * events by date (see `timeline.ts`); actors in the order they first appear
 * on the timeline (within one event, in the order the event lists them),
 * then actors in no event by name; sources by publication date, undated
 * ones last, then by title. Each order is total, so it is the same on every build.
 */
import type { ActorEntry, EventEntry, SourceEntry } from './entry.ts';
import { compareStoryDates } from '../entries/dates.ts';

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `events` in time order. */
export function actorsByFirstAppearance(events: readonly EventEntry[], actors: readonly ActorEntry[]): ActorEntry[] {
  const byId = new Map(actors.map((a) => [a.id as string, a]));
  const seen = new Set<string>();
  const out: ActorEntry[] = [];
  for (const event of events) {
    for (const a of event.data.actors) {
      const id = typeof a === 'string' ? a : a.id;
      const actor = byId.get(id);
      if (actor && !seen.has(id)) {
        seen.add(id);
        out.push(actor);
      }
    }
  }
  return [...out, ...actors.filter((a) => !seen.has(a.id)).sort(byName)];
}

export function sourcesByPublication(sources: readonly SourceEntry[]): SourceEntry[] {
  return [...sources].sort((a, b) => {
    const da = a.data.published;
    const db = b.data.published;
    if (da && db) return compareStoryDates(da, db) || byName(a, b);
    return da ? -1 : db ? 1 : byName(a, b);
  });
}

/** Each item's previous and next in a list. */
export function stepsThrough<T extends { id: string }>(list: readonly T[]): Map<string, { previous?: T; next?: T }> {
  return new Map(
    list.map((item, i) => [
      item.id,
      { ...(i > 0 ? { previous: list[i - 1]! } : {}), ...(i < list.length - 1 ? { next: list[i + 1]! } : {}) },
    ]),
  );
}
