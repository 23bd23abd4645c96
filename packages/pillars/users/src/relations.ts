import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/** This package's relations part: `r.one` edges from its tables (and their reverse `r.many`). */
export const usersRelations = defineRelationsPart(schema, (r) => ({
  userProfiles: {},
}));
