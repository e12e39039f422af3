/**
 * The corpus index: every entry by id, and every id, name, title and alias by
 * its normalised key. Built once per build; every link is resolved here.
 */
import type { Entry } from './entry.ts';
import { normalizeKey } from '../entries/normalize.ts';
import { didYouMean } from '../problems/did-you-mean.ts';
import type { EntryKind } from '../entries/entry-kinds.ts';

export type Resolution<E extends Entry = Entry> =
  { status: 'found'; entry: E } | { status: 'ambiguous'; entries: E[] } | { status: 'missing'; suggestion?: string };

/** A name or alias that two entries declare. */
export interface SharedKey<E extends Entry = Entry> {
  /** The name or alias as the later entry wrote it. */
  text: string;
  /** The entry that declared it first (in id order) and the one that repeats it. */
  first: E;
  second: E;
  /** Which field of `second` holds it. */
  field: 'name' | 'aliases';
  aliasIndex?: number;
}

export class EntryIndex<E extends Entry = Entry> {
  readonly byId = new Map<string, E>();
  /** Normalised name/title/alias/id → the entries that declare it. */
  private readonly byKey = new Map<string, E[]>();
  /** Display forms of every key, for suggestions: normalised key → as written. */
  private readonly display = new Map<string, string>();
  readonly shared: SharedKey<E>[] = [];
  /** Former ids (`former_ids`) → the entry that had them: a link to an old id suggests the new one. */
  private readonly byFormerId = new Map<string, E>();
  /** Computed on first use: entries by kind, and suggestions already made. */
  private readonly kinds = new Map<string, E[]>();
  private readonly suggestions = new Map<string, string | undefined>();

  constructor(entries: readonly E[]) {
    const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const entry of sorted) this.byId.set(entry.id, entry);
    for (const entry of sorted) {
      if (entry.kind === 'story') continue;
      this.addKey(entry.id, entry);
      this.addKey(entry.name, entry, 'name');
      entry.aliases.forEach((alias, i) => this.addKey(alias, entry, 'aliases', i));
      for (const former of entry.data.former_ids) if (!this.byFormerId.has(former)) this.byFormerId.set(former, entry);
    }
  }

  private addKey(text: string, entry: E, field?: 'name' | 'aliases', aliasIndex?: number): void {
    const key = normalizeKey(text);
    if (!key) return;
    const list = this.byKey.get(key) ?? [];
    if (list.includes(entry)) return;
    const first = list[0];
    if (first && field) {
      this.shared.push({ text, first, second: entry, field, ...(aliasIndex === undefined ? {} : { aliasIndex }) });
    }
    list.push(entry);
    this.byKey.set(key, list);
    if (!this.display.has(key)) this.display.set(key, text);
  }

  get(id: string): E | undefined {
    return this.byId.get(id);
  }

  /** Entries of one kind, in id order. */
  ofKind<K extends EntryKind>(kind: K): Extract<E, { kind: K }>[] {
    let list = this.kinds.get(kind);
    if (!list) {
      list = [...this.byId.values()].filter((e) => e.kind === kind);
      this.kinds.set(kind, list);
    }
    return [...list] as Extract<E, { kind: K }>[];
  }

  /** `didYouMean`, remembered: a large story with one typo repeated pays for it once. */
  private suggest(input: string, scope: string, candidates: () => Iterable<string>): string | undefined {
    const key = `${scope}\u0000${input}`;
    if (!this.suggestions.has(key)) this.suggestions.set(key, didYouMean(input, candidates()));
    return this.suggestions.get(key);
  }

  /**
   * Resolves link text: an exact id first (ids are unique), then names,
   * titles and aliases, case-insensitively and ignoring accents.
   */
  resolve(text: string): Resolution<E> {
    const exact = this.byId.get(text.trim());
    if (exact && exact.kind !== 'story') return { status: 'found', entry: exact };
    const key = normalizeKey(text);
    const matches = this.byKey.get(key) ?? [];
    const byIdKey = matches.find((e) => e.id === key);
    if (byIdKey) return { status: 'found', entry: byIdKey };
    if (matches.length === 1) return { status: 'found', entry: matches[0]! };
    if (matches.length > 1) return { status: 'ambiguous', entries: matches };
    const renamed = this.byFormerId.get(text.trim());
    if (renamed) return { status: 'missing', suggestion: renamed.id };
    const suggestionKey = this.suggest(key, 'key', () => this.byKey.keys());
    const suggestion = suggestionKey === undefined ? undefined : this.display.get(suggestionKey);
    return { status: 'missing', ...(suggestion ? { suggestion } : {}) };
  }

  /** Suggests an id of the given kind close to `id`. */
  suggestId(id: string, kind?: EntryKind): string | undefined {
    const byName = this.resolve(id);
    if (byName.status === 'found' && (!kind || byName.entry.kind === kind)) return byName.entry.id;
    const renamed = this.byFormerId.get(id);
    if (renamed && (!kind || renamed.kind === kind)) return renamed.id;
    const ids = () => (kind ? this.ofKind(kind) : [...this.byId.values()]).map((e) => e.id);
    return this.suggest(id, kind ?? 'any', ids);
  }
}
