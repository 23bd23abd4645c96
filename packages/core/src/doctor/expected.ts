import { sql, type AnyRelations } from 'drizzle-orm';
import { describeCatalog, userSchemas, type CatalogObject } from '../catalog.ts';
import { connect, migrate, type Connection, type Database } from '../database.ts';
import { databaseUrl, onServer, scratchDatabaseName } from '../server-databases.ts';

/** What the migrations build, read from a scratch database they were applied to. */
export interface ExpectedCatalog {
  /** The schemas the migrations create objects in (public and any other, never drizzle's). */
  schemas: string[];
  objects: CatalogObject[];
  /** Where it was built: catalog text (index definitions, defaults) differs between PostgreSQL versions. */
  builtOn: string;
  warnings: string[];
}

/**
 * Reads a database's catalog in one read-only snapshot, with only pg_catalog on the search path so that every
 * name prints schema-qualified, whatever search path the database or its role sets.
 */
export function readCatalog(db: Database<AnyRelations>, schemas: readonly string[]): Promise<CatalogObject[]> {
  return db.transaction(
    async (tx) => {
      await tx.execute(sql.raw('set local search_path = pg_catalog'));
      return describeCatalog(tx as Database<AnyRelations>, schemas);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

async function readMigrated(connection: Connection<AnyRelations>, migrationsFolder: string): Promise<Pick<ExpectedCatalog, 'schemas' | 'objects'>> {
  try {
    await migrate(connection, migrationsFolder);
  } catch (error) {
    throw new Error(`the migrations of ${migrationsFolder} do not apply to an empty database: ${(error as Error).message}`, { cause: error });
  }
  const schemas = await userSchemas(connection.db);
  return { schemas, objects: await readCatalog(connection.db, schemas) };
}

async function onEmbedded(migrationsFolder: string, warnings: string[]): Promise<ExpectedCatalog> {
  const scratch = await connect();
  try {
    return { ...(await readMigrated(scratch, migrationsFolder)), builtOn: 'a fresh in-memory PGlite', warnings };
  } finally {
    await scratch.close();
  }
}

/**
 * Applies the migrations to a scratch database on the live database's own engine: a fresh in-memory PGlite for a
 * PGlite database; for a PostgreSQL one, a database created for the purpose on the same server and dropped after
 * (on an embedded PGlite instead, with a warning, when the server refuses CREATE DATABASE or no URL is given).
 */
export async function expectedCatalog(
  live: Connection<AnyRelations>,
  options: { migrationsFolder: string; url?: string | undefined },
): Promise<ExpectedCatalog> {
  const onPGlite = 'the expected side was built on PGlite, whose catalog text (index definitions, defaults) can differ from this server’s';
  if (live.driver === 'pglite') return onEmbedded(options.migrationsFolder, []);
  if (!options.url) return onEmbedded(options.migrationsFolder, [`no server URL to create a scratch database with: ${onPGlite}`]);
  const name = scratchDatabaseName('doctor_expected');
  try {
    await onServer(options.url, [`create database "${name}"`]);
  } catch (error) {
    return onEmbedded(options.migrationsFolder, [`the server refused CREATE DATABASE (${(error as Error).message}): ${onPGlite}`]);
  }
  try {
    const scratch = await connect({ url: databaseUrl(options.url, name) });
    try {
      const built = await readMigrated(scratch, options.migrationsFolder);
      return { ...built, builtOn: `a scratch database on the same server (${name}, dropped after)`, warnings: [] };
    } finally {
      await scratch.close();
    }
  } finally {
    await onServer(options.url, [`drop database if exists "${name}" with (force)`]);
  }
}
