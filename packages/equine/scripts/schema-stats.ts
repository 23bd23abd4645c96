/**
 * `pnpm db:stats`: the shape of the equine schema as migrated: tables, domain columns per table (beyond id and
 * the timestamps), foreign keys and how many of them an index covers (the audit's fk_indexes rule decides),
 * CHECKs, unique keys, indexes.
 */
import { queryRows } from '@db/core';
import { auditDatabase } from '@db/core/audit';
import { createDb, EXPECTED_TABLES, migrate } from '../src/index.ts';

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
} finally {
  await connection.close();
}
