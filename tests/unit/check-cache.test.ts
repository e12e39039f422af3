/**
 * `npm run check` keeps the caches of the ten content folders checked last
 * (`src/cli/check-cache.ts`), while checks of other folders may be removing
 * caches at the same time.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forgetOldest } from '../../src/cli/check-cache.ts';

const folder = mkdtempSync(join(tmpdir(), 'dossier-check-caches-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('forgetOldest', () => {
  it('keeps the newest caches, leaves other files alone, and passes over a cache removed meanwhile', () => {
    for (let i = 0; i < 5; i++) {
      const cache = join(folder, `check-${i}a`);
      mkdirSync(cache);
      writeFileSync(join(cache, 'reads-0.json'), '{}');
      utimesSync(cache, 1_000 + i, 1_000 + i);
    }
    mkdirSync(join(folder, 'zopfli'));
    utimesSync(join(folder, 'zopfli'), 1, 1);
    // Listed, then gone before its time is read: what another check removing it looks like.
    symlinkSync(join(folder, 'removed-meanwhile'), join(folder, 'check-ffff'));
    expect(() => forgetOldest(folder, 3)).not.toThrow();
    expect(readdirSync(folder).sort()).toEqual(['check-2a', 'check-3a', 'check-4a', 'check-ffff', 'zopfli']);
  });
});
