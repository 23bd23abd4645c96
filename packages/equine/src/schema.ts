import * as horsesTables from '@db/horses/tables';
import * as providersTables from '@db/providers/tables';
import * as usersTables from '@db/users/tables';

/** Every table of the equine database, keyed by variable name (what drizzle's relational queries use). */
export const schema = { ...usersTables, ...horsesTables, ...providersTables };
