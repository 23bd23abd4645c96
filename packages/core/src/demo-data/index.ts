import { base, en, Faker } from '@faker-js/faker';
import { getColumns, getTableName, sql, type AnyRelations, type Column } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../database.ts';
import { withAncestors, type Fixtures } from '../testing/fixtures.ts';
import type { TableSchemaCatalog } from '../validation.ts';
import { uniqueKeysOf } from './unique-keys.ts';
import { varied } from './vary.ts';

export interface DemoDataOptions {
  /** Every table's schemas (the database's catalog, with the tables it depends on). */
  catalog: TableSchemaCatalog;
  /** One valid row per table: the model every demo row varies. */
  fixtures: Fixtures;
  /** Rows per table. */
  scale: number;
  /** The same seed gives the same rows. */
  seed?: number;
  /** Called after each table, for a progress bar. */
  onTable?: (done: number, total: number, table: string) => void;
}

export interface DemoDataReport {
  tables: number;
  rows: number;
  /** Tables left with fewer than `scale` rows, and why. */
  short: { table: string; rows: number; why: string }[];
}

/**
 * Fills every table of a catalog with `scale` realistic rows, parents before children. An empty table first gets
 * its fixture (so the values other fixtures name, like an agent code, exist); the other rows vary it (see
 * `varied`) and point their foreign keys at random parent rows, each table's in one statement in a transaction
 * of its own with deferred constraints checked at once. A row goes through the table's insert schema before it is
 * sent, a field the schema refuses goes back to the fixture's value, and a row that would repeat a unique key is
 * numbered or left out, so the database never sees an invalid row. A table whose varied rows the database still
 * refuses (a trigger that reconciles totals across tables) keeps the rows it had, and the report says so. Tables
 * that already hold `scale` rows are left as they are, so running it again adds nothing.
 */
export async function seedDemoData(db: Database<AnyRelations>, options: DemoDataOptions): Promise<DemoDataReport> {
  const faker = new Faker({ locale: [en, base], seed: options.seed ?? 20_261_123 });
  const tables = [...new Set(Object.values(options.catalog).flatMap((entry) => withAncestors(entry.table)))];
  const pools = new Map<string, Record<string, unknown>[]>();
  const report: DemoDataReport = { tables: tables.length, rows: 0, short: [] };

  const parts = tables.map((table) => {
    const name = getTableName(table);
    const entry = options.catalog[name];
    const fixture = options.fixtures[name];
    if (!entry || !fixture) throw new Error(`no ${entry ? 'fixture' : 'schemas'} for table ${name}`);
    return { table, name, schema: entry.insert, fixture };
  });

  // Fixtures first, all in one transaction: they are written to hold together (an invoice and its lines reconcile
  // when the transaction commits), so the varied rows always have parents. An empty table gets its fixture, and so
  // does a table whose other fixtures name a value of it rather than its id (an industry code): that column is
  // unique, so once the fixture is there ON CONFLICT keeps a second run from adding it again.
  const namedByValue = new Set(
    tables.flatMap((table) =>
      getTableConfig(table).foreignKeys.flatMap((key) => {
        const reference = key.reference();
        return reference.foreignColumns.some((column) => !column.primary) ? [reference.foreignTable] : [];
      }),
    ),
  );
  const inserted = await db.transaction(async (tx) => {
    let rows = 0;
    for (const { table, name, schema, fixture } of parts) {
      if (namedByValue.has(table) || !(await sample(tx, table)).length) {
        const row = schema.safeParse(fixture((parent) => idOf(pools, parent, () => 0)));
        if (!row.success) throw new Error(`the fixture of ${name} does not pass its insert schema: ${row.error.message}`);
        rows += (await tx.insert(table).values(row.data as never).onConflictDoNothing().returning()).length;
      }
      pools.set(name, await sample(tx, table));
    }
    return rows;
  });
  report.rows += inserted;

  for (const [done, { table, name, schema, fixture }] of parts.entries()) {
    const present = pools.get(name)!;
    const existing = present.length < 1000 ? present.length : await countRows(db, table);
    if (existing < options.scale) {
      const rows = demoRows(faker, table, schema, fixture, pools, present, options.scale - existing);
      const written = await insertAtOnce(db, table, rows);
      report.rows += written?.length ?? 0;
      const total = existing + (written?.length ?? 0);
      if (total < options.scale) report.short.push({ table: name, rows: total, why: written ? 'unique keys left no more distinct rows' : 'the database refused the varied rows' });
      pools.set(name, await sample(db, table));
    }
    options.onTable?.(done + 1, tables.length, name);
  }
  return report;
}

type InsertSchema = { safeParse(input: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[] }[] } } };

