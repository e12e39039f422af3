/**
 * The story's names for search (src/outputs/fold.ts, name-index.ts,
 * name-match.ts): folding, the manifest and chunks the build writes, the
 * entries a query's names put first, and "did you mean", on the leak story's
 * own names and on generated ones.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/model/corpus.ts';
import { siteModelOf } from '../../src/model/render-entries.ts';
import { fold, foldedWords } from '../../src/outputs/fold.ts';
import { CHUNK_RECORDS, nameIndex, nameRecords, recordWords, type NameRecord } from '../../src/outputs/name-index.ts';
import { chunkOf, keyWord, nameTiers, passesFilters, suggestNames } from '../../src/outputs/name-match.ts';
import { random } from '../../src/bench/seeded-random.ts';
import { namedFirst } from '../../src/scripts/named-first.ts';

const leak = siteModelOf(await loadCorpus('content'), { base: '/explainers/leak/' });
const leakRecords = nameRecords(leak.story, leak.pages, leak.base);
const leakIndex = nameIndex(leakRecords);
const urls = (records: readonly NameRecord[]) => records.map((r) => r.url);

/** The records a query's chunk holds, as the browser gets them. */
function chunkFor(index: ReturnType<typeof nameIndex>, query: string) {
  const word = keyWord(index.manifest, query);
  return word === undefined ? undefined : index.chunks[chunkOf(index.manifest, word)];
}

const record = (title: string, more: Partial<NameRecord> = {}): NameRecord => ({
  title,
  kind: 'actor',
  url: `actors/${fold(title).replaceAll(' ', '-')}/`,
  summary: '',
  ...more,
});

describe('folding', () => {
  it('drops accents and case, and reads punctuation as a space', () => {
    expect(fold('José Núñez')).toBe('jose nunez');
    expect(fold("Israeli Prime Minister's Office")).toBe('israeli prime minister s office');
    expect(fold('  CNN report (as cited by Sputnik) ')).toBe('cnn report as cited by sputnik');
    expect(fold('ﬁnance ①')).toBe('finance 1');
    expect(fold('Ørsted Łódź Straße')).toBe('orsted lodz strasse');
  });

  it('gives the words in order, none for an empty text', () => {
    expect(foldedWords('"Mendacious" — and without foundation')).toEqual(['mendacious', 'and', 'without', 'foundation']);
    expect(foldedWords(' … ')).toEqual([]);
  });
});

describe('the name records of the leak story', () => {
  it('has one per entry and the story, each with what a result shows, its address below the base', () => {
    expect(leakRecords).toHaveLength(leak.pages.length + 1);
    expect(leakRecords[0]).toMatchObject({ kind: 'story', url: '', title: leak.story.title });
    expect(leakRecords.find((r) => r.url === 'actors/united-states/')).toEqual({
      title: 'United States',
      kind: 'actor',
      url: 'actors/united-states/',
      summary: leak.pages.find((p) => p.ref.id === 'united-states')!.ref.summary,
      aliases: ['US', 'Washington'],
      actorKind: 'country',
    });
    expect(leakRecords.find((r) => r.url === 'events/cia-memo-mossad-protests/')).toMatchObject({
      kind: 'event',
      date: 'April 2023',
      status: 'disputed',
      year: '2023',
    });
  });

  it('fits in one chunk, every word of every name listed there', () => {
    expect(leakIndex.chunks).toHaveLength(1);
    expect(leakIndex.manifest).toEqual({ chunks: [leakIndex.manifest.chunks[0]], common: [] });
    const chunk = leakIndex.chunks[0]!;
    for (const r of leakRecords) for (const word of recordWords(r)) expect(chunk.words[word]?.map((i) => chunk.records[i])).toContain(r);
  });
});

