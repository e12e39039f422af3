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
];

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
