/**
 * axe-core in a page or a frame of real Chromium, against WCAG 2.2 AA: one
 * line per element found, `rule: selector`. The source is evaluated, not
 * added as a <script>: the pages' CSP allows no inline script.
 */
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

export async function wcagViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(axeSource);
  return target.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(d: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}
