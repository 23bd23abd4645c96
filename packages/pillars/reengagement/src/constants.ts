import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, and this package's own text
 * formats (each declared once with formatCheck: its CHECK and its Zod twin). Names carry the REENGAGEMENT_ prefix:
 * @db/equine re-exports every pillar. Machine keys (tier and cohort keys, benefit keys, point reason codes) use
 * @db/core's SNAKE_CASE_KEY; source ids EXTERNAL_ID.
 */

// ---------------------------------------------------------------------------------------------------------------
// The lifecycle
// ---------------------------------------------------------------------------------------------------------------

/**
 * Where a user stands in their life on the platform: `new` (signed up, nothing done yet), `onboarding` (adding
 * their first horse, yard and practice), `active`, `at_risk` (activity falling or a high churn score), `dormant`
 * (inactive past the threshold, account still open), `churned` (subscription ended or account closed) and
 * `reactivated` (back after dormancy or churn, until they count as active again).
 */
export const REENGAGEMENT_LIFECYCLE_STAGES = ['new', 'onboarding', 'active', 'at_risk', 'dormant', 'churned', 'reactivated'] as const;
/** Why a user moved into a stage. */
export const REENGAGEMENT_STAGE_TRANSITION_REASONS = [
  'signed_up',
  'onboarding_started',
  'onboarding_completed',
  'activity_sustained',
  'activity_dropped',
  'churn_risk_scored',
  'inactivity_threshold',
  'subscription_cancelled',
  'subscription_lapsed',
  'account_closed',
  'returned',
  'won_back',
  'manual_override',
] as const;
/** What decided a stage: the nightly lifecycle rules, a churn model, a billing event, a person, or a CDP sync. */
export const REENGAGEMENT_STAGE_DECIDERS = ['lifecycle_rules', 'churn_model', 'billing_event', 'manual', 'cdp_sync'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Retention segments and campaigns
// ---------------------------------------------------------------------------------------------------------------

/**
 * What a retention segment selects. `seasonal`: owners active only in the show and hunting seasons, who must not
 * be treated as lapsed in the winter.
 */
export const REENGAGEMENT_SEGMENT_KINDS = [
  'new_user',
  'onboarding_incomplete',
  'at_risk',
  'dormant',
  'churned',
  'reactivated',
  'loyal',
  'high_value',
  'seasonal',
] as const;
/** The GDPR art. 6 basis that profiling users into a retention segment relies on. */
export const REENGAGEMENT_PROFILING_BASES = ['legitimate_interest', 'consent'] as const;

/** How a person is reached (the channels of @db/retention's outreach). */
export const REENGAGEMENT_CHANNELS = ['email', 'sms', 'push', 'in_app'] as const;
/** What counts as coming back: the first of these after the first message ends the user's inactivity. */
export const REENGAGEMENT_RETURN_ACTIVITIES = [
  'session',
  'horse_record_update',
  'health_record_added',
  'booking',
  'purchase',
  'subscription_renewal',
  'message_reply',
] as const;
/** The angle of a re-engagement journey's messages. */
export const REENGAGEMENT_MESSAGE_THEMES = [
  'what_you_missed',
  'new_features',
  'horse_care_reminder',
  'seasonal_prompt',
  'social_proof',
  'personal_check_in',
  'incentive',
] as const;

/** Why a user left, as the cancellation flow or the billing system recorded it. */
export const REENGAGEMENT_CHURN_REASONS = [
  'price',
  'not_using',
  'missing_features',
  'switched_provider',
  'horse_sold',
  'horse_deceased',
  'seasonal_break',
  'payment_failed',
  'service_issue',
  'other',
] as const;
/** What a win-back campaign counts as won back. */
export const REENGAGEMENT_WIN_BACK_GOALS = ['resubscribe', 'repurchase', 'reactivate_account', 'rebook_service'] as const;
/** The incentive a win-back campaign offers (its per-user offers are @db/retention's personalized_offers). */
export const REENGAGEMENT_INCENTIVE_TYPES = [
  'none',
  'percent_discount',
  'amount_discount',
  'free_period',
  'plan_upgrade',
  'free_service',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Inactivity and interventions
// ---------------------------------------------------------------------------------------------------------------

/** What noticed that a user went quiet. */
export const REENGAGEMENT_INACTIVITY_DETECTORS = ['nightly_activity_job', 're_engagement_trigger', 'churn_model', 'cdp_sync', 'manual'] as const;
/** How an inactivity period ended. */
export const REENGAGEMENT_INACTIVITY_END_REASONS = [
  'returned_unprompted',
  'returned_after_outreach',
  'returned_after_offer',
  'returned_after_staff_contact',
  'churned',
  'account_closed',
] as const;

/** An action taken to keep or bring back one user. */
export const REENGAGEMENT_INTERVENTION_KINDS = [
  'email',
  'sms',
  'push',
  'in_app_message',
  'personal_offer',
  'account_manager_call',
  'practice_call',
  'onboarding_session',
  'feature_walkthrough',
  'plan_downgrade',
  'subscription_pause',
  'exit_survey',
] as const;
export const REENGAGEMENT_INTERVENTION_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled', 'failed'] as const;
/** What the intervention achieved, measured after its observation window. */
export const REENGAGEMENT_INTERVENTION_OUTCOMES = [
  'reactivated',
  'retained',
  'converted',
  'no_response',
  'declined',
  'unsubscribed',
  'churned',
] as const;
/** Where an intervention was recorded: here, or in the CRM or help desk whose id is the upsert key. */
export const REENGAGEMENT_INTERVENTION_SOURCES = ['platform', 'hubspot', 'salesforce', 'intercom', 'zendesk', 'braze'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Engagement scores and cohorts
// ---------------------------------------------------------------------------------------------------------------

export const REENGAGEMENT_ENGAGEMENT_BANDS = ['highly_engaged', 'engaged', 'passive', 'disengaged'] as const;

/** How a cohort groups users: by the month they signed up or first paid, or by how they were acquired. */
export const REENGAGEMENT_COHORT_KINDS = ['signup_month', 'first_purchase_month', 'acquisition_channel'] as const;
/** `vet_practice_invite`: a client invited by their practice; `event`: a stand at a show (RDS, Balmoral). */
export const REENGAGEMENT_ACQUISITION_CHANNELS = [
  'organic_search',
  'paid_search',
  'paid_social',
  'organic_social',
  'referral',
  'vet_practice_invite',
  'event',
  'email',
  'app_store',
  'partner',
  'direct',
  'other',
] as const;
/** The period a cohort's retention is measured in (period 0 is the cohort's first). */
export const REENGAGEMENT_PERIOD_UNITS = ['day', 'week', 'month', 'quarter'] as const;
/** `open` while it still takes members (the current signup month), `closed` once complete. */
export const REENGAGEMENT_COHORT_STATUSES = ['open', 'closed', 'archived'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Loyalty
// ---------------------------------------------------------------------------------------------------------------

export const REENGAGEMENT_TIER_STATUSES = ['draft', 'active', 'retired'] as const;
/** The window a tier's points threshold is counted over. */
export const REENGAGEMENT_QUALIFICATION_PERIODS = ['rolling_12_months', 'calendar_year', 'membership_year', 'lifetime'] as const;
/** Why a user entered a tier. */
export const REENGAGEMENT_MEMBERSHIP_CHANGE_REASONS = [
  'enrolled',
  'upgraded',
  'requalified',
  'downgraded',
  'manual_override',
  'programme_change',
] as const;
/**
 * A points ledger entry. Credits: `earned`, `bonus`, `adjusted_up`; debits: `redeemed`, `expired`,
 * `adjusted_down`. `points` is always positive: the type says which. A correction (a refunded order's points, a
 * cancelled redemption) is an adjustment entry, never an edit.
 */
export const REENGAGEMENT_POINT_ENTRY_TYPES = ['earned', 'bonus', 'adjusted_up', 'redeemed', 'expired', 'adjusted_down'] as const;
export const REENGAGEMENT_POINT_CREDIT_TYPES = ['earned', 'bonus', 'adjusted_up'] as const;
/** Where a ledger entry comes from: here, or a loyalty platform whose id is the upsert key. */
export const REENGAGEMENT_POINT_SOURCES = ['platform', 'antavo', 'loyaltylion', 'talon_one', 'yotpo', 'csv_import'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Text formats
// ---------------------------------------------------------------------------------------------------------------

/** A tier's badge colour as the apps draw it: # and six upper-case hex digits, e.g. #CD7F32 for bronze. */
export const REENGAGEMENT_HEX_COLOUR: TextFormat = {
  pattern: /^#[0-9A-F]{6}$/,
  message: 'must be # and six upper-case hex digits, e.g. #CD7F32',
};
