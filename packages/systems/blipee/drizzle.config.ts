import { defineConfig } from 'drizzle-kit';

/**
 * The blipee database (run from the repository root: `pnpm db:generate`, `pnpm db:studio blipee`).
 * Embedded PGlite at .data/blipee unless DATABASE_URL is set. `auth.users` (Supabase's) is referenced, never
 * declared: the auth_compat migration creates it where it is missing.
 */
const shared = {
  dialect: 'postgresql' as const,
  schema: ['./packages/systems/blipee/src/schema/*.ts'],
  out: './packages/systems/blipee/migrations',
};

const url = process.env.DATABASE_URL;

export default url
  ? defineConfig({ ...shared, dbCredentials: { url } })
  : defineConfig({ ...shared, driver: 'pglite', dbCredentials: { url: './.data/blipee' } });
