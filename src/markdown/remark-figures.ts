/**
 * remark plugin: the pictures of a body. A picture is a Markdown image in a
 * paragraph of its own, whose file is in the content folder's `media/` and
 * whose title gives its caption and credit (`figure-title.ts`):
 *
 * ```md
 * ![What the picture shows](media/file.png "Caption | Credit")
 * ```
 *
 * Each one found is listed on the file (`file.data.figures`, in the body's
 * order: the renderer numbers them the same way, `rehype-figures.ts`); what
 * can't be one is an error at its position: a picture from the web (builds
 * never fetch, so it is to be downloaded into `media/`), one beside text, one
 * without alt text or credit, a reference-style image.
 */
import type { Image, ImageReference, Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Position } from '../problems/problems.ts';
import { MEDIA_FOLDER } from '../entries/picture-field.ts';
import { report } from './remark-body-checks.ts';
import { readFigureTitle } from './figure-title.ts';
import { pictureMessages } from '../problems/picture-messages.ts';

/** A picture in a body, as written. */
export interface BodyFigure {
  /** The file, relative to the content folder: `media/...`. */
  src: string;
  alt: string;
  caption?: string;
  credit: string;
  license?: string;
  /** Position in the body (the caller adds the body's first line). */
  at: Position;
}

declare module 'vfile' {
  interface DataMap {
    figures: BodyFigure[];
  }
}

/** Whether a paragraph holds the image and nothing else but white space. */
const alone = (parent: Nodes | undefined, node: Nodes) =>
  parent?.type === 'paragraph' && parent.children.every((child) => child === node || (child.type === 'text' && child.value.trim() === ''));

export function remarkFigures() {
  return (tree: Root, file: VFile) => {
    const figures: BodyFigure[] = [];
    const check = (node: Image | ImageReference, parent: Nodes | undefined) => {
      if (node.type === 'imageReference') return report(file, node, 'error', pictureMessages.referenceImage(node.label ?? node.identifier));
      const src = node.url.trim();
      if (/^https?:/i.test(src)) return report(file, node, 'error', pictureMessages.remotePicture(src));
      if (!src.startsWith(`${MEDIA_FOLDER}/`)) return report(file, node, 'error', pictureMessages.outsideMedia(src));
      if (!alone(parent, node)) return report(file, node, 'error', pictureMessages.pictureInText(src));
      const title = readFigureTitle(node.title);
      const alt = node.alt?.trim() ?? '';
      const wrong = [
        alt === '' && pictureMessages.figureWithoutAlt(src),
        !title.credit && pictureMessages.figureWithoutCredit(src),
        title.extra && pictureMessages.figureTitleParts(src),
      ].filter((m) => m !== false);
      for (const message of wrong) report(file, node, 'error', message);
      if (wrong.length > 0) return;
      const start = node.position?.start ?? { line: 1, column: 1 };
      const { caption, credit, license } = title;
      figures.push({
        src,
        alt,
        credit: credit!,
        ...(caption ? { caption } : {}),
        ...(license ? { license } : {}),
        at: { line: start.line, column: start.column },
      });
    };
    const walk = (node: Nodes, parent: Nodes | undefined) => {
      if (node.type === 'image' || node.type === 'imageReference') return check(node, parent);
      if ('children' in node) for (const child of node.children) walk(child, node);
    };
    walk(tree, undefined);
    file.data.figures = figures;
  };
}
