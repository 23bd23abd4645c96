import type { AnyRelations } from 'drizzle-orm';
import { queryRows, type Database } from '../database.ts';
import { sqlLiteral } from '../rules.ts';

/** How a live database is used: its rows, the foreign keys no index serves, the tables read by sequential scans. */

const inSchemas = (schemas: readonly string[]) => `n.nspname = any(array[${schemas.map(sqlLiteral).join(', ')}]::text[])`;

export interface TableRows {
  table: string;
  rows: number;
}

/** The exact row count of every table of `schemas` (count(*), one statement), largest first. */
export async function rowCounts(db: Database<AnyRelations>, schemas: readonly string[]): Promise<TableRows[]> {
  const [built] = await queryRows<{ statement: string | null }>(
    db,
    `select string_agg(format('select %L as "table", count(*)::float8 as "rows" from %I.%I', n.nspname || '.' || c.relname, n.nspname, c.relname), ' union all ') as statement
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relispartition and ${inSchemas(schemas)}
        and not exists (select from pg_depend e where e.classid = 'pg_class'::regclass and e.objid = c.oid and e.deptype = 'e')`,
  );
  if (!built?.statement) return [];
  const rows = await queryRows<{ table: string; rows: number | string }>(db, built.statement);
  return rows.map((row) => ({ table: row.table, rows: Number(row.rows) })).sort((a, b) => b.rows - a.rows || a.table.localeCompare(b.table));
}

export interface UnindexedForeignKey {
  table: string;
  constraint: string;
  columns: string;
  references: string;
}

/**
 * Foreign keys whose columns are not the leading columns of any index of their table: deleting or updating a
 * referenced row then scans the whole referencing table. A partial index does not count (it covers some rows).
 */
export async function unindexedForeignKeys(db: Database<AnyRelations>, schemas: readonly string[]): Promise<UnindexedForeignKey[]> {
  return queryRows<UnindexedForeignKey>(
    db,
    `select n.nspname || '.' || c.relname as "table", k.conname::text as "constraint",
            (select string_agg(a.attname, ', ' order by u.position) from unnest(k.conkey) with ordinality u(attnum, position)
               join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum) as columns,
            rn.nspname || '.' || r.relname as "references"
       from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
       join pg_class r on r.oid = k.confrelid join pg_namespace rn on rn.oid = r.relnamespace
      where k.contype = 'f' and ${inSchemas(schemas)}
        and not exists (
          select from pg_index i
           where i.indrelid = k.conrelid and i.indpred is null
             and (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(k.conkey)] @> k.conkey)
      order by 1, 2`,
  );
}

export interface SequentialScans {
  table: string;
  seqScan: number;
  seqTupRead: number;
  idxScan: number;
  liveRows: number;
}

export interface ScanStatistics {
  /** When the counters were last reset (null: never since the cluster was created). */
  statsReset: string | null;
  /** The tables whose sequential scans read the most rows, busiest first (scans of empty tables cost nothing). */
  hotSpots: SequentialScans[];
}

/** pg_stat_user_tables' scan counters: cumulative since the last statistics reset. */
export async function scanStatistics(db: Database<AnyRelations>, schemas: readonly string[], limit = 10): Promise<ScanStatistics> {
  const [database] = await queryRows<{ stats_reset: string | null }>(db, `select stats_reset::text from pg_stat_database where datname = current_database()`);
  const rows = await queryRows<Record<keyof SequentialScans, number | string>>(
    db,
    `select s.schemaname || '.' || s.relname as "table", s.seq_scan::float8 as "seqScan", s.seq_tup_read::float8 as "seqTupRead",
            coalesce(s.idx_scan, 0)::float8 as "idxScan", s.n_live_tup::float8 as "liveRows"
       from pg_stat_user_tables s join pg_namespace n on n.nspname = s.schemaname
      where ${inSchemas(schemas)} and s.seq_tup_read > 0
      order by s.seq_tup_read desc, s.seq_scan desc, 1
      limit ${Math.trunc(limit)}`,
  );
  const hotSpots = rows.map((row) => ({
    table: String(row.table),
    seqScan: Number(row.seqScan),
    seqTupRead: Number(row.seqTupRead),
    idxScan: Number(row.idxScan),
    liveRows: Number(row.liveRows),
  }));
  return { statsReset: database?.stats_reset ?? null, hotSpots };
}
