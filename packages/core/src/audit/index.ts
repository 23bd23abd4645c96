import { isTable, type AnyRelations } from 'drizzle-orm';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import type { PgTable } from 'drizzle-orm/pg-core';
import { refuseChangeFunction, type DatabaseObject } from '../database-objects.ts';
import { queryRows, type Database } from '../database.ts';
import * as catalog from './catalog.ts';
import { auditDeclaredTables, declaredIdentifiers, handWrittenChecks } from './declared.ts';
import { MAX_IDENTIFIER_LENGTH, type AuditFinding } from './rules.ts';

export * from './rules.ts';
export { auditDeclaredTables, handWrittenChecks };

export interface AuditOptions {
  /** The table names the specification lists; each must exist, and nothing else may. */
  expectedTables: readonly string[];
  /** The migrations folder whose every migration must be recorded as applied. */
  migrationsFolder?: string;
  /** The drizzle schema (tables and anything else): checked for duplicates and over-long identifiers. */
  schema?: Record<string, unknown>;
  /** The functions and triggers the packages declare: each must exist. */
  databaseObjects?: readonly DatabaseObject[];
}

type Row = Record<string, string>;

/**
 * Audits a live database (PGlite or PostgreSQL) against the rules and returns every finding; an empty list
 * means it passes. Read-only: it only queries the catalog.
 */
export async function auditDatabase(db: Database<AnyRelations>, options: AuditOptions): Promise<AuditFinding[]> {
  const rows = (text: string) => queryRows<Row>(db, text);
  const findings: AuditFinding[] = [];
  const add = (rule: AuditFinding['rule'], object: string, message: string) => findings.push({ rule, object, message });

  const expected = options.expectedTables;
  const listed = new Set<string>();
  for (const name of expected) {
    if (listed.has(name)) add('duplicate_tables', name, `${name} is listed more than once`);
    listed.add(name);
  }
  const actual = new Set((await rows(catalog.TABLES)).map((row) => row.table_name!));
  for (const name of listed) if (!actual.has(name)) add('expected_tables', name, `table ${name} does not exist`);
  for (const name of actual) if (!listed.has(name)) add('expected_tables', name, `table ${name} is not in the specification`);

  for (const row of await rows(catalog.INVALID_FOREIGN_KEYS)) {
    add('foreign_keys', row.table_name!, `foreign key ${row.conname}: ${row.detail}`);
  }
  for (const row of await rows(catalog.INVALID_INDEXES)) {
    add('indexes', row.table_name!, `index ${row.index_name} is not valid (failed concurrent build?)`);
  }
  for (const row of await rows(catalog.NON_UUID_PRIMARY_KEYS)) {
    add('uuid_primary_keys', row.table_name!, `primary key must be one uuid column default gen_random_uuid(), found ${row.detail}`);
  }
  for (const row of await rows(catalog.TIMESTAMPS_WITHOUT_TIME_ZONE)) {
    add('timestamptz', row.table_name!, `${row.column_name} is timestamp without time zone`);
  }
  for (const row of await rows(catalog.JSONB_WITHOUT_DEFAULT)) {
    add('jsonb_defaults', row.table_name!, `${row.column_name} must be not null default '{}' or '[]' (default ${row.column_default}, nullable ${row.is_nullable})`);
  }
  for (const row of await rows(catalog.UNINDEXED_FOREIGN_KEYS)) {
    add('fk_indexes', row.table_name!, `foreign key ${row.conname} (${row.columns}) has no index starting with its columns`);
  }
  for (const row of await rows(catalog.ID_COLUMNS_WITHOUT_FOREIGN_KEY)) {
    add('id_columns', row.table_name!, `${row.column_name} names a table but is not a foreign key`);
  }
  // A 63-character name in the database was either written that long or truncated from a longer one: the
  // names the schema declares and the migrations create are known to be meant.
  const tables = Object.values(options.schema ?? {}).filter((value): value is PgTable => isTable(value));
  const migrations = options.migrationsFolder ? readMigrationFiles({ migrationsFolder: options.migrationsFolder }) : [];
  const migrated = identifiersIn(migrations);
  const meant = new Set([...tables.flatMap(declaredIdentifiers), ...migrated]);
  for (const name of new Set(migrated)) {
    if (name.length > MAX_IDENTIFIER_LENGTH) add('identifier_length', name, `a migration names ${name}, which PostgreSQL truncates`);
  }
  for (const row of await rows(catalog.IDENTIFIERS_AT_LIMIT)) {
    if (meant.has(row.name!.split('.').pop()!)) continue;
    add('identifier_length', row.name!, `${row.kind} ${row.name} is at the 63-character limit: probably truncated`);
  }
  if (options.migrationsFolder) findings.push(...(await auditMigrations(db, migrations)));
  if (options.databaseObjects) {
    const key = (object: Pick<DatabaseObject, 'kind' | 'name' | 'table'>) => `${object.kind} ${object.name} ${object.table ?? ''}`;
    const existing = await rows(catalog.FUNCTIONS_AND_TRIGGERS);
    const present = new Set(existing.map((row) => key({ kind: row.kind as DatabaseObject['kind'], name: row.name!, table: row.table_name })));
    for (const object of options.databaseObjects) {
      if (present.has(key(object))) continue;
      add('database_objects', object.table ?? object.name, `${object.kind} ${object.name} is declared but not in the database: add it to a migration`);
    }
    // Only meaningful once the append-only function exists.
    if (present.has(key(refuseChangeFunction))) {
      for (const row of await rows(catalog.APPEND_ONLY_FOREIGN_KEYS_THAT_WRITE)) {
        add('database_objects', row.table_name!, `append-only, yet foreign key ${row.conname} is ON DELETE ${row.action}, which it would refuse`);
      }
    }
  }
  findings.push(...auditDeclaredTables(tables));
  return findings;
}

/** The quoted identifiers the migrations create or mention. */
function identifiersIn(migrations: readonly MigrationMeta[]): string[] {
  const statements = migrations.flatMap((migration) => migration.sql);
  return statements.flatMap((statement) => [...statement.matchAll(/"((?:[^"]|"")+)"/g)].map((match) => match[1]!.replaceAll('""', '"')));
}

/** Every migration in the folder is recorded as applied, with the same hash (no edited migration files). */
async function auditMigrations(db: Database<AnyRelations>, local: readonly MigrationMeta[]): Promise<AuditFinding[]> {
  let applied: Set<string>;
  try {
    applied = new Set((await queryRows<Row>(db, catalog.appliedMigrations('drizzle', '__drizzle_migrations'))).map((row) => row.hash!));
  } catch {
    return [{ rule: 'migrations', object: 'drizzle.__drizzle_migrations', message: 'no migrations have been applied (drizzle.__drizzle_migrations is missing)' }];
  }
  return local
    .filter((migration) => !applied.has(migration.hash))
    .map((migration) => ({
      rule: 'migrations' as const,
      object: migration.name,
      message: `migration ${migration.name} is not applied, or its file changed after it was applied`,
    }));
}
