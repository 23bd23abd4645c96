import { queryRows, sqlLiteral } from '@db/core';
import { fixtureKit, insertFixtures, refusal, setupTestDatabase, withAncestors, type Refusal } from '@db/core/testing';
import { getColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import { EXPECTED_TABLES } from '../src/index.ts';
import { fixtures, invalidRows, tableNamed, tableSchemas } from './catalog.ts';

const t = setupTestDatabase();
const { insertSchemaOf, seedParentsOf, rowCount, rowById } = fixtureKit(t, tableSchemas, fixtures);

/**
 * Why the database refused a row, as something to match the column against: the SQLSTATE of a data exception
 * (22xxx: a malformed uuid names no column), the column of a NOT NULL violation, or the definition of the
 * violated constraint (a CHECK reading several columns is named after none of them).
 */
async function rejectionReason({ code = 'no SQLSTATE', column, constraint }: Refusal): Promise<string> {
  if (code.startsWith('22')) return code;
  if (column) return `${code} ${column}`;
  if (!constraint) return `${code} naming neither a column nor a constraint`;
  const [definition] = await queryRows<{ definition: string }>(
    t.db,
    `select pg_get_constraintdef(oid) as definition from pg_constraint where conname = ${sqlLiteral(constraint)}
     union all
     select pg_get_indexdef(indexrelid) from pg_index where indexrelid::regclass::text = ${sqlLiteral(constraint)}`,
  );
  return `${code} ${constraint}: ${definition?.definition ?? 'unknown constraint'}`;
}

/**
 * PostgreSQL returns some values in its canonical spelling: numeric '12.5' as '12.50', time '08:30' as
 * '08:30:00'. Compare those by value.
 */
function canonical(table: PgTable, row: Record<string, unknown>) {
  const columns = getColumns(table) as Record<string, { columnType: string }>;
  const value = (key: string, v: unknown) => {
    if (typeof v !== 'string') return v;
    if (columns[key]?.columnType === 'PgNumeric') return Number(v);
    if (columns[key]?.columnType === 'PgTime') return /^\d{2}:\d{2}$/.test(v) ? `${v}:00` : v;
    return v;
  };
  return Object.fromEntries(Object.entries(row).map(([key, v]) => [key, value(key, v)]));
}

test('every specified table has schemas and a fixture', () => {
  expect(Object.keys(tableSchemas).sort()).toEqual([...EXPECTED_TABLES].sort());
  expect(Object.keys(fixtures).sort()).toEqual([...EXPECTED_TABLES].sort());
});

describe('every table accepts a valid row and reads it back through its select schema', () => {
  test.each(EXPECTED_TABLES)('%s', async (name) => {
    const table = tableNamed(name);
    const { ref } = await seedParentsOf(table);
    const sent = insertSchemaOf(name).parse(fixtures[name]!(ref)) as Record<string, unknown>;
    const [written] = (await t.db.insert(table).values(sent as never).returning()) as { id: string }[];

    const readBack = await rowById(table, written!.id);
    const parsed = tableSchemas[name]!.select.parse(readBack) as Record<string, unknown>;
    expect(parsed).toEqual(readBack);
    const sentBack = Object.fromEntries(Object.keys(sent).map((key) => [key, parsed[key]]));
    expect(canonical(table, sentBack)).toEqual(canonical(table, sent));
  });
});

describe('bad input is rejected by Zod (naming the field) and by the database, and nothing is written', () => {
  test('each pillar brings invalid rows for every kind of mistake', () => {
    const reasons = invalidRows.map((row) => row.why).join(' | ');
    for (const kind of ['enum', 'negative', 'uuid', 'currency', 'missing']) expect(reasons).toContain(kind);
  });

  test.each(invalidRows.map((row) => [`${row.table}.${row.field}: ${row.why}`, row] as const))('%s', async (_, invalid) => {
    const table = tableNamed(invalid.table);
    const parents = withAncestors(table).slice(0, -1);
    let zodResult: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } | undefined;

    // Parents and the bad row in one transaction: the database must refuse the row and keep none of it.
    const refused = await refusal(
      t.db.transaction(async (tx) => {
        const inserted = await insertFixtures(tx as never, parents, fixtures, insertSchemaOf);
        const row = invalid.row((n) => inserted.get(n)!.id);
        zodResult = tableSchemas[invalid.table]!.insert.safeParse(row);
        await tx.insert(table).values(row as never);
      }),
    );

    expect(zodResult, 'the parents of the row could not be inserted').toBeDefined();
    expect(zodResult!.success).toBe(false);
    expect(zodResult!.error!.issues.map((issue) => issue.path[0])).toEqual([invalid.field]);

    expect(refused, 'the database accepted the row').toBeDefined();
    const column = (getColumns(table) as Record<string, { name: string }>)[invalid.field]!.name;
    expect(await rejectionReason(refused!)).toMatch(new RegExp(`^22|\\b${column}\\b`));
    for (const written of [...parents, table]) expect(await rowCount(written)).toBe(0);
  });
});
