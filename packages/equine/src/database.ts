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

/** Applies every pending migration of the equine database in one transaction. */
export function migrate(connection: EquineConnection): Promise<void> {
  return applyMigrations(connection, migrationsFolder);
}
