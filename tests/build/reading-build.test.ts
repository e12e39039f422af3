/**
 * The reading experience in the built HTML: graphs drawn at build time (the
 * same bytes on two builds), their data files, the timeline by month and
 * day, tables of contents, related entries and previous/next.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shardCount, shardName, shardOf } from '../../src/outputs/preview-shards.ts';
import { htmlPages, readPage, section, textOf } from '../helpers/html.ts';

const fixture = inject('fixtureSite');
const again = inject('fixtureSiteAgain');
const leak = inject('leakSite');
const leakBase = inject('leakBase');

const svgOf = (html: string) => html.match(/<svg class="graph__svg"[\s\S]*?<\/svg>/)?.[0];
const json = (site: string, path: string) => JSON.parse(readFileSync(join(site, path), 'utf8'));

describe('the relationship graph, built', () => {
  it('is an inline SVG on the home page whose boxes link to built pages', () => {
    const svg = svgOf(readPage(leak, 'index.html'))!;
    expect(svg).toBeDefined();
    const hrefs = [...svg.matchAll(/<a href="([^"]+)" class="graph-node/g)].map((m) => m[1]!);
    // Every node of graph.json that has a relation (an entry with none is counted, not drawn).
    const graph = json(leak, 'data/graph.json') as { nodes: { id: string }[]; edges: { from: string; to: string }[] };
    const related = graph.nodes.filter((n) => graph.edges.some((e) => e.from === n.id || e.to === n.id));
    expect(related.length).toBeGreaterThan(30);
    expect(hrefs.length).toBe(related.length);
    for (const href of hrefs) {
      expect(href.startsWith(leakBase)).toBe(true);
      expect(existsSync(join(leak, href.slice(leakBase.length), 'index.html')), href).toBe(true);
    }
  });

  it('comes out byte for byte the same on a second build, on every page, and in graph.json', () => {
    const pages = htmlPages(fixture).map((p) => p.slice(fixture.length));
    const drawn = pages.filter((p) => svgOf(readFileSync(join(fixture, p), 'utf8')));
    expect(drawn.length).toBeGreaterThanOrEqual(10);
    for (const page of drawn)
      expect(svgOf(readFileSync(join(again, page), 'utf8')), page).toBe(svgOf(readFileSync(join(fixture, page), 'utf8')));
    expect(readFileSync(join(again, 'data/graph.json'), 'utf8')).toBe(readFileSync(join(fixture, 'data/graph.json'), 'utf8'));
  });

  it("shows an entry's neighbourhood, itself marked as the current page, and the same relations as a list", () => {
    const council = readPage(fixture, 'actors/council/index.html');
    const svg = svgOf(council)!;
    expect(svg).toContain(
      '<a href="/actors/council/" class="graph-node graph-node--actor graph-node--centre" data-kind="actor" aria-label="Example Town Council" aria-current="page">',
    );
    expect([...svg.matchAll(/class="graph-node /g)].length).toBe(5);
    expect(svg).toMatch(/<title id="graph-title">Connections<\/title><desc id="graph-desc">5 entries and 6 relations;/);
    const list = textOf(council.slice(council.indexOf('<details class="graph__list">'), council.indexOf('</details>')));
    expect(list).toBe(
      'The same relations as a list Example Town Council involved in The hearing , The vote (voted) ' +
        'Example Town Council includes Ana Ruiz , José Núñez The hearing involves José Núñez (asked for a delay) The vote involves Ana Ruiz (chaired the vote)',
    );
  });

  it('writes /data/graph.json and /data/previews.json from the same model', () => {
    const graph = json(fixture, 'data/graph.json');
    expect(graph.nodes.length).toBe(10);
    expect(graph.edges).toContainEqual({ from: 'radio-relay', to: 'gazette-report', kind: 'relays' });
    const previews = json(leak, 'data/previews.json');
    expect(previews['volodymyr-zelenskyy']).toEqual({
      name: 'Volodymyr Zelenskyy',
      kind: 'Actor · person',
      meta: 'Ukrainian President',
      summary: expect.stringContaining('Ukrainian President'),
      href: `${leakBase}actors/volodymyr-zelenskyy/`,
    });
    expect(Object.keys(previews).sort()).toEqual(
      json(leak, 'data/graph.json')
        .nodes.map((n: { id: string }) => n.id)
        .sort(),
    );
  });

  it('splits the preview cards into the shards every page names, each card in the shard of its id', () => {
    const previews = json(leak, 'data/previews.json') as Record<string, unknown>;
    const count = shardCount(Object.keys(previews).length);
    for (const page of ['index.html', 'actors/cnn/index.html', 'events/index.html'])
      expect(readPage(leak, page), page).toContain(`<body data-preview-shards="${count}">`);
    const shards = readdirSync(join(leak, 'data/previews'));
    expect(shards.toSorted()).toEqual(Array.from({ length: count }, (_, n) => `${shardName(count, n)}.json`).toSorted());
    const together: Record<string, unknown> = {};
    for (let n = 0; n < count; n++) {
      const cards = json(leak, `data/previews/${shardName(count, n)}.json`) as Record<string, unknown>;
      for (const [id, card] of Object.entries(cards)) {
        expect(shardOf(id, count), id).toBe(n);
        together[id] = card;
      }
    }
    expect(together).toEqual(previews);
  });
});

describe('the home page, built', () => {
  it('reads as a front page: headline, dek, short answer, key questions as cards, then the full story', () => {
    const home = readPage(leak, 'index.html');
    const order = [
      '<h1',
      'class="dek"',
      'The short answer',
      'id="key-questions"',
      'id="what-leaked"',
      'id="full-story"',
      'id="key-actors"',
      'id="at-a-glance"',
      'id="graph"',
      'id="references"',
    ];
    const at = order.map((needle) => home.indexOf(needle));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const cards = [
      ...home.matchAll(
        /<section class="question-card" aria-labelledby="([^"]+)"><div class="heading-wrapper heading-wrapper--h3"><h3 id="\1">([^<]+)<\/h3>/g,
      ),
    ].map((m) => m[2]);
    expect(cards).toEqual(['What leaked?', 'Who was spied on?', 'How did allies react?', 'Who says so?']);
    // Citation numbers follow reading order: the first card cites reference 1.
    expect(textOf(section(home, 'key-questions'))).toMatch(
      /^Key questions What leaked\? # Section “What leaked\?” According to The New York Times , "a new trove .*\[1\]/,
    );
  });
});

describe('the timeline, built', () => {
  it('groups events by month, then by day, month-precision events first', () => {
    const timeline = readPage(fixture, 'events/index.html');
    expect(
      [...timeline.matchAll(/<h3 class="timeline-day__label"><time datetime="([^"]+)">([^<]+)</g)].map((m) => `${m[1]} ${m[2]}`),
    ).toEqual(['2024-03 March 2024, day not known', '2024-03-04 Monday 4 March', '2024-03-05 Tuesday 5 March']);
    expect(textOf(timeline)).toContain('March 2024 March 2024, day not known The hearing reported');
  });

  it('marks each event with its actors for the filter, and ships the filter for browsers that run its script', () => {
    const timeline = readPage(fixture, 'events/index.html');
    expect(timeline).toMatch(/<li class="event-item event-item--dateless" data-actors="jose-nunez council">/);
    expect(timeline).toMatch(/<form class="timeline-filter" data-timeline-filter data-strings="[^"]+">/);
    expect(textOf(timeline.slice(timeline.indexOf('<select'), timeline.indexOf('</select>')))).toBe(
      'any actor (3 events) Ana Ruiz (1) Example Town Council (2) José Núñez (2)',
    );
  });

  it('gives each actor a timeline of its own, with its roles', () => {
    const nunez = textOf(section(readPage(fixture, 'actors/jose-nunez/index.html'), 'involved'));
    expect(nunez).toMatch(
      /^Involved in March 2024 March 2024, day not known The hearing reported .*— asked for a delay .* Tuesday 5 March The reaction disputed .*— criticised the vote/,
    );
  });
});

describe('entry pages, built', () => {
  it('show a table of contents for a long entry only', () => {
    const council = readPage(fixture, 'actors/council/index.html');
    expect(textOf(council.slice(council.indexOf('<nav class="toc"'), council.indexOf('</nav>', council.indexOf('<nav class="toc"'))))).toBe(
      'On this page Members Powers Bridges Record Involved in References',
    );
    expect(readPage(fixture, 'actors/mayor/index.html')).not.toContain('class="toc"');
  });

  it('list related entries and step to the previous and next entry of their kind', () => {
    const council = readPage(fixture, 'actors/council/index.html');
    expect(textOf(section(council, 'related'))).toBe(
      'Related Actors involved in the same events. José Núñez A councillor who asked for a delay. Ana Ruiz The mayor of Example Town.',
    );
    expect(council).toMatch(
      /<nav class="prev-next" aria-label="Previous and next actor, in order of first appearance on the timeline"><a rel="prev" href="\/actors\/jose-nunez\/">/,
    );
    expect(council).toMatch(/<a rel="next" href="\/actors\/mayor\/">/);
  });

  it("give an actor's dates in the story in its infobox", () => {
    const nunez = readPage(fixture, 'actors/jose-nunez/index.html');
    expect(nunez).toMatch(/<dt[^>]*>In the story<\/dt><dd[^>]*>2 events, <time datetime="2024-03">March 2024<\/time><\/dd>/);
  });
});

describe('"Mentioned in" excerpts, built', () => {
  it('start and end between words, and never leave a quotation mark unmatched', () => {
    const words = new Set(
      htmlPages(leak)
        .map((page) => textOf(readFileSync(page, 'utf8')))
        .join(' ')
        .split(/\s+/),
    );
    let cut = 0;
    for (const page of htmlPages(leak)) {
      const mentions = readFileSync(page, 'utf8').match(/<section class="mentions"[\s\S]*?<\/section>/)?.[0] ?? '';
      for (const [, excerpt] of mentions.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)) {
        const text = textOf(excerpt!);
        expect((text.match(/"/g) ?? []).length % 2, text).toBe(0);
        expect((text.match(/“/g) ?? []).length, text).toBe((text.match(/”/g) ?? []).length);
        if (text.startsWith('…')) {
          cut++;
          // The first word shown is a whole word of the story's text, not the end of one.
          expect(words.has(text.slice(1).split(' ')[0]!), text).toBe(true);
        }
        if (text.endsWith('…')) expect(words.has(text.slice(0, -1).split(' ').at(-1)!), text).toBe(true);
      }
    }
    expect(cut).toBeGreaterThan(0);
  });
});
