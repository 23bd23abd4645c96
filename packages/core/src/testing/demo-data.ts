import { getTableName, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { seedDemoData } from '../demo-data/index.ts';
import type { TableSchemaCatalog } from '../validation.ts';
import type { Fixtures } from './fixtures.ts';
import { setupTestDatabase } from './setup.ts';
import type { FixtureSet } from './table-suite.ts';

/**
 * `pnpm db:seed <database> --scale N` on this database: every table gets rows, none is refused by a constraint
 * (seedDemoData would throw), the tables left short are the ones the report names, and a second run adds
 * nothing to a table that has its rows. The test's transaction is rolled back, so the database stays as it was.
 */
export function describeDemoData(sets: readonly FixtureSet[], { database, scale = 5 }: { database: string; scale?: number }) {
  const t = setupTestDatabase({ database });
  const catalog: TableSchemaCatalog = Object.assign({}, ...sets.map((set) => set.catalog));
  const fixtures: Fixtures = Object.assign({}, ...sets.map((set) => set.fixtures));

  test(`demo data at scale ${scale} fills every table, and a second run leaves the full ones alone`, async () => {
    const report = await seedDemoData(t.db, { catalog, fixtures, scale });
    const short = new Map(report.short.map((entry) => [entry.table, entry.rows]));
    const counts = async () =>
      new Map(
        await Promise.all(
          Object.values(catalog).map(async ({ table }) => {
            const [row] = (await t.db.select({ rows: sql<number>`count(*)::int` }).from(table)) as { rows: number }[];
            return [getTableName(table), row!.rows] as const;
          }),
        ),
      );
    const first = await counts();
    for (const [name, rows] of first) {
      expect(rows, name).toBe(short.get(name) ?? scale);
      expect(rows, name).toBeGreaterThan(0);
    }
    expect(report.short.length, report.short.map((entry) => `${entry.table}: ${entry.rows} (${entry.why})`).join('\n')).toBeLessThan(report.tables / 5);

    await seedDemoData(t.db, { catalog, fixtures, scale });
    const second = await counts();
    for (const [name, rows] of first) if (!short.has(name)) expect(second.get(name), name).toBe(rows);
  }, 240_000);
}
