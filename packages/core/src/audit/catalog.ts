/** Catalog queries of the audit, one per rule, over schema `public`. Each returns the offending rows only. */

export const TABLES = `
  select c.relname as table_name
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind in ('r', 'p')
  order by 1`;

/** Tables whose primary key is not a single uuid column defaulting to gen_random_uuid(). */
export const NON_UUID_PRIMARY_KEYS = `
  select c.relname as table_name,
         coalesce(string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' default ' ||
                  coalesce(pg_get_expr(d.adbin, d.adrelid), 'none'), ', '), 'no primary key') as detail
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  left join pg_constraint pk on pk.conrelid = c.oid and pk.contype = 'p'
  left join pg_attribute a on a.attrelid = c.oid and a.attnum = any(pk.conkey)
  left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
  where n.nspname = 'public' and c.relkind in ('r', 'p')
  group by c.relname, pk.conkey
  having pk.conkey is null
      or cardinality(pk.conkey) <> 1
      or bool_or(a.atttypid <> 'uuid'::regtype)
      or bool_or(coalesce(pg_get_expr(d.adbin, d.adrelid), '') not like '%gen_random_uuid()%')
  order by 1`;

export const TIMESTAMPS_WITHOUT_TIME_ZONE = `
  select c.table_name, c.column_name
  from information_schema.columns c
  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
  where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
    and c.data_type = 'timestamp without time zone'
  order by 1, 2`;

/** jsonb columns that are nullable or lack a '{}' / '[]' default. */
export const JSONB_WITHOUT_DEFAULT = `
  select c.table_name, c.column_name, coalesce(c.column_default, 'none') as column_default, c.is_nullable
  from information_schema.columns c
  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
  where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.data_type = 'jsonb'
    and (c.is_nullable = 'YES' or coalesce(c.column_default, '') not in ('''{}''::jsonb', '''[]''::jsonb'))
  order by 1, 2`;

/** Foreign keys not validated, or whose column types differ from the referenced ones. */
export const INVALID_FOREIGN_KEYS = `
  select c.conrelid::regclass::text as table_name, c.conname,
         case when not c.convalidated then 'not validated' else 'column types differ from the referenced key' end as detail
  from pg_constraint c
  where c.contype = 'f' and c.connamespace = 'public'::regnamespace
    and (not c.convalidated or exists (
      select 1
      from unnest(c.conkey, c.confkey) as k(local_attnum, foreign_attnum)
      join pg_attribute l on l.attrelid = c.conrelid and l.attnum = k.local_attnum
      join pg_attribute f on f.attrelid = c.confrelid and f.attnum = k.foreign_attnum
      where l.atttypid <> f.atttypid))
  order by 1, 2`;

/** Foreign keys whose columns are not the leading columns of a complete (non-partial) index. */
export const UNINDEXED_FOREIGN_KEYS = `
  select c.conrelid::regclass::text as table_name, c.conname,
         (select string_agg(a.attname, ', ' order by k.ord)
          from unnest(c.conkey) with ordinality as k(attnum, ord)
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) as columns
  from pg_constraint c
  where c.contype = 'f' and c.connamespace = 'public'::regnamespace
    and not exists (
      select 1 from pg_index i
      where i.indrelid = c.conrelid and i.indpred is null
        and (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] @> c.conkey)
  order by 1, 2`;

export const INVALID_INDEXES = `
  select t.relname as table_name, x.relname as index_name
  from pg_index i
  join pg_class x on x.oid = i.indexrelid
  join pg_class t on t.oid = i.indrelid
  join pg_namespace n on n.oid = t.relnamespace
  where n.nspname = 'public' and not (i.indisvalid and i.indisready)
  order by 1, 2`;

/** Names at the length limit: PostgreSQL may have truncated them (a name of exactly 63 characters is ambiguous). */
export const IDENTIFIERS_AT_LIMIT = `
  select 'relation' as kind, relname as name from pg_class
   where relnamespace = 'public'::regnamespace and length(relname) >= 63
  union all
  select 'constraint', conname from pg_constraint
   where connamespace = 'public'::regnamespace and length(conname) >= 63
  union all
  select 'column', a.attrelid::regclass::text || '.' || a.attname from pg_attribute a
   join pg_class c on c.oid = a.attrelid
   where c.relnamespace = 'public'::regnamespace and a.attnum > 0 and length(a.attname) >= 63`;

export const appliedMigrations = (schema: string, table: string) =>
  `select hash from "${schema}"."${table}" order by id`;

/** The functions and user triggers of the public schema (what `DatabaseObject`s declare). */
export const FUNCTIONS_AND_TRIGGERS = `
  select 'function' as kind, p.proname as name, '' as table_name from pg_proc p
   where p.pronamespace = 'public'::regnamespace
  union all
  select 'trigger', t.tgname, c.relname from pg_trigger t
   join pg_class c on c.oid = t.tgrelid
   where c.relnamespace = 'public'::regnamespace and not t.tgisinternal`;

/** Foreign keys of append-only tables whose ON DELETE would update or delete their rows (refused). */
export const APPEND_ONLY_FOREIGN_KEYS_THAT_WRITE = `
  select c.conrelid::regclass::text as table_name, c.conname,
         case c.confdeltype when 'c' then 'CASCADE' when 'n' then 'SET NULL' else 'SET DEFAULT' end as action
  from pg_constraint c
  where c.contype = 'f' and c.connamespace = 'public'::regnamespace and c.confdeltype in ('c', 'n', 'd')
    and exists (select 1 from pg_trigger t where t.tgrelid = c.conrelid and not t.tgisinternal
                and t.tgfoid = 'refuse_append_only_change'::regproc)
  order by 1, 2`;

/**
 * Columns named after a table (`horse_id` and `horses`, `category_id` and `categories`) that no foreign key
 * covers: a link the database does not enforce. External ids (`processor_invoice_id`) name no table exactly.
 */
export const ID_COLUMNS_WITHOUT_FOREIGN_KEY = `
  select c.relname as table_name, a.attname as column_name
  from pg_attribute a
  join pg_class c on c.oid = a.attrelid
  where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
    and a.attname like '%\\_id'
    and exists (
      select 1 from pg_class t
      where t.relnamespace = 'public'::regnamespace and t.relkind = 'r'
        and t.relname in (left(a.attname, -3), left(a.attname, -3) || 's', left(a.attname, -3) || 'es',
                          regexp_replace(left(a.attname, -3), 'y$', 'ies')))
    and not exists (
      select 1 from pg_constraint f where f.contype = 'f' and f.conrelid = c.oid and a.attnum = any (f.conkey))
  order by 1, 2`;
