import {
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  onlyWhen,
  positive,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_RECOMMENDATION_ITEM_TYPES, AI_RECOMMENDATION_SOURCES, AI_RECOMMENDATION_STATUSES, AI_SURFACES } from '../constants.ts';
import { aiModels } from './ai-models.ts';
import { personalizedFeeds } from './personalized-feeds.ts';

/**
 * What a model recommends to a user: a horse for sale, a provider, a piece of content, a listing, an event, a
 * product, or an action about one of the user's horses ("Whisper's dental is due: Curragh Equine has a slot on
 * Tuesday", a care action naming a provider). Horses and providers are real foreign keys; content, listings,
 * events and products live in later pillars and are named generically (`item_entity_type`, `item_entity_id`).
 * The items of a personalised feed are recommendations too (`personalized_feed_id`, `rank_position`).
 * Recommendations are the user's alone (cascade), and go with the horse or provider they recommend. The
 * engine's own recommendation id is the upsert key: (source, external_id).
 */
export const aiRecommendations = domainTable(
  'ai_recommendations',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    source: textEnum(AI_RECOMMENDATION_SOURCES).notNull(),
    externalId: text().notNull(),
    /** When the engine last changed the recommendation (re-scored, expired). */
    sourceUpdatedAt: timestamptz(),
    /** The feed this recommendation is an item of, if any. FK declared below: the generated name is too long. */
    personalizedFeedId: uuid(),
    surface: textEnum(AI_SURFACES).notNull(),
    /** The user's horse the recommendation is about (a care action, a service for this horse). */
    horseId: uuid().references(() => horses.id, { onDelete: 'cascade' }),
    itemType: textEnum(AI_RECOMMENDATION_ITEM_TYPES).notNull(),
    recommendedHorseId: uuid().references(() => horses.id, { onDelete: 'cascade' }),
    /** The provider recommended (a practice, a farrier's business, ...), or named by a care action. FK below. */
    recommendedPracticeId: uuid(),
    /** For content, listings, events and products: the table (snake_case) and id of the item in its pillar. */
    itemEntityType: text(),
    itemEntityId: uuid(),
    title: text().notNull(),
    /** The sentence shown under "Why am I seeing this?". */
    rationale: text(),
    /** The model's score, 0..1. */
    score: numeric({ precision: 5, scale: 4 }).notNull(),
    /** 1 = first in its list. */
    rankPosition: integer(),
    status: textEnum(AI_RECOMMENDATION_STATUSES).notNull().default('pending'),
    generatedAt: timestamptz().notNull().defaultNow(),
    expiresAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ai_recommendations_source_external_id_key').on(t.source, t.externalId),
    index('ai_recommendations_user_id_idx').on(t.userId, t.generatedAt),
    index('ai_recommendations_model_id_idx').on(t.modelId),
    index('ai_recommendations_personalized_feed_id_idx').on(t.personalizedFeedId, t.rankPosition),
    index('ai_recommendations_horse_id_idx').on(t.horseId),
    index('ai_recommendations_recommended_horse_id_idx').on(t.recommendedHorseId),
    index('ai_recommendations_recommended_practice_id_idx').on(t.recommendedPracticeId),
    index('ai_recommendations_item_entity_idx').on(t.itemEntityType, t.itemEntityId),
    /** What to show a user now: live recommendations by surface, best first. */
    index('ai_recommendations_live_idx')
      .on(t.userId, t.surface, t.score)
      .where(sql`${t.status} in ('pending', 'shown')`),
    foreignKey({
      name: 'ai_recommendations_personalized_feed_id_fkey',
      columns: [t.personalizedFeedId],
      foreignColumns: [personalizedFeeds.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'ai_recommendations_recommended_practice_id_fkey',
      columns: [t.recommendedPracticeId],
      foreignColumns: [vetPractices.id],
    }).onDelete('cascade'),
    formatCheck(t.externalId, EXTERNAL_ID),
    requiredWhen(t.recommendedHorseId, t.itemType, 'horse', { name: 'ai_recommendations_horse_item_check' }),
    onlyWhen(t.recommendedHorseId, t.itemType, 'horse', { name: 'ai_recommendations_horse_item_type_check' }),
    requiredWhen(t.recommendedPracticeId, t.itemType, 'provider', { name: 'ai_recommendations_provider_item_check' }),
    together(t.itemEntityType, t.itemEntityId, { name: 'ai_recommendations_item_entity_check' }),
    formatCheck(t.itemEntityType, SNAKE_CASE_KEY),
    between(t.score, 0, 1),
    positive(t.rankPosition),
    inOrder(t.generatedAt, t.expiresAt, { strict: true, name: 'ai_recommendations_expires_at_check', message: 'must be after generatedAt' }),
  ],
);