describe('chunks on a large story', () => {
  // 10,000 entries named from a few syllables, as the benchmark's generated story is: many shared words.
  const rand = random(7);
  const syllables = 'ka lo mi ra ven tor sel an is ul bek mar zo fen rik tal oss ber gav nim'.split(' ');
  const word = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => syllables[Math.floor(rand() * syllables.length)]).join('');
  const records = Array.from({ length: 10_000 }, (_, i) =>
    record(`${word()} ${['said', 'met', 'denied'][i % 3]} ${word()} in ${word()}`, { url: `events/e${i}/`, kind: 'event' }),
  );
  const { manifest, chunks } = nameIndex(records);

  it('holds at most CHUNK_RECORDS entries in a chunk, and lists each word not common in exactly one', () => {
    expect(chunks.length).toBeGreaterThan(100);
    for (const chunk of chunks) expect(chunk.records.length).toBeLessThanOrEqual(CHUNK_RECORDS);
    const listed = chunks.flatMap((c) => Object.keys(c.words));
    expect(new Set(listed).size).toBe(listed.length);
    expect(manifest.common).toEqual(expect.arrayContaining(['in', 'said', 'met', 'denied']));
    for (const common of manifest.common) expect(listed).not.toContain(common);
  });

  it('finds the chunk of a word from the manifest alone', () => {
    chunks.forEach((chunk, n) => {
      for (const w of Object.keys(chunk.words)) expect(chunkOf(manifest, w)).toBe(n);
    });
    expect(chunkOf(manifest, '')).toBe(0);
    expect(chunkOf(manifest, 'zzzzzz')).toBe(chunks.length - 1);
  });

  it('chooses the chunk by the first word that is not common', () => {
    const common = new Set(manifest.common);
    const target = records.find((r) => !common.has(foldedWords(r.title)[0]!))!;
    const [first, verb] = foldedWords(target.title);
    expect(common.has(verb!)).toBe(true);
    expect(keyWord(manifest, `${verb!} ${first!}`)).toBe(first);
    expect(keyWord(manifest, 'in said')).toBeUndefined();
    const chunk = chunkFor({ manifest, chunks }, `${verb!} ${first!}`)!;
    expect(nameTiers(`${first!} ${verb!}`, chunk.records).allWords).toContain(target);
  });

  it('comes out the same from the same records', () => {
    expect(JSON.stringify(nameIndex(records))).toBe(JSON.stringify({ manifest, chunks }));
  });
});

describe('the entries a query names, first', () => {
  const tiers = (query: string) => {
    const chunk = chunkFor(leakIndex, query);
    const { exact, allWords } = nameTiers(query, chunk?.records ?? []);
    return { exact: urls(exact), allWords: urls(allWords) };
  };

  it('puts a name equal to the query first, whatever its case, accents or punctuation', () => {
    expect(tiers('South Korea').exact).toEqual(['actors/south-korea/']);
    expect(tiers('south-korea').exact).toEqual(['actors/south-korea/']);
    expect(tiers('Mossad').exact).toEqual(['actors/mossad/']);
  });

  it('counts an alias as a name', () => {
    expect(tiers('Washington').exact).toEqual(['actors/united-states/']);
    expect(tiers('NYT').exact).toEqual(['actors/the-new-york-times/']);
    expect(tiers('Zelenksyy').exact).toEqual(['actors/volodymyr-zelenskyy/']);
  });

  it('then names with every word of the query as a whole word, shortest first', () => {
    // "Korean" is not the word "Korea".
    expect(tiers('Korea')).toEqual({ exact: [], allWords: ['actors/south-korea/'] });
    expect(tiers('Washington').allWords).toEqual(['actors/us-officials/']);
    const seoul = tiers('Seoul');
    expect(seoul.exact).toEqual(['actors/south-korea/']);
    expect(seoul.allWords[0]).toBe('actors/seoul-officials/');
    expect(seoul.allWords).toContain('events/seoul-promises-white-house/');
  });

  it('lists nothing for words no name has whole, leaving the order to Pagefind', () => {
    expect(tiers('53 documents')).toEqual({ exact: [], allWords: [] });
    expect(tiers('Zelensk')).toEqual({ exact: [], allWords: [] });
  });

  it('keeps to the search page filters', () => {
    const chunk = leakIndex.chunks[0]!;
    const mossad = nameTiers('Mossad', chunk.records, { status: { any: ['disputed'] } });
    expect(urls([...mossad.exact, ...mossad.allWords])).toEqual(['events/cia-memo-mossad-protests/']);
    expect(nameTiers('Mossad', chunk.records, { kind: { any: ['source'] } })).toEqual({ exact: [], allWords: [] });
    const actor = record('X', { actorKind: 'agency' });
    expect(passesFilters(actor, { kind: { any: ['actor', 'event'] }, actor_kind: { any: ['agency'] } })).toBe(true);
    expect(passesFilters(actor, { year: { any: ['2023'] } })).toBe(false);
  });

  it('orders names of as many words by their folded title, and lists an entry once', () => {
    const records = [record('Zeta officials'), record('Alpha officials', { aliases: ['the officials', 'officials'] }), record('Officials')];
    expect(nameTiers('officials', records)).toEqual({ exact: [records[1], records[2]], allWords: [records[0]] });
  });
});

