/**
 * The messages about pictures: lead pictures (`picture:` in the front
 * matter), figures in bodies, and the files of `media/`. Each says what is
 * wrong and how to fix it, as `messages.ts` does for the rest.
 */
import type { Message } from './messages.ts';

const n = (value: number) => value.toLocaleString('en-US');

const FIGURE = '![what it shows](media/file.png "caption | credit")';

export const pictureMessages = {
  remotePicture: (src: string): Message => ({
    code: 'remote-picture',
    message: `the picture "${src}" is on the web: builds never fetch, and the site's security policy shows only its own pictures`,
    hint: 'download it into the media/ folder (with the owner\'s permission) and write its path, e.g. "media/photo.jpg"',
  }),
  outsideMedia: (src: string): Message => ({
    code: 'picture-outside-media',
    message: `the picture "${src}" is not a file in media/`,
    hint: 'put the file in the content folder\'s media/ folder and write its path from the content folder, e.g. "media/photo.jpg"',
  }),
  referenceImage: (label: string): Message => ({
    code: 'picture-reference',
    message: `the picture "![...][${label}]" is written by reference, which gives it no caption or credit`,
    hint: `write it in full: ${FIGURE}`,
  }),
  pictureInText: (src: string): Message => ({
    code: 'picture-in-text',
    message: `the picture "${src}" stands inside a paragraph of text`,
    hint: `put it in a paragraph of its own (a blank line before and after): ${FIGURE}`,
  }),
  figureWithoutAlt: (src: string): Message => ({
    code: 'picture-without-alt',
    message: `the picture "${src}" has no alt text: readers who cannot see it are told nothing of it`,
    hint: `say what it shows between the brackets: ${FIGURE}`,
  }),
  leadWithoutAlt: (): Message => ({
    code: 'picture-without-alt',
    message: 'the picture has no alt text: readers who cannot see it are told nothing of it',
    hint: 'add "alt: ..." to "picture", saying what it shows; or "decorative: true" if it carries no information',
  }),
  figureWithoutCredit: (src: string): Message => ({
    code: 'picture-without-credit',
    message: `the picture "${src}" has no credit`,
    hint: `say who took or owns it after a "|" in its title: ${FIGURE}`,
  }),
  figureTitleParts: (src: string): Message => ({
    code: 'picture-title',
    message: `the title of the picture "${src}" has more than three parts`,
    hint: 'write "caption | credit" or "caption | credit | license"; a "|" inside the caption can\'t be told apart',
  }),
  missingPicture: (src: string, suggestion?: string): Message => ({
    code: 'missing-picture',
    message: `the picture "${src}" does not exist`,
    hint: suggestion
      ? `did you mean "${suggestion}"?`
      : 'put the file in media/, or correct the path (it starts at the content folder: "media/...")',
  }),
  notAPicture: (src: string, why: string): Message => ({
    code: 'not-a-picture',
    message: `"${src}" is not a picture Dossier can show: ${why}`,
    hint: 'use a JPEG, PNG, WebP, AVIF, GIF, TIFF or SVG file',
  }),
  pdfPicture: (src: string): Message => ({
    code: 'not-a-picture',
    message: `"${src}" is a PDF: a page shows a picture of a document, not the document`,
    hint: 'export the page to show as PNG, e.g. "pdftoppm -png -r 150 -f 1 -l 1 file.pdf page", and use that file',
  }),
  pictureTooLarge: (src: string, width: number, height: number, limit: number): Message => ({
    code: 'picture-too-large',
    message: `the picture "${src}" is ${n(width)} × ${n(height)} pixels, more than the ${n(limit / 1e6)} megapixels a build takes`,
    hint: 'scale it down to at most 2,560 pixels on its longest side: no page shows more',
  }),
  unsafeSvg: (src: string, what: string): Message => ({
    code: 'unsafe-svg',
    message: `the SVG "${src}" holds ${what}, which no picture on the site may carry`,
    hint: 'remove it, or export the drawing as PNG',
  }),
  creditsDiffer: (src: string, credit: string, other: string, where: string): Message => ({
    code: 'credits-differ',
    message: `the picture "${src}" is credited "${credit}" here and "${other}" in ${where}`,
    hint: 'give the same file the same credit everywhere',
  }),
  unusedPicture: (src: string): Message => ({
    code: 'unused-picture',
    message: `"${src}" is in media/ but no entry shows it`,
    hint: 'use it (a "picture:" field, or ![alt](path "caption | credit") in a body), or delete it',
  }),
};
