import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the text formats only
 * this pillar uses (each declared once with formatCheck: its CHECK and its Zod twin). Source ids, tracker issue
 * keys and content digests use @db/core's EXTERNAL_ID and SHA256_HEX; category slugs use SLUG.
 */

// --- reviews ---------------------------------------------------------------------------------------------------

/** A review's life: held for moderation, live, hidden by the platform (reversible), removed (kept for the record). */
export const FEEDBACK_REVIEW_STATUSES = ['pending', 'published', 'hidden', 'removed'] as const;
/** Where a review (or a reply to it) was written: here, or imported from a review site. */
export const FEEDBACK_REVIEW_SOURCES = ['platform', 'google_business', 'trustpilot', 'facebook', 'other'] as const;
/** A star rating and every sub-rating: 1 to 5 stars, as on Google, Trustpilot and this platform. */
export const FEEDBACK_RATING_MIN = 1;
export const FEEDBACK_RATING_MAX = 5;

export const FEEDBACK_RESPONSE_STATUSES = ['draft', 'published', 'hidden', 'removed'] as const;
/** Who answers a review: the business reviewed, the vet named in it, or the platform's support team. */
export const FEEDBACK_RESPONDER_ROLES = ['provider', 'veterinarian', 'platform_support'] as const;

export const FEEDBACK_HELPFULNESS_VOTES = ['helpful', 'not_helpful'] as const;
/** Whether a vote counts towards a review's helpfulness; excluded votes are kept as evidence of vote rings. */
export const FEEDBACK_VOTE_STATUSES = ['counted', 'excluded'] as const;
export const FEEDBACK_VOTE_EXCLUSION_REASONS = ['self_vote', 'vote_ring', 'automated_traffic', 'provider_affiliated', 'other'] as const;

/** Where a vote, a submission or a review was made from. */
export const FEEDBACK_CLIENT_PLATFORMS = ['web', 'ios', 'android', 'desktop', 'email', 'api'] as const;

// --- moderation ------------------------------------------------------------------------------------------------

export const FEEDBACK_MODERATION_ACTIONS = ['approve', 'hide', 'remove', 'restore', 'flag', 'escalate', 'request_edit'] as const;
/** The reason code of a decision (the Digital Services Act's statement of reasons names one). */
export const FEEDBACK_MODERATION_REASONS = [
  'meets_guidelines',
  'spam',
  'fake_review',
  'conflict_of_interest',
  'offensive_language',
  'personal_data',
  'off_topic',
  'defamation',
  'not_a_customer',
  'legal_request',
  'source_removed',
  'other',
] as const;
/** Who decided: a staff moderator (admin_users), the automated filter, or the review site an import came from. */
export const FEEDBACK_MODERATION_DECIDERS = ['moderator', 'automated_filter', 'source_platform'] as const;

// --- in-app feedback -------------------------------------------------------------------------------------------

export const FEEDBACK_KINDS = ['bug', 'feature_request', 'complaint', 'praise', 'question'] as const;
export const FEEDBACK_SUBMISSION_STATUSES = ['new', 'triaged', 'planned', 'in_progress', 'done', 'declined'] as const;
export const FEEDBACK_DECLINE_REASONS = [
  'duplicate',
  'wont_fix',
  'not_reproducible',
  'out_of_scope',
  'working_as_intended',
  'no_response',
] as const;
/** How a submission reached the product team: the in-app form, or a support tool / app store it was imported from. */
export const FEEDBACK_SUBMISSION_SOURCES = ['in_app', 'email', 'zendesk', 'intercom', 'app_store', 'google_play', 'other'] as const;
/** The issue tracker a submission is tracked in. */
export const FEEDBACK_TRACKERS = ['jira', 'linear', 'github'] as const;

/** The team that owns a feedback category's triage. */
export const FEEDBACK_TEAMS = [
  'product',
  'web',
  'mobile',
  'platform',
  'billing',
  'clinical_content',
  'trust_and_safety',
  'customer_support',
  'partnerships',
  'data',
] as const;
export const FEEDBACK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

// --- analysis and prioritisation -------------------------------------------------------------------------------

export const FEEDBACK_SENTIMENT_LABELS = ['very_negative', 'negative', 'neutral', 'positive', 'very_positive', 'mixed'] as const;
export const FEEDBACK_URGENCIES = ['low', 'normal', 'high', 'critical'] as const;

export const FEEDBACK_PRIORITIZATION_DECISIONS = ['pending', 'accepted', 'scheduled', 'deferred', 'rejected'] as const;
/** RICE impact on the usual scale: 0.25 minimal, 0.5 low, 1 medium, 2 high, 3 massive. */
export const FEEDBACK_RICE_IMPACT_MIN = 0.25;
export const FEEDBACK_RICE_IMPACT_MAX = 3;

export const FEEDBACK_STATISTICS_PERIOD_TYPES = ['week', 'month', 'quarter', 'year'] as const;

// --- formats ---------------------------------------------------------------------------------------------------

/** An app or web build version: 4.12.0, 2024.6.1-beta.2, 4.12.0+1234, 2024.06.03-1a2b3c4. */
export const FEEDBACK_APP_VERSION: TextFormat = {
  pattern: /^[0-9]{1,4}(\.[0-9]{1,6}){1,3}([-+][0-9A-Za-z.-]{1,40})?$/,
  message: 'must be a version such as 4.12.0 or 2024.6.1-beta.2',
};
/** A Jira project or Linear team key, upper case, 2-10 characters: MOB, WEB, BILL. */
export const FEEDBACK_TRACKER_PROJECT_KEY: TextFormat = {
  pattern: /^[A-Z][A-Z0-9_]{1,9}$/,
  message: 'must be an upper-case project key such as MOB',
};
/** A calendar quarter: 2024-Q3. */
export const FEEDBACK_QUARTER: TextFormat = {
  pattern: /^[0-9]{4}-Q[1-4]$/,
  message: 'must be a quarter such as 2024-Q3',
};