describe('did you mean', () => {
  const suggest = (query: string) => suggestNames(query, [chunkFor(leakIndex, query) ?? leakIndex.chunks[0]!], leakIndex.manifest);

  it('offers the closest names and aliases of the story', () => {
    expect(suggest('Mosad')).toEqual(['Mossad']);
    expect(suggest('Pentagn')).toEqual(['Pentagon']);
    expect(suggest('Zelenskyi')).toEqual(['Zelenskyy']);
    expect(suggest('Sputnick')).toEqual(['Sputnik']);
  });

  it('corrects each word of a longer query, keeping the words the story has', () => {
    expect(suggest('Zelenskyi spying')).toEqual(['Zelenskyy spying']);
    expect(suggest('Volodymir Zelenskyy')).toEqual(['Volodymyr Zelenskyy']);
  });

  it('offers nothing far from every name', () => {
    expect(suggest('xylophone')).toEqual([]);
    expect(suggest('Mossad')).toEqual([]);
  });

  it('finds common words too, which no chunk lists', () => {
    const index = nameIndex(
      Array.from({ length: CHUNK_RECORDS + 1 }, (_, i) => record(`Leak number ${'abcdefghijklmnopqrstuvwxyz'[i % 26]!}${i}`)),
    );
    expect(index.manifest.common).toEqual(['leak', 'number']);
    expect(suggestNames('Laek', [], index.manifest)).toEqual(['leak']);
  });
});

describe('the named entries, then the rest', () => {
  const others = ['/a/?highlight=x', '/named/?highlight=x', '/b/?highlight=x', '/c/?highlight=x', '/d/?highlight=x'].map((url) => ({
    url,
  }));
  const loader = () => {
    const asked: [number, number][] = [];
    const load = (start: number, count: number) => {
      asked.push([start, count]);
      return Promise.resolve(others.slice(start, start + count));
    };
    return { asked, load };
  };

  it('puts the named entries first and leaves them out of the rest, matched by address', async () => {
    const { load } = loader();
    const hits = namedFirst([{ url: '/named/?highlight=y' }], others.length, load);
    expect((await hits(0, 3)).map((h) => h.url)).toEqual(['/named/?highlight=y', '/a/?highlight=x', '/b/?highlight=x']);
    expect((await hits(3, 10)).map((h) => h.url)).toEqual(['/c/?highlight=x', '/d/?highlight=x']);
  });

  it('loads only as many of the rest as a page needs, and one more per named entry', async () => {
    const { asked, load } = loader();
    const hits = namedFirst([{ url: '/named/' }, { url: '/elsewhere/' }], others.length, load);
    expect(await hits(0, 3)).toHaveLength(3);
    expect(asked).toEqual([[0, 3]]);
  });

  it('is the rest alone when nothing is named', () => {
    const { load } = loader();
    expect(namedFirst([], others.length, load)).toBe(load);
  });
});
