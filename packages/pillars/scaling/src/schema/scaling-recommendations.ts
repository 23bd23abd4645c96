import {
  atLeastOneOf,
  between,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { platformServices, scalingEvents } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  SCALING_RECOMMENDATION_KINDS,
  SCALING_RECOMMENDATION_SOURCES,
  SCALING_RECOMMENDATION_STATUSES,
} from '../constants.ts';
import { bottleneckAnalysis } from './bottleneck-analysis.ts';

/**
 * A rightsizing recommendation for a service: its current instance type and replicas against the recommended
 * ones, what it would save per month (negative when it recommends spending more to remove a risk), how confident
 * the source is, and what became of it: accepted, rejected, or applied as @db/reliability's `scaling_events` row
 * (the action). Imported from AWS Compute Optimizer, Kubecost, the VPA recommender: (source,
 * external_recommendation_id) is the upsert key with `source_updated_at`; the platform's own have no id.
 */
export const scalingRecommendations = domainTable(
  'scaling_recommendations',
  {
    id: id(),
    /** A decision record: a service with recommendations is retired, not deleted. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    source: textEnum(SCALING_RECOMMENDATION_SOURCES).notNull(),
    /** The recommendation's id at the source, e.g. a Compute Optimizer recommendation ARN. */
    externalRecommendationId: text(),
    sourceUpdatedAt: timestamptz(),
    kind: textEnum(SCALING_RECOMMENDATION_KINDS).notNull(),
    /** The analysis it comes from. SET NULL: descriptive (FK below). */
    bottleneckAnalysisId: uuid(),
    /** e.g. m6i.2xlarge, db.r6g.xlarge, or pod requests cpu=1,memory=2Gi. */
    currentInstanceType: text(),
    recommendedInstanceType: text(),
    currentReplicas: integer(),
    recommendedReplicas: integer(),
    /** What the service's compute costs per month now, in `currency`. */
    currentMonthlyCost: money(),
    /** What the recommendation saves per month; negative when it costs more (an under-provisioned service). */
    estimatedMonthlySaving: money(),
    currency: currency(),
    confidencePercent: numeric({ precision: 5, scale: 2 }),
    /** The source's finding, e.g. "over-provisioned: CPU p99 23% over 14 days". */
    rationale: text(),
    status: textEnum(SCALING_RECOMMENDATION_STATUSES).notNull().default('open'),
    /** When the source first made it (a refresh moves `source_updated_at`, not this). */
    generatedAt: timestamptz().notNull(),
    /** Who accepted or rejected it: a credit, unset when that user is erased (FK below). */
    reviewedByUserId: uuid(),
    reviewedAt: timestamptz(),
    appliedAt: timestamptz(),
    /** The scaling action that applied it. SET NULL: descriptive; `applied_at` stays (FK below). */
    appliedScalingEventId: uuid(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('scaling_recommendations_source_key').on(t.source, t.externalRecommendationId),
    index('scaling_recommendations_service_id_idx').on(t.serviceId, t.environment, t.generatedAt),
    index('scaling_recommendations_bottleneck_analysis_id_idx').on(t.bottleneckAnalysisId),
    foreignKey({
      name: 'scaling_recommendations_bottleneck_analysis_id_fkey',
      columns: [t.bottleneckAnalysisId],
      foreignColumns: [bottleneckAnalysis.id],
    }).onDelete('set null'),
    index('scaling_recommendations_reviewed_by_user_id_idx').on(t.reviewedByUserId),
    foreignKey({
      name: 'scaling_recommendations_reviewed_by_user_id_fkey',
      columns: [t.reviewedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    index('scaling_recommendations_applied_scaling_event_id_idx').on(t.appliedScalingEventId),
    foreignKey({
      name: 'scaling_recommendations_applied_scaling_event_id_fkey',
      columns: [t.appliedScalingEventId],
      foreignColumns: [scalingEvents.id],
    }).onDelete('set null'),
    /** Open recommendations, biggest saving first: the FinOps review. */
    index('scaling_recommendations_open_idx')
      .on(t.estimatedMonthlySaving)
      .where(sql`${t.status} = 'open'`),
    formatCheck(t.externalRecommendationId, EXTERNAL_ID),
    textLength(t.currentInstanceType, { min: 1, max: 100 }),
    textLength(t.recommendedInstanceType, { min: 1, max: 100 }),
    atLeastOneOf([t.recommendedInstanceType, t.recommendedReplicas], { name: 'scaling_recommendations_recommended_check' }),
    requiredWith(t.currentInstanceType, t.recommendedInstanceType, { name: 'scaling_recommendations_current_type_check' }),
    requiredWith(t.currentReplicas, t.recommendedReplicas, { name: 'scaling_recommendations_replicas_check' }),
    nonNegative(t.currentReplicas),
    nonNegative(t.recommendedReplicas),
    nonNegative(t.currentMonthlyCost),
    inOrder(t.estimatedMonthlySaving, t.currentMonthlyCost, {
      name: 'scaling_recommendations_saving_check',
      message: 'must not be below estimatedMonthlySaving: a saving cannot exceed what the service costs',
    }),
    between(t.confidencePercent, 0, 100),
    inOrder(t.generatedAt, t.reviewedAt, { name: 'scaling_recommendations_reviewed_at_check', message: 'must not be before generatedAt' }),
    inOrder(t.generatedAt, t.appliedAt, { name: 'scaling_recommendations_applied_at_check', message: 'must not be before generatedAt' }),
    requiredWith(t.reviewedAt, t.reviewedByUserId, { name: 'scaling_recommendations_reviewed_by_check' }),
    requiredWhen(t.appliedAt, t.status, 'applied', { name: 'scaling_recommendations_applied_check' }),
    onlyWhen(t.appliedScalingEventId, t.status, 'applied', { name: 'scaling_recommendations_applied_event_check' }),
  ],
);
