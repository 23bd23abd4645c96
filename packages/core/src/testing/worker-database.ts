import { readFile } from 'node:fs/promises';
import type { AnyRelations } from 'drizzle-orm';
import { connect, queryRows, type Connection, type Database } from '../database.ts';
import { databaseUrl, onServer, workerCopyName, type TemplateDatabase } from './template.ts';

/**
 * The copy of the run's template that the test files of one worker share, one file after another. Booting a
 * PGlite copy of a few hundred tables takes seconds, so a worker boots one, not one per file. Sharing is safe because
 * every test runs in a transaction that is rolled back and a test that commits deletes what it wrote; and it is
 * checked: after each file the row count of every table is compared with the fresh copy's.
 */
export interface WorkerDatabase {
  readonly connection: Connection<AnyRelations>;
  /** The tables whose row count differs from the fresh copy's, with both counts, as `db` (by default the copy) sees them. */
  changedTables(db?: Database<AnyRelations>): Promise<string[]>;
  /** Closes the copy (and drops it from the server): the worker's next file gets a fresh one. */
  discard(): Promise<void>;
}

/** This worker's copies, one per template (database) its files asked for. */
const copies = new Map<string, Promise<WorkerDatabase>>();

/** This worker's copy of `template`, opened by the first file that asks. */
export function workerDatabase(template: TemplateDatabase): Promise<WorkerDatabase> {
  const key = JSON.stringify(template);
  if (!copies.has(key)) copies.set(key, openCopy(template, () => copies.delete(key)));
  return copies.get(key)!;
}

async function openCopy(template: TemplateDatabase, forget: () => void): Promise<WorkerDatabase> {
  let connection: Connection<AnyRelations>;
  let drop = async () => {};
  if (template.driver === 'pglite') {
    connection = await connect({ loadDataDir: new Blob([await readFile(template.dumpPath)]) });
  } else {
    const name = workerCopyName(template.template);
    await onServer(template.serverUrl, [`create database "${name}" template "${template.template}"`]);
    connection = await connect({ url: databaseUrl(template.serverUrl, name) });
    drop = async () => void (await onServer(template.serverUrl, [`drop database if exists "${name}" with (force)`]));
  }
  const countRows = await rowCounter(connection);
  const fresh = await countRows();
  return {
    connection,
    async changedTables(db = connection.db) {
      const now = await countRows(db);
      return [...now]
        .filter(([table, rows]) => fresh.get(table) !== rows)
        .map(([table, rows]) => `${table} (${fresh.get(table)} rows, now ${rows})`)
        .sort();
    },
    async discard() {
      forget();
      await connection.close();
      await drop();
    },
  };
}

/** A function counting the rows of every table, in one statement built once from the catalog. */
async function rowCounter(connection: Connection<AnyRelations>): Promise<(db?: Database<AnyRelations>) => Promise<Map<string, string>>> {
  const [{ statement }] = (await queryRows<{ statement: string }>(
    connection.db,
    `select string_agg(format('select %L as name, count(*)::text as n from %I.%I', n.nspname || '.' || c.relname, n.nspname, c.relname), ' union all ') as statement
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname !~ '^pg_'`,
  )) as [{ statement: string }];
  return async (db = connection.db) => new Map((await queryRows<{ name: string; n: string }>(db, statement)).map((row) => [row.name, row.n]));
}
