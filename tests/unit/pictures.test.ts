import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { checkFiles, md } from './check-files.ts';
import { readMediaFile } from '../../src/model/read-media.ts';
import { readFigureTitle } from '../../src/markdown/figure-title.ts';
import { parseBody } from '../../src/markdown/parse-body.ts';
import { pictureWidths } from '../../src/site/picture-widths.ts';
import type { MediaInfo } from '../../src/model/read-media.ts';
import { scratchDir } from '../helpers/scratch.ts';

const photo: MediaInfo = { width: 1600, height: 1000, format: 'jpeg' };
const media = (...files: string[]) => new Map(files.map((f) => [f, photo]));
const actor = (picture: string, body = '') => md(`name: X\nkind: person\nsummary: S.\npicture:\n${picture}`, body);

describe('a lead picture', () => {
  it('needs alt text unless decorative, and a credit', () => {
    expect(checkFiles({ 'actors/x.md': actor('  src: media/a.jpg\n  credit: C') }, media('media/a.jpg'))).toEqual([
      'content/actors/x.md:6:3  error  the picture has no alt text: readers who cannot see it are told nothing of it  (add "alt: ..." to "picture", saying what it shows; or "decorative: true" if it carries no information)',
    ]);
    expect(checkFiles({ 'actors/x.md': actor('  src: media/a.jpg\n  decorative: true\n  credit: C') }, media('media/a.jpg'))).toEqual([]);
    expect(checkFiles({ 'actors/x.md': actor('  src: media/a.jpg\n  alt: A') })).toEqual([
      'content/actors/x.md:6:3  error  missing required field "picture.credit"  (add "credit: ..." to "picture")',
    ]);
  });

  it('is a file of media/ that exists, with a did-you-mean', () => {
    const lines = checkFiles({ 'actors/x.md': actor('  src: media/bridg.jpg\n  alt: A\n  credit: C') }, media('media/bridge.jpg'));
    expect(lines[0]).toBe(
      'content/actors/x.md:6:8  error  the picture "media/bridg.jpg" does not exist  (did you mean "media/bridge.jpg"?)',
    );
    expect(checkFiles({ 'actors/x.md': actor('  src: photos/a.jpg\n  alt: A\n  credit: C') })[0]).toContain('is not a file in media/');
    expect(checkFiles({ 'actors/x.md': actor('  src: https://example.org/a.jpg\n  alt: A\n  credit: C') })[0]).toContain('is on the web');
  });

  it('reports what reading the file found where it is used', () => {
    const broken = new Map<string, MediaInfo>([['media/a.jpg', { problem: { code: 'not-a-picture', message: 'not a picture' } }]]);
    expect(checkFiles({ 'actors/x.md': actor('  src: media/a.jpg\n  alt: A\n  credit: C') }, broken)).toEqual([
      'content/actors/x.md:6:8  error  not a picture',
    ]);
  });
});

describe('pictures across the story', () => {
  it('warns when one file is credited two ways, and about a media file no entry shows', () => {
    const lines = checkFiles(
      {
        'actors/x.md': actor('  src: media/a.jpg\n  alt: A\n  credit: Agency A'),
        'actors/y.md': md('name: Y\nkind: person\nsummary: S.', '![A again](media/a.jpg "| Agency B")'),
      },
      media('media/a.jpg', 'media/unused.jpg'),
    );
    expect(lines).toEqual([
      'content/actors/y.md:7:1  warning  the picture "media/a.jpg" is credited "Agency B" here and "Agency A" in actors/x.md  (give the same file the same credit everywhere)',
      'content/media/unused.jpg:1:1  warning  "media/unused.jpg" is in media/ but no entry shows it  (use it (a "picture:" field, or ![alt](path "caption | credit") in a body), or delete it)',
    ]);
  });
});

