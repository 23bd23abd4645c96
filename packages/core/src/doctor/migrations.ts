import type { AnyRelations } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { queryRows, type Database } from '../database.ts';
import { sqlLiteral } from '../rules.ts';

/** drizzle's journal of applied migrations, in the `drizzle` schema. */
export const MIGRATIONS_SCHEMA = 'drizzle';
export const MIGRATIONS_TABLE = '__drizzle_migrations';

export interface AppliedMigration {
  name: string;
  appliedAt: string | null;
  /** The file's text is no longer the text that was applied (its sha256 differs from the recorded hash). */
  editedSinceApplied: boolean;
}

export interface MigrationStatus {
  /** The folder's migrations the database has applied, in order. */
  applied: AppliedMigration[];
  /** The folder's migrations the database has not applied. */
  pending: string[];
  /** Migrations the database records that the folder does not have (another branch, a deleted file). */
  unknown: { name: string; appliedAt: string | null }[];
  /** False when the database has no drizzle journal at all: nothing was ever migrated here. */
  journalFound: boolean;
  /** Other tables in the drizzle schema: separate migration series (mundo-tango's modernisation), not compared. */
  otherSeries: { table: string; migrations: number }[];
}

interface JournalRow {
  hash: string;
  name: string | null;
  applied_at: string | null;
}

/**
 * Compares a migrations folder with the database's journal the way drizzle's migrator decides what to run: by
 * name (drizzle 1.0's journal has `name`), or by hash in a journal from before names were recorded.
 */
export async function migrationStatus(db: Database<AnyRelations>, migrationsFolder: string): Promise<MigrationStatus> {
  const local = readMigrationFiles({ migrationsFolder });
  const tables = await queryRows<{ table_name: string }>(
    db,
    `select table_name::text from information_schema.tables where table_schema = ${sqlLiteral(MIGRATIONS_SCHEMA)} order by 1`,
  );
  const journalFound = tables.some((row) => row.table_name === MIGRATIONS_TABLE);
  const otherSeries = [];
  for (const { table_name: table } of tables.filter((row) => row.table_name !== MIGRATIONS_TABLE)) {
    const [count] = await queryRows<{ n: number }>(db, `select count(*)::int as n from "${MIGRATIONS_SCHEMA}"."${table.replaceAll('"', '""')}"`);
    otherSeries.push({ table, migrations: count?.n ?? 0 });
  }
  if (!journalFound) return { applied: [], pending: local.map((migration) => migration.name), unknown: [], journalFound, otherSeries };

  const columns = await queryRows<{ column_name: string }>(
    db,
    `select column_name::text from information_schema.columns where table_schema = ${sqlLiteral(MIGRATIONS_SCHEMA)} and table_name = ${sqlLiteral(MIGRATIONS_TABLE)}`,
  );
  const has = (column: string) => columns.some((row) => row.column_name === column);
  const journal = await queryRows<JournalRow>(
    db,
    `select hash, ${has('name') ? 'name' : 'null::text as name'}, ${has('applied_at') ? 'applied_at::text' : 'null::text as applied_at'}
       from "${MIGRATIONS_SCHEMA}"."${MIGRATIONS_TABLE}" order by id`,
  );
  const recordOf = (migration: { name: string; hash: string }) =>
    journal.find((row) => (row.name === null ? row.hash === migration.hash : row.name === migration.name));
  const applied: AppliedMigration[] = [];
  const pending: string[] = [];
  for (const migration of local) {
    const record = recordOf(migration);
    if (record) applied.push({ name: migration.name, appliedAt: record.applied_at, editedSinceApplied: record.hash !== migration.hash });
    else pending.push(migration.name);
  }
  const unknown = journal
    .filter((row) => !local.some((migration) => recordOf(migration) === row))
    .map((row) => ({ name: row.name ?? `(unnamed, sha256 ${row.hash.slice(0, 12)}…)`, appliedAt: row.applied_at }));
  return { applied, pending, unknown, journalFound, otherSeries };
}
