import { describe, expect, it } from 'vitest';
import { readContentFile } from '../../src/model/read-content-file.ts';
import type { ContentFile } from '../../src/entries/list-files.ts';
import { formatProblem } from '../../src/problems/problems.ts';
import type { EntryKind } from '../../src/entries/entry-kinds.ts';

/** Reads one file as the build does: front matter validated, body parsed. */
function read(kind: EntryKind, id: string, text: string | Uint8Array) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const file: ContentFile = { file: kind === 'story' ? 'story.md' : `${kind}s/${id}.md`, kind, id, bytes };
  const { entry, problems } = readContentFile(file);
  return { entry, problems: problems.map((p) => formatProblem(p)) };
}

describe('reading an entry', () => {
  it('reads a valid actor with defaults', () => {
    const { entry, problems } = read('actor', 'cnn', '---\nname: CNN\nkind: media\nsummary: A broadcaster.\n---\nBody.\n');
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ id: 'cnn', kind: 'actor', name: 'CNN', aliases: [], data: { affiliations: [] } });
  });

  it('points at a missing required field and names it', () => {
    const { problems } = read('actor', 'cnn', '---\nname: CNN\nkind: media\n---\n');
    expect(problems).toEqual([
      'content/actors/cnn.md:1:1  error  missing required field "summary"  (add a line "summary: ..." to the front matter)',
    ]);
  });

  it('lists the allowed values for an unknown kind, with a did-you-mean', () => {
    const { problems } = read('actor', 'cia', '---\nname: CIA\nkind: agnecy\nsummary: An agency.\n---\n');
    expect(problems).toEqual([
      'content/actors/cia.md:3:7  error  "kind" is "agnecy", which is not allowed  (use one of: person, organization, government, agency, media, country, group (did you mean "agency"?))',
    ]);
  });

  it('rejects an impossible date at the position of the value', () => {
    const { problems } = read('event', 'x', '---\ntitle: X\nsummary: S.\ndate: "2023-02-30"\n---\n');
    expect(problems).toEqual([
      'content/events/x.md:4:7  error  "date" "2023-02-30" is not a real day: February 2023 has 28 days  (write YYYY-MM-DD (2023-04-09), or YYYY-MM (2023-04) when only the month is known)',
    ]);
  });

  it('reads an unquoted date as the date written, not a timestamp', () => {
    const { entry } = read('event', 'x', '---\ntitle: X\nsummary: S.\ndate: 2023-04-09\n---\n');
    expect(entry?.kind === 'event' && entry.data.date).toBe('2023-04-09');
  });

  it('points at a nested field', () => {
    const { problems } = read('event', 'x', '---\ntitle: X\nsummary: S.\ndate: "2023-04"\nactors:\n  - id: cnn\n    role: ""\n---\n');
    expect(problems).toEqual(['content/events/x.md:7:11  error  "actors[0].role" is empty  (give it a value or remove the line)']);
  });

  it('reports YAML syntax errors with the line in the Markdown file', () => {
    const { entry, problems } = read('actor', 'x', '---\nname: X\nkind: [person\nsummary: S.\n---\n');
    expect(entry).toBeUndefined();
    // At the bracket left open on line 3, not where YAML gave up.
    expect(problems).toEqual([
      'content/actors/x.md:3:7  error  the front matter is not valid YAML: a list opened with "[" is not closed with "]"  (close the list with "]" on its line, or quote the value if "[" is part of the text)',
    ]);
  });

  it('warns about an unknown field with a did-you-mean', () => {
    const { problems } = read('actor', 'x', '---\nname: X\nkind: person\nsummary: S.\nalias: [Y]\n---\n');
    expect(problems).toEqual(['content/actors/x.md:5:8  warning  unknown field "alias" is ignored  (did you mean "aliases"?)']);
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    const { entry, problems } = read('actor', 'x', '\uFEFF---\r\nname: X\r\nkind: person\r\nsummary: S.\r\n---\r\nSee [[y]].\r\n');
    expect(problems).toEqual([]);
    expect(entry?.body.links[0]).toMatchObject({ target: 'y', at: { line: 6, column: 5 } });
  });

  it('refuses bytes that are not UTF-8, at the bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('---\nname: X'), 0xff, 0x0a]);
    const { problems } = read('actor', 'x', bytes);
    expect(problems).toEqual(['content/actors/x.md:2:8  error  the file is not valid UTF-8 text  (save it as UTF-8 in your editor)']);
  });

  it('explains empty files, missing and unclosed front matter', () => {
    expect(read('actor', 'x', '  \n').problems[0]).toContain('error  the file is empty');
    expect(read('actor', 'x', 'name: X\n').problems[0]).toContain('error  the file has no front matter');
    expect(read('actor', 'x', '---\nname: X\n').problems[0]).toContain('error  the front matter is not closed');
  });

  it('refuses file names that are not ids and suggests one', () => {
    const { problems } = read('actor', 'Volodymyr Zelenskyy', '---\nname: X\nkind: person\nsummary: S.\n---\n');
    expect(problems).toEqual([
      'content/actors/Volodymyr Zelenskyy.md:1:1  error  "Volodymyr Zelenskyy" is not a valid entry id: ids use lowercase letters, digits and hyphens  (rename the file to volodymyr-zelenskyy.md)',
    ]);
  });

  it("refuses an entry whose id is the story's, at its file, and makes no entry of it", () => {
    const { entry, problems } = read('actor', 'story', '---\nname: Story Magazine\nkind: media\nsummary: S.\n---\n');
    expect(entry).toBeUndefined();
    expect(problems).toEqual([
      'content/actors/story.md:1:1  error  the id "story" is reserved: it is the story\'s own (story.md)  (rename the file, e.g. to story-actor.md)',
    ]);
    expect(read('story', 'story', '---\ntitle: T\nsummary: S.\n---\n').problems).toEqual([]);
  });

  it('finds links and citations in the body with their file positions, not those in code', () => {
    const { entry } = read('event', 'x', '---\ntitle: X\nsummary: S.\ndate: "2023-04"\n---\n\nSee [[cnn|CNN]] and `[[code]]`. [@a; @b]\n');
    expect(entry?.body.links).toEqual([{ target: 'cnn', label: 'CNN', raw: '[[cnn|CNN]]', at: { line: 7, column: 5 } }]);
    expect(entry?.body.citations).toEqual([{ keys: ['a', 'b'], raw: '[@a; @b]', at: { line: 7, column: 33 } }]);
  });
});
