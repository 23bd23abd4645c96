import { fileURLToPath } from 'node:url';
import { connect, migrate as applyMigrations, type Connection } from '@db/core';
import { relations, type EquineRelations } from './relations.ts';

/** The folder drizzle-kit generates into and the migrators read from. */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export type EquineConnection = Connection<EquineRelations>;
export type EquineDatabase = EquineConnection['db'];

/**
 * Opens the equine database: embedded PGlite (in memory, or at `dataDir`) by default, postgres.js when given a
 * URL. Relational queries (`db.query.horses.findMany({ with: ... })`) span every pillar.
 */
export function createDb(options: { url?: string | undefined; dataDir?: string | undefined } = {}): Promise<EquineConnection> {
  return connect({ ...options, relations });
}

/** The embedded database the scripts and Drizzle Studio share (drizzle.config.ts names it too). */
export const localDataDir = fileURLToPath(new URL('../../../.data/equine', import.meta.url));

/** What the scripts open: DATABASE_URL when set, else the embedded database at `localDataDir`. */
export function createConfiguredDb(env: NodeJS.ProcessEnv = process.env): Promise<EquineConnection> {
  return createDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: localDataDir });
}

/** Where `createConfiguredDb` points, for messages (a URL's host, never its password). */
export const configuredTarget = (env: NodeJS.ProcessEnv = process.env) =>
  env.DATABASE_URL ? new URL(env.DATABASE_URL).host : localDataDir;

/** Applies every pending migration of the equine database in one transaction. */
export function migrate(connection: EquineConnection): Promise<void> {
  return applyMigrations(connection, migrationsFolder);
}
