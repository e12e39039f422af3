/**
 * `/data/entries.json`: the story as data others can reuse. Every entry with
 * its validated front matter, its address, and its links both ways, computed
 * from the page models. Key order and entry order are fixed, so two builds of
 * the same content write the same bytes.
 */
import { knownFields } from '../entries/schema.ts';
import type { EntryPage, EntryRef, StoryPage } from '../model/site-types.ts';
import type { EntryKind } from '../entries/entry-kinds.ts';

/** Why one entry links to another: a body link, a body citation, or the front-matter field that names it. */
export type LinkRel =
  'mentions' | 'cites' | 'affiliations' | 'actors' | 'sources' | 'responds_to' | 'status_by' | 'accounts' | 'publisher' | 'via';

export interface ExportedLink {
  id: string;
  rel: LinkRel;
}

export interface ExportedEntry {
  id: string;
  kind: EntryKind;
  name: string;
  summary: string;
  aliases: string[];
  /** The page's path, base included: `/explainers/leak/actors/cnn/`. */
  href: string;
  /** The page's absolute URL, when the site's address is known. */
  url?: string;
  /** The content file, relative to the content folder. */
  file: string;
  /** The validated front matter, in the schema's field order. */
  fields: Record<string, unknown>;
  links: ExportedLink[];
  backlinks: ExportedLink[];
}

export interface EntriesExport {
  version: 1;
  title: string;
  base: string;
  site?: string;
  entries: ExportedEntry[];
}

const KIND_ORDER: EntryKind[] = ['story', 'actor', 'event', 'source'];
const REL_ORDER: LinkRel[] = [
  'mentions',
  'cites',
  'affiliations',
  'actors',
  'sources',
  'responds_to',
  'status_by',
  'accounts',
  'publisher',
  'via',
];

export function entriesExport(site: { base: string; story: StoryPage; pages: EntryPage[] }, siteUrl?: string | URL): EntriesExport {
  const all: (StoryPage | EntryPage)[] = [site.story, ...site.pages].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compare(a.ref.id, b.ref.id),
  );

  const links = new Map<string, ExportedLink[]>(all.map((page) => [page.ref.id, outgoingLinks(page)]));
  // Body links are stored the other way round, as each page's "Mentioned in".
  for (const page of all) {
    for (const group of page.mentionedIn) links.get(group.from.id)?.push({ id: page.ref.id, rel: 'mentions' });
  }
  const backlinks = new Map<string, ExportedLink[]>(all.map((page) => [page.ref.id, []]));
  for (const [from, list] of links) {
    for (const link of list) backlinks.get(link.id)?.push({ id: from, rel: link.rel });
  }

  const entries = all.map((page): ExportedEntry => ({
    id: page.ref.id,
    kind: page.ref.kind,
    name: page.ref.name,
    summary: page.ref.summary,
    aliases: page.aliases,
    href: page.ref.href,
    ...(siteUrl ? { url: new URL(page.ref.href, siteUrl).href } : {}),
    file: page.file,
    fields: inSchemaOrder(page.ref.kind, page.fields),
    links: tidy(links.get(page.ref.id)!),
    backlinks: tidy(backlinks.get(page.ref.id)!),
  }));

  return {
    version: 1,
    title: site.story.title,
    base: site.base,
    ...(siteUrl ? { site: new URL(siteUrl).href } : {}),
    entries,
  };
}

/** The links a page's front matter and citations make. */
function outgoingLinks(page: StoryPage | EntryPage): ExportedLink[] {
  const out: ExportedLink[] = page.references.filter((r) => r.backrefs.length > 0).map((r) => ({ id: r.source.id, rel: 'cites' }));
  const add = (rel: LinkRel, ...ids: (string | undefined)[]) => {
    for (const id of ids) if (id) out.push({ id, rel });
  };
  if (page.kind === 'actor') add('affiliations', ...page.affiliations.map((a) => a.id));
  if (page.kind === 'event') {
    add('actors', ...page.actors.map((a) => a.actor.id));
    add('sources', ...((page.fields.sources as string[] | undefined) ?? []));
    add('responds_to', page.respondsTo?.id);
    for (const s of page.statusBy) add('status_by', s.actor.id, s.source?.id);
    for (const s of page.accounts) add('accounts', s.actor.id, s.source?.id);
  }
  if (page.kind === 'source') {
    if (isRef(page.publisher)) add('publisher', page.publisher.id);
    add('via', ...page.via.map((v) => v.id));
  }
  return out;
}

function isRef(value: EntryRef | string | undefined): value is EntryRef {
  return typeof value === 'object';
}

/** One link per (id, rel), ordered by id, then by rel. */
function tidy(list: ExportedLink[]): ExportedLink[] {
  const seen = new Set<string>();
  return list
    .filter((link) => {
      const key = `${link.id}\u0000${link.rel}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => compare(a.id, b.id) || REL_ORDER.indexOf(a.rel) - REL_ORDER.indexOf(b.rel));
}

function inSchemaOrder(kind: EntryKind, fields: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const name of knownFields(kind)) if (fields[name] !== undefined) ordered[name] = fields[name];
  return ordered;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
