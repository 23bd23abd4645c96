import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, and this package's own text
 * formats (each declared once with formatCheck: its CHECK and its Zod twin). Names carry the RETENTION_ prefix:
 * @db/equine re-exports every pillar. Machine keys (segment, campaign and trigger keys) use @db/core's
 * SNAKE_CASE_KEY; addresses EMAIL; image links HTTP_URL.
 */

// ---------------------------------------------------------------------------------------------------------------
// Channels and the services that deliver them
// ---------------------------------------------------------------------------------------------------------------

/** How a person is reached. `in_app` is the platform's own inbox (no delivery provider). */
export const RETENTION_CHANNELS = ['email', 'sms', 'push', 'in_app'] as const;

/** Email service providers (ESPs) and marketing platforms that send the platform's email. */
export const RETENTION_EMAIL_PROVIDERS = [
  'sendgrid',
  'mailchimp',
  'postmark',
  'amazon_ses',
  'mailgun',
  'brevo',
  'braze',
  'customer_io',
  'internal',
] as const;
/** SMS gateways (Irish and UK senders mostly use Twilio, Vonage, Esendex or Textlocal). */
export const RETENTION_SMS_PROVIDERS = ['twilio', 'vonage', 'messagebird', 'esendex', 'textlocal', 'amazon_sns', 'internal'] as const;
/** Push services: Firebase Cloud Messaging, Apple Push Notification service, and the platforms built on them. */
export const RETENTION_PUSH_PROVIDERS = ['fcm', 'apns', 'onesignal', 'expo', 'braze', 'airship', 'internal'] as const;
/** Every delivery provider, for the per-message record and its webhook events (one natural key per provider). */
export const RETENTION_DELIVERY_PROVIDERS = [
  'sendgrid',
  'mailchimp',
  'postmark',
  'amazon_ses',
  'mailgun',
  'brevo',
  'braze',
  'customer_io',
  'twilio',
  'vonage',
  'messagebird',
  'esendex',
  'textlocal',
  'amazon_sns',
  'fcm',
  'apns',
  'onesignal',
  'expo',
  'airship',
  'internal',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Segments
// ---------------------------------------------------------------------------------------------------------------

/** Rule-based (evaluated from a definition), a static list (imported or hand-picked), or a model's output. */
export const RETENTION_SEGMENT_TYPES = ['rule_based', 'static_list', 'model_based'] as const;
/** What a segment is for: an audience, a suppression list (never message), a control group, or reporting only. */
export const RETENTION_SEGMENT_PURPOSES = ['targeting', 'suppression', 'holdout', 'analysis'] as const;
export const RETENTION_SEGMENT_STATUSES = ['draft', 'active', 'archived'] as const;
/** Where a segment is defined: here, or synced from a customer-data or marketing platform, or a file. */
export const RETENTION_SEGMENT_SOURCES = ['platform', 'braze', 'segment', 'hubspot', 'customer_io', 'mailchimp', 'csv_import'] as const;
/** Operators of a rule-based segment's conditions. */
export const RETENTION_SEGMENT_OPERATORS = [
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'not_in',
  'contains',
  'is_set',
  'is_not_set',
  'within_last_days',
  'more_than_days_ago',
] as const;

/** How a user came into a segment. */
export const RETENTION_MEMBERSHIP_SOURCES = ['rule_match', 'list_import', 'manual', 'model_score', 'source_sync'] as const;
/** Why a user left it. */
export const RETENTION_MEMBERSHIP_EXIT_REASONS = [
  'no_longer_matches',
  'removed_manually',
  'opted_out',
  'segment_archived',
  'user_erased',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Campaigns
// ---------------------------------------------------------------------------------------------------------------

/** What a retention programme is for. */
export const RETENTION_CAMPAIGN_OBJECTIVES = [
  'onboarding',
  'activation',
  're_engagement',
  'win_back',
  'renewal',
  'upgrade',
  'loyalty',
  'feedback',
] as const;
export const RETENTION_CAMPAIGN_STATUSES = ['draft', 'scheduled', 'active', 'paused', 'completed', 'cancelled'] as const;

/** A channel campaign's send: `sending` while the provider works through the audience. */
export const RETENTION_SEND_STATUSES = ['draft', 'scheduled', 'sending', 'sent', 'paused', 'cancelled', 'failed'] as const;
/**
 * When a channel campaign goes out: at once, at one local date and time in the campaign's time zone, or at that
 * local date and time in each recipient's own time zone (the profile's; the campaign's zone for those without).
 */
export const RETENTION_SEND_MODES = ['immediate', 'scheduled', 'recipient_local_time'] as const;

/** GSM 03.38 (160 characters a segment, 153 when concatenated) or UCS-2 (70 / 67: any emoji or a fada on some phones). */
export const RETENTION_SMS_ENCODINGS = ['gsm_7', 'ucs_2'] as const;
export const RETENTION_PUSH_PLATFORMS = ['ios', 'android', 'web'] as const;
/** FCM/APNs delivery priority: high wakes the device (time-sensitive), normal may be batched. */
export const RETENTION_PUSH_PRIORITIES = ['normal', 'high'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Re-engagement triggers
// ---------------------------------------------------------------------------------------------------------------

/** What a trigger watches for; each type has the threshold it needs (inactivity days, days before renewal, score). */
export const RETENTION_TRIGGER_TYPES = [
  'inactivity',
  'subscription_expiring',
  'subscription_cancelled',
  'payment_failed',
  'trial_ending',
  'onboarding_incomplete',
  'horse_records_stale',
  'churn_risk',
  'usage_drop',
  'milestone',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Outreach messages and their delivery events
// ---------------------------------------------------------------------------------------------------------------

/**
 * The lawful basis a message relies on (GDPR art. 6 with the ePrivacy rules: Ireland's S.I. 336/2011, the UK's
 * PECR): `explicit_opt_in` (marketing consent given), `soft_opt_in` (an existing customer, similar products, an
 * opt-out offered every time), `legitimate_interest` (service-related push or in-app to an account holder),
 * `service_message` (account, billing, safety: not marketing, sent even to those who opted out of marketing).
 */
export const RETENTION_CONSENT_BASES = ['explicit_opt_in', 'soft_opt_in', 'legitimate_interest', 'service_message'] as const;
/** A message's delivery state; opens, clicks, unsubscribes and complaints are times on the row, not states. */
export const RETENTION_MESSAGE_STATUSES = ['queued', 'suppressed', 'sent', 'delivered', 'bounced', 'failed'] as const;
/** Why a message was not sent: the suppression check refused it before it reached a provider. */
export const RETENTION_SUPPRESSION_REASONS = [
  'unsubscribed',
  'no_consent',
  'hard_bounced',
  'spam_complaint',
  'quiet_hours',
  'frequency_cap',
  'holdout_group',
  'invalid_address',
  'account_inactive',
] as const;
/** Hard: the address does not exist; soft: a full mailbox, a phone off; block: the receiving server refused it. */
export const RETENTION_BOUNCE_TYPES = ['hard', 'soft', 'block'] as const;
/** A provider's webhook event about one message (SendGrid event, Twilio status callback, FCM delivery receipt). */
export const RETENTION_EVENT_TYPES = [
  'sent',
  'delivered',
  'deferred',
  'opened',
  'clicked',
  'bounced',
  'dropped',
  'failed',
  'unsubscribed',
  'complained',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Offers
// ---------------------------------------------------------------------------------------------------------------

export const RETENTION_OFFER_TYPES = [
  'percent_discount',
  'amount_discount',
  'free_period',
  'trial_extension',
  'plan_upgrade',
  'free_service',
] as const;
export const RETENTION_OFFER_STATUSES = ['issued', 'redeemed', 'expired', 'revoked'] as const;
/** What an offer can be redeemed on. */
export const RETENTION_OFFER_SCOPES = ['subscription', 'veterinary_service', 'marketplace', 'any'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Churn predictions and retention metrics
// ---------------------------------------------------------------------------------------------------------------

export const RETENTION_RISK_BANDS = ['low', 'medium', 'high', 'critical'] as const;
/** What happened within the prediction's horizon, filled in afterwards to evaluate the model. */
export const RETENTION_CHURN_OUTCOMES = ['retained', 'churned'] as const;

/** How the users of a cohort are grouped: by when they joined or first paid, by plan, channel, segment or campaign. */
export const RETENTION_COHORT_TYPES = [
  'signup_month',
  'first_subscription_month',
  'subscription_plan',
  'acquisition_channel',
  'segment',
  'campaign',
] as const;
export const RETENTION_METRICS = [
  'cohort_size',
  'active_users',
  'retained_users',
  'retention_rate',
  'churned_users',
  'churn_rate',
  'reactivated_users',
  'revenue',
  'gross_revenue_retention',
  'net_revenue_retention',
] as const;
/** The period a cohort row covers: period 0 is the cohort's first, period 3 of a monthly cohort its fourth month. */
export const RETENTION_PERIOD_UNITS = ['day', 'week', 'month', 'quarter'] as const;
/** What a metric value is: a count of users, a percentage (0-100, net revenue retention can exceed 100), money. */
export const RETENTION_METRIC_UNITS = ['count', 'percent', 'amount'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Text formats
// ---------------------------------------------------------------------------------------------------------------

/**
 * An SMS sender: an E.164 number, a short code, or an alphanumeric sender ID of up to 11 letters, digits and
 * spaces (what Irish and UK networks display, e.g. "CurraghVets").
 */
export const RETENTION_SMS_SENDER: TextFormat = {
  pattern: /^(\+[1-9][0-9]{1,14}|[A-Za-z0-9]([A-Za-z0-9 ]{0,9}[A-Za-z0-9])?)$/,
  message: 'must be an E.164 number, a short code or an alphanumeric sender ID of up to 11 characters',
};
/** A code a person types at checkout: 4-32 upper-case letters, digits and hyphens, e.g. WHISPER-SPRING25. */
export const RETENTION_OFFER_CODE: TextFormat = {
  pattern: /^[A-Z0-9][A-Z0-9-]{3,31}$/,
  message: 'must be 4-32 upper-case letters, digits or hyphens, e.g. WHISPER-SPRING25',
};
/**
 * A clicked link as the event log keeps it: scheme, host and path, without the query string or fragment (where
 * tracking parameters, and sometimes an address, travel).
 */
export const RETENTION_CLICKED_LINK: TextFormat = {
  pattern: /^[a-z][a-z0-9+.-]*:[^\s?#]+$/,
  message: 'must be a URI without a query string or fragment, e.g. https://www.curraghequinevets.ie/book',
};
/** A link a notification opens: a URI with a scheme, e.g. equineapp://horses/123 or https://app.example.ie/x. */
export const RETENTION_DEEP_LINK: TextFormat = {
  pattern: /^[a-z][a-z0-9+.-]*:\S+$/,
  message: 'must be a URI with a scheme, e.g. equineapp://horses/123',
};
