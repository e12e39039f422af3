/**
 * The TypeScript sources and tests type-check in strict mode (`npm run typecheck`).
 */
import { expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

it('type-checks with tsc --noEmit (strict)', async () => {
  const root = resolve(import.meta.dirname, '..');
  const output = await new Promise<string>((done) => {
    execFile(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root], { cwd: root }, (error, stdout, stderr) =>
      done(error ? `${stdout}${stderr}` || String(error) : ''),
    );
  });
  expect(output).toBe('');
});
