/**
 * Everything the pages show, computed once per build from the rendered
 * entries: each entry's backlinks, its events or actors, its references, its
 * place in the graph and in the reading order. Plain data: pages only render it.
 */
import type { ActorEntry, EventEntry, RenderedEntry, SourceEntry, StoryEntry } from './entry.ts';
import { EntryIndex } from './entry-index.ts';
import { sortEvents } from './timeline.ts';
import { relaysOf } from '../entries/schema.ts';
import { dateRange } from '../entries/dates.ts';
import { createTranslator, type Translator } from '../i18n/translator.ts';
import { entryPath, normalizeBase, withBase } from './urls.ts';
import { groupByKind, referenceFor, relayChain, sourceCredits, sourceUsers } from './source-relations.ts';
import { pageUpdates } from './updates.ts';
import { revisedDate, updateLog } from './update-log.ts';
import { groupBy } from './group.ts';
import { connect } from './connections.ts';
import { pictures } from './page-pictures.ts';
import type {
  ActorPage,
  EntryPage,
  EntryRef,
  EventPage,
  MentionGroup,
  PageBase,
  Reference,
  SiteModel,
  SourcePage,
  StoryPage,
} from './site-types.ts';

export type * from './site-types.ts';

type Indexed = RenderedEntry;

export function buildSiteModel(entries: readonly RenderedEntry[], options: { base?: string } = {}): SiteModel {
  const base = normalizeBase(options.base);
  const index = new EntryIndex<Indexed>(entries);
  const story = entries.find((e): e is RenderedEntry<StoryEntry> => e.kind === 'story');
  if (!story) throw new Error('The content folder has no story.md; run `npm run check` for details.');
  // The interface's words, dates and alphabetical order, in the story's language.
  const i18n = createTranslator(story.data.lang);
  const formatStoryDate = i18n.date;
  const byName = (a: EntryRef, b: EntryRef) => i18n.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);

  const refOf = (entry: Indexed): EntryRef => {
    if (entry.kind === 'story') return { id: entry.id, kind: 'story', name: entry.name, href: base, summary: entry.summary };
    const ref: EntryRef = {
      id: entry.id,
      kind: entry.kind,
      name: entry.name,
      href: withBase(base, entryPath(entry.kind, entry.id)),
      summary: entry.summary,
    };
    if (entry.kind === 'event') {
      ref.date = entry.data.date;
      ref.dateLabel = formatStoryDate(entry.data.date);
      if (entry.data.status) ref.subtype = entry.data.status;
    }
    if (entry.kind === 'actor') ref.subtype = entry.data.kind;
    if (entry.kind === 'source') Object.assign(ref, sourceCredits(entry, index, i18n));
    return ref;
  };
  const refs = new Map<string, EntryRef>(entries.map((e) => [e.id, refOf(e)]));
  const ref = (id: string) => refs.get(id)!;
  const maybeRef = (id: string | undefined) => (id === undefined ? undefined : refs.get(id));

  // Each page's references, in order of first citation, then the sources an
  // event lists but its body does not cite; and the mentions, for backlinks.
  const references = new Map<string, Reference[]>();
  const mentions = new Map<string, Map<string, string[]>>();
  for (const entry of entries) {
    const list = entry.rendered.citations.flatMap((c) => {
      const source = index.get(c.key);
      return source?.kind === 'source' ? [{ ...referenceFor(source, c.number, ref(source.id), index, ref, i18n), backrefs: c.marks }] : [];
    });
    if (entry.kind === 'event') {
      for (const id of entry.data.sources) {
        const source = index.get(id);
        if (source?.kind === 'source' && !list.some((r) => r.source.id === id))
          list.push(referenceFor(source, list.length + 1, ref(id), index, ref, i18n));
      }
    }
    references.set(entry.id, list);
    for (const mention of entry.rendered.mentions) {
      if (mention.target === entry.id) continue;
      const into = mentions.get(mention.target) ?? new Map<string, string[]>();
      const sentences = into.get(entry.id) ?? [];
      if (!sentences.includes(mention.sentence)) sentences.push(mention.sentence);
      into.set(entry.id, sentences);
      mentions.set(mention.target, into);
    }
  }
  const mentionedIn = (id: string): MentionGroup[] =>
    [...(mentions.get(id) ?? new Map<string, string[]>()).entries()]
      .map(([from, sentences]) => ({ from: ref(from), sentences }))
      .sort((a, b) => kindOrder(a.from.kind) - kindOrder(b.from.kind) || byName(a.from, b.from));

  const base_ = (entry: Indexed): PageBase => ({
    ref: ref(entry.id),
    file: entry.file,
    aliases: entry.aliases,
    fields: entry.data,
    html: entry.rendered.html,
    headings: entry.rendered.headings,
    references: references.get(entry.id)!,
    mentionedIn: mentionedIn(entry.id),
    updates: pageUpdates(entry.data.updates, i18n.date),
    formerIds: entry.kind === 'story' ? [] : entry.data.former_ids,
    ...pictures(entry),
  });

  const events = sortEvents(index.ofKind('event'));
  const eventsOf = new Map<string, { event: EntryRef; roles: string[] }[]>();
  for (const event of events) {
    for (const a of event.data.actors) {
      const id = typeof a === 'string' ? a : a.id;
      const role = typeof a === 'string' ? undefined : a.role;
      const list = eventsOf.get(id) ?? [];
      const existing = list.find((x) => x.event.id === event.id);
      if (existing) {
        if (role) existing.roles.push(role);
      } else list.push({ event: ref(event.id), roles: role ? [role] : [] });
      eventsOf.set(id, list);
    }
  }
  const responses = new Map<string, EntryRef[]>();
  for (const event of events) {
    if (event.data.responds_to) responses.set(event.data.responds_to, [...(responses.get(event.data.responds_to) ?? []), ref(event.id)]);
  }

  const usersOf = sourceUsers(entries, index);
  // The relationship graph, related entries and reading order (connections.ts).
  const connections = connect(index, events, ref);
  const connected = (id: string) => connections.of(id);
  // Who belongs to each actor, relays and cites each source: one pass each over
  // the corpus, not one per page (that was quadratic at 10,000 entries).
  const membersOf = groupBy(index.ofKind('actor'), (a) => a.data.affiliations);
  const relayedByOf = groupBy(index.ofKind('source'), (s) => relaysOf(s.data));

  const pages: EntryPage[] = [];
  for (const actor of index.ofKind('actor')) pages.push(actorPage(actor));
  events.forEach((event, i) => pages.push(eventPage(event, events[i - 1], events[i + 1])));
  for (const source of index.ofKind('source')) pages.push(sourcePage(source));

  function actorPage(actor: RenderedEntry<ActorEntry>): ActorPage {
    const involved = eventsOf.get(actor.id) ?? [];
    const range = dateRange(involved.map((i) => i.event.date!));
    return {
      kind: 'actor',
      ...base_(actor),
      ...connected(actor.id),
      ...(range
        ? {
            span: {
              start: range.start,
              startLabel: formatStoryDate(range.start),
              ...(range.end ? { end: range.end, endLabel: formatStoryDate(range.end) } : {}),
            },
          }
        : {}),
      actorKind: actor.data.kind,
      ...(actor.data.role ? { role: actor.data.role } : {}),
      affiliations: actor.data.affiliations.map(ref),
      members: (membersOf.get(actor.id) ?? []).map((a) => ref(a.id)).sort(byName),
      events: eventsOf.get(actor.id) ?? [],
    };
  }

  function eventPage(event: RenderedEntry<EventEntry>, previous?: EventEntry, next?: EventEntry): EventPage {
    const d = event.data;
    return {
      kind: 'event',
      ...base_(event),
      ...connected(event.id),
      date: d.date,
      dateLabel: formatStoryDate(d.date),
      ...(d.status ? { status: d.status } : {}),
      ...(d.location ? { location: d.location } : {}),
      tags: d.tags,
      actors: d.actors.map((a) => (typeof a === 'string' ? { actor: ref(a) } : { actor: ref(a.id), ...(a.role ? { role: a.role } : {}) })),
      ...(previous ? { previous: ref(previous.id) } : {}),
      ...(next ? { next: ref(next.id) } : {}),
      ...(d.responds_to ? { respondsTo: ref(d.responds_to) } : {}),
      responses: responses.get(event.id) ?? [],
      statusBy: d.status_by.map((s) => ({
        actor: ref(s.actor),
        ...(s.source ? { source: ref(s.source) } : {}),
        ...(s.note ? { note: s.note } : {}),
      })),
      accounts: d.accounts.map((s) => ({ actor: ref(s.actor), ...(s.source ? { source: ref(s.source) } : {}), says: s.says })),
    };
  }

  function sourcePage(source: RenderedEntry<SourceEntry>): SourcePage {
    const via = relaysOf(source.data)
      .map(maybeRef)
      .filter((r): r is EntryRef => r !== undefined);
    const reference = referenceFor(source, 0, ref(source.id), index, ref, i18n);
    const users = [...(usersOf.get(source.id) ?? [])].map(ref);
    return {
      kind: 'source',
      ...base_(source),
      ...connected(source.id),
      ...(reference.publisher ? { publisher: reference.publisher } : {}),
      ...(source.data.published ? { published: source.data.published, publishedLabel: formatStoryDate(source.data.published) } : {}),
      ...(source.data.author ? { author: source.data.author } : {}),
      ...(source.data.url ? { url: source.data.url } : {}),
      via,
      relayChain: relayChain(
        source.id,
        (id) => {
          const s = index.get(id);
          return s?.kind === 'source' ? relaysOf(s.data) : [];
        },
        maybeRef,
      ),
      relayedBy: (relayedByOf.get(source.id) ?? []).map((s) => ref(s.id)),
      citedOrNamedBy: groupByKind(users, i18n),
    };
  }

  const involvement = (id: string) => (eventsOf.get(id)?.length ?? 0) * 2 + (mentions.get(id)?.size ?? 0);
  const keyActors = index
    .ofKind('actor')
    .map((a) => ref(a.id))
    .sort((a, b) => involvement(b.id) - involvement(a.id) || byName(a, b))
    .slice(0, 8);

  const storyBase = base_(story);
  // The story first, then its pages in id order: one day's updates always come out in the same order.
  const log = updateLog([storyBase, ...pages.toSorted((a, b) => (a.ref.id < b.ref.id ? -1 : 1))]);
  const revised = revisedDate(story.data.updated, log, i18n.date);
  return {
    base,
    i18n,
    story: {
      ...storyPage(story, storyBase, keyActors, index.ofKind('source'), i18n),
      ...(revised ? { revised } : {}),
      graph: connections.overview,
      ...(story.rendered.keyQuestions ? { keyQuestions: story.rendered.keyQuestions } : {}),
    },
    pages,
    graph: connections.graph,
    timeline: events.map((e) => ref(e.id)),
    updateLog: log,
  };
}

