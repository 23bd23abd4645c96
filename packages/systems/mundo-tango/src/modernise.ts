import { fileURLToPath } from 'node:url';
import { migrate, type Connection } from '@db/core';
import type { AnyRelations } from 'drizzle-orm';

/**
 * The opt-in modernisation the owners would want (timestamptz instead of timestamp, identity instead of serial), a
 * migration series of its own, recorded in `drizzle.__drizzle_modernisation`, so that `migrate` alone still builds
 * their database exactly as documented. Run it after `migrate`; running it again does nothing.
 *
 * The table declarations keep the documented types and the same code runs before and after: core's connection
 * reads a `timestamp` value that carries a zone as that instant (drizzle's codec would misread it in any session
 * not on UTC), so a converted column still reads as the Date that was written (test/modernisation.test.ts, in a
 * Buenos Aires session, nested relational queries included). Once every deployment has run it, the declarations
 * can follow (`withTimezone: true`, `integer().generatedByDefaultAsIdentity()`).
 */
export const modernisationFolder = fileURLToPath(new URL('../modernisation', import.meta.url));

export const modernise = (connection: Connection<AnyRelations>): Promise<void> =>
  migrate(connection, modernisationFolder, '__drizzle_modernisation');
