import type { TextFormat } from '@db/core';
import { AI_CHANNELS, AI_FINISH_REASONS, AI_MODEL_PROVIDERS } from '@db/recommendations/constants';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the text formats only
 * this package uses (each declared once with formatCheck: its CHECK and its Zod twin). Every name carries the
 * AI_AGENT_ prefix: @db/equine re-exports every pillar, so a generic name (STATUSES) would collide. The model
 * vendors, channels and finish reasons are @db/recommendations' lists (AI_MODEL_PROVIDERS, AI_CHANNELS,
 * AI_FINISH_REASONS), given names here, not copied.
 */

// --- @db/recommendations' lists, under this package's names ------------------------------------------------

/** The vendor that served a call (the model registry's providers: openai, anthropic, azure_openai, in_house, ...). */
export const AI_AGENT_PROVIDERS = AI_MODEL_PROVIDERS;
/** Where the user talks to the agents (the assistant's channels). */
export const AI_AGENT_CHANNELS = AI_CHANNELS;
/** Why the model stopped, normalised across vendors (the assistant messages' finish reasons). */
export const AI_AGENT_FINISH_REASONS = AI_FINISH_REASONS;

// --- agent configurations and workflows -----------------------------------------------------------------------

/** What an agent does among the others: routes, answers as a specialist, judges, reviews, summarises. */
export const AI_AGENT_ROLES = [
  'orchestrator',
  'router',
  'specialist',
  'judge',
  'reviewer',
  'summariser',
  'guardrail',
  'tool_executor',
] as const;

/** The field a specialist answers for on the equine platform. */
export const AI_AGENT_DOMAINS = [
  'veterinary_triage',
  'nutrition',
  'training',
  'farriery',
  'dental',
  'breeding',
  'yard_management',
  'listings',
  'buying_selling',
  'competitions',
  'providers',
  'billing_support',
  'general',
] as const;

/** A configuration or workflow version's life cycle: written, evaluated, serving, switched off. */
export const AI_AGENT_CONFIG_STATUSES = ['draft', 'testing', 'active', 'retired'] as const;
export const AI_AGENT_WORKFLOW_STATUSES = ['draft', 'testing', 'active', 'retired'] as const;

/** The kinds of tool an agent may call (function calling, retrieval over the platform's records, ...). */
export const AI_AGENT_TOOL_KINDS = ['function', 'retrieval', 'web_search', 'code_interpreter', 'image_analysis', 'handoff'] as const;

/** What a workflow step does. */
export const AI_AGENT_STEP_ACTIONS = ['classify', 'answer', 'consult', 'vote', 'judge', 'summarise', 'call_tool', 'ask_user', 'escalate'] as const;
/** What happens when a step fails after its retries. */
export const AI_AGENT_STEP_FAILURE_POLICIES = ['retry', 'skip', 'fallback', 'abort', 'escalate'] as const;

// --- sessions, calls, consensus, hand-offs --------------------------------------------------------------------

/** `awaiting_user`: the agents asked the user something (a photo of the hoof, the horse's weight). */
export const AI_AGENT_SESSION_STATUSES = ['active', 'awaiting_user', 'ended'] as const;
/** How an ended session ended. */
export const AI_AGENT_SESSION_OUTCOMES = ['resolved', 'unresolved', 'escalated_to_human', 'abandoned', 'failed', 'timed_out'] as const;

/** How several agents' answers are combined into one. */
export const AI_AGENT_CONSENSUS_METHODS = [
  'majority_vote',
  'weighted_vote',
  'unanimous',
  'judge_model',
  'highest_confidence',
  'ranked_choice',
] as const;
/** `no_consensus`: the agreement stayed under the threshold; nothing was chosen (the session asks or escalates). */
export const AI_AGENT_CONSENSUS_OUTCOMES = ['reached', 'no_consensus'] as const;

/** A hand-off gives the session to another agent; a delegation or consultation comes back; an escalation goes to a person. */
export const AI_AGENT_COORDINATION_KINDS = ['handoff', 'delegation', 'consultation', 'escalation', 'return'] as const;
/** Who receives the hand-off: another agent, a veterinarian (a provider on the platform), or support staff. */
export const AI_AGENT_HANDOFF_TARGETS = ['agent', 'veterinarian', 'support_staff'] as const;
export const AI_AGENT_HANDOFF_REASONS = [
  'out_of_scope',
  'specialist_needed',
  'low_confidence',
  'user_request',
  'safety_concern',
  'tool_required',
  'workflow_step',
] as const;
export const AI_AGENT_HANDOFF_STATUSES = ['requested', 'accepted', 'declined', 'completed', 'timed_out'] as const;

// --- performance, failures ----------------------------------------------------------------------------------

export const AI_AGENT_PERIOD_GRANULARITIES = ['hour', 'day', 'week', 'month'] as const;

/** Failure classes, normalised across vendors (HTTP 429, Anthropic overloaded_error, OpenAI context_length_exceeded, ...). */
export const AI_AGENT_ERROR_CLASSES = [
  'rate_limited',
  'timeout',
  'provider_unavailable',
  'context_length_exceeded',
  'content_filtered',
  'invalid_output',
  'tool_error',
  'guardrail_blocked',
  'authentication',
  'quota_exceeded',
  'cancelled',
  'internal_error',
] as const;
/** Where a failure event was read from; (source, external_event_id) is the key a re-import of the log skips on. */
export const AI_AGENT_EVENT_SOURCES = ['agent_runtime', 'langfuse', 'langsmith', 'sentry', 'provider_usage_export'] as const;

// --- learning -----------------------------------------------------------------------------------------------

/** Where a lesson came from. */
export const AI_AGENT_LESSON_ORIGINS = ['user_correction', 'user_feedback', 'vet_review', 'staff_review', 'judge_model', 'incident_review'] as const;
/** The system a lesson was recorded in; (source, external_id) is its upsert key. `platform`: the in-app review queue. */
export const AI_AGENT_LESSON_SOURCES = ['platform', 'argilla', 'label_studio', 'langsmith', 'langfuse'] as const;
export const AI_AGENT_LESSON_CATEGORIES = [
  'factual_error',
  'unsafe_advice',
  'outdated_guidance',
  'missing_context',
  'wrong_agent',
  'tone',
  'formatting',
  'policy',
] as const;
export const AI_AGENT_LESSON_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
/** `applied`: written into a later configuration version (applied_to_config_id). */
export const AI_AGENT_LESSON_STATUSES = ['proposed', 'approved', 'rejected', 'applied', 'superseded'] as const;

// --- formats ------------------------------------------------------------------------------------------------

/** A git commit the configuration or workflow was deployed from: 40 lower-case hex digits. */
export const AI_AGENT_GIT_REVISION: TextFormat = {
  pattern: /^[0-9a-f]{40}$/,
  message: 'must be a git commit id: 40 lower-case hex digits',
};
/** A W3C trace-context trace id (OpenTelemetry, Langfuse, LangSmith): 32 lower-case hex digits. */
export const AI_AGENT_TRACE_ID: TextFormat = {
  pattern: /^[0-9a-f]{32}$/,
  message: 'must be a W3C trace id: 32 lower-case hex digits',
};

/** A routing rule is switched off for a while (`paused`) or for good (`retired`, with its `valid_to`). */
export const AI_AGENT_ROUTING_STATUSES = ['active', 'paused', 'retired'] as const;
