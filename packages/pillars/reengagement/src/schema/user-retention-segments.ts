import {
  between,
  currency,
  domainTable,
  id,
  inOrder,
  money,
  nonNegative,
  positive,
  requiredWith,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userSegments } from '@db/retention/tables';
import { userProfiles } from '@db/users/tables';
import { index, integer, numeric, smallint, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { REENGAGEMENT_LIFECYCLE_STAGES, REENGAGEMENT_PROFILING_BASES, REENGAGEMENT_SEGMENT_KINDS } from '../constants.ts';

/**
 * The retention definition of a segment: a 1:1 extension of @db/retention's `user_segments` (which keeps the key,
 * the name, the status, the generic rule conditions and the memberships) with what retention targeting needs and
 * a generic segment cannot say: the lifecycle stage it selects, the inactivity window, the churn-score band of a
 * named model version, the engagement-score band, a minimum lifetime value, the look-back window, the contact
 * cooldown, its priority when a user matches several, and the lawful basis and approval of the profiling. Goes
 * with its segment (cascade); the segment itself is archived, not deleted, once campaigns have used it.
 */
export const userRetentionSegments = domainTable(
  'user_retention_segments',
  {
    id: id(),
    /** The segment this defines; one retention definition per segment. */
    segmentId: uuid()
      .notNull()
      .references(() => userSegments.id, { onDelete: 'cascade' }),
    segmentKind: textEnum(REENGAGEMENT_SEGMENT_KINDS).notNull(),
    /** The lifecycle stage it selects (user_lifecycle_stages' current row); null: any stage. */
    targetStage: textEnum(REENGAGEMENT_LIFECYCLE_STAGES),
    /** Days since the user was last seen: at least this many ... */
    minInactiveDays: integer(),
    /** ... and at most this many (beyond it the user belongs to a win-back segment). */
    maxInactiveDays: integer(),
    /** The churn model version whose current scores the band reads; kept while segments name it (restrict). */
    churnModelId: uuid().references(() => aiModels.id, { onDelete: 'restrict' }),
    /** Churn probability band, 0..1, of `churnModelId`'s current predictions. */
    minChurnScore: numeric({ precision: 5, scale: 4 }),
    maxChurnScore: numeric({ precision: 5, scale: 4 }),
    /** Engagement score band, 0..100 (user_engagement_scores of the latest day). */
    minEngagementScore: numeric({ precision: 5, scale: 2 }),
    maxEngagementScore: numeric({ precision: 5, scale: 2 }),
    /** Only users who have spent at least this much on the platform (orders and subscriptions). */
    minLifetimeValue: money(),
    currency: currency(),
    /** The window activity and spend are measured over. */
    lookbackDays: integer().notNull().default(90),
    /** Leave out users contacted by any retention campaign in the last N days (0: no cooldown). */
    contactCooldownDays: integer().notNull().default(14),
    /** When a user matches several retention segments, the lowest number wins. */
    priority: smallint().notNull().default(100),
    /** The lawful basis of the profiling (recorded in the platform's record of processing). */
    profilingBasis: textEnum(REENGAGEMENT_PROFILING_BASES).notNull().default('legitimate_interest'),
    /** Who approved the definition for use: a credit, unset when that user is erased. */
    approvedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null', name: 'user_retention_segments_approved_by_user_id_fkey' }),
    approvedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_retention_segments_segment_id_key').on(t.segmentId),
    index('user_retention_segments_churn_model_id_idx').on(t.churnModelId),
    index('user_retention_segments_approved_by_user_id_idx').on(t.approvedByUserId),
    // The targeting engine's order: segments of a kind by priority.
    index('user_retention_segments_kind_priority_idx').on(t.segmentKind, t.priority),
    nonNegative(t.minInactiveDays),
    inOrder(t.minInactiveDays, t.maxInactiveDays, { name: 'user_retention_segments_inactive_days_check', message: 'must not be below minInactiveDays' }),
    between(t.minChurnScore, 0, 1),
    between(t.maxChurnScore, 0, 1),
    inOrder(t.minChurnScore, t.maxChurnScore, { name: 'user_retention_segments_churn_band_check', message: 'must not be below minChurnScore' }),
    requiredWith(t.churnModelId, t.minChurnScore, { name: 'user_retention_segments_churn_model_min_check', message: 'a churn score band names its model' }),
    requiredWith(t.churnModelId, t.maxChurnScore, { name: 'user_retention_segments_churn_model_max_check', message: 'a churn score band names its model' }),
    between(t.minEngagementScore, 0, 100),
    between(t.maxEngagementScore, 0, 100),
    inOrder(t.minEngagementScore, t.maxEngagementScore, {
      name: 'user_retention_segments_engagement_band_check',
      message: 'must not be below minEngagementScore',
    }),
    nonNegative(t.minLifetimeValue),
    positive(t.lookbackDays),
    nonNegative(t.contactCooldownDays),
    positive(t.priority),
    requiredWith(t.approvedAt, t.approvedByUserId, { name: 'user_retention_segments_approved_at_check' }),
  ],
);
