import { formatted, SNAKE_CASE_KEY, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { RETENTION_SEGMENT_OPERATORS } from './constants.ts';
import { churnPrediction } from './schema/churn-prediction.ts';
import { emailCampaigns } from './schema/email-campaigns.ts';
import { outreachEvents } from './schema/outreach-events.ts';
import { outreachMessages } from './schema/outreach-messages.ts';
import { personalizedOffers } from './schema/personalized-offers.ts';
import { pushNotificationCampaigns } from './schema/push-notification-campaigns.ts';
import { reEngagementTriggers } from './schema/re-engagement-triggers.ts';
import { retentionMetrics } from './schema/retention-metrics.ts';
import { smsCampaigns } from './schema/sms-campaigns.ts';
import { userRetentionCampaigns } from './schema/user-retention-campaigns.ts';
import { userSegmentMemberships } from './schema/user-segment-memberships.ts';
import { userSegments } from './schema/user-segments.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

const snakeCaseKey = () => formatted(SNAKE_CASE_KEY)(z.string());

export const userSegmentSchemas = tableSchemas(userSegments, {
  definition: () =>
    z.strictObject({
      match: z.enum(['all', 'any']).optional(),
      conditions: z
        .array(
          z.strictObject({
            field: snakeCaseKey(),
            operator: z.enum(RETENTION_SEGMENT_OPERATORS),
            value: z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]).optional(),
          }),
        )
        .optional(),
    }),
});
export type UserSegment = typeof userSegments.$inferSelect;
export type NewUserSegment = typeof userSegments.$inferInsert;

export const userSegmentMembershipSchemas = tableSchemas(userSegmentMemberships);
export type UserSegmentMembership = typeof userSegmentMemberships.$inferSelect;
export type NewUserSegmentMembership = typeof userSegmentMemberships.$inferInsert;

export const userRetentionCampaignSchemas = tableSchemas(userRetentionCampaigns);
export type UserRetentionCampaign = typeof userRetentionCampaigns.$inferSelect;
export type NewUserRetentionCampaign = typeof userRetentionCampaigns.$inferInsert;

export const reEngagementTriggerSchemas = tableSchemas(reEngagementTriggers);
export type ReEngagementTrigger = typeof reEngagementTriggers.$inferSelect;
export type NewReEngagementTrigger = typeof reEngagementTriggers.$inferInsert;

export const emailCampaignSchemas = tableSchemas(emailCampaigns);
export type EmailCampaign = typeof emailCampaigns.$inferSelect;
export type NewEmailCampaign = typeof emailCampaigns.$inferInsert;

export const smsCampaignSchemas = tableSchemas(smsCampaigns);
export type SmsCampaign = typeof smsCampaigns.$inferSelect;
export type NewSmsCampaign = typeof smsCampaigns.$inferInsert;

export const pushNotificationCampaignSchemas = tableSchemas(pushNotificationCampaigns);
export type PushNotificationCampaign = typeof pushNotificationCampaigns.$inferSelect;
export type NewPushNotificationCampaign = typeof pushNotificationCampaigns.$inferInsert;

export const churnPredictionSchemas = tableSchemas(churnPrediction, {
  topFactors: () =>
    z.array(
      z.strictObject({
        feature: snakeCaseKey(),
        contribution: z.number(),
        value: z.union([z.string(), z.number(), z.boolean()]).nullable().optional(),
      }),
    ),
});
export type ChurnPrediction = typeof churnPrediction.$inferSelect;
export type NewChurnPrediction = typeof churnPrediction.$inferInsert;

export const personalizedOfferSchemas = tableSchemas(personalizedOffers);
export type PersonalizedOffer = typeof personalizedOffers.$inferSelect;
export type NewPersonalizedOffer = typeof personalizedOffers.$inferInsert;

export const outreachMessageSchemas = tableSchemas(outreachMessages);
export type OutreachMessage = typeof outreachMessages.$inferSelect;
export type NewOutreachMessage = typeof outreachMessages.$inferInsert;

export const outreachEventSchemas = tableSchemas(outreachEvents);
export type OutreachEvent = typeof outreachEvents.$inferSelect;
export type NewOutreachEvent = typeof outreachEvents.$inferInsert;

export const retentionMetricSchemas = tableSchemas(retentionMetrics);
export type RetentionMetric = typeof retentionMetrics.$inferSelect;
export type NewRetentionMetric = typeof retentionMetrics.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const retentionCatalog = tableCatalog(
  userSegmentSchemas,
  userSegmentMembershipSchemas,
  userRetentionCampaignSchemas,
  reEngagementTriggerSchemas,
  emailCampaignSchemas,
  smsCampaignSchemas,
  pushNotificationCampaignSchemas,
  churnPredictionSchemas,
  personalizedOfferSchemas,
  outreachMessageSchemas,
  outreachEventSchemas,
  retentionMetricSchemas,
);
