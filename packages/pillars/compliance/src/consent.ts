import type { Database } from '@db/core';
import { desc, eq, type AnyRelations } from 'drizzle-orm';
import { gdprCompliance } from './schema/gdpr-compliance.ts';

export type ConsentDecisionRow = typeof gdprCompliance.$inferSelect;

/**
 * The current decision per purpose of one user: the latest row of each (user, purpose) in the consent ledger (by
 * `capturedAt`, then `createdAt` for two decisions captured in the same instant). A purpose with no row has never
 * been asked: treat it as not granted.
 */
export async function currentConsents(db: Database<AnyRelations>, userId: string): Promise<ConsentDecisionRow[]> {
  return db
    .selectDistinctOn([gdprCompliance.purpose])
    .from(gdprCompliance)
    .where(eq(gdprCompliance.userId, userId))
    .orderBy(gdprCompliance.purpose, desc(gdprCompliance.capturedAt), desc(gdprCompliance.createdAt), desc(gdprCompliance.id));
}
