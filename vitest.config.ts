import { defineConfig } from 'vitest/config';

// Unit tests live beside their code; integration tests (real SQLite files, child processes) under test/.
// Playwright's end-to-end specs (test/e2e/*.spec.ts) are run by Playwright, not vitest.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
