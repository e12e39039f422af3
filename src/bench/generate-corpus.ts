/**
 * A synthetic story of any size, for Dossier's own benchmarks (search,
 * check, dev). Deterministic: the same seed and size give the same files, byte
 * for byte. The mix follows a news explainer: actors (people, agencies,
 * governments, outlets, countries, groups) with aliases and affiliations;
 * events with day- or month-precision dates, actors with roles, sources,
 * claim statuses, denials answering claims, accounts; sources published by
 * outlets, some relaying others. Bodies have headings, wikilinks
 * (`[[id]]`, `[[id|label]]`, `[[Name]]`), citations (`[@id]`, `[@a; @b]`)
 * and footnotes, over a vocabulary of invented words with a Zipf-like spread,
 * so the search index has a realistic number of distinct words. Every file is
 * valid against the content contract: `npm run check` passes with no warning.
 *
 * The folder is replaced. Write it under the OS temp folder, never in the
 * project (`write-corpus.ts` writes one from the command line).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTOR_KINDS, COMMON, ROLES, STATUSES, SYLLABLES, TAGS, VERBS } from './corpus-words.ts';
import { random } from './seeded-random.ts';

export interface CorpusOptions {
  /** Actors, events and sources in all (the story file comes on top). */
  entries: number;
  seed?: number;
}

export interface GeneratedCorpus {
  dir: string;
  actors: number;
  events: number;
  sources: number;
  /** Names and titles worth searching for, e.g. for a benchmark's query. */
  sampleNames: string[];
}

