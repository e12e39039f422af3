/**
 * Preloaded by the npm scripts (`node --import ./src/cli/compile-cache.mjs`):
 * turns on Node's compile cache, which keeps the compiled (and type-stripped)
 * code of every module between runs, so a command starts in about half the
 * time. The cache lives in the system's temporary folder.
 *
 * Plain JavaScript, the project's one such file: loaded before the cache is
 * on, a TypeScript file here made Node load its type stripper in every
 * process and worker thread (about 0.15 s of CPU each) even when every other
 * module came from the cache.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
