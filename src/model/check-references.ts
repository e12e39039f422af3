/**
 * Checks every reference in the corpus: cross-links and citations in bodies,
 * and the ids named in front matter. Adds a problem for each one that does
 * not resolve, with its position and a did-you-mean.
 */
import type { Entry, EventEntry, ReadEntry, SourceEntry } from './entry.ts';
import { checkRelationLoops } from './relation-loops.ts';
import { foreignLetters, Lookalikes } from './lookalikes.ts';
import { scriptsOf } from '../entries/scripts.ts';
import type { EntryIndex } from './entry-index.ts';
import { messages } from '../problems/messages.ts';
import type { ProblemList } from '../problems/problems.ts';
import type { InvalidEntry } from './read-content-file.ts';
import { normalizeKey } from '../entries/normalize.ts';
import { fieldName } from '../entries/zod-problems.ts';
import { relaysOf } from '../entries/schema.ts';
import type { EntryKind } from '../entries/entry-kinds.ts';

/** A reference from a front-matter field to another entry. */
interface FieldRef {
  path: (string | number)[];
  id: string;
  kind: EntryKind;
}

/** The ids an entry's front matter names, with the field each sits in. */
export function fieldRefs(entry: Entry): FieldRef[] {
  const refs: FieldRef[] = [];
  const add = (path: (string | number)[], id: string | undefined, kind: EntryKind) => {
    if (id !== undefined) refs.push({ path, id, kind });
  };
  switch (entry.kind) {
    case 'actor':
      entry.data.affiliations.forEach((id, i) => add(['affiliations', i], id, 'actor'));
      break;
    case 'event': {
      const d = entry.data;
      d.actors.forEach((a, i) => (typeof a === 'string' ? add(['actors', i], a, 'actor') : add(['actors', i, 'id'], a.id, 'actor')));
      d.sources.forEach((id, i) => add(['sources', i], id, 'source'));
      add(['responds_to'], d.responds_to, 'event');
      d.status_by.forEach((s, i) => {
        add(['status_by', i, 'actor'], s.actor, 'actor');
        add(['status_by', i, 'source'], s.source, 'source');
      });
      d.accounts.forEach((s, i) => {
        add(['accounts', i, 'actor'], s.actor, 'actor');
        add(['accounts', i, 'source'], s.source, 'source');
      });
      break;
    }
    case 'source':
      relaysOf(entry.data).forEach((id, i) => add(typeof entry.data.via === 'string' ? ['via'] : ['via', i], id, 'source'));
      break;
  }
  return refs;
}

/**
 * A source's publisher is an actor id, or plain text. Text that names an
 * actor (by name or alias) links to it; text shaped like an id that names
 * nothing is a typo, not a publisher called "cnnn".
 */
export function resolvePublisher(entry: SourceEntry, index: EntryIndex): Entry | undefined | 'unknown-id' {
  const publisher = entry.data.publisher;
  if (!publisher) return undefined;
  const found = index.resolve(publisher);
  if (found.status === 'found' && found.entry.kind === 'actor') return found.entry;
  return /^[a-z0-9]+(?:-[a-z0-9]+)+$|^[a-z0-9]+$/.test(publisher) && !/\s/.test(publisher) ? 'unknown-id' : undefined;
}

/**
 * Checks every reference. `invalid` are the files that failed validation:
 * links and ids naming them are not reported again (their own errors say
 * what to fix), and their bodies' links are still checked.
 */
export function checkReferences(
  entries: readonly ReadEntry[],
  index: EntryIndex<ReadEntry>,
  problems: ProblemList,
  invalid: readonly InvalidEntry[] = [],
): void {
  const unavailableIds = new Set(invalid.map((e) => e.id));
  const unavailable = new Set(invalid.flatMap((e) => [e.id, ...e.names].map(normalizeKey)));
  for (const shared of index.shared) {
    const path = shared.field === 'name' ? ['name'] : ['aliases', shared.aliasIndex ?? 0];
    problems.warning(shared.second.file, shared.second.positionOf(path), messages.aliasShared(shared.text, `${shared.first.file}`));
  }
  const lookalikes = new Lookalikes([...index.byId.values()]);
  lookalikes.check(problems);
  const bodies = [
    ...entries.map((e) => ({ file: e.file, body: e.body })),
    ...invalid.flatMap((e) => (e.body ? [{ file: e.file, body: e.body }] : [])),
  ];
  for (const { file, body } of bodies) {
    for (const link of body.links) {
      if (link.target === '') {
        problems.error(file, link.at, messages.linkEmpty(link.raw));
        continue;
      }
      const r = index.resolve(link.target);
      if (r.status === 'missing' && !unavailable.has(normalizeKey(link.target))) {
        const like = lookalikes.like(link.target);
        problems.error(
          file,
          link.at,
          like
            ? messages.linkLookalike(link.raw, like, foreignLetters(link.target, scriptsOf(like)))
            : messages.linkUnresolved(link.raw, r.suggestion),
        );
      }
      if (r.status === 'ambiguous') {
        problems.error(
          file,
          link.at,
          messages.linkAmbiguous(
            link.raw,
            r.entries.map((e) => e.id),
          ),
        );
      }
    }
    for (const citation of body.citations) {
      for (const key of citation.keys) {
        if (index.get(key)?.kind === 'source' || unavailableIds.has(key)) continue;
        problems.error(file, citation.at, messages.citeUnknown(key, index.suggestId(key, 'source')));
      }
    }
  }
  for (const entry of entries) {
    for (const ref of fieldRefs(entry)) {
      const target = index.get(ref.id);
      if (!target && unavailableIds.has(ref.id)) continue;
      const field = fieldName(ref.path);
      if (!target) {
        problems.error(
          entry.file,
          entry.positionOf(ref.path),
          messages.refUnknown(field, ref.id, ref.kind, index.suggestId(ref.id, ref.kind)),
        );
      } else if (target.kind !== ref.kind) {
        problems.error(entry.file, entry.positionOf(ref.path), messages.refWrongKind(field, ref.id, target.kind, ref.kind));
      }
    }
    if (entry.kind === 'source' && resolvePublisher(entry, index) === 'unknown-id' && !unavailableIds.has(entry.data.publisher!)) {
      const id = entry.data.publisher!;
      problems.error(
        entry.file,
        entry.positionOf(['publisher']),
        messages.refUnknown('publisher', id, 'actor', index.suggestId(id, 'actor')),
      );
    }
  }
  checkRelationLoops(index, problems);
  for (const event of index.ofKind('event')) warnIfUnsourced(event, problems);
}

function warnIfUnsourced(event: ReadEntry<EventEntry>, problems: ProblemList): void {
  if (event.data.sources.length > 0 || event.body.citations.length > 0) return;
  problems.warning(event.file, { line: 1, column: 1 }, messages.eventWithoutSource());
}
