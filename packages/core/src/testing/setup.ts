import { readFile } from 'node:fs/promises';
import type { AnyRelations, EmptyRelations } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { connect, type Connection, type Database } from '../database.ts';
import { withAncestors } from './fixtures.ts';
import { beginRollbackTransaction, deleteRowsOf, type RollbackTransaction } from './isolation.ts';
import { databaseUrl, onServer, scratchDatabaseName } from './template.ts';

export interface TestDatabase<TRelations extends AnyRelations> {
  /**
   * Inside a test: the test's own transaction, rolled back when the test ends, so nothing it writes reaches the
   * next test (`db.transaction()` in a test is a savepoint). Outside a test (`beforeAll`): the file's database.
   */
  readonly db: Database<TRelations>;
  readonly driver: Connection['driver'];
  /**
   * For a test that must really commit (NOTIFY, a second connection, deferred constraints at COMMIT, rows that
   * must be older than the statement under test): ends the test's transaction, so `db` autocommits from here on,
   * and deletes the rows of `tables` and of the tables they point at (what seeding them writes) when the test ends.
   */
  commits(...tables: PgTable[]): Promise<void>;
}

/**
 * Gives the calling test file its own copy of the migrated database and runs each of its tests in a transaction
 * that is rolled back at the test's end. Register it at the top level of a test file. PGlite boots from the run's
 * dumped data directory; PostgreSQL clones the run's template database and drops the clone after the file.
 */
export function setupTestDatabase<TRelations extends AnyRelations = EmptyRelations>(
  options: { relations?: TRelations } = {},
): TestDatabase<TRelations> {
  let connection: Connection<TRelations> | undefined;
  let dropCopy = async () => {};
  let current: RollbackTransaction<TRelations> | undefined;
  let committed: PgTable[] = [];

  const opened = () => {
    if (!connection) throw new Error('the test database is ready from beforeAll on');
    return connection;
  };
  const handle: TestDatabase<TRelations> = {
    get db() {
      return current?.tx ?? opened().db;
    },
    get driver() {
      return opened().driver;
    },
    async commits(...tables) {
      if (!current) throw new Error('commits() is called inside a test');
      await current.rollback();
      current = undefined;
      committed = [...new Set(tables.flatMap(withAncestors))];
    },
  };

  beforeAll(async () => {
    const template = inject('templateDatabase');
    if (template.driver === 'pglite') {
      const dump = new Blob([await readFile(template.dumpPath)]);
      connection = await connect({ loadDataDir: dump, relations: options.relations });
    } else {
      const name = scratchDatabaseName('test_file');
      await onServer(template.serverUrl, [`create database "${name}" template "${template.template}"`]);
      connection = await connect({ url: databaseUrl(template.serverUrl, name), relations: options.relations });
      dropCopy = () => onServer(template.serverUrl, [`drop database if exists "${name}" with (force)`]);
    }
  });
  beforeEach(async () => {
    current = await beginRollbackTransaction(opened().db);
  });
  afterEach(async () => {
    const test = current;
    current = undefined;
    await test?.rollback();
    if (committed.length) await deleteRowsOf(opened().db as Database<AnyRelations>, committed);
    committed = [];
  });
  afterAll(async () => {
    await connection?.close();
    await dropCopy();
  });
  return handle;
}
