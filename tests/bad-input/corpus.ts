/**
 * The bad-input corpus: a valid minimal story (`base/`) and, under `cases/`,
 * one folder per broken input:
 *
 * - `content/`: files laid over the base story (a new or replaced file);
 * - `remove.txt`: files of the base story to delete, one per line (optional);
 * - `expected.txt`: exactly what `npm run check` prints for it, with the
 *   content folder written `content`. Its last line counts the problems: a
 *   case with errors must fail the check and the build with the same lines;
 *   a case with none must pass both ("must simply work").
 *
 * Cases that can't be committed as files (symbolic links, a 2 MB entry,
 * 5,000 links) are written by `generatedCases` below.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

export const corpusDir = import.meta.dirname;
const casesDir = join(corpusDir, 'cases');

export interface BadInputCase {
  name: string;
  /** Writes the case into a copy of the base story. */
  apply(dir: string): void;
  expected: string[];
}

/** Does the case have errors (the last line of its report counts them)? */
export function mustFail(c: BadInputCase): boolean {
  return !c.expected.at(-1)!.startsWith('0 errors');
}

function fileCase(name: string): BadInputCase {
  const folder = join(casesDir, name);
  return {
    name,
    apply(dir) {
      if (existsSync(join(folder, 'content'))) cpSync(join(folder, 'content'), dir, { recursive: true });
      const remove = join(folder, 'remove.txt');
      if (existsSync(remove))
        for (const rel of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, rel), { recursive: true });
    },
    expected: readFileSync(join(folder, 'expected.txt'), 'utf8').trimEnd().split('\n'),
  };
}

const entry = (fm: string, body: string) => `---\n${fm}\n---\n\n${body}\n`;

/** A paragraph of about 1 kB, with a link and a citation: the 2 MB entry repeats it. */
const PARAGRAPH = `${'The leaked documents described the state of the war in detail, according to the report. '.repeat(10)}[[CNN]] reported it. [@cnn-report]\n\n`;

