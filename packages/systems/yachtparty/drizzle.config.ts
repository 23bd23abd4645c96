import { defineConfig } from 'drizzle-kit';

/**
 * The yachtparty database (run from the repository root: `pnpm db:generate`, `pnpm db:studio yachtparty`).
 * Embedded PGlite at .data/yachtparty unless DATABASE_URL is set.
 */
const shared = {
  dialect: 'postgresql' as const,
  schema: ['./packages/systems/yachtparty/src/schema/*.ts'],
  out: './packages/systems/yachtparty/migrations',
};

const url = process.env.DATABASE_URL;

export default url
  ? defineConfig({ ...shared, dbCredentials: { url } })
  : defineConfig({ ...shared, driver: 'pglite', dbCredentials: { url: './.data/yachtparty' } });
