/**
 * Preloaded by the npm scripts (`node --import ./src/cli/compile-cache.ts`):
 * turns on Node's compile cache, which keeps the compiled (and type-stripped)
 * code of every module between runs, so a command starts in about half the
 * time. The cache lives in the system's temporary folder.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
