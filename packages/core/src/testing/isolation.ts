import { getTableName, sql, TransactionRollbackError, type AnyRelations } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../database.ts';
import { withAncestors } from './fixtures.ts';

/** A transaction held open until `rollback()`: what one test runs in. */
export interface RollbackTransaction<TRelations extends AnyRelations> {
  /** The open transaction; its own `transaction()` makes a savepoint. */
  tx: Database<TRelations>;
  /** Ends the transaction, discarding everything it did (also after a failed statement aborted it). */
  rollback(): Promise<void>;
}

/**
 * Opens a transaction that stays open until `rollback()` is called. On PGlite it is the one connection's
 * transaction; on postgres.js drizzle reserves one connection for it. Rolling back costs about a millisecond
 * whatever the number of tables, where `TRUNCATE ... CASCADE` over hundreds of linked tables costs half a second.
 */
export async function beginRollbackTransaction<TRelations extends AnyRelations>(
  db: Database<TRelations>,
): Promise<RollbackTransaction<TRelations>> {
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  let opened!: (tx: Database<TRelations>) => void;
  const ready = new Promise<Database<TRelations>>((resolve) => (opened = resolve));
  const done = db
    .transaction(async (tx) => {
      opened(tx as Database<TRelations>);
      await finished;
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof TransactionRollbackError)) throw error;
    });
  // `done` settles first only when BEGIN itself failed: surface that error instead of waiting forever.
  const tx = await Promise.race([ready, done.then(() => Promise.reject(new Error('the test transaction ended before it began')))]);
  return {
    tx,
    rollback: async () => {
      finish();
      await done;
    },
  };
}

/**
 * Deletes every row of `tables` and of nothing else, children before parents: the cleanup of a test that had to
 * commit. DELETE, not TRUNCATE: truncating a table that others reference needs CASCADE, which locks and scans
 * every linked table.
 */
export async function deleteRowsOf(db: Database<AnyRelations>, tables: readonly PgTable[]): Promise<void> {
  const listed = new Set(tables);
  const parentsFirst = [...new Set(tables.flatMap(withAncestors))].filter((table) => listed.has(table));
  for (const table of parentsFirst.reverse()) {
    await db.execute(sql`delete from ${sql.identifier(getTableName(table))}`);
  }
}