describe('a body figure', () => {
  it('takes its caption, credit and license from the title', () => {
    expect(readFigureTitle('The bridge | Agency | CC0')).toEqual({ caption: 'The bridge', credit: 'Agency', license: 'CC0', extra: false });
    expect(readFigureTitle('| Agency')).toEqual({ credit: 'Agency', extra: false });
    expect(readFigureTitle('Only a caption')).toEqual({ caption: 'Only a caption', extra: false });
    expect(readFigureTitle('a|b|c|d').extra).toBe(true);
  });

  it('is listed with its place in the file', () => {
    const { figures, notes } = parseBody('Text.\n\n![The bridge](media/b.jpg "The bridge | Agency")\n', 8);
    expect(notes).toEqual([]);
    expect(figures).toEqual([
      { src: 'media/b.jpg', alt: 'The bridge', caption: 'The bridge', credit: 'Agency', at: { line: 10, column: 1 } },
    ]);
  });
});

describe('reading a media file', () => {
  const dir = scratchDir('media');
  mkdirSync(join(dir, 'media'));
  const write = (name: string, bytes: Buffer | string) => writeFileSync(join(dir, 'media', name), bytes);

  it('gives the size and format of a picture', async () => {
    write(
      'ok.png',
      await sharp({ create: { width: 30, height: 20, channels: 3, background: '#345' } })
        .png()
        .toBuffer(),
    );
    expect(await readMediaFile(dir, 'media/ok.png')).toEqual({ width: 30, height: 20, format: 'png' });
  });

  it('refuses what is not a picture, a damaged file, a PDF and an unknown kind of file', async () => {
    write('text.jpg', 'not a picture');
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#345' } })
      .jpeg()
      .toBuffer();
    write('cut.jpg', jpeg.subarray(0, jpeg.length / 2));
    write('memo.pdf', '%PDF-1.4');
    write('clip.mp4', 'video');
    const problem = async (name: string) => {
      const info = await readMediaFile(dir, `media/${name}`);
      return 'problem' in info ? info.problem.message : 'no problem';
    };
    expect(await problem('text.jpg')).toBe(
      '"media/text.jpg" is not a picture Dossier can show: what it holds is no picture (is it misnamed?)',
    );
    expect(await problem('cut.jpg')).toBe('"media/cut.jpg" is not a picture Dossier can show: it is damaged or cut short');
    expect(await problem('memo.pdf')).toBe('"media/memo.pdf" is a PDF: a page shows a picture of a document, not the document');
    expect(await problem('clip.mp4')).toBe('"media/clip.mp4" is not a picture Dossier can show: its name ends in ".mp4"');
  });

  it('refuses an SVG that runs a script, handles events or loads anything from outside', async () => {
    const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${inner}</svg>`;
    write('script.svg', svg('<script>alert(1)</script>'));
    write('handler.svg', svg('<rect width="10" height="10" onclick="alert(1)"/>'));
    write('outside.svg', svg('<image href="https://example.org/x.png" width="10" height="10"/>'));
    write('style.svg', svg('<style>@import "https://example.org/x.css";</style>'));
    write('clean.svg', svg('<rect width="10" height="10" fill="#345"/>'));
    for (const name of ['script', 'handler', 'outside', 'style']) {
      const info = await readMediaFile(dir, `media/${name}.svg`);
      expect('problem' in info && info.problem.code, name).toBe('unsafe-svg');
    }
    expect(await readMediaFile(dir, 'media/clean.svg')).toEqual({ width: 10, height: 10, format: 'svg' });
  });
});

describe('the widths a picture is made in', () => {
  it('stops at the file’s own width, and never repeats one', () => {
    expect(pictureWidths(2400, 'body').widths).toEqual([320, 480, 640, 960, 1280]);
    expect(pictureWidths(800, 'body').widths).toEqual([320, 480, 640, 800]);
    expect(pictureWidths(200, 'body').widths).toEqual([200]);
    expect(pictureWidths(960, 'rail').widths).toEqual([320, 480, 640, 960]);
  });
});
