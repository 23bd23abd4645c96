import type { AnyRelations } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../database.ts';
import { sqlLiteral } from '../rules.ts';

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
  const names = `array[${tables.map(sqlLiteral).join(', ')}]`;
  const inSchema = sqlLiteral(schema);
  const columns = await queryRows<{ entry: string }>(
    db,
    `select c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
            || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') || case when a.attnotnull then ' not null' else '' end as entry
       from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
       left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where n.nspname = ${inSchema} and c.relname = any(${names}) and a.attnum > 0 and not a.attisdropped`,
  );
  const constraints = await queryRows<{ entry: string }>(
    db,
    `select c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) as entry
       from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${inSchema} and c.relname = any(${names})`,
  );
  const indexes = await queryRows<{ entry: string }>(
    db,
    `select indexname || ' ' || indexdef as entry from pg_indexes where schemaname = ${inSchema} and tablename = any(${names})`,
  );
  const sorted = (rows: { entry: string }[]) => rows.map((row) => row.entry.replaceAll(new RegExp(`\\b${schema}\\.`, 'g'), '')).sort();
  return { columns: sorted(columns), constraints: sorted(constraints), indexes: sorted(indexes) };
}
