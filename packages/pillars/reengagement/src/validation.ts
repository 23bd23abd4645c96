import { formatted, SNAKE_CASE_KEY, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { inactivityPeriods } from './schema/inactivity-periods.ts';
import { loyaltyMemberships } from './schema/loyalty-memberships.ts';
import { loyaltyPointTransactions } from './schema/loyalty-point-transactions.ts';
import { loyaltyProgramTiers } from './schema/loyalty-program-tiers.ts';
import { reEngagementCampaigns } from './schema/re-engagement-campaigns.ts';
import { retentionCohorts } from './schema/retention-cohorts.ts';
import { retentionInterventions } from './schema/retention-interventions.ts';
import { retentionMetricsTracking } from './schema/retention-metrics-tracking.ts';
import { userEngagementScores } from './schema/user-engagement-scores.ts';
import { userLifecycleStages } from './schema/user-lifecycle-stages.ts';
import { userRetentionSegments } from './schema/user-retention-segments.ts';
import { winBackCampaigns } from './schema/win-back-campaigns.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

const snakeCaseKey = () => formatted(SNAKE_CASE_KEY)(z.string());

export const userRetentionSegmentSchemas = tableSchemas(userRetentionSegments);
export type UserRetentionSegment = typeof userRetentionSegments.$inferSelect;
export type NewUserRetentionSegment = typeof userRetentionSegments.$inferInsert;

export const reEngagementCampaignSchemas = tableSchemas(reEngagementCampaigns);
export type ReEngagementCampaign = typeof reEngagementCampaigns.$inferSelect;
export type NewReEngagementCampaign = typeof reEngagementCampaigns.$inferInsert;

export const winBackCampaignSchemas = tableSchemas(winBackCampaigns);
export type WinBackCampaign = typeof winBackCampaigns.$inferSelect;
export type NewWinBackCampaign = typeof winBackCampaigns.$inferInsert;

export const userLifecycleStageSchemas = tableSchemas(userLifecycleStages);
export type UserLifecycleStage = typeof userLifecycleStages.$inferSelect;
export type NewUserLifecycleStage = typeof userLifecycleStages.$inferInsert;

export const inactivityPeriodSchemas = tableSchemas(inactivityPeriods);
export type InactivityPeriod = typeof inactivityPeriods.$inferSelect;
export type NewInactivityPeriod = typeof inactivityPeriods.$inferInsert;

export const retentionInterventionSchemas = tableSchemas(retentionInterventions);
export type RetentionIntervention = typeof retentionInterventions.$inferSelect;
export type NewRetentionIntervention = typeof retentionInterventions.$inferInsert;

export const retentionMetricsTrackingSchemas = tableSchemas(retentionMetricsTracking);
export type RetentionMetricsTracking = typeof retentionMetricsTracking.$inferSelect;
export type NewRetentionMetricsTracking = typeof retentionMetricsTracking.$inferInsert;

export const loyaltyProgramTierSchemas = tableSchemas(loyaltyProgramTiers, {
  benefits: () =>
    z.array(
      z.strictObject({
        key: snakeCaseKey(),
        label: z.string().min(1),
        value: z.union([z.string().min(1), z.number()]).optional(),
      }),
    ),
});
export type LoyaltyProgramTier = typeof loyaltyProgramTiers.$inferSelect;
export type NewLoyaltyProgramTier = typeof loyaltyProgramTiers.$inferInsert;

export const loyaltyMembershipSchemas = tableSchemas(loyaltyMemberships);
export type LoyaltyMembership = typeof loyaltyMemberships.$inferSelect;
export type NewLoyaltyMembership = typeof loyaltyMemberships.$inferInsert;

export const loyaltyPointTransactionSchemas = tableSchemas(loyaltyPointTransactions);
export type LoyaltyPointTransaction = typeof loyaltyPointTransactions.$inferSelect;
export type NewLoyaltyPointTransaction = typeof loyaltyPointTransactions.$inferInsert;

export const userEngagementScoreSchemas = tableSchemas(userEngagementScores, {
  components: () =>
    z.array(
      z.strictObject({
        component: snakeCaseKey(),
        score: z.number().min(0).max(100),
        weight: z.number().min(0).max(1),
      }),
    ),
});
export type UserEngagementScore = typeof userEngagementScores.$inferSelect;
export type NewUserEngagementScore = typeof userEngagementScores.$inferInsert;

export const retentionCohortSchemas = tableSchemas(retentionCohorts);
export type RetentionCohort = typeof retentionCohorts.$inferSelect;
export type NewRetentionCohort = typeof retentionCohorts.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const reengagementCatalog = tableCatalog(
  userRetentionSegmentSchemas,
  reEngagementCampaignSchemas,
  winBackCampaignSchemas,
  userLifecycleStageSchemas,
  inactivityPeriodSchemas,
  retentionInterventionSchemas,
  retentionMetricsTrackingSchemas,
  loyaltyProgramTierSchemas,
  loyaltyMembershipSchemas,
  loyaltyPointTransactionSchemas,
  userEngagementScoreSchemas,
  retentionCohortSchemas,
);