export function generateCorpus(dir: string, options: CorpusOptions): GeneratedCorpus {
  const rand = random(options.seed ?? 1);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => rand() < p;
  const some = <T>(items: readonly T[], n: number): T[] => {
    const chosen = new Set<T>();
    for (let i = 0; i < n * 3 && chosen.size < Math.min(n, items.length); i++) chosen.add(pick(items));
    return [...chosen];
  };

  // Invented words, most rare, a few common: a Zipf-like draw over the list.
  const vocabulary: string[] = [];
  for (let i = 0; i < 12_000; i++) vocabulary.push(Array.from({ length: 2 + int(3) }, () => pick(SYLLABLES)).join(''));
  const word = () => (chance(0.45) ? pick(COMMON) : vocabulary[Math.floor(vocabulary.length * rand() ** 3)]!);
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

  // Every name, title, alias and id is unique once normalised, so that
  // `[[Name]]` links are never ambiguous and no alias is shared.
  const taken = new Set<string>();
  const unique = (make: () => string): string => {
    for (;;) {
      const name = make();
      const key = name.toLowerCase();
      if (!taken.has(key)) {
        taken.add(key);
        return name;
      }
    }
  };
  const properName = () => capital(Array.from({ length: 2 + int(2) }, () => pick(SYLLABLES)).join(''));
  const ids = new Set<string>();
  const idFor = (text: string): string => {
    const stem =
      text
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .split('-')
        .slice(0, 6)
        .join('-') || 'entry';
    let id = stem;
    for (let n = 2; ids.has(id) || taken.has(id); n++) id = `${stem}-${n}`;
    ids.add(id);
    taken.add(id);
    return id;
  };

  const total = Math.max(6, options.entries);
  const counts = { actors: Math.round(total * 0.3), sources: Math.round(total * 0.2) };
  const nEvents = total - counts.actors - counts.sources;

  interface Actor {
    id: string;
    name: string;
    kind: string;
    aliases: string[];
  }
  const actors: Actor[] = [];
  for (let i = 0; i < counts.actors; i++) {
    const kind = pick(ACTOR_KINDS);
    const name = unique(() => {
      const p = properName();
      switch (kind) {
        case 'person':
          return `${properName()} ${p}`;
        case 'agency':
          return `${p} ${pick(['Intelligence Service', 'Agency', 'Directorate', 'Bureau'])}`;
        case 'government':
          return `${pick(['Ministry of', 'Office of', 'Cabinet of'])} ${p}`;
        case 'media':
          return `The ${p} ${pick(['Herald', 'Times', 'Post', 'Radio', 'Wire'])}`;
        case 'group':
          return `${p} ${pick(['officials', 'protesters', 'lawmakers', 'analysts'])}`;
        case 'country':
          return p;
        default:
          return `${p} ${pick(['Foundation', 'Council', 'Group', 'Institute'])}`;
      }
    });
    const aliases = chance(0.35)
      ? Array.from({ length: 1 + int(2) }, () =>
          unique(() =>
            kind === 'person'
              ? `${name.split(' ')[1]} ${properName()}`
              : properName()
                  .toUpperCase()
                  .slice(0, 3 + int(3)),
          ),
        )
      : [];
    actors.push({ id: idFor(name), name, kind, aliases });
  }
  const media = actors.filter((a) => a.kind === 'media');

  interface Source {
    id: string;
    title: string;
    published?: string;
  }
  const sources: Source[] = [];
  const date = (monthOnly: boolean) => {
    const y = 2019 + int(6);
    const m = 1 + int(12);
    const mm = String(m).padStart(2, '0');
    if (monthOnly) return `${y}-${mm}`;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${mm}-${String(1 + int(days)).padStart(2, '0')}`;
  };
  for (let i = 0; i < counts.sources; i++) {
    const title = unique(
      () =>
        `${capital(word())} ${word()} ${pick(['report', 'interview', 'statement', 'leaked memo', 'briefing'])} on ${properName()} ${word()}`,
    );
    sources.push({ id: idFor(title), title, ...(chance(0.85) ? { published: date(chance(0.2)) } : {}) });
  }

  interface Event {
    id: string;
    title: string;
  }
  const events: Event[] = [];
  for (let i = 0; i < nEvents; i++) {
    const title = unique(
      () =>
        `${pick(actors).name} ${pick(VERBS)} ${word()} ${word()} ${pick(['talks', 'leak', 'vote', 'deal', 'protests', 'inquiry', 'memo'])} in ${properName()}`,
    );
    events.push({ id: idFor(title), title });
  }

  const everyone = [
    ...actors.map((a) => ({ id: a.id, label: a.name })),
    ...events.map((e) => ({ id: e.id, label: e.title })),
    ...sources.map((s) => ({ id: s.id, label: s.title })),
  ];
  const cite = () => (chance(0.3) ? `[@${pick(sources).id}; @${pick(sources).id}]` : `[@${pick(sources).id}]`);
  const link = () => {
    const target = pick(everyone);
    const r = rand();
    if (r < 0.5) return `[[${target.id}]]`;
    if (r < 0.8) return `[[${target.id}|${word()} ${word()}]]`;
    return `[[${target.label}]]`; // by name: unique by construction
  };
  const sentence = () => {
    const words = Array.from({ length: 8 + int(14) }, word);
    const at = 1 + int(words.length - 1);
    if (chance(0.5)) words.splice(at, 0, link());
    const text = `${capital(words.join(' '))}`;
    return chance(0.25) ? `"${text}," ${pick(actors).name} ${pick(VERBS)}.` : `${text}.`;
  };
  const paragraph = () => `${Array.from({ length: 2 + int(3) }, sentence).join(' ')} ${cite()}`;
  const body = (): string => {
    const parts = [paragraph()];
    if (chance(0.3)) parts.push(`## ${capital(word())} ${word()}`, paragraph());
    for (let i = int(3); i > 0; i--) parts.push(paragraph());
    if (chance(0.2)) {
      parts[parts.length - 1] += '[^1]';
      parts.push(`[^1]: ${sentence()}`);
    }
    return `${parts.join('\n\n')}\n`;
  };
  const yaml = (value: string) => JSON.stringify(value); // a JSON string is a YAML string
  const list = (items: string[]) => `[${items.map(yaml).join(', ')}]`;

  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['actors', 'events', 'sources']) mkdirSync(join(dir, folder), { recursive: true });

  const story = [
    '---',
    `title: ${yaml(`Synthetic story of ${total} entries (seed ${options.seed ?? 1})`)}`,
    `summary: ${yaml('A generated story for benchmarks: invented actors, events and sources.')}`,
    'published: "2024-06-01"',
    '---',
    '',
    body(),
  ];
  writeFileSync(join(dir, 'story.md'), story.join('\n'));

  const groups = actors.filter((a) => a.kind !== 'person');
  const position = new Map(actors.map((a, i) => [a.id, i]));
  for (const a of actors) {
    const front = [
      '---',
      `name: ${yaml(a.name)}`,
      `kind: ${a.kind}`,
      `summary: ${yaml(`${a.name} ${pick(VERBS)} ${word()} ${word()} ${word()} in the ${word()} ${word()}.`)}`,
    ];
    if (a.aliases.length > 0) front.push(`aliases: ${list(a.aliases)}`);
    if (chance(0.5)) front.push(`role: ${yaml(`${capital(word())} ${word()}`)}`);
    const affiliations = chance(0.4)
      ? some(groups, 1 + int(2))
          // Only groups listed after it: affiliations never loop, which a story may not.
          .filter((g) => position.get(g.id)! > position.get(a.id)!)
          .map((g) => g.id)
      : [];
    if (affiliations.length > 0) front.push(`affiliations: ${list(affiliations)}`);
    writeFileSync(join(dir, 'actors', `${a.id}.md`), `${front.join('\n')}\n---\n\n${body()}`);
  }

  sources.forEach((s, i) => {
    const front = ['---', `title: ${yaml(s.title)}`];
    if (media.length > 0 && chance(0.8)) front.push(`publisher: ${pick(media).id}`);
    if (s.published) front.push(`published: ${yaml(s.published)}`);
    if (chance(0.4)) front.push(`author: ${yaml(`${properName()} ${properName()}`)}`);
    if (chance(0.5)) front.push(`url: ${yaml(`https://example.org/${s.id}`)}`);
    // Relays only an earlier source: no loops.
    if (i > 0 && chance(0.2)) front.push(`via: ${sources[int(i)]!.id}`);
    if (chance(0.3)) front.push(`summary: ${yaml(`${capital(word())} ${word()} ${word()} ${word()}.`)}`);
    writeFileSync(join(dir, 'sources', `${s.id}.md`), `${front.join('\n')}\n---\n\n${body()}`);
  });

  events.forEach((e, i) => {
    const involved = some(actors, 1 + int(4));
    const cited = some(sources, 1 + int(3)).map((s) => s.id);
    const front = [
      '---',
      `title: ${yaml(e.title)}`,
      `date: ${yaml(date(chance(0.25)))}`,
      `summary: ${yaml(`${involved[0]!.name} ${pick(VERBS)} ${word()} ${word()} ${word()} ${word()}, according to ${word()} ${word()}.`)}`,
      'actors:',
      ...involved.map((a) => (chance(0.7) ? `  - {id: ${a.id}, role: ${yaml(pick(ROLES))}}` : `  - ${a.id}`)),
      `sources: ${list(cited)}`,
    ];
    const status = pick(STATUSES);
    if (chance(0.8)) front.push(`status: ${status}`);
    if (chance(0.3)) front.push(`location: ${yaml(properName())}`);
    front.push(`tags: ${list(some(TAGS, int(4)))}`);
    if (i > 0 && chance(0.1)) front.push(`responds_to: ${events[int(i)]!.id}`);
    if (status === 'confirmed' || status === 'denied') {
      front.push('status_by:', `  - {actor: ${involved[0]!.id}, source: ${cited[0]}, note: ${yaml(`${pick(VERBS)} it`)}}`);
    }
    if (status === 'disputed' && involved.length > 1) {
      front.push('accounts:', ...involved.slice(0, 2).map((a) => `  - {actor: ${a.id}, source: ${cited[0]}, says: ${yaml(sentence())}}`));
    }
    writeFileSync(join(dir, 'events', `${e.id}.md`), `${front.join('\n')}\n---\n\n${body()}`);
  });

  return {
    dir,
    actors: actors.length,
    events: events.length,
    sources: sources.length,
    // A one-word name (a country), a person's name, an event's headline.
    sampleNames: [
      (actors.find((a) => a.kind === 'country') ?? actors[0]!).name,
      (actors.find((a) => a.kind === 'person') ?? actors[0]!).name,
      events[0]!.title,
    ],
  };
}
