/**
 * Reads a `_headers` file the way Netlify and Cloudflare Pages do, to tell
 * which headers a path gets on each. Both match every rule against the path,
 * in file order, and differ when two rules set the same header: Netlify keeps
 * the later value and ignores lines with no colon; Cloudflare joins the
 * values with commas, unless a rule detaches the header first (`! Name`).
 * Sources: netlify/build `packages/headers-parser` and cloudflare/workers-sdk
 * `packages/pages-shared/asset-server/handler.ts`.
 */
export interface HeaderRule {
  path: string;
  set: [name: string, value: string][];
  unset: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      rules.push({ path: line, set: [], unset: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`A header comes before any path: ${line}`);
    if (line.startsWith('!')) rule.unset.push(line.slice(1).trim());
    else if (line.includes(':')) {
      const at = line.indexOf(':');
      rule.set.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    } else throw new Error(`Not a header line: ${line}`);
  }
  return rules;
}

/** The headers the host adds to a response for `path`. */
export function headersFor(rules: HeaderRule[], path: string, host: 'netlify' | 'cloudflare'): Record<string, string> {
  const matching = rules.filter((rule) => patternOf(rule.path).test(path));
  const values = new Map<string, string[]>();
  const setBefore = new Set<string>();
  for (const rule of matching) {
    // Netlify's parser skips `! Name` lines: they have no colon.
    if (host === 'cloudflare') for (const name of rule.unset) values.delete(name);
    for (const [name, value] of rule.set) {
      if (host === 'cloudflare' && setBefore.has(name)) values.set(name, [...(values.get(name) ?? []), value]);
      else values.set(name, [value]);
      setBefore.add(name);
    }
  }
  return Object.fromEntries([...values].map(([name, list]) => [name, list.join(', ')]));
}

/** `*` matches anything, `/` included. */
function patternOf(path: string): RegExp {
  const escaped = path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}
