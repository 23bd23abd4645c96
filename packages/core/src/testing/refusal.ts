import type { AnyRelations } from 'drizzle-orm';
import { expect } from 'vitest';
import { driverErrorOf, type Database } from '../database.ts';

export interface Refusal {
  /** SQLSTATE, e.g. 23505 unique_violation, 23514 check_violation, 22P02 invalid_text_representation. */
  code: string | undefined;
  constraint: string | undefined;
  column: string | undefined;
}

/**
 * The code of a refused ON DELETE RESTRICT: foreign_key_violation (23503) on PostgreSQL up to 17,
 * restrict_violation (23001) on 18 and PGlite. Pair it with the constraint name, which pins the rule.
 */
export const restrictViolation: unknown = expect.stringMatching(/^(23503|23001)$/);

/** The refusal of an append-only table's trigger (`appendOnly` in @db/core): 23001, no constraint. */
export const appendOnlyRefusal = { code: '23001', constraint: undefined, column: undefined };

/**
 * Runs `statement` in a savepoint (a transaction outside a test) and says why the database refused it, read from
 * the driver error that drizzle wraps as `cause`; undefined when it succeeded. The savepoint keeps the test's
 * transaction usable after the refusal and guarantees the statement left nothing behind. Match codes and
 * constraint names: message texts differ between PGlite and servers. (A refused ON DELETE RESTRICT is 23503 on
 * PostgreSQL 15 and 23001 on 18, which PGlite runs.)
 */
export async function refusal<TRelations extends AnyRelations>(
  db: Database<TRelations>,
  statement: (tx: Database<TRelations>) => PromiseLike<unknown>,
): Promise<Refusal | undefined> {
  try {
    await db.transaction(async (tx) => {
      await statement(tx as Database<TRelations>);
    });
    return undefined;
  } catch (error) {
    return refusalOf(error);
  }
}

/** The fields of a refusal, read from a driver error or the drizzle error wrapping it as `cause`. */
export function refusalOf(error: unknown): Refusal {
  const { code, constraint, column } = driverErrorOf(error);
  return { code, constraint, column };
}
