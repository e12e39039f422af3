/**
 * Groupings: actors by kind (in the contract's order), entries A to Z by
 * first letter, and items by keys.
 */
import { ACTOR_KINDS } from '../entries/schema.ts';
import { normalizeKey } from '../entries/normalize.ts';

const KIND_LABELS: Record<string, string> = {
  person: 'People',
  organization: 'Organizations',
  government: 'Governments',
  agency: 'Agencies',
  media: 'Media',
  country: 'Countries',
  group: 'Groups',
};

export function groupActorsByKind<A extends { actorKind: string; ref: { name: string } }>(actors: readonly A[]) {
  return ACTOR_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind]!,
    items: actors.filter((a) => a.actorKind === kind).sort((a, b) => a.ref.name.localeCompare(b.ref.name, 'en')),
  })).filter((g) => g.items.length > 0);
}

/** Entries grouped by the first letter of their name, accents folded; others under "#". */
export function groupAlphabetically<E extends { name: string }>(entries: readonly E[]) {
  const groups = new Map<string, E[]>();
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  for (const entry of sorted) {
    const first = normalizeKey(entry.name).charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, items]) => ({ letter, items }));
}

/** Items by each of their keys, in the items' order, each item once per key. */
export function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
