import { defineConfig } from 'drizzle-kit';

/**
 * The hotdash database (run from the repository root: `pnpm db:generate`, `pnpm db:studio hotdash`).
 * Embedded PGlite at .data/hotdash unless DATABASE_URL is set. The roles are declared `.existing()`: the
 * auth_compat migration creates them where they are missing, so drizzle-kit never manages roles.
 */
const shared = {
  dialect: 'postgresql' as const,
  schema: ['./packages/systems/hotdash/src/schema/*.ts'],
  out: './packages/systems/hotdash/migrations',
};

const url = process.env.DATABASE_URL;

export default url
  ? defineConfig({ ...shared, dbCredentials: { url } })
  : defineConfig({ ...shared, driver: 'pglite', dbCredentials: { url: './.data/hotdash' } });
