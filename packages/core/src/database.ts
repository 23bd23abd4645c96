import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { sql, type AnyRelations, type EmptyRelations, type SQL } from 'drizzle-orm';
import { arrayCompatNormalize, type PgAsyncDatabase, type PgCodecs, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite, pgliteCodecs } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres, postgresJsCodecs } from 'drizzle-orm/postgres-js';
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

/**
 * A `timestamp` (without time zone) value reads as UTC, as drizzle's codec does, unless its text carries a zone.
 * A column declared this way never does, so nothing changes for it; a column already moved to `timestamptz`
 * ahead of its declaration (mundo-tango's opt-in modernisation) still reads as the instant it holds, where drizzle
 * would append a second zone and, in a session not on UTC, return another instant.
 */
const ZONE_SUFFIX = /(Z|[+-]\d{2}(:?\d{2}){0,2})$/;
const timestampText = (text: string): Date => new Date(ZONE_SUFFIX.test(text) ? text : `${text}+0000`);

function readingZonedTimestamps(codecs: PgCodecs): PgCodecs {
  const normalizeArray = arrayCompatNormalize(timestampText);
  return {
    ...codecs,
    timestamp: { ...codecs.timestamp, normalize: timestampText, normalizeArray, normalizeInJson: timestampText, normalizeArrayInJson: normalizeArray },
  };
}
const postgresCodecs = readingZonedTimestamps(postgresJsCodecs);
const embeddedCodecs = readingZonedTimestamps(pgliteCodecs);

export async function connect<TRelations extends AnyRelations = EmptyRelations>(
  options: ConnectOptions<TRelations> = {},
): Promise<Connection<TRelations>> {
  const relations = options.relations ?? ({} as TRelations);
  if (options.url) {
    // onnotice: silence "relation already exists, skipping" and friends from migrations.
    const client = postgres(options.url, { max: 4, onnotice: () => {} });
    const withRelations = <TOther extends AnyRelations>(other: TOther) =>
      drizzlePostgres({ client, relations: other, codecs: postgresCodecs }) as unknown as Database<TOther>;
    return { db: withRelations(relations), driver: 'postgres', withRelations, close: () => client.end() };
  }
  const client = await PGlite.create(options.dataDir ?? 'memory://', { loadDataDir: options.loadDataDir });
  const withRelations = <TOther extends AnyRelations>(other: TOther) =>
    drizzlePglite({ client, relations: other, codecs: embeddedCodecs }) as unknown as Database<TOther>;
  return { db: withRelations(relations), driver: 'pglite', withRelations, close: () => client.close() };
}

/**
 * Applies the pending migrations of a folder in one transaction (drizzle's runtime migrators), recorded in
 * `drizzle.<migrationsTable>` (drizzle's `__drizzle_migrations` unless a separate, opt-in series names its own).
 */
export async function migrate(connection: Connection<AnyRelations>, migrationsFolder: string, migrationsTable?: string): Promise<void> {
  const migrator = connection.driver === 'pglite' ? migratePglite : migratePostgres;
  await migrator(connection.db as never, { migrationsFolder, ...(migrationsTable && { migrationsTable }) });
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
