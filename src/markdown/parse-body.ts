/**
 * Parses an entry's Markdown body, once per build: remark with GitHub
 * Flavored Markdown and Dossier's own syntax (cross-links and citations, see
 * `syntax/`), then the body checks (`remark-body-checks.ts`). Lists the
 * cross-links and citations with their positions in the file, and what the
 * checks found. The same tree is later rendered (`render-body.ts`). Control
 * characters and the limits of what a body may hold are checked first, on
 * the text.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import './syntax/mdast-dossier.ts';
import type { Point } from 'unist';
import { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { remarkDossierSyntax } from './syntax/remark-dossier-syntax.ts';
import { mayAutolink, remarkGfmWithoutAutolinks } from './syntax/remark-gfm-without-autolinks.ts';
import { remarkBodyChecks, report } from './remark-body-checks.ts';
import { remarkFootnoteChecks } from './remark-footnote-checks.ts';
import { remarkFigures, type BodyFigure } from './remark-figures.ts';
import { BODY_LIMITS, deepestBlock, findLimitBreach } from './body-limits.ts';
import { bodyControlChars } from './body-control-chars.ts';
import { lineLocator } from '../entries/front-matter.ts';
import { messages, type Message } from '../problems/messages.ts';
import type { Position, Severity } from '../problems/problems.ts';

export interface BodyLink {
  target: string;
  label?: string;
  /** The link as written, e.g. `[[cnn|CNN]]`. */
  raw: string;
  /** Position in the file. */
  at: Position;
}

export interface BodyCitation {
  keys: string[];
  raw: string;
  at: Position;
}

/** Something in the body the page will not show as written. */
export interface BodyNote {
  severity: Severity;
  at: Position;
  message: Message;
}

export interface ParsedBody {
  tree: Root;
  links: BodyLink[];
  citations: BodyCitation[];
  /** The pictures, in the body's order, positioned in the file. */
  figures: BodyFigure[];
  notes: BodyNote[];
}

/** Parsing and the checks, with GitHub Flavored Markdown as `gfm` reads it. */
const processorWith = (gfm: typeof remarkGfm | typeof remarkGfmWithoutAutolinks) =>
  unified().use(remarkParse).use(gfm).use(remarkDossierSyntax).use(remarkBodyChecks).use(remarkFootnoteChecks).use(remarkFigures).freeze();
const withAutolinks = processorWith(remarkGfm);
/** The same tree for a body no autolink literal can start in, in less than half the time. */
const withoutAutolinks = processorWith(remarkGfmWithoutAutolinks);

/**
 * Parses `body`, whose first line is line `bodyLine` of its file. A body that
 * passes one of the limits (`body-limits.ts`) is not parsed: its tree is
 * empty, and its notes say which limit, where.
 */
export function parseBody(body: string, bodyLine = 1): ParsedBody {
  const file = new VFile(body);
  let locate: ((offset: number) => Point) | undefined;
  const point = (offset: number) => (locate ??= lineLocator(body))(offset);
  for (const found of bodyControlChars(body)) report(file, point(found.offset), 'error', found.message);
  const breach = findLimitBreach(body);
  if (breach) report(file, point(breach.offset), 'error', breach.message);
  const tree = breach ? emptyTree() : read(file);
  const at = (point: Point | undefined): Position => ({ line: (point?.line ?? 1) + bodyLine - 1, column: point?.column ?? 1 });
  const links: BodyLink[] = [];
  const citations: BodyCitation[] = [];
  visitParents(tree, (node: Nodes, ancestors) => {
    if (node.type === 'wikiLink') {
      // Inside a link it stays text (the checks say so): it links nowhere.
      if (ancestors.some((a) => a.type === 'link' || a.type === 'linkReference')) return;
      links.push({ target: node.target, raw: node.value, at: at(node.position?.start), ...(node.label ? { label: node.label } : {}) });
    } else if (node.type === 'citation') {
      citations.push({ keys: node.keys, raw: node.value, at: at(node.position?.start) });
    }
  });
  const notes = file.messages.map((m): BodyNote => ({
    severity: m.fatal ? 'error' : 'warning',
    at: at(m.place && 'start' in m.place ? m.place.start : m.place),
    message: { code: m.ruleId ?? 'markdown', message: m.reason, ...(m.note ? { hint: m.note } : {}) },
  }));
  const figures = (file.data.figures ?? []).map((figure) => ({ ...figure, at: at(figure.at) }));
  return { tree, links, citations, figures, notes };
}

const emptyTree = (): Root => ({ type: 'root', children: [] });

/** Parses and checks `file`'s body; a tree nested deeper than the limit is reported and left empty. */
function read(file: VFile): Root {
  try {
    const processor = mayAutolink(String(file.value)) ? withAutolinks : withoutAutolinks;
    const parsed = processor.parse(file);
    const deep = deepestBlock(parsed);
    if (deep) {
      report(file, deep, 'error', messages.bodyTooDeep(BODY_LIMITS.nesting));
      return emptyTree();
    }
    return processor.runSync(parsed, file) as Root;
  } catch (error) {
    // Within the limits this can't happen; should a body still overflow the stack, it is reported, not thrown.
    if (!(error instanceof RangeError)) throw error;
    report(file, { line: 1, column: 1 }, 'error', messages.bodyUnreadable());
    return emptyTree();
  }
}
