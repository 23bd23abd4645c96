import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { sql, type AnyRelations, type EmptyRelations, type SQL } from 'drizzle-orm';
import type { PgAsyncDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

/** Why PostgreSQL refused a statement: the SQLSTATE and the object it names, as either driver reports them. */
export interface DriverError {
  code: string | undefined;
  constraint: string | undefined;
  column: string | undefined;
  table: string | undefined;
}

/**
 * The driver error under drizzle's wrapper (its `cause`). PGlite names the fields like node-postgres
 * (`constraint`); postgres.js adds a `_name` suffix (`constraint_name`).
 */
export function driverErrorOf(error: unknown): DriverError {
  const cause = ((error as { cause?: unknown }).cause ?? error) as Record<string, string | undefined>;
  return {
    code: cause.code,
    constraint: cause.constraint ?? cause.constraint_name,
    column: cause.column ?? cause.column_name,
    table: cause.table ?? cause.table_name,
  };
}

/** A drizzle database on either driver: code written against it runs on PGlite and on PostgreSQL alike. */
export type Database<TRelations extends AnyRelations = EmptyRelations> = PgAsyncDatabase<PgQueryResultHKT, TRelations>;

export interface Connection<TRelations extends AnyRelations = EmptyRelations> {
  db: Database<TRelations>;
  driver: 'pglite' | 'postgres';
  /** Another drizzle database on the same client, with other relations for its query API. */
  withRelations<TOther extends AnyRelations>(relations: TOther): Database<TOther>;
  close(): Promise<void>;
}

export interface ConnectOptions<TRelations extends AnyRelations> {
  /** A PostgreSQL URL. Without one the database is an embedded PGlite. */
  url?: string | undefined;
  /** PGlite only: a data directory, or `memory://` (the default). */
  dataDir?: string | undefined;
  /** PGlite only: boot from a `dumpDataDir()` archive instead of an empty cluster. */
  loadDataDir?: PGliteOptions['loadDataDir'];
  relations?: TRelations;
}

export async function connect<TRelations extends AnyRelations = EmptyRelations>(
  options: ConnectOptions<TRelations> = {},
): Promise<Connection<TRelations>> {
  const relations = options.relations ?? ({} as TRelations);
  if (options.url) {
    // onnotice: silence "relation already exists, skipping" and friends from migrations.
    const client = postgres(options.url, { max: 4, onnotice: () => {} });
    const withRelations = <TOther extends AnyRelations>(other: TOther) =>
      drizzlePostgres({ client, relations: other }) as unknown as Database<TOther>;
    return { db: withRelations(relations), driver: 'postgres', withRelations, close: () => client.end() };
  }
  const client = await PGlite.create(options.dataDir ?? 'memory://', { loadDataDir: options.loadDataDir });
  const withRelations = <TOther extends AnyRelations>(other: TOther) =>
    drizzlePglite({ client, relations: other }) as unknown as Database<TOther>;
  return { db: withRelations(relations), driver: 'pglite', withRelations, close: () => client.close() };
}

/** Applies the pending migrations of a folder in one transaction (drizzle's runtime migrators). */
export async function migrate(connection: Connection<AnyRelations>, migrationsFolder: string): Promise<void> {
  const migrator = connection.driver === 'pglite' ? migratePglite : migratePostgres;
  await migrator(connection.db as never, { migrationsFolder });
}

/**
 * Runs SQL (raw text, or a drizzle `sql` template with its parameters) and returns its rows, whichever driver is
 * underneath.
 */
export async function queryRows<TRow = Record<string, unknown>>(
  db: Database<AnyRelations>,
  query: string | SQL,
): Promise<TRow[]> {
  const result = (await db.execute(typeof query === 'string' ? sql.raw(query) : query)) as unknown as TRow[] | { rows: TRow[] };
  return Array.isArray(result) ? result : result.rows;
}
