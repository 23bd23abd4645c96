import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * One run for the whole repo: the global setup migrates every database once, and each worker boots one copy
 * that its test files share (setupTestDatabase). PostgreSQL instead of PGlite when DATABASE_URL is set.
 */
export default defineConfig({
  test: {
    include: ['packages/**/test/**/*.test.ts'],
    globalSetup: ['scripts/test-global-setup.ts'],
    pool: 'forks',
    // One worker per core: the main process only waits. (Vitest's default leaves it a core, which on CI's two
    // cores means one worker: 216 s instead of 151 s for the PGlite run at 370 tables.)
    maxWorkers: availableParallelism(),
    // Test files reuse their worker's loaded modules (drizzle, zod, PGlite, every pillar) instead of importing
    // them again per file: 1,040 tests in 121 s instead of 208-225 s. It is also what lets the files of a worker
    // share its database.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
