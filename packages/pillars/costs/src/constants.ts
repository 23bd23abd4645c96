import type { TextFormat } from '@db/core';
import { MEDIA_RUN_TASKS } from '@db/media/constants';
import { AI_MODEL_PROVIDERS, AI_MODEL_VERSION } from '@db/recommendations/constants';
import { USER_SUBSCRIPTION_PLANS } from '@db/users/constants';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the text formats only
 * this package uses (each declared once with formatCheck: its CHECK and its Zod twin). Every name carries the COST_
 * prefix: @db/equine re-exports every pillar, so a generic name (STATUSES, PERIODS) would collide.
 */

// --- lists other pillars own (one concept, one list; aliased so @db/equine's re-exports do not clash) ----------

/** The vendor that bills the usage: the model registry's providers (@db/recommendations). */
export const COST_PROVIDERS = AI_MODEL_PROVIDERS;
/** What a model run on media did (@db/media's `media_model_runs.task`): the detail of the `media` feature. */
export const COST_MEDIA_TASKS = MEDIA_RUN_TASKS;
/** The subscription plans a quota can apply to (@db/users). */
export const COST_PLANS = USER_SUBSCRIPTION_PLANS;
/** A forecasting method's version label, spelt as model versions are (@db/recommendations): 1.4.0, 2024-11. */
export const COST_METHOD_VERSION = AI_MODEL_VERSION;

// --- cost centres ----------------------------------------------------------------------------------------------

/** What a cost centre stands for; the kind decides which link it carries (an agent key, a feature, an account). */
export const COST_CENTRE_KINDS = [
  'product_feature',
  'agent',
  'media_pipeline',
  'customer_account',
  'internal_team',
  'shared_platform',
] as const;
export const COST_CENTRE_STATUSES = ['active', 'archived'] as const;
/** Where a cost centre is mastered: the platform itself, or the finance system's tracking categories. */
export const COST_CENTRE_SOURCES = ['platform', 'xero', 'netsuite', 'sage', 'quickbooks', 'business_central'] as const;
/** A general-ledger account code as the finance system prints it: 6420, 6420-AI, 7100.20. */
export const COST_LEDGER_CODE: TextFormat = {
  pattern: /^[0-9A-Z][0-9A-Z.-]{1,19}$/,
  message: 'must be a ledger account code of 2-20 upper-case letters, digits, dots or dashes, such as 6420-AI',
};

// --- usage and prices ------------------------------------------------------------------------------------------

/** Where a usage row comes from: the platform's own daily rollup of its calls, or the vendor's usage export. */
export const COST_USAGE_ORIGINS = ['platform_rollup', 'provider_export'] as const;
/**
 * The product feature that spent the tokens. `agent_call` rows name the agent configuration, `media` rows the
 * media task; the others are the assistant (@db/recommendations' conversations and one-shot queries) and the
 * platform's own model uses.
 */
export const COST_FEATURES = [
  'assistant_chat',
  'assistant_query',
  'agent_call',
  'media',
  'recommendation',
  'feed_ranking',
  'search',
  'insight_generation',
  'prediction',
  'moderation',
  'evaluation',
  'other',
] as const;
/**
 * The vendor's service tier a call ran on, which sets its price: standard, the Batch APIs (half price, 24 h),
 * OpenAI flex and priority processing, provisioned throughput (Azure PTU, Bedrock), and the long-context tier that
 * Anthropic and Google price above a prompt size.
 */
export const COST_SERVICE_TIERS = ['standard', 'batch', 'flex', 'priority', 'provisioned', 'long_context'] as const;
/** Where a price came from: the vendor's public price page or pricing API, a negotiated contract, typed in. */
export const COST_PRICE_SOURCES = ['provider_price_page', 'provider_pricing_api', 'contract', 'manual'] as const;

// --- quotas ----------------------------------------------------------------------------------------------------

/** Who a quota limits: every account on a plan, one account, one agent (by key, across versions), the platform. */
export const COST_QUOTA_SCOPES = ['plan', 'user', 'agent', 'platform'] as const;
export const COST_QUOTA_PERIODS = ['minute', 'hour', 'day', 'week', 'month'] as const;
/** `hard`: calls past the limit are refused; `soft`: they go through and the overrun is reported. */
export const COST_QUOTA_ENFORCEMENTS = ['hard', 'soft'] as const;

// --- cost, invoices, reconciliation ----------------------------------------------------------------------------

/** `provisional` until the day's usage is complete, `final` after, `reconciled` once matched to an invoice line. */
export const COST_TRACKING_STATUSES = ['provisional', 'final', 'reconciled'] as const;
/** What an invoice line bills. Credits and discounts are negative amounts. */
export const COST_INVOICE_LINE_TYPES = ['usage', 'commitment', 'credit', 'discount', 'support', 'tax', 'other'] as const;
/** The unit of an invoice line's quantity. */
export const COST_QUANTITY_UNITS = ['tokens', 'requests', 'images', 'audio_minutes', 'hours', 'gb_days', 'units'] as const;
/**
 * An invoice line against the platform's own cost figures: `matched` (within tolerance), `variance` (to explain),
 * `disputed` (raised with the vendor), `not_applicable` (tax, support: nothing to compare).
 */
export const COST_RECONCILIATION_STATUSES = ['pending', 'matched', 'variance', 'disputed', 'not_applicable'] as const;

// --- budgets, alerts, forecasts --------------------------------------------------------------------------------

export const COST_BUDGET_PERIODS = ['month', 'quarter', 'year'] as const;
/** `actual_threshold`: the spend so far crossed it; `forecast_threshold`: the period's forecast did (AWS Budgets' ACTUAL / FORECASTED). */
export const COST_ALERT_TYPES = ['actual_threshold', 'forecast_threshold'] as const;
export const COST_NOTIFICATION_CHANNELS = ['email', 'slack', 'microsoft_teams', 'sms', 'webhook', 'in_app'] as const;
/** `suppressed`: not sent on purpose (a muted budget, a notification already sent for a higher threshold). */
export const COST_NOTIFICATION_STATUSES = ['sent', 'failed', 'suppressed'] as const;
/** Statistical methods of the usage forecasts. */
export const COST_FORECAST_METHODS = ['linear_trend', 'seasonal_naive', 'ets', 'arima', 'prophet', 'gradient_boosting', 'manual'] as const;

// --- caching and optimisation ----------------------------------------------------------------------------------

/** The vendor's prompt cache (OpenAI automatic, Anthropic cache_control, Gemini context caching) or the platform's own response cache. */
export const COST_CACHE_LAYERS = ['provider_prompt_cache', 'platform_response_cache'] as const;
export const COST_OPTIMIZATION_TYPES = [
  'switch_model',
  'enable_prompt_caching',
  'use_batch_tier',
  'reduce_max_output_tokens',
  'trim_prompt',
  'route_by_complexity',
  'cache_responses',
  'other',
] as const;
export const COST_OPTIMIZATION_STATUSES = ['proposed', 'accepted', 'rejected', 'implemented', 'superseded', 'expired'] as const;
/** Who suggested it: the platform's weekly cost analyser, a vendor's advisor (AWS Cost Optimization Hub), a FinOps review. */
export const COST_OPTIMIZATION_SOURCES = ['platform_analyzer', 'provider_advisor', 'finops_review'] as const;
