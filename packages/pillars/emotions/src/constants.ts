import { LANGUAGE_TAG, type TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums. Names carry the EMOTION_
 * prefix: @db/equine re-exports every pillar. Language tags are @db/compliance's format (the consent ledger's), so
 * a check-in, a support resource and a consent speak the same BCP 47; countries, URLs, phones, digests, slugs,
 * snake_case keys and external ids use @db/core's formats.
 */

/**
 * The closed emotion vocabulary: Ekman's six basic emotions plus neutral, spelt as text classifiers emit them
 * (joy for Ekman's happiness). Chosen over Plutchik's eight because it is what off-the-shelf text models and the
 * public corpora (GoEmotions' Ekman mapping, the emotion-English DistilRoBERTa family) are trained and evaluated
 * on, so a vendor's or an in-house model's labels map one to one; Plutchik's trust and anticipation are not
 * reliably inferable from short posts and chat turns. Dimensions (valence, arousal, intensity) are separate
 * columns, not more labels.
 */
export const EMOTIONS = ['anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral'] as const;
export type Emotion = (typeof EMOTIONS)[number];
/** The emotions that, inferred, must never be used to sell (emotion_based_marketing's no-exploitation rule). */
export const EMOTION_NEGATIVE = ['anger', 'disgust', 'fear', 'sadness'] as const;

/** Where an emotion reading comes from: a model, the person saying so (a check-in), or a reaction they picked. */
export const EMOTION_SIGNAL_SOURCES = ['model_inference', 'self_report', 'reaction'] as const;

/** The kinds of thing a person reacts to, each a typed foreign key where a row names one. */
export const EMOTION_CONTENT_KINDS = [
  'social_post',
  'social_comment',
  'ai_recommendation',
  'agent_interaction',
  'outreach_message',
  'user_review',
] as const;

