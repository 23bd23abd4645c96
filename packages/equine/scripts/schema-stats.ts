/**
 * `pnpm db:stats`: the shape of the equine schema as migrated: tables, domain columns per table (beyond id and
 * the timestamps), foreign keys and how many of them an index covers (the audit's fk_indexes rule decides),
 * CHECKs, unique keys, indexes; then the domain columns per pillar (average and fewest).
 */
import { queryRows } from '@db/core';
import { auditDatabase } from '@db/core/audit';
import { createDb, EXPECTED_TABLES, migrate, PILLAR_TABLES } from '../src/index.ts';

const connection = await createDb();
try {
  await migrate(connection);
  const [stats] = await queryRows<Record<string, number>>(
    connection.db,
    `with tables as (
       select c.oid from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'),
     domain_columns as (
       select a.attrelid, count(*) as n from pg_attribute a join tables t on t.oid = a.attrelid
       where a.attnum > 0 and not a.attisdropped and a.attname not in ('id', 'created_at', 'updated_at')
       group by a.attrelid)
     select
       (select count(*) from tables)::int as tables,
       (select round(avg(n), 1) from domain_columns)::float as avg_domain_columns,
       (select min(n) from domain_columns)::int as min_domain_columns,
       (select count(*) from pg_constraint c join tables t on t.oid = c.conrelid where c.contype = 'f')::int as foreign_keys,
       (select count(*) from pg_constraint c join tables t on t.oid = c.conrelid where c.contype = 'c')::int as checks,
       (select count(*) from pg_index i join tables t on t.oid = i.indrelid where i.indisunique and not i.indisprimary)::int as unique_keys,
       (select count(*) from pg_index i join tables t on t.oid = i.indrelid)::int as indexes`,
  );
  const findings = await auditDatabase(connection.db, { expectedTables: EXPECTED_TABLES });
  const unindexed = findings.filter((finding) => finding.rule === 'fk_indexes').length;
  const figures = { ...stats, indexed_foreign_keys: (stats?.foreign_keys ?? 0) - unindexed };
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(22)} ${value}`);

  const columns = await queryRows<{ table_name: string; n: number }>(
    connection.db,
    `select c.relname as table_name, count(*)::int as n
     from pg_attribute a join pg_class c on c.oid = a.attrelid
     where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
       and a.attname not in ('id', 'created_at', 'updated_at')
     group by c.relname`,
  );
  const domainColumns = new Map(columns.map((row) => [row.table_name, row.n]));
  console.log('\ndomain columns per pillar: tables, average, fewest (table)');
  for (const [pillar, tables] of Object.entries(PILLAR_TABLES)) {
    const counts = tables.map((table) => ({ table, n: domainColumns.get(table) ?? 0 }));
    const fewest = counts.reduce((least, entry) => (entry.n < least.n ? entry : least));
    const average = counts.reduce((sum, entry) => sum + entry.n, 0) / counts.length;
    console.log(`  ${pillar.padEnd(16)} ${String(tables.length).padStart(3)}  ${average.toFixed(1).padStart(5)}  ${fewest.n} (${fewest.table})`);
  }
} finally {
  await connection.close();
}
