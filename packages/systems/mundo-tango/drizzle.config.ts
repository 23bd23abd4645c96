import { defineConfig } from 'drizzle-kit';

/**
 * The mundo-tango database (run from the repository root: `pnpm db:generate`, `pnpm db:studio mundo-tango`).
 * Embedded PGlite at .data/mundo-tango unless DATABASE_URL is set.
 */
const shared = {
  dialect: 'postgresql' as const,
  schema: ['./packages/systems/mundo-tango/src/schema/*.ts'],
  out: './packages/systems/mundo-tango/migrations',
};

const url = process.env.DATABASE_URL;

export default url
  ? defineConfig({ ...shared, dbCredentials: { url } })
  : defineConfig({ ...shared, driver: 'pglite', dbCredentials: { url: './.data/mundo-tango' } });
