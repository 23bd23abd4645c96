import { fileURLToPath } from 'node:url';
import { connect, migrate as applyMigrations, type Connection } from '@db/core';
import { relations, type MundoTangoRelations } from './relations.ts';

/** The folder drizzle-kit generates into and the migrators read from. */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export type MundoTangoConnection = Connection<MundoTangoRelations>;
export type MundoTangoDatabase = MundoTangoConnection['db'];

/** Opens the mundo-tango database: embedded PGlite (in memory, or at `dataDir`) by default, postgres.js given a URL. */
export function createDb(options: { url?: string | undefined; dataDir?: string | undefined } = {}): Promise<MundoTangoConnection> {
  return connect({ ...options, relations });
}

/** Applies every pending migration of the mundo-tango database in one transaction. */
export function migrate(connection: MundoTangoConnection): Promise<void> {
  return applyMigrations(connection, migrationsFolder);
}

/** The embedded database the scripts and Drizzle Studio share (drizzle.config.ts names it too). */
export const localDataDir = fileURLToPath(new URL('../../../../.data/mundo-tango', import.meta.url));

/** What the scripts open: DATABASE_URL when set, else the embedded database at `localDataDir`. */
export function createConfiguredDb(env: NodeJS.ProcessEnv = process.env): Promise<MundoTangoConnection> {
  return createDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: localDataDir });
}
