/**
 * `npm run bench`'s command line (src/bench/peers-options.ts): defaults,
 * whole numbers within limits, unknown options and a missing benchmark
 * folder refused with a hint, and the median the side-by-side script takes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { median, parsePeersOptions } from '../../src/bench/peers-options.ts';
import { scratchDir } from '../helpers/scratch.ts';

const scratch = scratchDir('peers-options');
const peers = join(scratch, 'bench');
mkdirSync(peers);
writeFileSync(join(peers, 'side-by-side.sh'), '#!/bin/sh\n');

describe('npm run bench options', () => {
  it('takes the defaults and the given counts', () => {
    expect(parsePeersOptions([], peers)).toEqual({ entries: 1000, rounds: 3, edits: 3, peers });
    expect(parsePeersOptions(['--entries', '10000', '--rounds', '1', '--edits', '0'], peers)).toEqual({
      entries: 10000,
      rounds: 1,
      edits: 0,
      peers,
    });
  });

  it.each([
    [['--entries', '1e3'], '--entries 1e3 is not a whole number'],
    [['--rounds', '0'], '--rounds 0 is not a whole number from 1 to 20'],
    [['--edits=-1'], '--edits -1 is not'],
    [['--entries', '5'], 'from 10 to 100000'],
    [['--fast'], "Unknown option '--fast'"],
    [['1000'], 'Unexpected argument'],
  ])('refuses %j with a hint', (argv, problem) => {
    const parsed = parsePeersOptions(argv, peers);
    expect(parsed).toMatchObject({ hint: expect.stringContaining('Usage: npm run bench') });
    expect((parsed as { problem: string }).problem).toContain(problem);
  });

  it('refuses a folder without the side-by-side script, naming the option to give', () => {
    const parsed = parsePeersOptions(['--peers', scratch], peers);
    expect(parsed).toEqual({ problem: `${scratch} holds no side-by-side.sh.`, hint: expect.stringContaining('--peers DIR') });
  });

  it('takes the lower middle value, as the side-by-side script does', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });
});
