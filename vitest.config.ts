import { defineConfig } from 'vitest/config';

/**
 * One run for the whole repo: the global setup migrates the equine database once, and each test file boots its
 * own copy. PostgreSQL instead of PGlite when DATABASE_URL is set.
 */
export default defineConfig({
  test: {
    include: ['packages/**/test/**/*.test.ts'],
    globalSetup: ['packages/equine/test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
