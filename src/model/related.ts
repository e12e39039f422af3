/**
 * "Related entries", computed once per build: events that share actors,
 * actors that share events, sources cited by the same events. Ranked by how
 * much they share, then by closeness in the story's order.
 *
 * Bounded on a large corpus: through each shared actor or event, only the
 * `window` nearest items on either side are considered, so an actor present
 * in thousands of events costs thousands of steps, not millions.
 */
import type { ActorEntry, EventEntry, SourceEntry } from './entry.ts';

export interface Faceted {
  id: string;
  /** What the item is made of: an event's actors, an actor's events... */
  facets: readonly string[];
}

export interface RelatedOptions {
  max: number;
  window: number;
}

/** For each item, the ids of up to `max` items sharing a facet with it. */
export function relatedByShared(items: readonly Faceted[], options: RelatedOptions): Map<string, string[]> {
  const members = new Map<string, number[]>();
  const positions = items.map((item, i) =>
    [...new Set(item.facets)].map((facet) => {
      const list = members.get(facet) ?? [];
      list.push(i);
      members.set(facet, list);
      return { facet, at: list.length - 1 };
    }),
  );
  const out = new Map<string, string[]>();
  items.forEach((item, i) => {
    const shared = new Map<number, number>();
    for (const { facet, at } of positions[i]!) {
      const list = members.get(facet)!;
      const from = Math.max(0, at - options.window);
      const to = Math.min(list.length, at + options.window + 1);
      for (let k = from; k < to; k++) {
        const j = list[k]!;
        if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
      }
    }
    const ranked = [...shared.entries()]
      .sort(([a, ca], [b, cb]) => cb - ca || Math.abs(a - i) - Math.abs(b - i) || a - b)
      .slice(0, options.max)
      .map(([j]) => items[j]!.id);
    out.set(item.id, ranked);
  });
  return out;
}

const actorIds = (event: EventEntry) => event.data.actors.map((a) => (typeof a === 'string' ? a : a.id));

/**
 * Related entries for every actor, event and source of a story.
 * `events` in time order; `actors` and `sources` in the order used for ties.
 */
export function relatedEntries(
  events: readonly EventEntry[],
  actors: readonly ActorEntry[],
  sources: readonly SourceEntry[],
  options: RelatedOptions = { max: 5, window: 25 },
): Map<string, string[]> {
  const eventsOf = new Map<string, string[]>();
  const citedBy = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const event of events) {
    for (const id of actorIds(event)) push(eventsOf, id, event.id);
    for (const id of event.data.sources) push(citedBy, id, event.id);
  }
  return new Map([
    ...relatedByShared(
      events.map((e) => ({ id: e.id, facets: actorIds(e) })),
      options,
    ),
    ...relatedByShared(
      actors.map((a) => ({ id: a.id, facets: eventsOf.get(a.id) ?? [] })),
      options,
    ),
    ...relatedByShared(
      sources.map((s) => ({ id: s.id, facets: citedBy.get(s.id) ?? [] })),
      options,
    ),
  ]);
}
