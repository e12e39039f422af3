/**
 * A body figure's caption and credit, written in the Markdown image's title:
 *
 * ```md
 * ![The first page of the memo](media/memo-page-1.png "The memo as it circulated | US Department of Defense")
 * ```
 *
 * `caption | credit`, or `caption | credit | license`; the caption may be
 * left empty (`"| credit"`), the credit may not.
 */
export interface FigureTitle {
  caption?: string;
  credit?: string;
  license?: string;
  /** More than three parts: the title can't be read as caption, credit and license. */
  extra: boolean;
}

export function readFigureTitle(title: string | null | undefined): FigureTitle {
  const parts = (title ?? '').split('|').map((part) => part.trim());
  const [caption, credit, license] = parts;
  return {
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    ...(license ? { license } : {}),
    extra: parts.length > 3,
  };
}
