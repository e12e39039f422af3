/**
 * How each entry connects to the rest of the story, computed once per build
 * for `site-model.ts`: the relationship graph (graph.ts), each entry's
 * neighbourhood in it, related entries (related.ts) and the previous and next
 * actor or source in reading order (story-order.ts).
 */
import type { EntryIndex } from './entry-index.ts';
import type { Entry, EventEntry } from './entry.ts';
import type { Connected, EntryRef } from './site-types.ts';
import { buildStoryGraph, GRAPH_LIMITS, indexGraph, neighbourhood, overview, type GraphView, type StoryGraph } from './graph.ts';
import { relatedEntries } from './related.ts';
import { actorsByFirstAppearance, sourcesByPublication, stepsThrough } from './story-order.ts';

export interface Connections {
  graph: StoryGraph;
  /** The home page's drawing of the whole story. */
  overview: GraphView;
  /** An entry page's neighbourhood, related entries, previous and next (events get theirs from the timeline). */
  of(id: string): Connected;
}

/** `events` in time order; `ref` gives each entry's link. */
export function connect(index: EntryIndex<Entry>, events: readonly EventEntry[], ref: (id: string) => EntryRef): Connections {
  const graph = buildStoryGraph(index, ref);
  const graphIndex = indexGraph(graph);
  const actors = actorsByFirstAppearance(events, index.ofKind('actor'));
  const sources = sourcesByPublication(index.ofKind('source'));
  const related = relatedEntries(events, actors, sources);
  const steps = new Map<string, { previous?: { id: string }; next?: { id: string } }>([...stepsThrough(actors), ...stepsThrough(sources)]);
  return {
    graph,
    overview: overview(graphIndex, { maxPerKind: GRAPH_LIMITS.overview }),
    of(id) {
      const step = steps.get(id);
      return {
        graph: neighbourhood(graphIndex, id, { max: GRAPH_LIMITS.neighbours }),
        related: (related.get(id) ?? []).map(ref),
        ...(step?.previous ? { previous: ref(step.previous.id) } : {}),
        ...(step?.next ? { next: ref(step.next.id) } : {}),
      };
    },
  };
}
