import { appendOnly, type DatabaseObject } from '@db/core';
import { marketingAttribution } from './schema/marketing-attribution.ts';

/**
 * What drizzle-kit does not generate for this package: the triggers that make marketing_attribution append-only
 * (the database refuses UPDATE and DELETE on it, SQLSTATE 23001). The migration of this package carries their
 * statements after drizzle-kit's own.
 */
export const marketingDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(marketingAttribution)];
