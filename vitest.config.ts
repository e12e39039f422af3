import { defineConfig } from 'vitest/config';

/**
 * Three projects. `unit`: the core, the Markdown transforms and the commands
 * that need no site (`npm run test:unit`, seconds). `gates`: types, lint,
 * formatting and import rules. `sites`: everything that reads a built site or
 * builds one, after the global setup has built the shared ones (the fixture
 * story, the leak story under a sub-path...). `npm test` runs all three.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts', 'tests/cli/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'gates', include: ['tests/gates/**/*.test.ts'], fileParallelism: false } },
      {
        extends: true,
        test: {
          name: 'sites',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/unit/**', 'tests/markdown/**', 'tests/cli/**', 'tests/gates/**'],
          // Builds the fixture story and the leak story once, before any test file.
          globalSetup: ['tests/helpers/global-setup.ts'],
          // One test file at a time: builds and browsers share the project's two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