/** Where on the platform a response was observed or content was shown; `all` in aggregates across surfaces. */
export const EMOTION_SURFACES = [
  'all',
  'feed',
  'post_detail',
  'comments',
  'recommendations',
  'assistant_chat',
  'email',
  'push',
  'sms',
  'in_app_message',
  'reviews',
  'wellness_checkin',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Models and their configurations
// ---------------------------------------------------------------------------------------------------------------

/**
 * What a model reads. Deliberately no face, voice or physiological signal: the platform infers from text and
 * interaction signals only (emotion recognition from biometric data is GDPR art. 9 and EU AI Act art. 50
 * territory, and art. 5(1)(f) territory at work).
 */
export const EMOTION_MODALITIES = ['text', 'interaction_signals', 'emoji_reactions', 'self_report'] as const;
export const EMOTION_CALIBRATION_METHODS = ['none', 'temperature_scaling', 'platt_scaling', 'isotonic_regression'] as const;
/** The ethics and privacy review of an emotion model before any configuration of it may serve. */
export const EMOTION_MODEL_APPROVAL_STATUSES = ['pending_review', 'approved', 'rejected', 'withdrawn'] as const;

/** What a configuration's inferences are used for (each needs its own consent purpose and DPIA line). */
export const EMOTION_USE_CASES = [
  'content_reaction',
  'conversation_tone',
  'support_escalation',
  'wellness_checkin',
  'recommendation_personalisation',
  'marketing_personalisation',
  'aggregate_analytics',
] as const;
/** A configuration's life: drafted, run in shadow (logged, never acted on), serving, switched off. */
export const EMOTION_CONFIG_STATUSES = ['draft', 'shadow', 'active', 'retired'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Observations, states, feedback
// ---------------------------------------------------------------------------------------------------------------

export const EMOTION_SENTIMENT_LABELS = ['negative', 'neutral', 'positive', 'mixed'] as const;
/** How a state was derived: from inferences, from what the person reported, or both. */
export const EMOTION_STATE_DERIVATIONS = ['model_inference', 'self_report', 'blended'] as const;
export const EMOTION_STATE_END_REASONS = ['new_state', 'expired', 'user_reset', 'opt_out'] as const;

/** What a person said about an inference: right, wrong with the right answer, or not something to infer at all. */
export const EMOTION_FEEDBACK_TYPES = ['confirmed', 'corrected', 'rejected'] as const;
export const EMOTION_FEEDBACK_STATUSES = ['received', 'applied', 'dismissed'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Satisfaction and wellness
// ---------------------------------------------------------------------------------------------------------------

/**
 * CSAT (1-5), NPS (0-10), CES (customer effort, 1-7): the scale decides the score's range
 * (user_satisfaction_scores_score_scale_check).
 */
export const EMOTION_SATISFACTION_SURVEY_TYPES = ['csat', 'nps', 'ces'] as const;
export const EMOTION_SATISFACTION_SCALES = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
  ces: { min: 1, max: 7 },
} as const;
export const EMOTION_SURVEY_TOOLS = ['delighted', 'typeform', 'qualtrics', 'surveymonkey', 'hotjar', 'zendesk', 'in_app'] as const;
export const EMOTION_SURVEY_CHANNELS = ['email', 'in_app', 'sms', 'web', 'chat'] as const;
/** What a satisfaction response is about. */
export const EMOTION_SATISFACTION_TOUCHPOINTS = [
  'assistant_session',
  'support_ticket',
  'purchase',
  'onboarding',
  'relationship',
  'feature',
] as const;
export const EMOTION_CHECKIN_CHANNELS = ['ios_app', 'android_app', 'web', 'push_prompt'] as const;
/** Self-reported scores of a wellness check-in are 1-5 (a five-face scale). */
export const EMOTION_CHECKIN_SCORE_MIN = 1;
export const EMOTION_CHECKIN_SCORE_MAX = 5;

// ---------------------------------------------------------------------------------------------------------------
// Triggers, actions, personalisation, marketing
// ---------------------------------------------------------------------------------------------------------------

/** What an emotion trigger does when it fires: protective by design (nothing here sells). */
export const EMOTION_ACTION_TYPES = [
  'throttle_notifications',
  'pause_marketing',
  'offer_support_resource',
  'escalate_to_human',
  'soften_tone',
  'suggest_break',
  'suppress_recommendation',
] as const;
export const EMOTION_TRIGGER_STATUSES = ['draft', 'active', 'paused', 'retired'] as const;
/** What became of a fired trigger: done, or skipped, and why (an opt-out or a missing consent is respected). */
export const EMOTION_ACTION_OUTCOMES = ['executed', 'skipped_opt_out', 'skipped_no_consent', 'skipped_cooldown', 'failed'] as const;
/** GDPR art. 6(1) bases an emotion-driven action relies on (vital interests: an escalation on a crisis signal). */
export const EMOTION_ACTION_LAWFUL_BASES = ['consent', 'legitimate_interests', 'vital_interests'] as const;
export const EMOTION_MARKETING_LAWFUL_BASES = ['consent', 'legitimate_interests'] as const;

export const EMOTION_RECOMMENDATION_STRATEGIES = ['mood_match', 'uplift', 'calm', 'reassure', 'avoid_distressing', 'diversify'] as const;
export const EMOTION_RECOMMENDATION_OUTCOMES = ['clicked', 'dismissed', 'hidden', 'reported'] as const;

export const EMOTION_PERSONALISED_CONTENT_KINDS = [
  'assistant_tone',
  'feed_banner',
  'home_tip',
  'support_resource_card',
  'notification_copy',
  'mood_summary',
] as const;
export const EMOTION_TONES = ['neutral', 'warm', 'encouraging', 'calm', 'celebratory', 'concise'] as const;
export const EMOTION_CONTENT_REACTIONS = ['helpful', 'not_helpful', 'hide_this'] as const;

/**
 * What emotion-aware marketing may do with an outreach message: hold it back, send it later, soften it, or pick a
 * creative variant. The last two only on a positive or neutral inference and with consent
 * (emotion_based_marketing_no_exploitation_check).
 */
export const EMOTION_MARKETING_DECISIONS = ['suppressed', 'delayed', 'tone_adjusted', 'variant_selected'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Taxonomy and support resources
// ---------------------------------------------------------------------------------------------------------------

export const EMOTION_CONTEXT_CATEGORIES = [
  'horse_health',
  'horse_loss',
  'competition',
  'training',
  'purchase_and_sale',
  'finance',
  'community',
  'care_routine',
  'platform_experience',
] as const;
/** Crisis contexts (a horse put down, a yard fire) are never used for marketing or engagement optimisation. */
export const EMOTION_CONTEXT_SENSITIVITIES = ['standard', 'sensitive', 'crisis'] as const;
export const EMOTION_TAG_STATUSES = ['active', 'deprecated'] as const;

export const EMOTION_SUPPORT_RESOURCE_KINDS = [
  'crisis_line',
  'helpline',
  'text_line',
  'article',
  'video',
  'peer_support_group',
  'professional_directory',
  'self_help_tool',
] as const;
export const EMOTION_SUPPORT_TOPICS = [
  'emotional_distress',
  'bereavement',
  'horse_loss',
  'financial_stress',
  'farm_and_rural_stress',
  'loneliness',
  'competition_nerves',
  'general_wellbeing',
] as const;
export const EMOTION_RESOURCE_STATUSES = ['active', 'paused', 'retired'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Aggregates
// ---------------------------------------------------------------------------------------------------------------

export const EMOTION_COHORT_TYPES = ['all_users', 'segment', 'signup_month', 'subscription_plan', 'country', 'account_type'] as const;
export const EMOTION_PERIOD_GRANULARITIES = ['day', 'week', 'month', 'quarter'] as const;
export const EMOTION_TREND_DIRECTIONS = ['rising', 'falling', 'stable'] as const;
export const EMOTION_INSIGHT_TYPES = ['trend_shift', 'content_driver', 'surface_issue', 'anomaly', 'cohort_difference'] as const;
export const EMOTION_INSIGHT_SEVERITIES = ['info', 'low', 'medium', 'high'] as const;
export const EMOTION_INSIGHT_STATUSES = ['new', 'acknowledged', 'actioned', 'dismissed'] as const;

/**
 * k-anonymity floor of every aggregate row: a cohort × period cell with fewer people is suppressed by the job and
 * refused by the table, so no aggregate describes one identifiable person.
 */
export const EMOTION_MIN_COHORT_SIZE = 10;

/** BCP 47 language tag, @db/compliance's format: en-IE, ga-IE. */
export const EMOTION_LANGUAGE_TAG = LANGUAGE_TAG;

/** A number to text: a national short code (51444, 85258) or an E.164 number. */
export const EMOTION_TEXT_LINE_NUMBER: TextFormat = {
  pattern: /^(\+[1-9][0-9]{1,14}|[0-9]{3,8})$/,
  message: 'must be a short code of 3-8 digits or an E.164 number',
};
