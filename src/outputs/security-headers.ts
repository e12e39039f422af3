/**
 * The response headers Dossier's output should be served with: one strict
 * Content-Security-Policy and a few security headers for every response, long
 * immutable caching for content-hashed files and short caching for the rest.
 * `headersFile()` writes them in the `_headers` format read by Netlify and
 * Cloudflare Pages; the README gives the same policy for nginx (a test keeps
 * the two in step).
 */

/**
 * No `unsafe-inline` anywhere: the pages have no inline script, style or
 * `style` attribute. `'wasm-unsafe-eval'` lets Pagefind compile its
 * WebAssembly search engine; it allows no JavaScript `eval`. JSON-LD blocks
 * (`<script type="application/ld+json">`) are data, never run, so they need
 * nothing here.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Where the embed views live under the base: the only pages another site may frame. */
export const EMBED_FOLDER = 'embed';

/**
 * The policy of the embed views: the same, but other sites' pages may frame
 * them, those of `origins`, or any when none is listed. Browsers that read
 * `frame-ancestors` ignore `X-Frame-Options` beside it.
 */
export function embedPolicy(origins: readonly string[]): string {
  return CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", `frame-ancestors ${origins.length > 0 ? origins.join(' ') : '*'}`);
}

/** Sent with every response, whatever the file. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers that predate `frame-ancestors`.
  'X-Frame-Options': 'DENY',
};

export const CACHE_CONTROL = {
  /** Files whose name changes with their content: cache them for a year. */
  immutable: 'public, max-age=31536000, immutable',
  /** Everything else (pages, feeds, data, Pagefind's entry files): revalidate on every use. */
  short: 'public, max-age=0, must-revalidate',
} as const;

/**
 * Paths under the base whose names carry a hash of their content. Astro
 * fingerprints everything in `_astro/`. Pagefind hashes the names of its
 * index, fragment and filter chunks and of its `.pf_meta` files; its
 * `pagefind.js`, `pagefind-entry.json`, UI files and `wasm.*.pagefind` keep
 * the same names from build to build, so they stay short-cached, as does the
 * date order Dossier writes beside them (`search-dates.json`).
 */
export const IMMUTABLE_PATHS: readonly { glob: string; regex: string }[] = [
  { glob: '_astro/*', regex: '_astro/' },
  { glob: 'pagefind/index/*', regex: 'pagefind/index/' },
  { glob: 'pagefind/fragment/*', regex: 'pagefind/fragment/' },
  { glob: 'pagefind/filter/*', regex: 'pagefind/filter/' },
  { glob: 'pagefind/*.pf_meta', regex: 'pagefind/[^/]+\\.pf_meta$' },
];

/**
 * The `_headers` file for a site served under `base`. Rules are written so
 * both hosts read them the same way: Netlify lets a later matching rule
 * replace a header, Cloudflare Pages joins the values of every matching rule
 * unless a rule first detaches the header with `! Name` (a line Netlify
 * ignores, having no colon). The file must sit at the root of what the host
 * publishes: for a site under a sub-path, move it there.
 */
export function headersFile(base: string, embedOrigins: readonly string[] = []): string {
  const lines = [
    `# Response headers for Netlify and Cloudflare Pages, for the site under ${base}`,
    '# (Dossier writes this file; see docs/hosting.md).',
    `${base}*`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    `  Cache-Control: ${CACHE_CONTROL.short}`,
    '',
    '# The embed views, which other sites may frame.',
    `${base}${EMBED_FOLDER}/*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${embedPolicy(embedOrigins)}`,
    '  ! X-Frame-Options',
  ];
  for (const { glob } of IMMUTABLE_PATHS) {
    lines.push('', `${base}${glob}`, '  ! Cache-Control', `  Cache-Control: ${CACHE_CONTROL.immutable}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The same policy as an nginx `location` block, for the README: the site's
 * output copied to `<root><base>`. nginx drops every inherited `add_header`
 * in a block that has its own, so the nested block repeats the security
 * headers; `always` sends them with the 404 page too.
 */
export function nginxLocation(base: string, root: string, embedOrigins: readonly string[] = []): string {
  const headers = (cache: string, indent: string) =>
    [...Object.entries(SECURITY_HEADERS), ['Cache-Control', cache] as const].map(
      ([name, value]) => `${indent}add_header ${name} "${value}" always;`,
    );
  const embedHeaders = [
    `        add_header Content-Security-Policy "${embedPolicy(embedOrigins)}" always;`,
    ...Object.entries(SECURITY_HEADERS)
      .filter(([name]) => name !== 'Content-Security-Policy' && name !== 'X-Frame-Options')
      .map(([name, value]) => `        add_header ${name} "${value}" always;`),
    `        add_header Cache-Control "${CACHE_CONTROL.short}" always;`,
  ];
  const hashed = `^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(${IMMUTABLE_PATHS.map((p) => p.regex).join('|')})`;
  return [
    `location ${base} {`,
    `    root ${root};`,
    '    index index.html;',
    '    charset utf-8;',
    `    error_page 404 ${base}404.html;`,
    ...headers(CACHE_CONTROL.short, '    '),
    '',
    '    # Files named after a hash of their content.',
    `    location ~ ${hashed} {`,
    ...headers(CACHE_CONTROL.immutable, '        '),
    '    }',
    '',
    '    # The embed views, which other sites may frame.',
    `    location ^~ ${base}${EMBED_FOLDER}/ {`,
    ...embedHeaders,
    '    }',
    '',
    '    # Read by Netlify and Cloudflare Pages only.',
    `    location = ${base}_headers {`,
    '        return 404;',
    '    }',
    `    location = ${base}_redirects {`,
    '        return 404;',
    '    }',
    '}',
  ].join('\n');
}
