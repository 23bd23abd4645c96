import { type AnyColumn, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * What drizzle-kit does not generate from a table declaration: functions and triggers. The package that owns
 * the tables declares them; the migration of the change that declares them carries their statements (appended
 * after drizzle-kit's own); the audit's `database_objects` rule checks the migrated database holds each one.
 */
export interface DatabaseObject {
  kind: 'function' | 'trigger';
  name: string;
  /** A trigger's table. */
  table?: string;
  /** Re-runnable: CREATE OR REPLACE, or DROP ... IF EXISTS then CREATE. */
  statements: readonly string[];
}

/** The transaction-local setting a retention purge (`purgeOlderThan`) raises while it deletes. */
const PURGING = 'db.retention_purge';

/**
 * Raised by the append-only triggers: SQLSTATE 23001, restrict_violation, naming the table and the operation.
 * The one DELETE let through is a retention purge's, inside its own function (`purgeOlderThan`).
 */
export const refuseChangeFunction: DatabaseObject = {
  kind: 'function',
  name: 'refuse_append_only_change',
  statements: [
    `CREATE OR REPLACE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('${PURGING}', true) = TG_TABLE_NAME THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation', TABLE = TG_TABLE_NAME;
END $$`,
  ],
};

/**
 * The database refuses UPDATE and DELETE on `table`, for audit evidence. Its foreign keys must be RESTRICT or
 * NO ACTION: SET NULL and CASCADE would need the very changes it refuses. Retention goes through
 * `purgeOlderThan`; TRUNCATE and `ALTER TABLE ... DISABLE TRIGGER` (a repair) are left to the table's owner.
 */
export function appendOnly(table: PgTable): DatabaseObject[] {
  const name = getTableName(table);
  const trigger = `${name}_append_only`;
  return [
    refuseChangeFunction,
    {
      kind: 'trigger',
      name: trigger,
      table: name,
      statements: [
        `DROP TRIGGER IF EXISTS ${trigger} ON ${name}`,
        `CREATE TRIGGER ${trigger} BEFORE UPDATE OR DELETE ON ${name} FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()`,
      ],
    },
  ];
}

/**
 * Retention for a high-volume, time-ordered log: `purge_<table>(before timestamptz DEFAULT now() - keep)` deletes
 * the rows whose `column` is older and returns how many went, passing the table's append-only trigger (if any)
 * for its own DELETE only. Schedule it (pg_cron, a worker); the time-leading or BRIN index on `column` serves it.
 * On a large deployment the table would be partitioned by `column` and old partitions dropped instead.
 */
export function purgeOlderThan(table: PgTable, column: AnyColumn, keep: `${number} ${'days' | 'months' | 'years'}`): DatabaseObject[] {
  const name = getTableName(table);
  const fn = `purge_${name}`;
  return [
    {
      kind: 'function',
      name: fn,
      statements: [
        `CREATE OR REPLACE FUNCTION ${fn}(before timestamptz DEFAULT now() - interval '${keep}') RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  purged bigint;
BEGIN
  PERFORM set_config('${PURGING}', '${name}', true);
  DELETE FROM ${name} WHERE ${column.name} < before;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('${PURGING}', '', true);
  RETURN purged;
END $$`,
      ],
    },
  ];
}

/** Each object once (several tables share a function), in declaration order. */
export function uniqueDatabaseObjects(objects: readonly DatabaseObject[]): DatabaseObject[] {
  const seen = new Map<string, DatabaseObject>();
  for (const object of objects) {
    const key = `${object.kind}:${object.table ?? ''}:${object.name}`;
    if (!seen.has(key)) seen.set(key, object);
  }
  return [...seen.values()];
}

/** The statements that create `objects`, for a migration: drizzle-kit's breakpoint between each. */
export function databaseObjectsSql(objects: readonly DatabaseObject[]): string {
  return uniqueDatabaseObjects(objects)
    .flatMap((object) => object.statements)
    .map((statement) => `${statement};`)
    .join('\n--> statement-breakpoint\n');
}
