import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the fixture story and the leak story once, before any test file.
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    // One test file at a time: on the project's 2-core machines the whole run was as fast
    // (176 s against 210 s in parallel), and Lighthouse's timings don't share the CPU with builds.
    fileParallelism: false,
    hookTimeout: 240_000,
  },
});