function storyPage(
  story: StoryEntry,
  page: PageBase,
  keyActors: EntryRef[],
  sources: readonly SourceEntry[],
  i18n: Translator,
): Omit<StoryPage, 'graph'> {
  const d = story.data;
  const formatStoryDate = i18n.date;
  const reporting = dateRange(sources.map((s) => s.data.published).filter((p): p is string => p !== undefined));
  return {
    kind: 'story',
    ...page,
    title: d.title,
    ...(d.dek ? { dek: d.dek } : {}),
    lang: d.lang,
    versions: d.versions,
    ...(d.published ? { published: d.published, publishedLabel: formatStoryDate(d.published) } : {}),
    ...(d.updated ? { updated: d.updated, updatedLabel: formatStoryDate(d.updated) } : {}),
    ...(reporting ? { reporting: { ...reporting, label: rangeLabel(reporting, i18n) } } : {}),
    keyActors,
  };
}

/** "in April 2023", "on April 10, 2023", "between April 9, 2023 and May 3, 2023". */
function rangeLabel(range: { start: string; end?: string }, i18n: Translator): string {
  if (range.end) return i18n.t('range.between', { start: i18n.date(range.start), end: i18n.date(range.end) });
  return i18n.t(range.start.length === 7 ? 'range.in' : 'range.on', { date: i18n.date(range.start) });
}

const KIND_ORDER = ['story', 'event', 'actor', 'source'];
function kindOrder(kind: string): number {
  return KIND_ORDER.indexOf(kind);
}
