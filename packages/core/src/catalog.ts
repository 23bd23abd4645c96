import type { AnyRelations } from 'drizzle-orm';
import { queryRows, type Database } from './database.ts';
import { sqlLiteral } from './rules.ts';

/**
 * What a database's schemas hold, read from pg_catalog the same way on every database, so that two readings (the
 * migrations' build and a live database, a documented script and ours) compare as text: PostgreSQL prints each
 * definition normalised, however it was written.
 */

/** Which schemas to read, and optionally only some of their tables. */
export interface CatalogScope {
  schemas: readonly string[];
  tables?: readonly string[] | undefined;
}

const textArray = (values: readonly string[]) => `array[${values.map(sqlLiteral).join(', ')}]::text[]`;

/** `n` (pg_namespace) and `c` (pg_class) restricted to the scope. */
const inScope = (scope: CatalogScope) =>
  `n.nspname = any(${textArray(scope.schemas)})${scope.tables ? ` and c.relname = any(${textArray(scope.tables)})` : ''}`;

/** An object that an extension installed (`create extension`): it belongs to the extension, not to the migrations. */
const notFromExtension = (catalog: string, oid: string) =>
  `not exists (select from pg_depend e where e.classid = '${catalog}'::regclass and e.objid = ${oid} and e.deptype = 'e')`;

export interface CatalogColumn {
  schema_name: string;
  table_name: string;
  /** pg_class.relkind of the relation: r table, p partitioned table, v view, m materialized view, f foreign table. */
  relkind: string;
  column_name: string;
  type: string;
  /** pg_attrdef's expression: the default, or a generated column's expression. */
  default_expr: string | null;
  not_null: boolean;
  /** '' none, 'a' generated always, 'd' by default as identity. */
  identity: string;
  /** '' none, 's' stored (PostgreSQL 18: 'v' virtual). */
  generated: string;
  /** A collation other than the type's default. */
  collation: string | null;
}

export async function readColumns(db: Database<AnyRelations>, scope: CatalogScope): Promise<CatalogColumn[]> {
  return queryRows<CatalogColumn>(
    db,
    `select n.nspname as schema_name, c.relname as table_name, c.relkind::text as relkind, a.attname as column_name,
            format_type(a.atttypid, a.atttypmod) as type, pg_get_expr(d.adbin, d.adrelid) as default_expr,
            a.attnotnull as not_null, a.attidentity::text as identity, a.attgenerated::text as generated,
            case when a.attcollation <> t.typcollation then co.collname::text end as collation
       from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
       join pg_type t on t.oid = a.atttypid left join pg_collation co on co.oid = a.attcollation
       left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where ${inScope(scope)} and a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p', 'v', 'm', 'f')
      order by 1, 2, a.attnum`,
  );
}

export interface CatalogConstraint {
  schema_name: string;
  table_name: string;
  constraint_name: string;
  /** c check, f foreign key, p primary key, u unique, x exclusion, t trigger, n not null (PostgreSQL 18). */
  type: string;
  definition: string;
}

export async function readConstraints(db: Database<AnyRelations>, scope: CatalogScope): Promise<CatalogConstraint[]> {
  return queryRows<CatalogConstraint>(
    db,
    `select n.nspname as schema_name, c.relname as table_name, k.conname as constraint_name, k.contype::text as type,
            pg_get_constraintdef(k.oid) as definition
       from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
      where ${inScope(scope)}
      order by 1, 2, 3`,
  );
}

export interface CatalogIndex {
  schema_name: string;
  table_name: string;
  index_name: string;
  /** pg_get_indexdef: `CREATE [UNIQUE] INDEX name ON schema.table USING ...`. */
  definition: string;
  /** False after a failed CREATE INDEX CONCURRENTLY: the index exists but is not used. */
  valid: boolean;
}

export async function readIndexes(db: Database<AnyRelations>, scope: CatalogScope): Promise<CatalogIndex[]> {
  return queryRows<CatalogIndex>(
    db,
    `select n.nspname as schema_name, c.relname as table_name, ic.relname as index_name,
            pg_get_indexdef(i.indexrelid) as definition, i.indisvalid as valid
       from pg_index i join pg_class ic on ic.oid = i.indexrelid
       join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
      where ${inScope(scope)}
      order by 1, 2, 3`,
  );
}

