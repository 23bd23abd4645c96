import { defineConfig } from 'drizzle-kit';

/**
 * The flagship equine database. `schema` lists table files only: a folder that also holds a barrel makes
 * drizzle-kit read every table twice. Embedded PGlite at .data/equine unless DATABASE_URL is set.
 */
const shared = {
  dialect: 'postgresql' as const,
  schema: ['./packages/pillars/*/src/schema/*.ts'],
  out: './packages/equine/migrations',
};

const url = process.env.DATABASE_URL;

export default url
  ? defineConfig({ ...shared, dbCredentials: { url } })
  : defineConfig({ ...shared, driver: 'pglite', dbCredentials: { url: './.data/equine' } });
