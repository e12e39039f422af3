import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OptionsError, optionsReport, readOptions } from '../../src/integration/options.ts';

const read = (env: Record<string, string>) => readOptions(env, '/project');
/** The report of refused options, or undefined when they were taken. */
function refused(env: Record<string, string>): string | undefined {
  try {
    read(env);
    return undefined;
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error;
    return optionsReport(error);
  }
}

describe('DOSSIER_BASE', () => {
  it('takes a path of URL-safe segments, adding the slashes a person leaves out', () => {
    for (const [value, base] of [
      ['/', '/'],
      ['leak', '/leak/'],
      ['/leak', '/leak/'],
      ['leak/', '/leak/'],
      ['/explainers/2023.leak~v2_a-b/', '/explainers/2023.leak~v2_a-b/'],
    ]) {
      expect(read({ DOSSIER_BASE: value! }).base, value).toBe(base);
    }
    expect(read({}).base).toBe('/');
  });

  it('refuses what would break out of an attribute, a path or the host, saying how to write it', () => {
    for (const [value, why] of [
      ['/x" onload="alert(1)', 'has characters a URL path can\'t hold as they are ("x\\" onload=\\"alert(1)")'],
      ['//evil.example/', 'has an empty segment ("//"), which a browser reads as another host'],
      ['/a//b/', 'has an empty segment ("//"), which a browser reads as another host'],
      ['../up', 'has a ".." segment'],
      ['/./', 'has a "." segment'],
      ['javascript:alert(1)', 'has characters a URL path can\'t hold as they are ("javascript:alert(1)")'],
      ['/a\nb/', 'has characters a URL path can\'t hold as they are ("a\\nb")'],
      ['/my site/', 'has characters a URL path can\'t hold as they are ("my site")'],
      ['/caf\u00e9/', 'has characters a URL path can\'t hold as they are ("caf\u00e9")'],
    ]) {
      const report = refused({ DOSSIER_BASE: value! });
      expect(report, value).toBe(
        `error  DOSSIER_BASE ${JSON.stringify(value)} ${why}  (write it as a path of letters, digits and "-", "_", ".", "~", such as DOSSIER_BASE=/explainers/leak/ (the slashes at each end may be left out))`,
      );
      expect(report).not.toContain('\n');
    }
  });
});

describe('DOSSIER_SITE', () => {
  it('takes an http(s) origin, with or without a final slash', () => {
    expect(read({ DOSSIER_SITE: 'https://example.org' }).site).toBe('https://example.org');
    expect(read({ DOSSIER_SITE: 'http://localhost:8080/' }).site).toBe('http://localhost:8080');
    expect(read({ DOSSIER_SITE: 'HTTPS://Example.ORG' }).site).toBe('https://example.org');
  });

  it('refuses what is not an http(s) origin, in one line with a hint', () => {
    const hint = '(write the address the site is served from, such as DOSSIER_SITE=https://example.org)';
    expect(refused({ DOSSIER_SITE: 'example.org' })).toBe(`error  DOSSIER_SITE "example.org" is not an absolute URL  ${hint}`);
    expect(refused({ DOSSIER_SITE: 'javascript:alert(1)' })).toBe(
      `error  DOSSIER_SITE "javascript:alert(1)" is a javascript: URL: only http and https are served to readers  ${hint}`,
    );
    expect(refused({ DOSSIER_SITE: 'ftp://example.org' })).toContain('is a ftp: URL');
    expect(refused({ DOSSIER_SITE: 'https://example.org/?a=1' })).toBe(
      `error  DOSSIER_SITE "https://example.org/?a=1" has a query or fragment  ${hint}`,
    );
    expect(refused({ DOSSIER_SITE: 'https://example.org/#top' })).toContain('has a query or fragment');
    expect(refused({ DOSSIER_SITE: 'https://user:pw@example.org' })).toContain('holds a user name or password');
  });

  it('points a path to DOSSIER_BASE', () => {
    expect(refused({ DOSSIER_SITE: 'https://example.org/explainers/leak' })).toBe(
      'error  DOSSIER_SITE "https://example.org/explainers/leak" has a path ("/explainers/leak")  (set DOSSIER_SITE=https://example.org and the path in DOSSIER_BASE=/explainers/leak/)',
    );
  });
});

describe('DOSSIER_EMBED_ORIGINS', () => {
  it('takes http(s) origins separated by spaces or commas, each once, and none for every origin', () => {
    expect(read({}).embedOrigins).toEqual([]);
    expect(read({ DOSSIER_EMBED_ORIGINS: 'https://news.example, http://localhost:8080/ https://NEWS.example' }).embedOrigins).toEqual([
      'https://news.example',
      'http://localhost:8080',
    ]);
  });

  it('refuses what is no origin, every one at once, with a hint', () => {
    const report = refused({ DOSSIER_EMBED_ORIGINS: "news.example https://news.example/articles javascript:alert(1) 'none'" })!;
    const lines = report.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'error  DOSSIER_EMBED_ORIGINS holds "news.example", which is not an absolute URL  (list the sites that may frame the embeds, separated by spaces or commas, each as scheme and host, such as DOSSIER_EMBED_ORIGINS="https://news.example https://www.news.example")',
    );
    expect(lines[1]).toContain('"https://news.example/articles", which has more than a scheme and host ("/articles")');
    expect(lines[2]).toContain('"javascript:alert(1)", which is a javascript: URL: only http and https pages can frame an embed');
    expect(lines[3]).toContain(`"'none'", which is not an absolute URL`);
  });
});

describe('DOSSIER_OUT and DOSSIER_CONTENT', () => {
  it('read "~" as the home folder, as a shell would, and paths relative to the project', () => {
    expect(read({ DOSSIER_OUT: '~' }).outDir).toBe(homedir());
    expect(read({ DOSSIER_OUT: '~/sites/leak' }).outDir).toBe(join(homedir(), 'sites/leak'));
    expect(read({ DOSSIER_CONTENT: '~/story' }).contentDir).toBe(join(homedir(), 'story'));
    expect(read({ DOSSIER_OUT: 'out/site' }).outDir).toBe('/project/out/site');
    expect(read({ DOSSIER_OUT: '~user/x' }).outDir).toBe('/project/~user/x');
  });

  it('refuses a line end in a path', () => {
    expect(refused({ DOSSIER_OUT: 'dist\nx' })).toBe(
      'error  DOSSIER_OUT "dist\\nx" holds a line end or NUL  (set DOSSIER_OUT to a folder\'s path)',
    );
  });
});

it('reports every option that can not be used at once, one line each', () => {
  const report = refused({ DOSSIER_BASE: '//x/', DOSSIER_SITE: 'nope' })!;
  expect(report.split('\n')).toHaveLength(2);
  expect(report).toContain('DOSSIER_BASE "//x/"');
  expect(report).toContain('DOSSIER_SITE "nope"');
});