/** The kinds of object `describeCatalog` reads, in the order a report lists them. */
export const CATALOG_KINDS = [
  'extension',
  'type',
  'table',
  'column',
  'constraint',
  'index',
  'sequence',
  'view',
  'function',
  'trigger',
  'policy',
  'row level security',
] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

/** One object of a schema: its kind, a name unique within the kind (schema-qualified), and how PostgreSQL prints it. */
export interface CatalogObject {
  kind: CatalogKind;
  name: string;
  definition: string;
  /** The table it belongs to (schema-qualified), for a column, constraint, index, trigger, policy or owned sequence. */
  table?: string | undefined;
}

type Described = { name: string; definition: string; table?: string | null };

/**
 * Every object of `schemas` that migrations create, as comparable entries: tables (and whether row level security
 * is on), columns (type, default, nullability, identity, generation), constraints, indexes, sequences, views,
 * functions, triggers, policies, enum and domain types; plus the database's extensions. Objects an extension
 * installed are left out, and so are PostgreSQL 18's NOT NULL constraints (a column's nullability says it).
 */
export async function describeCatalog(db: Database<AnyRelations>, schemas: readonly string[]): Promise<CatalogObject[]> {
  const scope = { schemas };
  const objects: CatalogObject[] = [];
  const add = (kind: CatalogKind, rows: Described[]) =>
    objects.push(...rows.map(({ table, ...row }) => ({ kind, ...row, ...(table ? { table } : {}) })));
  const read = (query: string) => queryRows<Described>(db, query);

  add(
    'extension',
    await read(`select e.extname as name, 'in schema ' || n.nspname as definition from pg_extension e join pg_namespace n on n.oid = e.extnamespace`),
  );
  add(
    'type',
    await read(
      `select n.nspname || '.' || t.typname as name,
              case t.typtype
                when 'e' then 'enum (' || (select string_agg(quote_literal(l.enumlabel), ', ' order by l.enumsortorder)
                                             from pg_enum l where l.enumtypid = t.oid) || ')'
                else 'domain ' || format_type(t.typbasetype, t.typtypmod) || case when t.typnotnull then ' not null' else '' end
                     || coalesce(' default ' || t.typdefault, '')
                     || coalesce((select ' ' || string_agg(pg_get_constraintdef(k.oid), ' ' order by k.conname)
                                    from pg_constraint k where k.contypid = t.oid and k.contype <> 'n'), '')
              end as definition
         from pg_type t join pg_namespace n on n.oid = t.typnamespace
        where n.nspname = any(${textArray(schemas)}) and t.typtype in ('e', 'd') and ${notFromExtension('pg_type', 't.oid')}`,
    ),
  );
  const relations = `${inScope(scope)} and ${notFromExtension('pg_class', 'c.oid')}`;
  add(
    'table',
    await read(
      `select n.nspname || '.' || c.relname as name,
              case c.relkind when 'p' then 'partitioned table' when 'f' then 'foreign table' else 'table' end
              || case c.relpersistence when 'u' then ' (unlogged)' else '' end as definition
         from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p', 'f') and ${relations}`,
    ),
  );
  add(
    'row level security',
    await read(
      `select n.nspname || '.' || c.relname as name, n.nspname || '.' || c.relname as "table",
              'enabled' || case when c.relforcerowsecurity then ', forced on the owner too' else '' end as definition
         from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relrowsecurity and ${relations}`,
    ),
  );
  add(
    'column',
    (await readColumns(db, scope))
      .filter((column) => ['r', 'p', 'f'].includes(column.relkind))
      .map((column) => ({
        name: `${column.schema_name}.${column.table_name}.${column.column_name}`,
        table: `${column.schema_name}.${column.table_name}`,
        definition: columnDefinition(column),
      })),
  );
  add(
    'constraint',
    (await readConstraints(db, scope))
      .filter((constraint) => constraint.type !== 'n')
      .map((constraint) => ({
        name: `${constraint.schema_name}.${constraint.table_name}.${constraint.constraint_name}`,
        table: `${constraint.schema_name}.${constraint.table_name}`,
        definition: constraint.definition,
      })),
  );
  add(
    'index',
    (await readIndexes(db, scope)).map((index) => ({
      name: `${index.schema_name}.${index.index_name}`,
      table: `${index.schema_name}.${index.table_name}`,
      definition: index.definition + (index.valid ? '' : ' (invalid: not used)'),
    })),
  );
  add(
    'sequence',
    await read(
      `select n.nspname || '.' || c.relname as name,
              -- The table of a serial or identity column owns its sequence.
              (select tn.nspname || '.' || t.relname
                 from pg_depend o join pg_class t on t.oid = o.refobjid join pg_namespace tn on tn.oid = t.relnamespace
                where o.classid = 'pg_class'::regclass and o.objid = c.oid and o.refclassid = 'pg_class'::regclass and o.deptype in ('a', 'i')
                limit 1) as "table",
              format('%s start %s increment %s min %s max %s cache %s%s', format_type(s.seqtypid, null),
                     s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, case when s.seqcycle then ' cycle' else '' end) as definition
         from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace where ${relations}`,
    ),
  );
  add(
    'view',
    await read(
      `select n.nspname || '.' || c.relname as name,
              case c.relkind when 'm' then 'materialized view: ' else 'view: ' end || pg_get_viewdef(c.oid) as definition
         from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('v', 'm') and ${relations}`,
    ),
  );
  // Not aggregates: pg_get_functiondef refuses them.
  add(
    'function',
    await read(
      `select n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as name,
              pg_get_functiondef(p.oid) as definition
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = any(${textArray(schemas)}) and p.prokind <> 'a' and ${notFromExtension('pg_proc', 'p.oid')}`,
    ),
  );
  add(
    'trigger',
    await read(
      `select n.nspname || '.' || c.relname || '.' || g.tgname as name, n.nspname || '.' || c.relname as "table",
              pg_get_triggerdef(g.oid)
              || case g.tgenabled when 'D' then ' (disabled)' when 'R' then ' (replica only)' when 'A' then ' (always)' else '' end as definition
         from pg_trigger g join pg_class c on c.oid = g.tgrelid join pg_namespace n on n.oid = c.relnamespace
        where not g.tgisinternal and ${inScope(scope)}`,
    ),
  );
  add(
    'policy',
    await read(
      `select p.schemaname || '.' || p.tablename || '.' || p.policyname as name, p.schemaname || '.' || p.tablename as "table",
              lower(p.permissive) || ' for ' || lower(p.cmd) || ' to ' || array_to_string(p.roles, ', ')
              || coalesce(' using (' || p.qual || ')', '') || coalesce(' with check (' || p.with_check || ')', '') as definition
         from pg_policies p where p.schemaname = any(${textArray(schemas)})`,
    ),
  );
  return objects.sort((a, b) => CATALOG_KINDS.indexOf(a.kind) - CATALOG_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name));
}

/** `type [collate x] [default d | generated ...] [not null]`, as a column reads in a CREATE TABLE. */
function columnDefinition(column: CatalogColumn): string {
  const parts = [column.type];
  if (column.collation) parts.push(`collate "${column.collation}"`);
  if (column.generated) parts.push(`generated always as (${column.default_expr}) ${column.generated === 's' ? 'stored' : 'virtual'}`);
  else if (column.default_expr !== null) parts.push(`default ${column.default_expr}`);
  if (column.identity) parts.push(`generated ${column.identity === 'a' ? 'always' : 'by default'} as identity`);
  if (column.not_null) parts.push('not null');
  return parts.join(' ');
}

/** The schemas a database holds beyond PostgreSQL's own (and drizzle's migrations journal). */
export async function userSchemas(db: Database<AnyRelations>): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    `select nspname as name from pg_namespace where nspname not in ('information_schema', 'drizzle') and nspname !~ '^pg_' order by 1`,
  );
  return rows.map((row) => row.name);
}
