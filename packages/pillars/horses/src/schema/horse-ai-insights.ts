import { between, domainTable, id, inOrder, jsonList, jsonObject, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { index, numeric, text, uuid } from 'drizzle-orm/pg-core';
import { HORSE_INSIGHT_REVIEW_OUTCOMES, HORSE_INSIGHT_STATUSES, HORSE_INSIGHT_TYPES } from '../constants.ts';
import { horses } from './horses.ts';

/** A record the model looked at, e.g. { entityType: 'horse_photos', entityId: '...' }. */
export interface HorseInsightInput {
  entityType: string;
  entityId: string;
}

/** Model output about a horse (conformation, gait, pedigree, valuation, ...) with its provenance. */
export const horseAiInsights = domainTable(
  'horse_ai_insights',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    insightType: textEnum(HORSE_INSIGHT_TYPES).notNull(),
    modelName: text().notNull(),
    modelVersion: text().notNull(),
    /** 0..1. */
    confidence: numeric({ precision: 4, scale: 3 }),
    summary: text().notNull(),
    /** The structured result; its shape depends on insightType. */
    payload: jsonObject<Record<string, unknown>>(),
    inputs: jsonList<HorseInsightInput>(),
    generatedAt: timestamptz().notNull().defaultNow(),
    expiresAt: timestamptz(),
    status: textEnum(HORSE_INSIGHT_STATUSES).notNull().default('active'),
    reviewOutcome: textEnum(HORSE_INSIGHT_REVIEW_OUTCOMES),
    reviewedAt: timestamptz(),
    reviewedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('horse_ai_insights_horse_id_idx').on(t.horseId, t.insightType, t.generatedAt),
    index('horse_ai_insights_reviewed_by_user_id_idx').on(t.reviewedByUserId),
    between(t.confidence, 0, 1),
    inOrder(t.generatedAt, t.expiresAt, { strict: true, name: 'horse_ai_insights_expires_at_check' }),
  ],
);
