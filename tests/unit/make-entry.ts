/** Builds minimal entries for unit tests of the index. */
import type { Entry } from '../../src/model/entry.ts';
import { parseBody } from '../../src/markdown/parse-body.ts';
import type { EntryId } from '../../src/entries/entry-kinds.ts';

export function entry(kind: 'actor' | 'event' | 'source', id: string, name: string, aliases: string[] = []): Entry {
  return {
    id: id as EntryId,
    kind,
    file: `${kind}s/${id}.md`,
    data: { former_ids: [] } as never,
    name,
    summary: '',
    aliases,
    body: parseBody('', 1),
    digest: id,
    positionOf: () => ({ line: 1, column: 1 }),
  } as Entry;
}
