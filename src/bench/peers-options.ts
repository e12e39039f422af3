/**
 * The options of `npm run bench` (`peers-bench.ts`), read from its command
 * line: a whole number of entries, of rounds and of edits, and the folder of
 * the shared side-by-side benchmark. What it cannot take is a problem with a
 * hint, for the command to print and exit with code 2.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface PeersOptions {
  entries: number;
  rounds: number;
  edits: number;
  /** The folder holding `side-by-side.sh`. */
  peers: string;
}

export type PeersProblem = { problem: string; hint: string };

const USAGE = 'Usage: npm run bench [-- --entries 1000] [--rounds 3] [--edits 3] [--peers DIR]';
/** Each count's default and the range it may take. */
const COUNTS = {
  entries: { default: 1000, low: 10, high: 100_000 },
  rounds: { default: 3, low: 1, high: 20 },
  edits: { default: 3, low: 0, high: 20 },
} as const;

export function parsePeersOptions(argv: readonly string[], defaultPeers: string): PeersOptions | PeersProblem {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { entries: { type: 'string' }, rounds: { type: 'string' }, edits: { type: 'string' }, peers: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { problem: (error as Error).message, hint: USAGE };
  }
  const counts: Partial<Record<keyof typeof COUNTS, number>> = {};
  for (const name of Object.keys(COUNTS) as (keyof typeof COUNTS)[]) {
    const { low, high } = COUNTS[name];
    const given = values[name];
    const value = given === undefined ? COUNTS[name].default : Number(given);
    if ((given !== undefined && !/^\d+$/.test(given)) || value < low || value > high)
      return { problem: `--${name} ${given} is not a whole number from ${low} to ${high}.`, hint: USAGE };
    counts[name] = value;
  }
  const peers = resolve(values.peers ?? defaultPeers);
  if (!existsSync(join(peers, 'side-by-side.sh')))
    return {
      problem: `${peers} holds no side-by-side.sh.`,
      hint: 'Give the folder of the shared peer benchmark with --peers DIR (by default ../shared/bench beside the project).',
    };
  return { entries: counts.entries!, rounds: counts.rounds!, edits: counts.edits!, peers };
}

/** The middle value (the lower of the two middle ones for an even count), as the side-by-side script takes it. */
export function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}
