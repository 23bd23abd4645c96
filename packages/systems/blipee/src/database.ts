import { fileURLToPath } from 'node:url';
import { connect, migrate as applyMigrations, type Connection } from '@db/core';
import { relations, type BlipeeRelations } from './relations.ts';

/** The folder drizzle-kit generates into and the migrators read from. */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export type BlipeeConnection = Connection<BlipeeRelations>;
export type BlipeeDatabase = BlipeeConnection['db'];

/** Opens the blipee database: embedded PGlite (in memory, or at `dataDir`) by default, postgres.js given a URL. */
export function createDb(options: { url?: string | undefined; dataDir?: string | undefined } = {}): Promise<BlipeeConnection> {
  return connect({ ...options, relations });
}

/** Applies every pending migration of the blipee database in one transaction. */
export function migrate(connection: BlipeeConnection): Promise<void> {
  return applyMigrations(connection, migrationsFolder);
}

/** The embedded database the scripts and Drizzle Studio share (drizzle.config.ts names it too). */
export const localDataDir = fileURLToPath(new URL('../../../../.data/blipee', import.meta.url));

/** What the scripts open: DATABASE_URL when set, else the embedded database at `localDataDir`. */
export function createConfiguredDb(env: NodeJS.ProcessEnv = process.env): Promise<BlipeeConnection> {
  return createDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: localDataDir });
}
