/**
 * Ends a command with `code` once everything it printed is written. A pipe
 * can take 64 KB before its reader drains it, and `process.exit` drops what
 * Node still holds: a long report would lose its end.
 */
export async function exitWhenWritten(code: number): Promise<never> {
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((done) => stream.write('', () => done()))));
  process.exit(code);
}
