/**
 * Relations that must not loop: a source relays older ones (`via`), an actor
 * belongs to larger ones (`affiliations`), an event answers an earlier one
 * (`responds_to`). A loop has no start: the relay chain has no origin, the
 * hierarchy no top, the exchange no first event. Each loop is an error, once,
 * at the field of the entry where a walk in id order enters it.
 */
import type { ReadEntry } from './entry.ts';
import type { EntryIndex } from './entry-index.ts';
import { messages, type Message } from '../problems/messages.ts';
import type { ProblemList } from '../problems/problems.ts';
import { fieldName } from '../entries/zod-problems.ts';
import { relaysOf } from '../entries/schema.ts';
import type { EntryKind } from '../entries/entry-kinds.ts';

/** One relation: the kind it links, the ids an entry names in it, and where each is written. */
interface Relation {
  kind: EntryKind;
  targets: (entry: ReadEntry) => string[];
  /** The field path of the `i`-th target of `entry`. */
  path: (entry: ReadEntry, i: number) => (string | number)[];
  /** The message for a loop through others; `self` for an entry that names itself. */
  loop: (chain: readonly string[]) => Message;
  self: (entry: ReadEntry, i: number) => Message;
}

const RELATIONS: Relation[] = [
  {
    kind: 'source',
    targets: (e) => (e.kind === 'source' ? relaysOf(e.data) : []),
    path: (e, i) => (e.kind === 'source' && typeof e.data.via === 'string' ? ['via'] : ['via', i]),
    loop: messages.viaLoop,
    self: (e) => messages.viaLoop([e.id, e.id]),
  },
  {
    kind: 'actor',
    targets: (e) => (e.kind === 'actor' ? e.data.affiliations : []),
    path: (_, i) => ['affiliations', i],
    loop: messages.affiliationLoop,
    self: (e, i) => messages.affiliationToSelf(fieldName(['affiliations', i]), e.id),
  },
  {
    kind: 'event',
    targets: (e) => (e.kind === 'event' && e.data.responds_to !== undefined ? [e.data.responds_to] : []),
    path: () => ['responds_to'],
    loop: messages.respondsToLoop,
    self: (e) => messages.respondsToSelf(e.id),
  },
];

/**
 * The loops of a relation among `entries`, by a depth-first walk (an entry
 * may name several): each as the chain of ids from the entry where the walk
 * entered it, that entry's id repeated at the end.
 */
export function findLoops(ids: readonly string[], next: (id: string) => readonly string[]): string[][] {
  const loops: string[][] = [];
  const reported = new Set<string>();
  const done = new Set<string>();
  const walk = (id: string, chain: string[]) => {
    for (const target of next(id)) {
      const at = chain.indexOf(target);
      if (at !== -1) {
        const loop = chain.slice(at);
        const key = [...loop].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          loops.push([...loop, target]);
        }
      } else if (!done.has(target)) {
        walk(target, [...chain, target]);
      }
    }
    done.add(id);
  };
  for (const id of ids) if (!done.has(id)) walk(id, [id]);
  return loops;
}

/** Reports every loop of `via`, `affiliations` and `responds_to`. */
export function checkRelationLoops(index: EntryIndex<ReadEntry>, problems: ProblemList): void {
  for (const relation of RELATIONS) {
    const entries = index.ofKind(relation.kind) as ReadEntry[];
    const next = (id: string) => {
      const entry = index.get(id);
      return entry?.kind === relation.kind ? relation.targets(entry) : [];
    };
    for (const loop of findLoops(
      entries.map((e) => e.id),
      next,
    )) {
      const first = index.get(loop[0]!)!;
      // The field that leads on round the loop (an entry may name several).
      const i = Math.max(relation.targets(first).indexOf(loop[1]!), 0);
      const message = loop.length === 2 ? relation.self(first, i) : relation.loop(loop);
      problems.error(first.file, first.positionOf(relation.path(first, i)), message);
    }
  }
}
