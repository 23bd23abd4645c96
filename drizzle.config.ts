import { defineConfig } from 'drizzle-kit';

/**
 * The flagship equine database. `schema` lists table files only: a folder that also holds a barrel makes
 * drizzle-kit read every table twice. Embedded PGlite at .data/equine unless DATABASE_URL is set.
 */
const url = process.env.DATABASE_URL;

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./packages/pillars/*/src/schema/*.ts'],
  out: './packages/equine/migrations',
  strict: true,
  verbose: false,
  ...(url ? { dbCredentials: { url } } : { driver: 'pglite', dbCredentials: { url: './.data/equine' } }),
});
