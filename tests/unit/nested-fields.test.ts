import { describe, expect, it } from 'vitest';
import { checkFiles, md } from './check-files.ts';
import { unknownFields } from '../../src/entries/unknown-fields.ts';
import { eventSchema } from '../../src/entries/schema.ts';

const event = (fields: string) =>
  checkFiles({ 'events/e.md': md(`title: E\ndate: "2023-04"\nsummary: S.\nsources: [s]\n${fields}`), 'sources/s.md': md('title: S') });

describe('misspelled fields inside lists and mappings', () => {
  it('are warned about at the field, with a did-you-mean from the fields known there', () => {
    expect(
      event(
        'actors:\n  - {id: a, rol: x}\n  - a\nstatus_by:\n  - {actor: a, sorce: s, not: N.}\naccounts:\n  - {actor: a, says: X., soruce: s}\nupdates:\n  - {date: "2023-04-10", text: T., knd: correction}\n  - {date: "2023-04-11", text: T., colour: red}',
      ).filter((p) => p.includes('warning')),
    ).toEqual([
      'content/events/e.md:7:18  warning  unknown field "actors[0].rol" is ignored  (did you mean "role"?)',
      'content/events/e.md:10:23  warning  unknown field "status_by[0].sorce" is ignored  (did you mean "source"?)',
      'content/events/e.md:10:31  warning  unknown field "status_by[0].not" is ignored  (did you mean "note"?)',
      'content/events/e.md:12:34  warning  unknown field "accounts[0].soruce" is ignored  (did you mean "source"?)',
      'content/events/e.md:14:41  warning  unknown field "updates[0].knd" is ignored  (did you mean "kind"?)',
      'content/events/e.md:15:44  warning  unknown field "updates[1].colour" is ignored',
    ]);
  });

  it('are found by walking the schema: lists, unions of an id or a mapping, defaults', () => {
    expect(unknownFields(eventSchema, { title: 'E', actors: ['a', { id: 'a', rle: 'x' }], updates: [{ txt: 'y' }], toString: 1 })).toEqual([
      { path: ['actors', 1, 'rle'], known: ['id', 'role'] },
      { path: ['updates', 0, 'txt'], known: ['date', 'text', 'kind'] },
      // A name every object has is no field of the schema's.
      { path: ['toString'], known: expect.arrayContaining(['title', 'status_by']) as string[] },
    ]);
  });
});

describe('a required field that is not written', () => {
  it('says it is missing, with the values allowed when there is a list of them', () => {
    expect(checkFiles({ 'actors/a.md': md('name: A\nsummary: S.') })).toEqual([
      'content/actors/a.md:1:1  error  missing required field "kind"  (add a line "kind: ..." to the front matter, with one of: person, organization, government, agency, media, country, group)',
    ]);
  });

  it('inside a list item, says which item to add it to', () => {
    expect(event('status_by:\n  - {source: s}\naccounts:\n  - actor: a')).toEqual([
      'content/events/e.md:7:5  error  missing required field "status_by[0].actor"  (add "actor: ..." to "status_by[0]")',
      'content/events/e.md:9:5  error  missing required field "accounts[0].says"  (add "says: ..." to "accounts[0]")',
    ]);
  });
});
