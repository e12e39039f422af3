/**
 * `npm run new -- actor "Volodymyr Zelenskyy" [--id some-id]` (or `event`,
 * `source`): writes `actors/volodymyr-zelenskyy.md` in the content folder
 * (DOSSIER_CONTENT) and prints its path. The id comes from the name with
 * accents folded; an id any entry already has is refused.
 *
 * Exit codes: 0 written, 1 refused (the id is taken or can't be made), 2 the
 * command line is wrong or the content folder is unusable.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_FOLDERS, type LinkableKind } from '../entries/entry-kinds.ts';
import { scaffoldEntry } from '../entries/scaffold.ts';
import { messages } from '../problems/messages.ts';
import { displayPath, readOptionsOrReport } from '../integration/options.ts';

const USAGE = `Usage: npm run new -- actor|event|source "Name or title" [--id some-id]

Writes a new entry file in the content folder (DOSSIER_CONTENT, default "content").`;

type Args = { kind: LinkableKind; name: string; id?: string } | { usage: string; ok?: boolean };

export function parseNewArgs(args: readonly string[]): Args {
  const words: string[] = [];
  let id: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return { usage: USAGE, ok: true };
    if (arg === '--id') id = args[++i];
    else if (arg.startsWith('--id=')) id = arg.slice('--id='.length);
    else if (arg.startsWith('--')) return { usage: `Unknown option "${arg}".\n\n${USAGE}` };
    else words.push(arg);
  }
  const kind = words[0]?.replace(/s$/, '');
  if (kind !== 'actor' && kind !== 'event' && kind !== 'source') {
    return { usage: `${words[0] ? `Unknown kind "${words[0]}". ` : ''}Give the kind of entry first.\n\n${USAGE}` };
  }
  if (words.length > 2) return { usage: `Put the name in quotes: "${words.slice(1).join(' ')}".\n\n${USAGE}` };
  if (id === '') return { usage: `--id needs a value.\n\n${USAGE}` };
  return { kind, name: words[1] ?? '', ...(id === undefined ? {} : { id }) };
}

/** Every id in the content folder, of any kind, with its file. */
function existingIds(contentDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const folder of Object.values(KIND_FOLDERS)) {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.md') && !ids.has(name.slice(0, -3))) ids.set(name.slice(0, -3), `${folder}/${name}`);
    }
  }
  return ids;
}

/** The command; returns its exit code. */
function main(argv: readonly string[]): number {
  const args = parseNewArgs(argv);
  if ('usage' in args) {
    (args.ok ? console.log : console.error)(args.usage);
    return args.ok ? 0 : 2;
  }
  const options = readOptionsOrReport();
  if (!options) return 2;
  const { contentDir } = options;
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    const m = messages.unusableFolder(contentDir, existsSync(contentDir) ? 'ENOTDIR' : 'ENOENT');
    console.error(`error  ${m.message}  (${m.hint})`);
    return 2;
  }
  const result = scaffoldEntry(args.kind, args.name, existingIds(contentDir), args.id);
  if ('refused' in result) {
    console.error(`error  ${result.refused.message}  (${result.refused.hint})`);
    return 1;
  }
  const folder = join(contentDir, KIND_FOLDERS[args.kind]);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${result.id}.md`);
  // `wx`: never overwrite, even a file that appeared since the ids were listed.
  writeFileSync(path, result.text, { flag: 'wx' });
  console.log(displayPath(path));
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
