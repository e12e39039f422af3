/**
 * Groupings: actors by kind (in the contract's order), entries A to Z by
 * first letter, and items by keys.
 */
import { ACTOR_KINDS } from '../entries/schema.ts';
import { normalizeKey } from '../entries/normalize.ts';
import { english, type Translator } from '../i18n/translator.ts';
import { actorKindHeading } from './kind-labels.ts';

export function groupActorsByKind<A extends { actorKind: string; ref: { name: string } }>(
  actors: readonly A[],
  i18n: Translator = english(),
) {
  return ACTOR_KINDS.map((kind) => ({
    kind,
    label: actorKindHeading(kind, i18n),
    items: actors.filter((a) => a.actorKind === kind).sort((a, b) => i18n.compare(a.ref.name, b.ref.name)),
  })).filter((g) => g.items.length > 0);
}

/** Entries grouped by the first letter of their name, accents folded; others under "#". */
export function groupAlphabetically<E extends { name: string }>(entries: readonly E[], i18n: Translator = english()) {
  const groups = new Map<string, E[]>();
  const sorted = [...entries].sort((a, b) => i18n.compare(a.name, b.name));
  for (const entry of sorted) {
    const first = ([...normalizeKey(entry.name)][0] ?? '').toUpperCase();
    // A letter of any alphabet (Latin, Cyrillic, Arabic…); digits and signs go under "#".
    const letter = /\p{L}/u.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : i18n.compare(a, b)))
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
