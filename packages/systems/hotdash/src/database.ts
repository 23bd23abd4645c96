import { fileURLToPath } from 'node:url';
import { connect, migrate as applyMigrations, type Connection } from '@db/core';
import { relations, type HotdashRelations } from './relations.ts';

/** The folder drizzle-kit generates into and the migrators read from. */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export type HotdashConnection = Connection<HotdashRelations>;
export type HotdashDatabase = HotdashConnection['db'];

/** Opens the hotdash database: embedded PGlite (in memory, or at `dataDir`) by default, postgres.js given a URL. */
export function createDb(options: { url?: string | undefined; dataDir?: string | undefined } = {}): Promise<HotdashConnection> {
  return connect({ ...options, relations });
}

/** Applies every pending migration of the hotdash database in one transaction. */
export function migrate(connection: HotdashConnection): Promise<void> {
  return applyMigrations(connection, migrationsFolder);
}

/** The embedded database the scripts and Drizzle Studio share (drizzle.config.ts names it too). */
export const localDataDir = fileURLToPath(new URL('../../../../.data/hotdash', import.meta.url));

/** What the scripts open: DATABASE_URL when set, else the embedded database at `localDataDir`. */
export function createConfiguredDb(env: NodeJS.ProcessEnv = process.env): Promise<HotdashConnection> {
  return createDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: localDataDir });
}
