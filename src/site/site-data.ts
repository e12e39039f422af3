/**
 * The site's data: the pages' one door to it. In a build, the site model the
 * content loader computed in this process (`shared-site.ts`); in `npm run
 * dev`, the content layer's store, read again on every request.
 */
import { getCollection } from 'astro:content';
import type { EntryPage, EntryRef, StoryPage, ActorPage, EventPage, SourcePage } from '../lib/site-model.ts';
import type { StoryGraph } from '../lib/graph.ts';
import { PROBLEMS_ID, type StoredProblems } from '../loader/problems-entry.ts';
import { devSite, takeSharedSite } from '../loader/shared-site.ts';
import { pageCacheKey } from '../lib/page-cache-key.ts';
import { shardCount } from '../lib/preview-shards.ts';
import { hasFeed } from '../lib/feed.ts';
import { sharedPageReuse } from './reused-pages.ts';

export interface SiteData {
  /** The base path, ending in `/`, as the content loader applied it to every link. */
  base: string;
  story: StoryPage;
  timeline: EntryRef[];
  pages: EntryPage[];
  actors: ActorPage[];
  events: EventPage[];
  sources: SourcePage[];
  /** The whole relationship graph (`/data/graph.json`). */
  graph: StoryGraph;
  /** How many files the preview cards are split into (`preview-shards.ts`); every page's shell names it. */
  previewShards: number;
  /** In `npm run dev` only: the content's current problems, which every page shows. */
  problems: StoredProblems;
  /** Whether the story has a feed (`feed.ts`): every page's head and footer link to it then. */
  hasFeed: boolean;
}

let cached: Promise<SiteData> | undefined;

/**
 * The paths of an entry route (`actors`, `events`, `sources`): every page, or
 * in a rebuild, the pages the previous output does not already hold as they
 * would be rendered now (`reused-pages.ts`); the build puts those in place.
 */
export function entryPaths<P extends EntryPage>(folder: string, pages: readonly P[], site: SiteData) {
  const reuse = sharedPageReuse();
  const shell = { previewShards: site.previewShards };
  const toRender = reuse ? pages.filter((page) => !reuse.reusable(`${folder}/${page.ref.id}/index.html`, () => pageCacheKey(page, site.story, shell))) : pages;
  return toRender.map((page) => ({ params: { id: page.ref.id }, props: { page } }));
}

/**
 * The site model the content loader computed in this process (see
 * `shared-site.ts`): taken once per build; in `npm run dev`, every request
 * reads the loader's latest, with the content's current problems.
 */
export function getSite(): Promise<SiteData> {
  if (import.meta.env.DEV) return loadDev();
  cached ??= Promise.resolve(shared());
  return cached;
}

function shared(): SiteData {
  const { story, timeline, base, graph, pages } = takeSharedSite();
  // A build stops on content errors before rendering, so there are none to show.
  return siteData({ ...story, timeline, base, storyGraph: graph }, pages, { root: '', errors: [], warnings: [], revision: 0 });
}

async function loadDev(): Promise<SiteData> {
  const entries = await getCollection('entries');
  const problems = (entries.find((e) => e.id === PROBLEMS_ID)?.data ?? { root: '', errors: [], warnings: [], revision: 0 }) as StoredProblems;
  const site = devSite();
  // The loader publishes a placeholder when the content has errors from the start.
  if (!site) throw new Error(`Dossier's content loader has not run in this server:\n${problems.errors.join('\n')}`);
  const { story, timeline, base, graph, pages } = site;
  return siteData({ ...story, timeline, base, storyGraph: graph }, pages, problems);
}

/** The story's page with the site-wide data. */
type StoredStory = StoryPage & { timeline: EntryRef[]; base: string; storyGraph: StoryGraph };

function siteData(story: StoredStory, unordered: EntryPage[], problems: StoredProblems): SiteData {
  // In id order (`localeCompare`), the order Astro's content store gives once
  // written: what follows it (the preview cards, the data export) is the same
  // in a build, from memory, as in `npm run dev`, from the store.
  const pages = unordered.toSorted((a, b) => a.ref.id.localeCompare(b.ref.id));
  const byId = new Map(pages.map((p) => [p.ref.id, p]));
  return {
    base: story.base,
    story,
    timeline: story.timeline,
    pages,
    actors: pages.filter((p): p is ActorPage => p.kind === 'actor'),
    // In time order, as the core sorted them.
    events: story.timeline.map((ref) => byId.get(ref.id) as EventPage),
    sources: pages.filter((p): p is SourcePage => p.kind === 'source'),
    graph: story.storyGraph,
    previewShards: shardCount(pages.length),
    problems,
    hasFeed: hasFeed({ story, pages, base: story.base }),
  };
}
