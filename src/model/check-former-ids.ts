/**
 * Checks every entry's `former_ids`: each old address must lead to one page,
 * so a former id may be no entry's current id, no other entry's former id,
 * and not `story`.
 */
import type { ReadEntry } from './entry.ts';
import type { InvalidEntry } from './read-content-file.ts';
import type { ProblemList } from '../problems/problems.ts';
import { formerIdMessages as messages } from '../problems/former-id-messages.ts';
import { RESERVED_IDS } from '../entries/schema.ts';

export function checkFormerIds(entries: readonly ReadEntry[], problems: ProblemList, invalid: readonly InvalidEntry[] = []): void {
  const fileOfId = new Map<string, string>([
    ...invalid.map((e) => [e.id, e.file] as const),
    ...entries.map((e) => [e.id, e.file] as const),
  ]);
  const claimedBy = new Map<string, string>();
  for (const entry of entries) {
    if (entry.kind === 'story') continue;
    const listed = new Set<string>();
    entry.data.former_ids.forEach((id, i) => {
      const at = entry.positionOf(['former_ids', i]);
      if (id === entry.id) return problems.error(entry.file, at, messages.formerIdIsOwn(id));
      if (RESERVED_IDS.includes(id)) return problems.error(entry.file, at, messages.formerIdReserved(id));
      const current = fileOfId.get(id);
      if (current) return problems.error(entry.file, at, messages.formerIdInUse(id, current));
      if (listed.has(id)) return problems.warning(entry.file, at, messages.formerIdRepeated(id));
      listed.add(id);
      const other = claimedBy.get(id);
      if (other) return problems.error(entry.file, at, messages.formerIdClaimed(id, other));
      claimedBy.set(id, entry.file);
    });
  }
}
