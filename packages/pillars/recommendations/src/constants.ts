import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the text formats only
 * this package uses (each declared once with formatCheck: its CHECK and its Zod twin). Every name carries the AI_
 * prefix: @db/equine re-exports every pillar, so a generic name (CHANNELS, STATUSES) would collide.
 */

// --- the model registry --------------------------------------------------------------------------------------

/** Who serves the model: our own models, or a vendor's API. */
export const AI_MODEL_PROVIDERS = [
  'in_house',
  'openai',
  'anthropic',
  'google',
  'mistral',
  'meta',
  'cohere',
  'aws_bedrock',
  'azure_openai',
  'other',
] as const;

/** What a model is used for on the platform; model rankings compare models within one task. */
export const AI_MODEL_TASKS = [
  'chat_assistant',
  'question_answering',
  'recommendation',
  'feed_ranking',
  'content_ranking',
  'preference_learning',
  'prediction',
  'insight_generation',
  'reminder_scheduling',
  'image_analysis',
  'embedding',
  'moderation',
] as const;

/** A model's life cycle: evaluated offline, shadowing production, serving, on its way out, switched off. */
export const AI_MODEL_STATUSES = ['development', 'shadow', 'active', 'deprecated', 'retired'] as const;

/** The model's own licence (weights or service terms). */
export const AI_MODEL_LICENCES = [
  'proprietary_api',
  'proprietary_in_house',
  'apache_2_0',
  'mit',
  'llama_community',
  'gemma_terms',
  'cc_by_nc_4_0',
  'other',
] as const;

/** Model name as the registry spells it: lower case, e.g. gpt-4o, claude-3-5-sonnet, equiscan-conformation. */
export const AI_MODEL_NAME: TextFormat = {
  pattern: /^[a-z0-9][a-z0-9._-]{1,99}$/,
  message: 'must be a lower-case model name such as gpt-4o or equiscan-conformation',
};
/** A version or snapshot label: 2.3.1, 2024-08-06, v3, 20240620-rc1. */
export const AI_MODEL_VERSION: TextFormat = {
  pattern: /^[0-9A-Za-z][0-9A-Za-z._+-]{0,63}$/,
  message: 'must be a version label without spaces such as 2.3.1 or 2024-08-06',
};

// --- conversations, messages, queries ------------------------------------------------------------------------

/** Where the user talks to the assistant. */
export const AI_CHANNELS = ['web', 'ios', 'android', 'whatsapp', 'sms', 'voice', 'email', 'api'] as const;

export const AI_CONVERSATION_TOPICS = [
  'general',
  'horse_health',
  'training',
  'nutrition',
  'buying_selling',
  'find_provider',
  'competitions',
  'yard_management',
  'billing_support',
] as const;
/** `flagged`: held for moderation review. */
export const AI_CONVERSATION_STATUSES = ['active', 'archived', 'closed', 'flagged'] as const;

/** Chat roles as the model APIs name them; `tool` carries the result of a function call. */
export const AI_MESSAGE_ROLES = ['system', 'user', 'assistant', 'tool'] as const;
/** Why the model stopped: OpenAI finish_reason / Anthropic stop_reason, normalised. */
export const AI_FINISH_REASONS = ['stop', 'length', 'tool_calls', 'content_filter', 'error', 'cancelled'] as const;

export const AI_QUERY_TYPES = ['search', 'question', 'summarise', 'compare', 'extract', 'translate', 'image_analysis'] as const;
/** Where on the platform a one-shot query was asked. */
export const AI_QUERY_SURFACES = [
  'search_bar',
  'horse_page',
  'health_record',
  'provider_page',
  'listing_page',
  'yard_dashboard',
  'api',
] as const;
/** `refused`: the model or the moderation layer declined to answer. */
export const AI_QUERY_STATUSES = ['pending', 'completed', 'failed', 'refused', 'timed_out'] as const;

// --- recommendations, feeds, rankings ------------------------------------------------------------------------

/** What is recommended; horse and provider point at their rows, the rest at a generic entity (or none). */
export const AI_RECOMMENDATION_ITEM_TYPES = [
  'horse',
  'provider',
  'content',
  'listing',
  'event',
  'product',
  'care_action',
] as const;
export const AI_RECOMMENDATION_STATUSES = ['pending', 'shown', 'clicked', 'accepted', 'dismissed', 'expired'] as const;
/** The engine that produced a recommendation; (source, external_id) is the upsert key. */
export const AI_RECOMMENDATION_SOURCES = [
  'in_house_engine',
  'aws_personalize',
  'google_recommendations_ai',
  'algolia_recommend',
  'recombee',
] as const;
/** Where a recommendation, a reminder or a feed is shown. */
export const AI_SURFACES = ['home_feed', 'horse_page', 'search_results', 'provider_directory', 'email_digest', 'push', 'assistant'] as const;

