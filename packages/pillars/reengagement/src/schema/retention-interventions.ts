import {
  between,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  requiredWhen,
  requiredWith,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { churnPrediction, outreachMessages, personalizedOffers, userRetentionCampaigns } from '@db/retention/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  REENGAGEMENT_INTERVENTION_KINDS,
  REENGAGEMENT_INTERVENTION_OUTCOMES,
  REENGAGEMENT_INTERVENTION_SOURCES,
  REENGAGEMENT_INTERVENTION_STATUSES,
} from '../constants.ts';
import { inactivityPeriods } from './inactivity-periods.ts';

/**
 * One action taken to keep or win back one user: a message, a personal offer, a call from an account manager or
 * from their practice, an onboarding session, a plan downgrade or a pause instead of a cancellation. With what
 * prompted it (the churn prediction, the inactivity period, the campaign), what it used (the outreach message or
 * the offer, both @db/retention's records), who performed it, what it cost, and what came of it once measured:
 * the outcome and the lift in retention against the campaign's holdout, in percentage points. Calls and tasks
 * logged in a CRM or help desk upsert on (source, external id). The person's own retention data: deleted with the
 * user (cascade; the contact itself stays in outreach_messages); every link is provenance (set null).
 */
export const retentionInterventions = domainTable(
  'retention_interventions',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    kind: textEnum(REENGAGEMENT_INTERVENTION_KINDS).notNull(),
    status: textEnum(REENGAGEMENT_INTERVENTION_STATUSES).notNull().default('planned'),
    retentionCampaignId: uuid().references(() => userRetentionCampaigns.id, {
      onDelete: 'set null',
      name: 'retention_interventions_retention_campaign_id_fkey',
    }),
    /** The prediction that prompted it. */
    churnPredictionId: uuid().references(() => churnPrediction.id, { onDelete: 'set null', name: 'retention_interventions_churn_prediction_id_fkey' }),
    /** The inactivity it answers. */
    inactivityPeriodId: uuid().references(() => inactivityPeriods.id, {
      onDelete: 'set null',
      name: 'retention_interventions_inactivity_period_id_fkey',
    }),
    /** The message that carried it (email, SMS, push, in-app). */
    outreachMessageId: uuid().references(() => outreachMessages.id, {
      onDelete: 'set null',
      name: 'retention_interventions_outreach_message_id_fkey',
    }),
    /** The offer it made. */
    offerId: uuid().references(() => personalizedOffers.id, { onDelete: 'set null', name: 'retention_interventions_offer_id_fkey' }),
    /** The staff member who made the call or ran the session: a credit, unset when that user is erased. */
    performedByUserId: uuid().references(() => userProfiles.id, {
      onDelete: 'set null',
      name: 'retention_interventions_performed_by_user_id_fkey',
    }),
    scheduledAt: timestamptz(),
    performedAt: timestamptz(),
    /** What came of it, once measured (null until then). */
    outcome: textEnum(REENGAGEMENT_INTERVENTION_OUTCOMES),
    outcomeMeasuredAt: timestamptz(),
    /** Retention lift against the holdout, in percentage points (-100..100): negative when it did harm. */
    liftPercentagePoints: numeric({ precision: 5, scale: 2 }),
    /** What it cost: staff time, the incentive's value, the send. */
    costAmount: money(),
    currency: currency(),
    source: textEnum(REENGAGEMENT_INTERVENTION_SOURCES).notNull().default('platform'),
    /** The CRM's or help desk's id of the call or task (a HubSpot engagement id, a Zendesk ticket id). */
    externalId: text(),
    /** When the source last changed it, so a re-sync skips what it already has. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('retention_interventions_source_external_id_key').on(t.source, t.externalId),
    // A user's interventions, latest first, and the foreign key's index.
    index('retention_interventions_user_id_idx').on(t.userId, t.performedAt),
    index('retention_interventions_retention_campaign_id_idx').on(t.retentionCampaignId, t.performedAt),
    index('retention_interventions_churn_prediction_id_idx').on(t.churnPredictionId),
    index('retention_interventions_inactivity_period_id_idx').on(t.inactivityPeriodId),
    index('retention_interventions_outreach_message_id_idx').on(t.outreachMessageId),
    index('retention_interventions_offer_id_idx').on(t.offerId),
    index('retention_interventions_performed_by_user_id_idx').on(t.performedByUserId),
    // The retention team's queue: planned interventions by when they are due.
    index('retention_interventions_planned_idx')
      .on(t.scheduledAt)
      .where(sql`${t.status} = 'planned'`),
    formatCheck(t.externalId, EXTERNAL_ID),
    requiredWhen(t.performedAt, t.status, 'completed', { name: 'retention_interventions_performed_at_check' }),
    together(t.outcome, t.outcomeMeasuredAt, {
      name: 'retention_interventions_outcome_pair_check',
      message: 'outcome and outcomeMeasuredAt are given together or not at all',
    }),
    inOrder(t.performedAt, t.outcomeMeasuredAt, { name: 'retention_interventions_measured_after_check', message: 'must not be before performedAt' }),
    requiredWith(t.performedAt, t.liftPercentagePoints, { name: 'retention_interventions_lift_check', message: 'a measured lift needs performedAt' }),
    between(t.liftPercentagePoints, -100, 100),
    nonNegative(t.costAmount),
  ],
);
