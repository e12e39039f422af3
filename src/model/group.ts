/**
 * Groupings for list pages: actors by kind (in the contract's order), and
 * entries A to Z by first letter.
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
