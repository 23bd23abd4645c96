/**
 * `pnpm db:stats`: the shape of the equine schema as migrated: tables, domain columns per table (beyond id and
 * the timestamps), foreign keys and how many of them an index covers, CHECKs, unique keys, indexes.
 */
import { queryRows } from '@db/core';
import { createDb, migrate } from '../src/index.ts';

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
       group by a.attrelid),
     fks as (
       select c.* from pg_constraint c join tables t on t.oid = c.conrelid where c.contype = 'f')
     select
       (select count(*) from tables)::int as tables,
       (select round(avg(n), 1) from domain_columns)::float as avg_domain_columns,
       (select min(n) from domain_columns)::int as min_domain_columns,
       (select count(*) from fks)::int as foreign_keys,
       (select count(*) from fks f where exists (
          select 1 from pg_index i where i.indrelid = f.conrelid and i.indpred is null
            and (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(f.conkey)] @> f.conkey))::int as indexed_foreign_keys,
       (select count(*) from pg_constraint c join tables t on t.oid = c.conrelid where c.contype = 'c')::int as checks,
       (select count(*) from pg_index i join tables t on t.oid = i.indrelid where i.indisunique and not i.indisprimary)::int as unique_keys,
       (select count(*) from pg_index i join tables t on t.oid = i.indrelid)::int as indexes`,
  );
  for (const [name, value] of Object.entries(stats ?? {})) console.log(`${name.padEnd(22)} ${value}`);
} finally {
  await connection.close();
}
