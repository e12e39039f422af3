/**
 * A story whose every text field and body carries known XSS vectors (after
 * OWASP's XSS filter evasion cheat sheet, and mutation-XSS classics). Each
 * payload, if it ever ran, would set `window.__xss` and open a dialog; the
 * security tests build this story and look for both in real Chromium.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const RUN = 'window.__xss=1;alert(1)';

/** As text: for front-matter fields, and for bodies, where Markdown meets raw HTML. */
export const VECTORS: readonly string[] = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}">`,
  `<svg><script>${RUN}</script></svg>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>${RUN}</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<body onload="${RUN}">`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `</title><script>${RUN}</script>`,
  `</script><script>${RUN}</script>`,
  `<details open ontoggle="${RUN}">`,
  `<input autofocus onfocus="${RUN}">`,
  `<video><source onerror="${RUN}"></video>`,
  `<a href="javascript:${RUN}">click</a>`,
  `<a href="JaVaScRiPt:${RUN}">click</a>`,
  `<a href="&#106;avascript:${RUN}">click</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">click</a>`,
  `<div style="background:url(javascript:${RUN})">styled</div>`,
  `<style>*{background:url("javascript:${RUN}")}</style>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `<form action="javascript:${RUN}"><button>go</button></form>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `{${RUN}}`,
  `\${${RUN}}`,
  `<template><script>${RUN}</script></template>`,
  `<marquee onstart="${RUN}">x</marquee>`,
];

/** Markdown's own ways to a script: links, images, autolinks and definitions. */
export const MARKDOWN_VECTORS: readonly string[] = [
  `[click](javascript:${RUN})`,
  `[click](JAVASCRIPT:${RUN})`,
  `[click]( javascript:${RUN} )`,
  // Not images at all: Markdown reads them as text.
  `![img](x" onerror="${RUN})`,
  `![img](media/x.png" onerror="${RUN} "| credit")`,
  `[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)`,
  `<javascript:${RUN}>`,
  `[click][evil]\n\n[evil]: javascript:${RUN}`,
  `[[<img src=x onerror=${RUN}>]]`,
  `[[cnn|<img src=x onerror=${RUN}>]]`,
  '```html\n<script>' + RUN + '</script>\n```',
];

/**
 * Pictures written to run script: refused by the check (a picture is a file
 * of media/), so a story holding them is never built (`xss.test.ts` checks
 * the refusal).
 */
export const PICTURE_VECTORS: readonly string[] = [
  `![img](javascript:${RUN})`,
  `![img](JAVASCRIPT:${RUN} "| credit")`,
  `![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+ "| credit")`,
];

const fm = (fields: Record<string, unknown>) => `---\n${stringify(fields, { lineWidth: 0 })}---\n`;
const body = [...VECTORS, ...MARKDOWN_VECTORS].join('\n\n');

/** Writes the story: one actor, event and source per vector, each field carrying it. */
export function writeXssStory(dir: string): string {
  for (const folder of ['actors', 'events', 'sources']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(
    join(dir, 'story.md'),
    fm({
      title: `Story ${VECTORS[0]}`,
      summary: `Summary ${VECTORS[1]}`,
      dek: `Dek ${VECTORS[11]}`,
      updates: [{ date: '2023-04-11', text: `Update ${VECTORS[12]}` }],
    }) + `\n[[cnn]] and [[xss-actor-0]]. [@xss-source-0]\n\n${body}\n`,
  );
  // The alias makes `[[<img ...>]]` a working link, so its text reaches a page.
  writeFileSync(
    join(dir, 'actors/cnn.md'),
    fm({ name: 'CNN', kind: 'media', summary: 'A broadcaster.', aliases: [`<img src=x onerror=${RUN}>`] }),
  );
  VECTORS.forEach((v, i) => {
    const links = `[[cnn]] met [[xss-actor-${(i + 1) % VECTORS.length}]] at [[xss-event-${i}]], says ${v}. [@xss-source-${i}]`;
    writeFileSync(
      join(dir, `actors/xss-actor-${i}.md`),
      fm({
        name: `Actor ${i} ${v}`,
        kind: 'person',
        summary: `Summary ${v}`,
        aliases: [`Alias ${i} ${v}`],
        role: `Role ${v}`,
        updates: [{ date: '2023-04-11', text: `Update ${v}` }],
      }) + `\n${links}\n\n${i === 0 ? body : v}\n`,
    );
    writeFileSync(
      join(dir, `events/xss-event-${i}.md`),
      fm({
        title: `Event ${i} ${v}`,
        date: `2023-04-${String((i % 28) + 1).padStart(2, '0')}`,
        summary: `Summary ${v}`,
        actors: [{ id: `xss-actor-${i}`, role: `role ${v}` }],
        sources: [`xss-source-${i}`],
        status: 'disputed',
        location: `Location ${v}`,
        tags: [`tag ${v}`],
        aliases: [`Event alias ${i} ${v}`],
        status_by: [{ actor: `xss-actor-${i}`, source: `xss-source-${i}`, note: `Note ${v}` }],
        accounts: [{ actor: 'cnn', source: `xss-source-${i}`, says: `Says ${v}` }],
        ...(i > 0 ? { responds_to: `xss-event-${i - 1}` } : {}),
        updates: [{ date: '2023-04-12', text: `Correction ${v}`, kind: 'correction' }],
      }) + `\n${links}\n`,
    );
    writeFileSync(
      join(dir, `sources/xss-source-${i}.md`),
      fm({
        title: `Source ${i} ${v}`,
        summary: `Summary ${v}`,
        publisher: `Publisher ${v}`,
        author: `Author ${v}`,
        url: `https://example.org/${i}?q="><script>${RUN}</script>`,
        published: '2023-04-09',
        ...(i > 0 ? { via: `xss-source-${i - 1}` } : {}),
        updates: [{ date: '2023-04-12', text: `Update ${v}` }],
      }) + `\n${links}\n`,
    );
  });
  return dir;
}
