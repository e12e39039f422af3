/**
 * What the site says about a source beyond its own fields: who it is
 * credited to ("per CNN"), the chain of relays in words ("UrduPoint News,
 * relaying Sputnik, relaying CNN"), and every entry that cites or names it.
 * Computed once per build by `site-model.ts`.
 */
import type { Entry, RenderedEntry, SourceEntry } from './entry.ts';
import type { EntryIndex } from './entry-index.ts';
import { fieldRefs, resolvePublisher } from './check-references.ts';
import type { EntryGroup, EntryRef, Reference, RelayStep } from './site-types.ts';
import { english, type Translator } from '../i18n/translator.ts';

/** Who a source is credited to: its publisher's name, or the publisher as written. */
export function sourceCredit(source: SourceEntry, index: EntryIndex): string | undefined {
  const publisher = resolvePublisher(source, index);
  if (publisher && publisher !== 'unknown-id') return publisher.name;
  return source.data.publisher;
}

/**
 * A source's credit, and the summary readers see when the source has none of
 * its own: "Published by The Example Gazette, March 5, 2024." (the reader
 * writes it before publisher ids can be resolved to names).
 */
export function sourceCredits(source: SourceEntry, index: EntryIndex, i18n: Translator = english()): { credit?: string; summary?: string } {
  const credit = sourceCredit(source, index);
  const parts = [credit, source.data.published && i18n.date(source.data.published)].filter(Boolean);
  return {
    ...(credit ? { credit } : {}),
    ...(!source.data.summary && parts.length > 0
      ? { summary: i18n.t('source.publishedBy', { publishers: parts.join(i18n.t('list.separator')) }) }
      : {}),
  };
}

/** How a source is named in running text: its credit, or its title when it has no publisher. */
export function sourceLabel(ref: EntryRef): string {
  return ref.credit ?? ref.name;
}

/**
 * The relay chain from a source to its origins, one step per remove: the
 * source itself, the sources it relays, the sources those relay, and so on.
 * A source may relay several (`via` is a list), so a step may hold several
 * names; two sources with the same credit are named once, linked to the
 * first. A source already met is not followed again.
 */
export function relayChain(id: string, viaOf: (id: string) => readonly string[], ref: (id: string) => EntryRef | undefined): RelayStep[] {
  const steps: RelayStep[] = [];
  const seen = new Set<string>();
  for (let ids = [id]; ids.length > 0;) {
    const step: RelayStep = [];
    const next: string[] = [];
    for (const current of ids) {
      const source = ref(current);
      if (seen.has(current) || !source) continue;
      seen.add(current);
      const label = sourceLabel(source);
      if (!step.some((link) => link.label === label)) step.push({ label, source });
      next.push(...viaOf(current));
    }
    if (step.length > 0) steps.push(step);
    ids = next;
  }
  return steps;
}

/** The chain in words: "UrduPoint News, relaying Sputnik, relaying CNN and The New York Times". */
export function relayChainWords(steps: readonly RelayStep[], i18n: Translator = english()): string {
  return steps.map((step) => i18n.list(step.map((link) => link.label))).reduce((first, next) => i18n.t('source.relaying', { first, next }));
}

/**
 * For each source, the ids of the entries that cite it (`[@id]`), link to it
 * (`[[id]]`) or name it in front matter (`sources`, `status_by`, `accounts`,
 * `via`). One pass over the corpus.
 */
export function sourceUsers(entries: readonly RenderedEntry[], index: EntryIndex<Entry>): Map<string, Set<string>> {
  const users = new Map<string, Set<string>>();
  const add = (sourceId: string, by: Entry) => {
    if (sourceId === by.id || index.get(sourceId)?.kind !== 'source') return;
    const set = users.get(sourceId) ?? new Set<string>();
    set.add(by.id);
    users.set(sourceId, set);
  };
  for (const entry of entries) {
    for (const citation of entry.rendered.citations) add(citation.key, entry);
    for (const id of entry.rendered.links) add(id, entry);
    for (const ref of fieldRefs(entry)) if (ref.kind === 'source') add(ref.id, entry);
  }
  return users;
}

const GROUPS = ['event', 'actor', 'source', 'story'] as const;

/** Entries grouped under Events, Actors, Sources, Story; events by date, the rest by name. */
export function groupByKind(refs: readonly EntryRef[], i18n: Translator = english()): EntryGroup[] {
  const byDateThenName = (a: EntryRef, b: EntryRef) =>
    (a.date ?? '').localeCompare(b.date ?? '') || i18n.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
  return GROUPS.map((kind) => ({
    kind,
    heading: i18n.t(`source.citedBy.${kind}`),
    entries: refs.filter((r) => r.kind === kind).sort(byDateThenName),
  })).filter((g) => g.entries.length > 0);
}

/** A source as a page's reference lists it: number, publisher (linked when an actor), date, author, link. */
export function referenceFor(
  source: SourceEntry,
  number: number,
  sourceRef: EntryRef,
  index: EntryIndex,
  ref: (id: string) => EntryRef,
  i18n: Translator,
): Reference {
  const publisher = resolvePublisher(source, index);
  const d = source.data;
  return {
    number,
    source: sourceRef,
    ...(publisher && publisher !== 'unknown-id' ? { publisher: ref(publisher.id) } : d.publisher ? { publisher: d.publisher } : {}),
    ...(d.published ? { published: d.published, publishedLabel: i18n.date(d.published) } : {}),
    ...(d.author ? { author: d.author } : {}),
    ...(d.url ? { url: d.url } : {}),
    backrefs: [],
  };
}