/** Rows varied from the fixture, pointing at random parents, each valid and unique (among themselves and `present`). */
function demoRows(
  faker: Faker,
  table: PgTable,
  schema: InsertSchema,
  fixture: Fixtures[string],
  pools: ReadonlyMap<string, Record<string, unknown>[]>,
  present: readonly Record<string, unknown>[],
  count: number,
): Record<string, unknown>[] {
  const columns = getColumns(table) as Record<string, Column>;
  const foreignKeyColumns = new Set(getTableConfig(table).foreignKeys.flatMap((key) => key.reference().columns.map((column) => column.name)));
  const keep = new Set(Object.entries(columns).filter(([, column]) => foreignKeyColumns.has(column.name)).map(([key]) => key));
  const randomParent = (parent: string) => idOf(pools, parent, (size) => faker.number.int(size - 1));
  const unique = uniqueKeysOf(table);
  // The keys of the rows already there count too: the database would skip a row repeating one.
  const seen = unique.map((key) => new Set(present.map(key.valueOf).filter((value) => value !== undefined)));
  const clashing = (row: Record<string, unknown>) =>
    unique.filter((key, i) => {
      const value = key.valueOf(row);
      return value !== undefined && seen[i]!.has(value);
    });
  const rows: Record<string, unknown>[] = [];
  const add = (row: Record<string, unknown>) => {
    unique.forEach((key, i) => {
      const value = key.valueOf(row);
      if (value !== undefined) seen[i]!.add(value);
    });
    rows.push(row);
  };
  // Text the key repeats is numbered the way people number things (`Dublin Show 2`, `kildare-eventers-2`,
  // `anxiety_spike_2`), in the first style the insert schema accepts.
  const numbered = (row: Record<string, unknown>, n: number) => {
    const fields = new Set(clashing(row).flatMap((key) => key.fields).filter((field) => typeof row[field] === 'string' && !keep.has(field) && !enumValuesOf(columns[field])));
    if (!fields.size) return undefined;
    for (const style of NUMBERINGS) {
      const candidate = schema.safeParse({ ...row, ...Object.fromEntries([...fields].map((field) => [field, numberedAs(style, row[field] as string, n)])) });
      if (candidate.success && !clashing(candidate.data as Record<string, unknown>).length) return candidate.data as Record<string, unknown>;
    }
    return undefined;
  };

  for (let attempt = 0; rows.length < count && attempt < count * 20; attempt++) {
    const base = fixture(randomParent);
    const row = parsed(schema, varied(faker, table, columns, base, keep), base);
    if (!row) continue;
    const distinct = clashing(row).length ? numbered(row, rows.length + present.length + 1) : row;
    if (distinct) add(distinct);
  }
  return rows;
}

/** Prose is numbered with a space, identifiers with their own separator (`valeria_tango_2`, `acme-steel-2`). */
const NUMBERINGS = ['natural', '-', '_', ''] as const;
function numberedAs(style: (typeof NUMBERINGS)[number], text: string, n: number) {
  if (style !== 'natural') return `${text}${style}${n}`;
  if (/\s/.test(text)) return `${text} ${n}`;
  return `${text}${text.includes('_') && !text.includes('-') ? '_' : '-'}${n}`;
}
const enumValuesOf = (column: Column | undefined) => (column as { enumValues?: unknown[] } | undefined)?.enumValues?.length;

/** The row as the insert schema parses it; refused fields take the fixture's value, and then the whole fixture. */
function parsed(schema: InsertSchema, row: Record<string, unknown>, fixture: Record<string, unknown>): Record<string, unknown> | undefined {
  const first = schema.safeParse(row);
  if (first.success) return first.data as Record<string, unknown>;
  const refused = new Set(first.error!.issues.map((issue) => String(issue.path[0])));
  const repaired = { ...row, ...Object.fromEntries([...refused].filter((key) => key in fixture).map((key) => [key, fixture[key]])) };
  const second = schema.safeParse(repaired);
  if (second.success) return second.data as Record<string, unknown>;
  const whole = schema.safeParse(fixture);
  return whole.success ? (whole.data as Record<string, unknown>) : undefined;
}

/** A parent row's id (fixtures reference parents by id), chosen by `pick` among the rows sampled from the table. */
function idOf(pools: ReadonlyMap<string, Record<string, unknown>[]>, table: string, pick: (size: number) => number): string {
  const pool = pools.get(table);
  if (!pool?.length) throw new Error(`no ${table} row to point at: is it seeded before its children?`);
  return pool[pick(pool.length)]!.id as string;
}

/** All rows in one statement inside a savepoint, deferred constraints checked there; undefined when refused. */
async function insertAtOnce(db: Database<AnyRelations>, table: PgTable, rows: Record<string, unknown>[]) {
  if (!rows.length) return [];
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`set constraints all immediate`);
      return tx.insert(table).values(rows as never).onConflictDoNothing().returning();
    });
  } catch {
    return undefined;
  }
}

const countRows = async (db: Database<AnyRelations>, table: PgTable) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

/** The rows children will point at (up to 1,000, oldest first, the fixture among them). */
const sample = async (db: Database<AnyRelations>, table: PgTable) => {
  const id = Object.values(getColumns(table) as Record<string, Column>).find((column) => column.primary);
  return (await db.select().from(table).orderBy(...(id ? [id as never] : [])).limit(1000)) as Record<string, unknown>[];
};
