import type { AnyRelations } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { readColumns, readConstraints, readIndexes } from '../catalog.ts';
import type { Database } from '../database.ts';

/** A schema's tables as entries to compare: columns (type, default, NOT NULL), constraints and indexes. */
export interface SchemaCatalog {
  columns: string[];
  constraints: string[];
  indexes: string[];
}

/** The names of the tables a DDL script creates (`CREATE TABLE name`). */
export const tablesCreatedBy = (ddl: string): string[] => [...ddl.matchAll(/^CREATE TABLE (?:IF NOT EXISTS )?(\w+)/gm)].map((match) => match[1]!);

/**
 * Runs a documented DDL script in its own schema (inside the test's transaction, so it is rolled back), for
 * `catalogOf` to compare with what the migrations built. Statements are split on `;`: no semicolons inside them.
 */
export async function createDocumentedSchema(db: Database<AnyRelations>, ddl: string, schema = 'documented'): Promise<void> {
  await db.execute(sql.raw(`create schema ${schema}`));
  // public stays on the path for its functions (uuid_generate_v4()); tables are created in the first schema.
  await db.execute(sql.raw(`set local search_path = ${schema}, public`));
  for (const statement of ddl.split(';').filter((text) => /\S/.test(text.replaceAll(/--[^\n]*/g, '')))) {
    await db.execute(sql.raw(statement));
  }
  await db.execute(sql.raw('set local search_path = public'));
}

/**
 * Columns, constraints and indexes of `tables` in `schema`, as PostgreSQL prints them (normalised, so the same
 * definition reads the same however it was written), unqualified and sorted.
 */
export async function catalogOf(db: Database<AnyRelations>, schema: string, tables: readonly string[]): Promise<SchemaCatalog> {
  const scope = { schemas: [schema], tables };
  const columns = (await readColumns(db, scope)).map(
    (column) =>
      `${column.table_name}.${column.column_name} ${column.type}${column.default_expr === null ? '' : ` default ${column.default_expr}`}${column.not_null ? ' not null' : ''}`,
  );
  const constraints = (await readConstraints(db, scope)).map((constraint) => `${constraint.table_name} ${constraint.constraint_name} ${constraint.definition}`);
  const indexes = (await readIndexes(db, scope)).map((index) => `${index.index_name} ${index.definition}`);
  const sorted = (entries: string[]) => entries.map((entry) => entry.replaceAll(new RegExp(`\\b${schema}\\.`, 'g'), '')).sort();
  return { columns: sorted(columns), constraints: sorted(constraints), indexes: sorted(indexes) };
}
