import {
  currency,
  domainTable,
  formatCheck,
  id,
  inOrder,
  jsonObject,
  LANGUAGE_TAG,
  nonNegative,
  SHA256_HEX,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_INSIGHT_TYPES } from '../constants.ts';
import { aiModels } from './ai-models.ts';

/**
 * Generated insights kept until they expire, so a dashboard does not call a model on every view: "Whisper's
 * health this quarter", "what horses like yours sold for", "your spending on the yard this year". The key is the
 * SHA-256 of everything the insight was generated from (type, scope, inputs, locale, model): the same inputs
 * hit the same row, and a generator that races another upserts on `cache_key`. Insights for a user are theirs and
 * those about a horse go with it (cascade). Expired or invalidated rows are swept by a job.
 */
export const aiInsightsCache = domainTable(
  'ai_insights_cache',
  {
    id: id(),
    /** Lower-case hex SHA-256 of the generation inputs. */
    cacheKey: text().notNull(),
    insightType: textEnum(AI_INSIGHT_TYPES).notNull(),
    /** Who the insight is for; null for an insight shared by everyone (a market report). */
    userId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    horseId: uuid().references(() => horses.id, { onDelete: 'cascade' }),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    locale: text().notNull().default('en'),
    title: text().notNull(),
    /** The insight as shown (Markdown). */
    content: text().notNull(),
    /** Figures behind it for charts, by name: { avgWeightKg: 548, vetVisits: 3 }. */
    structuredPayload: jsonObject<Record<string, unknown>>(),
    generatedAt: timestamptz().notNull().defaultNow(),
    expiresAt: timestamptz().notNull(),
    /** Set when a source record changed before expiry (a new vet visit); the row is no longer served. */
    invalidatedAt: timestamptz(),
    hitCount: integer().notNull().default(0),
    generationLatencyMs: integer(),
    /** What generating it cost, 6 decimals (fractions of a cent), in `currency`. */
    generationCost: numeric({ precision: 14, scale: 6 }),
    currency: currency(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ai_insights_cache_cache_key_key').on(t.cacheKey),
    index('ai_insights_cache_user_id_idx').on(t.userId, t.insightType),
    index('ai_insights_cache_horse_id_idx').on(t.horseId, t.insightType),
    index('ai_insights_cache_model_id_idx').on(t.modelId),
    /** The sweeper's queue: live rows by expiry. */
    index('ai_insights_cache_expires_at_idx').on(t.expiresAt).where(sql`${t.invalidatedAt} is null`),
    formatCheck(t.cacheKey, SHA256_HEX),
    formatCheck(t.locale, LANGUAGE_TAG),
    inOrder(t.generatedAt, t.expiresAt, { strict: true, name: 'ai_insights_cache_expires_at_check', message: 'must be after generatedAt' }),
    inOrder(t.generatedAt, t.invalidatedAt, { name: 'ai_insights_cache_invalidated_at_check', message: 'must not be before generatedAt' }),
    nonNegative(t.hitCount),
    nonNegative(t.generationLatencyMs),
    nonNegative(t.generationCost),
  ],
);
