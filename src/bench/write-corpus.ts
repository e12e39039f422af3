/**
 * Writes a generated story (`generate-corpus.ts`) into a folder, from the
 * command line:
 *
 *   node src/bench/write-corpus.ts <folder> [--entries 10000] [--seed 1]
 *
 * The folder is replaced. Write it under the OS temp folder: never commit it.
 */
import { resolve } from 'node:path';
import { generateCorpus } from './generate-corpus.ts';

function main(args: string[]): void {
  const [folder, ...rest] = args;
  const option = (name: string, fallback: number) => {
    const at = rest.indexOf(`--${name}`);
    const value = at === -1 ? fallback : Number(rest[at + 1]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive whole number`);
    return value;
  };
  if (!folder) {
    console.error('Usage: node src/bench/write-corpus.ts <folder> [--entries 10000] [--seed 1]');
    process.exit(2);
  }
  const corpus = generateCorpus(resolve(folder), { entries: option('entries', 10_000), seed: option('seed', 1) });
  console.log(`Wrote ${corpus.actors} actors, ${corpus.events} events and ${corpus.sources} sources to ${corpus.dir}`);
}

main(process.argv.slice(2));
