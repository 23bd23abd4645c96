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
    // Test files reuse their worker's loaded modules (drizzle, zod, PGlite, every pillar) instead of importing
    // them again per file: 1,040 tests in 121 s instead of 208-225 s. Each file still boots its own database.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