export const AI_FEEDBACK_TYPES = [
  'thumbs_up',
  'thumbs_down',
  'rating',
  'saved',
  'clicked',
  'dismissed',
  'not_interested',
  'converted',
  'reported',
] as const;
export const AI_FEEDBACK_REASONS = [
  'not_relevant',
  'already_have',
  'too_expensive',
  'too_far_away',
  'wrong_discipline',
  'wrong_level',
  'seen_before',
  'inappropriate',
  'inaccurate',
  'other',
] as const;
/** The analytics pipeline that delivered a feedback event; (source, external_event_id) dedupes replays. */
export const AI_EVENT_SOURCES = ['web_app', 'mobile_app', 'email_tracking', 'segment', 'rudderstack', 'import'] as const;

export const AI_FEED_TYPES = ['home', 'marketplace', 'horse_care', 'providers_nearby', 'learning', 'events'] as const;
export const AI_FEED_STATUSES = ['active', 'paused', 'disabled'] as const;

/** Non-personal ranking lists of content, per segment. */
export const AI_RANKING_LISTS = ['trending', 'top_rated', 'most_helpful', 'rising', 'local_popular', 'new_and_notable'] as const;
export const AI_CONTENT_TYPES = [
  'article',
  'video',
  'forum_thread',
  'social_post',
  'podcast_episode',
  'course',
  'listing',
  'event',
] as const;
/** 'all', or one dimension and value: discipline:show_jumping, country:ie, region:kildare. */
export const AI_SEGMENT_KEY: TextFormat = {
  pattern: /^(all|[a-z][a-z_]{1,30}:[a-z0-9][a-z0-9_-]{0,60})$/,
  message: "must be 'all' or dimension:value in lower case, e.g. discipline:show_jumping",
};

// --- preferences, predictions, reminders, insights -----------------------------------------------------------

export const AI_PREFERENCE_DIMENSIONS = [
  'discipline',
  'breed',
  'horse_age_band',
  'horse_height_band',
  'price_band',
  'rider_level',
  'location_radius_km',
  'provider_type',
  'content_topic',
  'content_format',
  'notification_time',
] as const;
/** What the user said about a learned preference on the "why am I seeing this" screen. */
export const AI_PREFERENCE_CONFIRMATIONS = ['confirmed', 'rejected'] as const;

export const AI_PREDICTION_TYPES = [
  'lameness_risk',
  'colic_risk',
  'sale_price',
  'competition_placing',
  'foaling_date',
  'weight_change',
  'vaccination_lapse',
  'vetting_pass',
] as const;
/** The unit of `predicted_value` / `actual_value`; money carries its currency in `value_currency`. */
export const AI_PREDICTION_UNITS = ['probability', 'money', 'kg', 'days', 'placing', 'percent', 'score'] as const;
export const AI_PREDICTION_OUTCOMES = ['pending', 'correct', 'incorrect', 'partially_correct', 'unverifiable'] as const;
/** Where a prediction was produced; (source, external_id) is the upsert key of batch scoring. */
export const AI_PREDICTION_SOURCES = ['in_house_batch', 'in_house_online', 'vertex_ai', 'sagemaker', 'databricks'] as const;

export const AI_REMINDER_TYPES = [
  'farrier_visit',
  'dental_check',
  'vaccination_due',
  'worming',
  'saddle_fit',
  'insurance_renewal',
  'subscription_renewal',
  'entry_deadline',
  'feed_reorder',
  'follow_up',
] as const;
export const AI_REMINDER_CHANNELS = ['push', 'email', 'sms', 'in_app', 'whatsapp'] as const;
export const AI_REMINDER_STATUSES = ['scheduled', 'sent', 'snoozed', 'completed', 'dismissed', 'cancelled', 'failed'] as const;

export const AI_INSIGHT_TYPES = [
  'horse_health_summary',
  'training_progress',
  'market_valuation',
  'provider_comparison',
  'spending_summary',
  'yard_overview',
  'competition_readiness',
] as const;

// --- model performance and rankings --------------------------------------------------------------------------

export const AI_EVALUATION_TYPES = ['offline_benchmark', 'online_ab_test', 'shadow', 'production_monitoring', 'human_review'] as const;
export const AI_RANKING_METHODS = ['weighted_composite', 'elo_arena', 'human_preference', 'ab_test'] as const;

// --- training data provenance --------------------------------------------------------------------------------

export const AI_TRAINING_SOURCE_TYPES = [
  'platform_records',
  'user_content',
  'licensed_dataset',
  'public_dataset',
  'partner_feed',
  'synthetic',
  'human_annotation',
] as const;
export const AI_DATASET_SPLITS = ['train', 'validation', 'test'] as const;
/** The licence the item was obtained under. */
export const AI_TRAINING_LICENCES = [
  'platform_terms',
  'commercial_licence',
  'cc0_1_0',
  'cc_by_4_0',
  'cc_by_sa_4_0',
  'odbl_1_0',
  'public_domain',
] as const;
/** GDPR Article 6 lawful basis for using the item; not_personal_data when it holds none. */
export const AI_LAWFUL_BASES = ['consent', 'contract', 'legitimate_interest', 'not_personal_data'] as const;
/** A reminder's dedupe key, e.g. farrier:whisper:2024-06-12. */
export const AI_REMINDER_KEY: TextFormat = {
  pattern: /^[a-z0-9][a-z0-9_:.-]{1,199}$/,
  message: 'must be a lower-case key such as farrier:whisper:2024-06-12',
};