export const generatedCases: BadInputCase[] = [
  {
    name: 'entry-of-2-mb',
    apply(dir) {
      const body = PARAGRAPH.repeat(Math.ceil((2 * 1024 * 1024) / PARAGRAPH.length));
      writeFileSync(join(dir, 'actors/long-read.md'), entry('name: Long read\nkind: media\nsummary: An entry of 2 MB.', body));
    },
    expected: ['0 errors, 0 warnings'],
  },
  {
    name: '5000-links-in-one-entry',
    apply(dir) {
      // In paragraphs of 50, by id, by name and with a label: 5,000 in all.
      const links = ['[[cnn]]', '[[Ukraine]]', '[[the leak]]', '[[cnn-report|the report]]', '[[ukraine|Kyiv]]'];
      const paragraphs = Array.from({ length: 100 }, (_, p) =>
        Array.from({ length: 50 }, (_, i) => `${links[(p + i) % links.length]} said ${i}.`).join(' '),
      );
      writeFileSync(
        join(dir, 'actors/many-links.md'),
        entry('name: Many links\nkind: group\nsummary: An entry with 5,000 links.', paragraphs.join('\n\n')),
      );
    },
    expected: ['0 errors, 0 warnings'],
  },
  {
    name: 'symbolic-links-out-of-the-folder',
    apply(dir) {
      // One to a file outside the content folder, one to nothing: both ignored, neither read.
      symlinkSync(join(corpusDir, 'base/actors/cnn.md'), join(dir, 'actors/outside.md'));
      symlinkSync(join(dir, 'actors/nowhere.md'), join(dir, 'actors/broken.md'));
      symlinkSync(corpusDir, join(dir, 'sources/elsewhere'));
    },
    expected: [
      'content/actors/broken.md:1:1  warning  "actors/broken.md" is a symbolic link to nothing and is ignored  (copy the file into the content folder instead: a build reads nothing outside it)',
      'content/actors/outside.md:1:1  warning  "actors/outside.md" is a symbolic link to outside the content folder and is ignored  (copy the file into the content folder instead: a build reads nothing outside it)',
      'content/sources/elsewhere:1:1  warning  "sources/elsewhere" is a symbolic link to outside the content folder and is ignored  (copy the file into the content folder instead: a build reads nothing outside it)',
      '0 errors, 3 warnings',
    ],
  },
  {
    name: 'symbolic-link-inside-the-folder',
    apply(dir) {
      // A link to a file of the same story is read like the file itself.
      mkdirSync(join(dir, 'shared'));
      writeFileSync(join(dir, 'shared/kyiv.md'), entry('name: Kyiv\nkind: government\nsummary: The capital.', 'In [[Ukraine]].'));
      symlinkSync(join(dir, 'shared/kyiv.md'), join(dir, 'actors/kyiv.md'));
    },
    expected: [
      'content/shared:1:1  warning  the folder "shared" is ignored  (entries are .md files directly in actors/, events/ or sources/; sub-folders are not read)',
      '0 errors, 1 warning',
    ],
  },
  {
    name: 'body-nested-100000-deep',
    apply(dir) {
      const person = (name: string) => `name: ${name}\nkind: person\nsummary: A person.`;
      writeFileSync(join(dir, 'actors/deep-quotes.md'), entry(person('Deep Quotes'), `${'> '.repeat(100_000)}deep`));
      writeFileSync(join(dir, 'actors/deep-items.md'), entry(person('Deep Items'), `${'- '.repeat(100_000)}deep`));
      const staircase = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`);
      writeFileSync(join(dir, 'actors/deep-staircase.md'), entry(person('Deep Staircase'), staircase.join('\n')));
    },
    expected: [
      'content/actors/deep-items.md:7:33  error  block quotes and lists nest more than 16 deep here  (nest them at most 16 deep, each ">" and each list item inside another a level; until then the body is not read)',
      'content/actors/deep-quotes.md:7:33  error  block quotes and lists nest more than 16 deep here  (nest them at most 16 deep, each ">" and each list item inside another a level; until then the body is not read)',
      'content/actors/deep-staircase.md:23:33  error  block quotes and lists nest more than 16 deep here  (nest them at most 16 deep, each ">" and each list item inside another a level; until then the body is not read)',
      '3 errors, 0 warnings',
    ],
  },
  {
    name: 'body-2-mb-of-backtick-runs',
    apply(dir) {
      // "` `` ``` ````…", on one line and wrapped at 80 columns.
      let runs = '';
      for (let k = 1; runs.length < 2 * 1024 * 1024; k++) runs += `${'`'.repeat(k)} `;
      const wrapped = runs.replace(/(.{1,79})( |$)/g, '$1\n');
      const media = (name: string) => `name: ${name}\nkind: media\nsummary: Backtick runs.`;
      writeFileSync(join(dir, 'actors/backtick-runs.md'), entry(media('Backtick Runs'), runs));
      writeFileSync(join(dir, 'actors/backtick-runs-wrapped.md'), entry(media('Backtick Runs Wrapped'), wrapped));
    },
    expected: [
      'content/actors/backtick-runs-wrapped.md:9:1  error  more than 16 backticks in a row  (a code span opens with at most 16; put longer code in a fenced code block, between ``` lines; until then the body is not read)',
      'content/actors/backtick-runs.md:7:1  error  this paragraph is longer than 50,000 characters  (split it with blank lines; until then the body is not read)',
      '2 errors, 0 warnings',
    ],
  },
  {
    name: 'body-past-the-size-limits',
    apply(dir) {
      const group = (name: string) => `name: ${name}\nkind: group\nsummary: Past a limit.`;
      const write = (file: string, name: string, body: string) => writeFileSync(join(dir, `actors/${file}.md`), entry(group(name), body));
      write('long-paragraph', 'Long Paragraph', 'word '.repeat(10_001));
      write('marks-in-a-paragraph', 'Marks In A Paragraph', '*a '.repeat(1001));
      // 2 MB of `*_` in paragraphs within the paragraphs' limit.
      write('marks-in-the-body', 'Marks In The Body', `${'*_'.repeat(400)}\n\n`.repeat(2600));
      write('many-list-items', 'Many List Items', '- an item\n'.repeat(2001));
      write('many-quotes', 'Many Quotes', `> A quote.\n\n${PARAGRAPH}`.repeat(16_000));
    },
    expected: [
      'content/actors/long-paragraph.md:7:1  error  this paragraph is longer than 50,000 characters  (split it with blank lines; until then the body is not read)',
      'content/actors/many-list-items.md:2007:1  error  the body holds more than 2,000 block quotes, list items, footnotes and underlined headings  (split the entry into several; until then the body is not read)',
      'content/actors/many-quotes.md:8007:1  error  the body holds more than 2,000 block quotes, list items, footnotes and underlined headings  (split the entry into several; until then the body is not read)',
      'content/actors/marks-in-a-paragraph.md:7:3001  error  this paragraph holds more than 1,000 Markdown marks: * _ ~ ` [ ] < \\ |  (split it with blank lines, or put code in a fenced code block, between ``` lines, where marks are not counted; until then the body is not read)',
      'content/actors/marks-in-the-body.md:131:401  error  the body holds more than 50,000 Markdown marks: * _ ~ ` [ ] < \\ |  (split the entry into several, or put code in fenced code blocks, between ``` lines, where marks are not counted; until then the body is not read)',
      '5 errors, 0 warnings',
    ],
  },
  {
    // Only the header: a real 12,000 × 12,000 file would take a build 430 MB to decode, and the check never decodes it.
    name: 'picture-of-12000-by-12000-pixels',
    apply(dir) {
      mkdirSync(join(dir, 'media'), { recursive: true });
      writeFileSync(join(dir, 'media/huge.png'), pngHeader(12_000, 12_000));
      const fields =
        'name: Huge\nkind: person\nsummary: A person with a huge picture.\npicture:\n  src: media/huge.png\n  alt: A huge picture\n  credit: Test data';
      writeFileSync(join(dir, 'actors/huge.md'), entry(fields, 'Test data.'));
    },
    expected: [
      'content/actors/huge.md:6:8  error  the picture "media/huge.png" is 12,000 × 12,000 pixels, more than the 50 megapixels a build takes  (scale it down to at most 2,560 pixels on its longest side: no page shows more)',
      '1 error, 0 warnings',
    ],
  },
];

/** The start of a PNG file of `width` × `height` pixels: its signature, header, and one byte of its first row. */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function fileCases(): BadInputCase[] {
  return readdirSync(casesDir).sort().map(fileCase);
}

/** A copy of the base story with the case applied, in `dir`. */
export function writeCase(c: BadInputCase, dir: string): string {
  cpSync(join(corpusDir, 'base'), dir, { recursive: true });
  c.apply(dir);
  return dir;
}

/** Every case that must simply work, applied together to one story, to build once. */
export function writeWorkingStory(cases: readonly BadInputCase[], dir: string): string {
  cpSync(join(corpusDir, 'base'), dir, { recursive: true });
  for (const c of cases) if (!mustFail(c)) c.apply(dir);
  return dir;
}
