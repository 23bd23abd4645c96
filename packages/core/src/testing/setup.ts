import type { AnyRelations, EmptyRelations } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Connection, Database } from '../database.ts';
import { withAncestors } from './fixtures.ts';
import { beginRollbackTransaction, deleteRowsOf, type RollbackTransaction } from './isolation.ts';
import { DEFAULT_DATABASE, templateOf } from './template.ts';
import { workerDatabase, type WorkerDatabase } from './worker-database.ts';

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
 * Gives the calling test file a migrated database (`database`, by default equine) and runs each of its tests in a
 * transaction that is rolled back at the test's end. Register it at the top level of a test file. The database is
 * the worker's copy of the run's template, shared with the files before and after this one (see workerDatabase):
 * a file that leaves rows behind fails, naming the tables, and the next file gets a fresh copy.
 */
export function setupTestDatabase<TRelations extends AnyRelations = EmptyRelations>(
  options: { relations?: TRelations; database?: string } = {},
): TestDatabase<TRelations> {
  let shared: WorkerDatabase | undefined;
  let fileDb: Database<TRelations> | undefined;
  let current: RollbackTransaction<TRelations> | undefined;
  let committed: PgTable[] = [];

  const opened = () => {
    if (!shared || !fileDb) throw new Error('the test database is ready from beforeAll on');
    return { db: fileDb, driver: shared.connection.driver };
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
    shared = await workerDatabase(templateOf(options.database ?? DEFAULT_DATABASE));
    fileDb = shared.connection.withRelations(options.relations ?? ({} as TRelations));
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
    const changed = (await shared?.changedTables()) ?? [];
    if (!changed.length) return;
    await shared!.discard();
    throw new Error(`this test file left rows behind in ${changed.join(', ')}: write inside tests, and after t.commits(...) name every table the test writes`);
  });
  return handle;
}
