import { between, domainTable, formatCheck, id, inOrder, nonNegative, positive, textEnum, timestamps, timestamptz } from '@db/core';
import { sql } from 'drizzle-orm';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_CONTENT_TYPES, AI_RANKING_LISTS, AI_SEGMENT_KEY } from '../constants.ts';
import { aiModels } from './ai-models.ts';

/**
 * The non-personal rankings of content: where an article, video, forum thread, listing or event stands in a list
 * (trending, top rated, ...) for a segment of users (all, discipline:eventing, country:ie), with the score and
 * its parts. Content lives in later pillars, so it is named generically (`content_type`, `content_id`). History
 * is kept: the ranking job closes a row (`valid_to`) and opens a new one when an item moves, so one current row
 * per (list, segment, item). Personal ordering is the feed's (`personalized_feeds`, `ai_recommendations`).
 */
export const contentRankings = domainTable(
  'content_rankings',
  {
    id: id(),
    rankingList: textEnum(AI_RANKING_LISTS).notNull(),
    segment: text().notNull().default('all'),
    contentType: textEnum(AI_CONTENT_TYPES).notNull(),
    /** The item's id in its pillar (content, marketplace, events): a generic link, no FK. */
    contentId: uuid().notNull(),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    /** 1 = top of the list. */
    rankPosition: integer().notNull(),
    /** The score the list sorts on, 0..1, and its parts. */
    score: numeric({ precision: 7, scale: 6 }).notNull(),
    popularityScore: numeric({ precision: 5, scale: 4 }),
    freshnessScore: numeric({ precision: 5, scale: 4 }),
    qualityScore: numeric({ precision: 5, scale: 4 }),
    /** Engagement counted over the scoring window. */
    impressionCount: integer().notNull().default(0),
    engagementCount: integer().notNull().default(0),
    validFrom: timestamptz().notNull().defaultNow(),
    validTo: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('content_rankings_current_key')
      .on(t.rankingList, t.segment, t.contentType, t.contentId)
      .where(sql`${t.validTo} is null`),
    /** Reading a list: its current rows in rank order. */
    index('content_rankings_list_idx').on(t.rankingList, t.segment, t.rankPosition).where(sql`${t.validTo} is null`),
    /** An item's history across lists. */
    index('content_rankings_content_idx').on(t.contentType, t.contentId, t.validFrom),
    index('content_rankings_model_id_idx').on(t.modelId),
    formatCheck(t.segment, AI_SEGMENT_KEY),
    positive(t.rankPosition),
    between(t.score, 0, 1),
    between(t.popularityScore, 0, 1),
    between(t.freshnessScore, 0, 1),
    between(t.qualityScore, 0, 1),
    nonNegative(t.impressionCount),
    nonNegative(t.engagementCount),
    inOrder(t.validFrom, t.validTo, { strict: true, name: 'content_rankings_valid_to_check', message: 'must be after validFrom' }),
  ],
);
