import { getColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { queryRows, type Database } from '../database.ts';
import { sqlLiteral } from '../rules.ts';
import { primaryKeyOf, type TableSchemaCatalog } from '../validation.ts';
import { AGREEMENT_SEED, recordAgreement, TableAgreement, VALID_ROWS, type AgreementReport } from './agreement.ts';
import { insertFixtures, withAncestors, type Fixtures, type InvalidRow } from './fixtures.ts';
import { fixtureKit } from './kit.ts';
import { refusal, type Refusal } from './refusal.ts';
import { setupTestDatabase } from './setup.ts';
import { DEFAULT_DATABASE } from './template.ts';

/** What the generic suite needs of a package: its catalog, a valid row per table and its invalid rows. */
export interface FixtureSet {
  catalog: TableSchemaCatalog;
  fixtures: Fixtures;
  invalidRows: readonly InvalidRow[];
}

/**
 * Why the database refused a row, as something to match the column against: the SQLSTATE of a data exception
 * (22xxx: a malformed uuid names no column), the column of a NOT NULL violation, or the definition of the
 * violated constraint (a CHECK reading several columns is named after none of them).
 */
async function rejectionReason(db: Database, { code = 'no SQLSTATE', column, constraint }: Refusal): Promise<string> {
  if (code.startsWith('22')) return code;
  if (column) return `${code} ${column}`;
  if (!constraint) return `${code} naming neither a column nor a constraint`;
  const [definition] = await queryRows<{ definition: string }>(
    db,
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

/**
 * The generic per-table suite of one package, in its own test file so vitest spreads packages over the cores
 * and a failure names the package: every table accepts its fixture row and reads it back through its select
 * schema, and every invalid row is refused by Zod on exactly its field and by the database, leaving nothing.
 * `dependencies` bring the parents' catalogs and fixtures; `database` names the database of scripts/databases.ts
 * (equine by default).
 */
export function describeTableSuite(own: FixtureSet, dependencies: readonly FixtureSet[] = [], { database = DEFAULT_DATABASE } = {}) {
  const sets = [...dependencies, own];
  const catalog: TableSchemaCatalog = Object.assign({}, ...sets.map((set) => set.catalog));
  const fixtures: Fixtures = Object.assign({}, ...sets.map((set) => set.fixtures));
  const t = setupTestDatabase({ database });
  const { insertSchemaOf, seedParentsOf, rowCount, rowByKey } = fixtureKit(t, catalog, fixtures);
  const tables = Object.keys(own.catalog);
  const tableNamed = (name: string) => catalog[name]!.table;

  test('every table has a fixture and every invalid row names a table of this package', () => {
    expect(Object.keys(own.fixtures).sort()).toEqual([...tables].sort());
    for (const invalid of own.invalidRows) expect(tables).toContain(invalid.table);
  });

  describe('every table accepts a valid row and reads it back through its select schema', () => {
    test.each(tables)('%s', async (name) => {
      const table = tableNamed(name);
      const { ref } = await seedParentsOf(table);
      const sent = insertSchemaOf(name).parse(fixtures[name]!(ref)) as Record<string, unknown>;
      const [written] = (await t.db.insert(table).values(sent as never).returning()) as Record<string, unknown>[];

      const readBack = await rowByKey(table, written![primaryKeyOf(table).field]);
      const parsed = catalog[name]!.select.parse(readBack) as Record<string, unknown>;
      expect(parsed).toEqual(readBack);
      const sentBack = Object.fromEntries(Object.keys(sent).map((key) => [key, parsed[key]]));
      expect(canonical(table, sentBack)).toEqual(canonical(table, sent));
    });
  });

  describe('bad input is rejected by Zod (naming the field) and by the database, and nothing is written', () => {
    const cases = own.invalidRows.map((row) => [`${row.table}.${row.field}: ${row.why}`, row] as const);
    test.each(cases)('%s', async (_, invalid) => {
      const table = tableNamed(invalid.table);
      const parents = withAncestors(table).slice(0, -1);
      let zodResult: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } | undefined;

      // Parents and the bad row in one savepoint: the database must refuse the row and keep none of it.
      const refused = await refusal(t.db, async (tx) => {
        const inserted = await insertFixtures(tx, parents, fixtures, insertSchemaOf);
        const row = invalid.row((n) => inserted.get(n)!.id);
        zodResult = catalog[invalid.table]!.insert.safeParse(row);
        await tx.insert(table).values(row as never);
      });

      expect(zodResult, 'the parents of the row could not be inserted').toBeDefined();
      expect(zodResult!.success).toBe(false);
      expect(zodResult!.error!.issues.map((issue) => issue.path[0])).toEqual([invalid.field]);

      expect(refused, `the database accepted the row of ${getTableName(table)}`).toBeDefined();
      const column = (getColumns(table) as Record<string, { name: string }>)[invalid.field]!.name;
      expect(await rejectionReason(t.db, refused!)).toMatch(new RegExp(`^22|\\b${column}\\b`));
      for (const written of [...parents, table]) expect(await rowCount(written)).toBe(0);
    });
  });

  const reports: AgreementReport[] = [];
  describe(`Zod and PostgreSQL agree on generated rows and on every constraint broken alone (seed ${AGREEMENT_SEED})`, () => {
    test.each(tables)('%s', async (name) => {
      const agreement = new TableAgreement(catalog[name]!);
      const fail = (message: string): never => expect.fail(`${message}\nreplay: AGREEMENT_SEED=${AGREEMENT_SEED} pnpm test`);
      const { ref } = await seedParentsOf(agreement.table);
      const rows = fc.sample(agreement.validRows(fixtures[name]!(ref)), { seed: AGREEMENT_SEED, numRuns: VALID_ROWS });
      await agreement.checkValid(t.db, rows, fail);
      const constraints = [
        ...(await agreement.checkViolations(t.db, rows, AGREEMENT_SEED, fail)),
        ...(await agreement.checkUniqueKeys(t.db, rows, AGREEMENT_SEED, fail)),
      ];
      reports.push({ table: name, validRows: rows.length, violations: constraints.length, constraints, handWritten: agreement.handWritten });
    });
    afterAll(() => {
      for (const report of reports) recordAgreement(database, report);
    });
  });
}
