import { between, domainTable, id, inOrder, jsonList, nonNegative, positive, requiredWith, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, numeric, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_FEED_STATUSES, AI_FEED_TYPES } from '../constants.ts';
import { aiModels } from './ai-models.ts';

/**
 * A user's personalised feed of one kind (home, marketplace, horse care, ...): its ranking model, tuning and
 * refresh state. Its items are the `ai_recommendations` that point at it, in `rank_position` order; a
 * regeneration expires the old items, writes new ones and increments `current_version`. One feed per (user,
 * feed type), upserted on that pair; it is the user's alone (cascade), and so are its items.
 */
export const personalizedFeeds = domainTable(
  'personalized_feeds',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    feedType: textEnum(AI_FEED_TYPES).notNull(),
    /** The ranking model that orders the feed. */
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    status: textEnum(AI_FEED_STATUSES).notNull().default('active'),
    /** Incremented at each regeneration. */
    currentVersion: integer().notNull().default(0),
    itemCount: integer().notNull().default(0),
    refreshIntervalMinutes: integer().notNull().default(360),
    lastGeneratedAt: timestamptz(),
    /** How long the last regeneration took, end to end. */
    lastGenerationMs: integer(),
    nextRefreshAt: timestamptz(),
    lastViewedAt: timestamptz(),
    /** 0 = rank by relevance alone, 1 = newest first. */
    freshnessWeight: numeric({ precision: 4, scale: 3 }).notNull().default('0.300'),
    /** 0 = no diversification, 1 = at most one item per source or topic in a row. */
    diversityWeight: numeric({ precision: 4, scale: 3 }).notNull().default('0.200'),
    /** Topics the user muted ("show me fewer posts about racing"), as content_topic preference values. */
    mutedTopics: jsonList<string>(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('personalized_feeds_user_id_feed_type_key').on(t.userId, t.feedType),
    index('personalized_feeds_model_id_idx').on(t.modelId),
    /** The regeneration scheduler's queue. */
    index('personalized_feeds_next_refresh_at_idx').on(t.nextRefreshAt).where(sql`${t.status} = 'active'`),
    nonNegative(t.currentVersion),
    nonNegative(t.itemCount),
    positive(t.refreshIntervalMinutes),
    nonNegative(t.lastGenerationMs),
    requiredWith(t.lastGeneratedAt, t.lastGenerationMs, { name: 'personalized_feeds_generation_check' }),
    inOrder(t.lastGeneratedAt, t.nextRefreshAt, { name: 'personalized_feeds_next_refresh_at_check', message: 'must not be before lastGeneratedAt' }),
    between(t.freshnessWeight, 0, 1),
    between(t.diversityWeight, 0, 1),
  ],
);
