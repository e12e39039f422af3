/**
 * remark plugin: reads Dossier's cross-links (`[[target|label]]`) and
 * citations (`[@a; @b]`) as nodes of their own, as remark-gfm adds GFM's
 * syntax: the micromark extension tokenizes them, the mdast extension builds
 * the nodes (see `micromark-dossier.ts` and `mdast-dossier.ts`).
 */
import type { Processor } from 'unified';
import { dossierSyntax } from './micromark-dossier.ts';
import { dossierFromMarkdown } from './mdast-dossier.ts';

export function remarkDossierSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(dossierSyntax());
  (data.fromMarkdownExtensions ??= []).push(dossierFromMarkdown());
}
