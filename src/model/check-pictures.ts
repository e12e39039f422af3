/**
 * Checks every picture the entries show (lead pictures and body figures)
 * against the files of `media/` (`read-media.ts`): the file exists (with a
 * did-you-mean over the media files), is a picture a page can show, is
 * described (alt text, unless marked decorative),
 * credited the same everywhere it is used; and a media file no entry shows is
 * a warning.
 */
import { posix } from 'node:path';
import { MEDIA_FOLDER } from '../entries/picture-field.ts';
import { didYouMean } from '../problems/did-you-mean.ts';
import { pictureMessages } from '../problems/picture-messages.ts';
import type { Position, ProblemList } from '../problems/problems.ts';
import type { ReadEntry } from './entry.ts';
import type { MediaInfo } from './read-media.ts';

/** One place a picture is shown. */
interface PictureUse {
  file: string;
  at: Position;
  src: string;
  credit: string;
}

/** Every picture an entry shows: its lead picture, then its body's figures. */
function usesOf(entry: ReadEntry): PictureUse[] {
  const uses: PictureUse[] = [];
  const lead = entry.data.picture;
  if (lead) uses.push({ file: entry.file, at: entry.positionOf(['picture', 'src']), src: lead.src, credit: lead.credit });
  for (const figure of entry.body.figures) uses.push({ file: entry.file, at: figure.at, src: figure.src, credit: figure.credit });
  return uses;
}

export function checkPictures(entries: readonly ReadEntry[], media: ReadonlyMap<string, MediaInfo>, problems: ProblemList): void {
  const used = new Set<string>();
  const credited = new Map<string, PictureUse>();
  for (const entry of entries) {
    const lead = entry.data.picture;
    if (lead && lead.alt === undefined && !lead.decorative)
      problems.error(entry.file, entry.positionOf(['picture']), pictureMessages.leadWithoutAlt());
    for (const use of usesOf(entry)) {
      const { file, at, src } = use;
      // A body's figures were checked for this as they were read (`remark-figures.ts`).
      if (/^https?:/i.test(src)) {
        problems.error(file, at, pictureMessages.remotePicture(src));
        continue;
      }
      if (!src.startsWith(`${MEDIA_FOLDER}/`) || posix.normalize(src) !== src) {
        problems.error(file, at, pictureMessages.outsideMedia(src));
        continue;
      }
      const info = media.get(src);
      if (!info) {
        problems.error(file, at, pictureMessages.missingPicture(src, didYouMean(src, media.keys())));
        continue;
      }
      used.add(src);
      if ('problem' in info) {
        problems.error(file, at, info.problem);
        continue;
      }
      const first = credited.get(src);
      if (!first) credited.set(src, use);
      else if (first.credit !== use.credit) {
        problems.warning(file, at, pictureMessages.creditsDiffer(src, use.credit, first.credit, first.file));
      }
    }
  }
  for (const src of media.keys()) if (!used.has(src)) problems.warning(src, { line: 1, column: 1 }, pictureMessages.unusedPicture(src));
}
