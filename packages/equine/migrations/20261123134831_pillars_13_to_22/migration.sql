CREATE TABLE "ai_agent_configs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"agent_key" text NOT NULL,
	"version" integer NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"domain" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"model_id" uuid NOT NULL,
	"fallback_model_id" uuid,
	"system_prompt_sha256" text NOT NULL,
	"temperature" numeric(3,2) DEFAULT '0.70' NOT NULL,
	"max_output_tokens" integer NOT NULL,
	"tools" jsonb DEFAULT '[]' NOT NULL,
	"timeout_ms" integer DEFAULT 30000 NOT NULL,
	"max_cost_per_call" numeric(14,6),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"requires_human_review" boolean DEFAULT false NOT NULL,
	"activated_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"change_summary" text,
	"authored_by_admin_user_id" uuid,
	"source_revision" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_agent_configs_agent_key_format_check" CHECK ("agent_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "ai_agent_configs_version_check" CHECK ("version" > 0),
	CONSTRAINT "ai_agent_configs_display_name_check" CHECK (char_length("display_name") between 1 and 120),
	CONSTRAINT "ai_agent_configs_system_prompt_sha256_format_check" CHECK ("system_prompt_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "ai_agent_configs_temperature_check" CHECK ("temperature" between 0 and 2),
	CONSTRAINT "ai_agent_configs_max_output_tokens_check" CHECK ("max_output_tokens" > 0),
	CONSTRAINT "ai_agent_configs_timeout_ms_check" CHECK ("timeout_ms" > 0),
	CONSTRAINT "ai_agent_configs_max_cost_per_call_check" CHECK ("max_cost_per_call" >= 0),
	CONSTRAINT "ai_agent_configs_fallback_model_check" CHECK ("fallback_model_id" <> "model_id"),
	CONSTRAINT "ai_agent_configs_active_check" CHECK ("status" <> 'active' or "activated_at" is not null),
	CONSTRAINT "ai_agent_configs_retired_check" CHECK ("status" <> 'retired' or "retired_at" is not null),
	CONSTRAINT "ai_agent_configs_retired_at_check" CHECK ("retired_at" >= "activated_at"),
	CONSTRAINT "ai_agent_configs_source_revision_format_check" CHECK ("source_revision" ~ '^[0-9a-f]{40}$'),
	CONSTRAINT "ai_agent_configs_role_check" CHECK ("role" in ('orchestrator', 'router', 'specialist', 'judge', 'reviewer', 'summariser', 'guardrail', 'tool_executor')),
	CONSTRAINT "ai_agent_configs_domain_check" CHECK ("domain" in ('veterinary_triage', 'nutrition', 'training', 'farriery', 'dental', 'breeding', 'yard_management', 'listings', 'buying_selling', 'competitions', 'providers', 'billing_support', 'general')),
	CONSTRAINT "ai_agent_configs_status_check" CHECK ("status" in ('draft', 'testing', 'active', 'retired')),
	CONSTRAINT "ai_agent_configs_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "ai_agent_consensus" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"decision_key" text NOT NULL,
	"method" text NOT NULL,
	"judge_config_id" uuid,
	"outcome" text NOT NULL,
	"chosen_interaction_id" uuid,
	"participant_count" integer NOT NULL,
	"agreeing_count" integer NOT NULL,
	"agreement_score" numeric(4,3) NOT NULL,
	"threshold" numeric(4,3) NOT NULL,
	"tie_broken" boolean DEFAULT false NOT NULL,
	"votes" jsonb DEFAULT '[]' NOT NULL,
	"latency_ms" integer,
	"total_cost" numeric(14,6) DEFAULT '0' NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_agent_consensus_decision_key_format_check" CHECK ("decision_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "ai_agent_consensus_judge_check" CHECK ("method" <> 'judge_model' or "judge_config_id" is not null),
	CONSTRAINT "ai_agent_consensus_chosen_check" CHECK ("outcome" <> 'reached' or "chosen_interaction_id" is not null),
	CONSTRAINT "ai_agent_consensus_chosen_outcome_check" CHECK ("chosen_interaction_id" is null or "outcome" = 'reached'),
	CONSTRAINT "ai_agent_consensus_participant_count_check" CHECK ("participant_count" >= 2),
	CONSTRAINT "ai_agent_consensus_agreeing_count_check" CHECK ("agreeing_count" >= 0),
	CONSTRAINT "ai_agent_consensus_agreement_check" CHECK ("participant_count" >= "agreeing_count"),
	CONSTRAINT "ai_agent_consensus_agreement_score_check" CHECK ("agreement_score" between 0 and 1),
	CONSTRAINT "ai_agent_consensus_threshold_check" CHECK ("threshold" between 0 and 1),
	CONSTRAINT "ai_agent_consensus_latency_ms_check" CHECK ("latency_ms" >= 0),
	CONSTRAINT "ai_agent_consensus_total_cost_check" CHECK ("total_cost" >= 0),
	CONSTRAINT "ai_agent_consensus_method_check" CHECK ("method" in ('majority_vote', 'weighted_vote', 'unanimous', 'judge_model', 'highest_confidence', 'ranked_choice')),
	CONSTRAINT "ai_agent_consensus_outcome_check" CHECK ("outcome" in ('reached', 'no_consensus')),
	CONSTRAINT "ai_agent_consensus_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "ai_agent_coordination" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"sequence_number" integer NOT NULL,
	"kind" text NOT NULL,
	"from_agent_config_id" uuid NOT NULL,
	"target_type" text NOT NULL,
	"to_agent_config_id" uuid,
	"to_veterinarian_id" uuid,
	"triggered_by_interaction_id" uuid,
	"reason" text NOT NULL,
	"reason_detail" text,
	"workflow_step_key" text,
	"context_tokens" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_agent_coordination_sequence_number_check" CHECK ("sequence_number" >= 0),
	CONSTRAINT "ai_agent_coordination_to_agent_check" CHECK ("target_type" <> 'agent' or "to_agent_config_id" is not null),
	CONSTRAINT "ai_agent_coordination_to_agent_target_check" CHECK ("to_agent_config_id" is null or "target_type" = 'agent'),
	CONSTRAINT "ai_agent_coordination_to_veterinarian_check" CHECK ("to_veterinarian_id" is null or "target_type" = 'veterinarian'),
	CONSTRAINT "ai_agent_coordination_self_handoff_check" CHECK ("to_agent_config_id" <> "from_agent_config_id"),
	CONSTRAINT "ai_agent_coordination_workflow_step_key_format_check" CHECK ("workflow_step_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "ai_agent_coordination_context_tokens_check" CHECK ("context_tokens" >= 0),
	CONSTRAINT "ai_agent_coordination_accepted_at_check" CHECK ("accepted_at" >= "requested_at"),
	CONSTRAINT "ai_agent_coordination_completed_at_check" CHECK ("completed_at" >= "requested_at"),
	CONSTRAINT "ai_agent_coordination_completed_after_accepted_check" CHECK ("completed_at" >= "accepted_at"),
	CONSTRAINT "ai_agent_coordination_accepted_check" CHECK ("status" <> 'accepted' or "accepted_at" is not null),
	CONSTRAINT "ai_agent_coordination_completed_check" CHECK ("status" <> 'completed' or "completed_at" is not null),
	CONSTRAINT "ai_agent_coordination_kind_check" CHECK ("kind" in ('handoff', 'delegation', 'consultation', 'escalation', 'return')),
	CONSTRAINT "ai_agent_coordination_target_type_check" CHECK ("target_type" in ('agent', 'veterinarian', 'support_staff')),
	CONSTRAINT "ai_agent_coordination_reason_check" CHECK ("reason" in ('out_of_scope', 'specialist_needed', 'low_confidence', 'user_request', 'safety_concern', 'tool_required', 'workflow_step')),
	CONSTRAINT "ai_agent_coordination_status_check" CHECK ("status" in ('requested', 'accepted', 'declined', 'completed', 'timed_out'))
);
--> statement-breakpoint
CREATE TABLE "ai_agent_failures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"agent_config_id" uuid NOT NULL,
	"model_id" uuid,
	"source" text NOT NULL,
	"external_event_id" text NOT NULL,
	"provider" text,
	"provider_request_id" text,
	"trace_id" text,
	"attempt_number" integer NOT NULL,
	"error_class" text NOT NULL,
	"provider_error_code" text,
	"http_status" integer,
	"error_message" text,
	"retryable" boolean NOT NULL,
	"retry_after_ms" integer,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_agent_failures_external_event_id_format_check" CHECK ("external_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_agent_failures_provider_request_id_format_check" CHECK ("provider_request_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_agent_failures_provider_request_check" CHECK ("provider_request_id" is null or "provider" is not null),
	CONSTRAINT "ai_agent_failures_trace_id_format_check" CHECK ("trace_id" ~ '^[0-9a-f]{32}$'),
	CONSTRAINT "ai_agent_failures_attempt_number_check" CHECK ("attempt_number" > 0),
	CONSTRAINT "ai_agent_failures_provider_error_code_format_check" CHECK ("provider_error_code" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_agent_failures_http_status_check" CHECK ("http_status" between 100 and 599),
	CONSTRAINT "ai_agent_failures_retry_after_ms_check" CHECK ("retry_after_ms" >= 0),
	CONSTRAINT "ai_agent_failures_source_check" CHECK ("source" in ('agent_runtime', 'langfuse', 'langsmith', 'sentry', 'provider_usage_export')),
	CONSTRAINT "ai_agent_failures_provider_check" CHECK ("provider" in ('in_house', 'openai', 'anthropic', 'google', 'mistral', 'meta', 'cohere', 'aws_bedrock', 'azure_openai', 'other')),
	CONSTRAINT "ai_agent_failures_error_class_check" CHECK ("error_class" in ('rate_limited', 'timeout', 'provider_unavailable', 'context_length_exceeded', 'content_filtered', 'invalid_output', 'tool_error', 'guardrail_blocked', 'authentication', 'quota_exceeded', 'cancelled', 'internal_error'))
);
--> statement-breakpoint
CREATE TABLE "ai_agent_interactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"sequence_number" integer NOT NULL,
	"agent_config_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"routing_rule_id" uuid,
	"message_id" uuid,
	"provider" text NOT NULL,
	"provider_request_id" text,
	"input_tokens" integer DEFAULT 0 NOT NULL,
	"cached_input_tokens" integer DEFAULT 0 NOT NULL,
	"output_tokens" integer DEFAULT 0 NOT NULL,
	"tool_call_count" integer DEFAULT 0 NOT NULL,
	"latency_ms" integer,
	"cost" numeric(14,6) DEFAULT '0' NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"finish_reason" text,
	"confidence" numeric(4,3),
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_agent_interactions_sequence_number_check" CHECK ("sequence_number" >= 0),
	CONSTRAINT "ai_agent_interactions_provider_request_id_format_check" CHECK ("provider_request_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_agent_interactions_input_tokens_check" CHECK ("input_tokens" >= 0),
	CONSTRAINT "ai_agent_interactions_cached_input_tokens_check" CHECK ("cached_input_tokens" >= 0),
	CONSTRAINT "ai_agent_interactions_cached_tokens_check" CHECK ("input_tokens" >= "cached_input_tokens"),
	CONSTRAINT "ai_agent_interactions_output_tokens_check" CHECK ("output_tokens" >= 0),
	CONSTRAINT "ai_agent_interactions_tool_call_count_check" CHECK ("tool_call_count" >= 0),
	CONSTRAINT "ai_agent_interactions_latency_ms_check" CHECK ("latency_ms" >= 0),
	CONSTRAINT "ai_agent_interactions_cost_check" CHECK ("cost" >= 0),
	CONSTRAINT "ai_agent_interactions_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "ai_agent_interactions_provider_check" CHECK ("provider" in ('in_house', 'openai', 'anthropic', 'google', 'mistral', 'meta', 'cohere', 'aws_bedrock', 'azure_openai', 'other')),
	CONSTRAINT "ai_agent_interactions_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "ai_agent_interactions_finish_reason_check" CHECK ("finish_reason" in ('stop', 'length', 'tool_calls', 'content_filter', 'error', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "ai_agent_learning" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"interaction_id" uuid,
	"agent_config_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"source" text DEFAULT 'platform' NOT NULL,
	"external_id" text NOT NULL,
	"source_updated_at" timestamp with time zone,
	"category" text NOT NULL,
	"severity" text NOT NULL,
	"user_correction" text,
	"lesson" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"reviewed_by_veterinarian_id" uuid,
	"reviewed_at" timestamp with time zone,
	"approved_by_admin_user_id" uuid,
	"approved_at" timestamp with time zone,
	"applied_to_config_id" uuid,
	"applied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_agent_learning_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_agent_learning_lesson_check" CHECK (char_length("lesson") between 1 and 4000),
	CONSTRAINT "ai_agent_learning_reviewed_at_check" CHECK ("reviewed_by_veterinarian_id" is null or "reviewed_at" is not null),
	CONSTRAINT "ai_agent_learning_approved_at_check" CHECK ("approved_by_admin_user_id" is null or "approved_at" is not null),
	CONSTRAINT "ai_agent_learning_approved_check" CHECK ("status" <> 'approved' or "approved_at" is not null),
	CONSTRAINT "ai_agent_learning_applied_check" CHECK ("status" <> 'applied' or "applied_to_config_id" is not null),
	CONSTRAINT "ai_agent_learning_applied_at_check" CHECK (("applied_to_config_id" is null) = ("applied_at" is null)),
	CONSTRAINT "ai_agent_learning_applied_approval_check" CHECK ("applied_at" is null or "approved_at" is not null),
	CONSTRAINT "ai_agent_learning_applied_after_approval_check" CHECK ("applied_at" >= "approved_at"),
	CONSTRAINT "ai_agent_learning_applied_version_check" CHECK ("applied_to_config_id" <> "agent_config_id"),
	CONSTRAINT "ai_agent_learning_origin_check" CHECK ("origin" in ('user_correction', 'user_feedback', 'vet_review', 'staff_review', 'judge_model', 'incident_review')),
	CONSTRAINT "ai_agent_learning_source_check" CHECK ("source" in ('platform', 'argilla', 'label_studio', 'langsmith', 'langfuse')),
	CONSTRAINT "ai_agent_learning_category_check" CHECK ("category" in ('factual_error', 'unsafe_advice', 'outdated_guidance', 'missing_context', 'wrong_agent', 'tone', 'formatting', 'policy')),
	CONSTRAINT "ai_agent_learning_severity_check" CHECK ("severity" in ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "ai_agent_learning_status_check" CHECK ("status" in ('proposed', 'approved', 'rejected', 'applied', 'superseded'))
);
--> statement-breakpoint
CREATE TABLE "ai_agent_performance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"agent_config_id" uuid NOT NULL,
	"period_granularity" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"call_count" integer NOT NULL,
	"failed_call_count" integer DEFAULT 0 NOT NULL,
	"success_rate_percent" numeric(5,2) NOT NULL,
	"latency_p_50_ms" integer,
	"latency_p_95_ms" integer,
	"input_tokens" bigint DEFAULT 0 NOT NULL,
	"output_tokens" bigint DEFAULT 0 NOT NULL,
	"total_cost" numeric(14,6) DEFAULT '0' NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"handoff_count" integer DEFAULT 0 NOT NULL,
	"average_user_rating" numeric(3,2),
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_agent_performance_period_end_check" CHECK ("period_end" > "period_start"),
	CONSTRAINT "ai_agent_performance_call_count_check" CHECK ("call_count" >= 0),
	CONSTRAINT "ai_agent_performance_failed_call_count_check" CHECK ("failed_call_count" >= 0),
	CONSTRAINT "ai_agent_performance_failed_calls_check" CHECK ("call_count" >= "failed_call_count"),
	CONSTRAINT "ai_agent_performance_success_rate_percent_check" CHECK ("success_rate_percent" between 0 and 100),
	CONSTRAINT "ai_agent_performance_latency_p_50_ms_check" CHECK ("latency_p_50_ms" >= 0),
	CONSTRAINT "ai_agent_performance_latency_p_95_ms_check" CHECK ("latency_p_95_ms" >= 0),
	CONSTRAINT "ai_agent_performance_latency_check" CHECK ("latency_p_95_ms" >= "latency_p_50_ms"),
	CONSTRAINT "ai_agent_performance_input_tokens_check" CHECK ("input_tokens" >= 0),
	CONSTRAINT "ai_agent_performance_output_tokens_check" CHECK ("output_tokens" >= 0),
	CONSTRAINT "ai_agent_performance_total_cost_check" CHECK ("total_cost" >= 0),
	CONSTRAINT "ai_agent_performance_handoff_count_check" CHECK ("handoff_count" >= 0),
	CONSTRAINT "ai_agent_performance_average_user_rating_check" CHECK ("average_user_rating" between 1 and 5),
	CONSTRAINT "ai_agent_performance_period_granularity_check" CHECK ("period_granularity" in ('hour', 'day', 'week', 'month')),
	CONSTRAINT "ai_agent_performance_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "ai_agent_routing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"intent" text NOT NULL,
	"agent_config_id" uuid NOT NULL,
	"fallback_agent_config_id" uuid,
	"priority" integer NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"conditions" jsonb DEFAULT '{}' NOT NULL,
	"min_confidence" numeric(4,3),
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"description" text,
	"created_by_admin_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_agent_routing_intent_format_check" CHECK ("intent" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "ai_agent_routing_priority_check" CHECK ("priority" >= 0),
	CONSTRAINT "ai_agent_routing_min_confidence_check" CHECK ("min_confidence" between 0 and 1),
	CONSTRAINT "ai_agent_routing_fallback_check" CHECK ("fallback_agent_config_id" <> "agent_config_id"),
	CONSTRAINT "ai_agent_routing_valid_to_check" CHECK ("valid_to" > "valid_from"),
	CONSTRAINT "ai_agent_routing_retired_check" CHECK ("status" <> 'retired' or "valid_to" is not null),
	CONSTRAINT "ai_agent_routing_status_check" CHECK ("status" in ('active', 'paused', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "ai_agent_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"conversation_id" uuid,
	"user_session_id" uuid,
	"horse_id" uuid,
	"entry_agent_config_id" uuid NOT NULL,
	"workflow_id" uuid,
	"channel" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"outcome" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"interaction_count" integer DEFAULT 0 NOT NULL,
	"total_input_tokens" integer DEFAULT 0 NOT NULL,
	"total_output_tokens" integer DEFAULT 0 NOT NULL,
	"total_cost" numeric(14,6) DEFAULT '0' NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"trace_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_agent_sessions_trace_id_format_check" CHECK ("trace_id" ~ '^[0-9a-f]{32}$'),
	CONSTRAINT "ai_agent_sessions_ended_at_check" CHECK ("ended_at" >= "started_at"),
	CONSTRAINT "ai_agent_sessions_ended_check" CHECK ("status" <> 'ended' or "ended_at" is not null),
	CONSTRAINT "ai_agent_sessions_ended_status_check" CHECK ("ended_at" is null or "status" = 'ended'),
	CONSTRAINT "ai_agent_sessions_ended_outcome_check" CHECK (("ended_at" is null) = ("outcome" is null)),
	CONSTRAINT "ai_agent_sessions_interaction_count_check" CHECK ("interaction_count" >= 0),
	CONSTRAINT "ai_agent_sessions_total_input_tokens_check" CHECK ("total_input_tokens" >= 0),
	CONSTRAINT "ai_agent_sessions_total_output_tokens_check" CHECK ("total_output_tokens" >= 0),
	CONSTRAINT "ai_agent_sessions_total_cost_check" CHECK ("total_cost" >= 0),
	CONSTRAINT "ai_agent_sessions_channel_check" CHECK ("channel" in ('web', 'ios', 'android', 'whatsapp', 'sms', 'voice', 'email', 'api')),
	CONSTRAINT "ai_agent_sessions_status_check" CHECK ("status" in ('active', 'awaiting_user', 'ended')),
	CONSTRAINT "ai_agent_sessions_outcome_check" CHECK ("outcome" in ('resolved', 'unresolved', 'escalated_to_human', 'abandoned', 'failed', 'timed_out')),
	CONSTRAINT "ai_agent_sessions_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "ai_agent_workflows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"workflow_key" text NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"trigger_intent" text,
	"steps" jsonb DEFAULT '[]' NOT NULL,
	"consensus_method" text,
	"max_duration_ms" integer NOT NULL,
	"max_cost_per_run" numeric(14,6),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"requires_human_approval" boolean DEFAULT false NOT NULL,
	"activated_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"authored_by_admin_user_id" uuid,
	"source_revision" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_agent_workflows_workflow_key_format_check" CHECK ("workflow_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "ai_agent_workflows_trigger_intent_format_check" CHECK ("trigger_intent" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "ai_agent_workflows_version_check" CHECK ("version" > 0),
	CONSTRAINT "ai_agent_workflows_name_check" CHECK (char_length("name") between 1 and 200),
	CONSTRAINT "ai_agent_workflows_max_duration_ms_check" CHECK ("max_duration_ms" > 0),
	CONSTRAINT "ai_agent_workflows_max_cost_per_run_check" CHECK ("max_cost_per_run" >= 0),
	CONSTRAINT "ai_agent_workflows_active_steps_check" CHECK ("status" <> 'active' or jsonb_array_length("steps") > 0),
	CONSTRAINT "ai_agent_workflows_active_check" CHECK ("status" <> 'active' or "activated_at" is not null),
	CONSTRAINT "ai_agent_workflows_retired_check" CHECK ("status" <> 'retired' or "retired_at" is not null),
	CONSTRAINT "ai_agent_workflows_retired_at_check" CHECK ("retired_at" >= "activated_at"),
	CONSTRAINT "ai_agent_workflows_source_revision_format_check" CHECK ("source_revision" ~ '^[0-9a-f]{40}$'),
	CONSTRAINT "ai_agent_workflows_status_check" CHECK ("status" in ('draft', 'testing', 'active', 'retired')),
	CONSTRAINT "ai_agent_workflows_consensus_method_check" CHECK ("consensus_method" in ('majority_vote', 'weighted_vote', 'unanimous', 'judge_model', 'highest_confidence', 'ranked_choice')),
	CONSTRAINT "ai_agent_workflows_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "breeding_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"stud_service_id" uuid NOT NULL,
	"contract_number" text NOT NULL,
	"mare_id" uuid NOT NULL,
	"mare_owner_user_id" uuid NOT NULL,
	"stallion_owner_user_id" uuid,
	"stud_party_name" text NOT NULL,
	"stud_fee" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"fee_terms" text NOT NULL,
	"live_foal_guarantee" boolean DEFAULT false NOT NULL,
	"terms" jsonb DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"signed_on" date,
	"cancelled_on" date,
	"invoice_id" uuid,
	"document_url" text,
	"signature_provider" text,
	"signature_envelope_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breeding_contracts_stud_fee_check" CHECK ("stud_fee" >= 0),
	CONSTRAINT "breeding_contracts_signed_check" CHECK ("status" not in ('signed', 'fulfilled', 'disputed') or "signed_on" is not null),
	CONSTRAINT "breeding_contracts_cancelled_check" CHECK ("status" <> 'cancelled' or "cancelled_on" is not null),
	CONSTRAINT "breeding_contracts_cancelled_on_check" CHECK ("cancelled_on" >= "signed_on"),
	CONSTRAINT "breeding_contracts_document_url_format_check" CHECK ("document_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "breeding_contracts_signature_check" CHECK (("signature_provider" is null) = ("signature_envelope_id" is null)),
	CONSTRAINT "breeding_contracts_signature_provider_format_check" CHECK ("signature_provider" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "breeding_contracts_signature_envelope_id_format_check" CHECK ("signature_envelope_id" ~ '^\S{1,255}$'),
	CONSTRAINT "breeding_contracts_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "breeding_contracts_fee_terms_check" CHECK ("fee_terms" in ('on_cover', 'positive_scan', 'october_1st', 'live_foal', 'special_live_foal')),
	CONSTRAINT "breeding_contracts_status_check" CHECK ("status" in ('draft', 'sent', 'signed', 'fulfilled', 'cancelled', 'disputed'))
);
--> statement-breakpoint
CREATE TABLE "breeding_programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"owner_user_id" uuid NOT NULL,
	"managing_practice_id" uuid,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"program_type" text NOT NULL,
	"breed" text NOT NULL,
	"studbook_code" text,
	"goals" text,
	"target_traits" text[] DEFAULT '{}'::text[] NOT NULL,
	"max_coefficient_of_inbreeding" numeric(7,6),
	"target_foals_per_year" smallint,
	"started_on" date NOT NULL,
	"ended_on" date,
	"status" text DEFAULT 'planning' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breeding_programs_name_check" CHECK (char_length("name") between 1 and 200),
	CONSTRAINT "breeding_programs_slug_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "breeding_programs_studbook_code_format_check" CHECK ("studbook_code" ~ '^[A-Z0-9][A-Z0-9_-]{1,19}$'),
	CONSTRAINT "breeding_programs_target_traits_check" CHECK ("target_traits" <@ array['jumping_ability', 'movement', 'temperament', 'conformation', 'soundness', 'size', 'colour', 'speed', 'stamina', 'fertility', 'genetic_health']::text[]),
	CONSTRAINT "breeding_programs_max_coefficient_of_inbreeding_check" CHECK ("max_coefficient_of_inbreeding" between 0 and 1),
	CONSTRAINT "breeding_programs_target_foals_per_year_check" CHECK ("target_foals_per_year" >= 0),
	CONSTRAINT "breeding_programs_ended_on_check" CHECK ("ended_on" >= "started_on"),
	CONSTRAINT "breeding_programs_completed_check" CHECK ("status" <> 'completed' or "ended_on" is not null),
	CONSTRAINT "breeding_programs_program_type_check" CHECK ("program_type" in ('sport_horse', 'racing', 'pony', 'draught', 'conservation', 'western', 'other')),
	CONSTRAINT "breeding_programs_status_check" CHECK ("status" in ('planning', 'active', 'paused', 'completed', 'abandoned'))
);
--> statement-breakpoint
CREATE TABLE "breeding_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"mare_id" uuid NOT NULL,
	"stallion_id" uuid,
	"stud_service_id" uuid,
	"user_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"breeding_program_id" uuid,
	"season_year" smallint,
	"score" numeric(4,3) NOT NULL,
	"rank" smallint,
	"predicted_coefficient_of_inbreeding" numeric(7,6),
	"rationale" text,
	"factors" jsonb DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	"source_system" text NOT NULL,
	"external_id" text NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breeding_recommendations_stallion_check" CHECK ("stallion_id" is not null or "stud_service_id" is not null),
	CONSTRAINT "breeding_recommendations_stallion_id_check" CHECK ("stallion_id" <> "mare_id"),
	CONSTRAINT "breeding_recommendations_season_year_check" CHECK ("season_year" between 1900 and 2200),
	CONSTRAINT "breeding_recommendations_score_check" CHECK ("score" between 0 and 1),
	CONSTRAINT "breeding_recommendations_rank_check" CHECK ("rank" > 0),
	CONSTRAINT "breeding_recommendations_predicted_coi_check" CHECK ("predicted_coefficient_of_inbreeding" between 0 and 1),
	CONSTRAINT "breeding_recommendations_expires_at_check" CHECK ("expires_at" > "generated_at"),
	CONSTRAINT "breeding_recommendations_source_system_format_check" CHECK ("source_system" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "breeding_recommendations_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "breeding_recommendations_status_check" CHECK ("status" in ('proposed', 'viewed', 'shortlisted', 'accepted', 'dismissed', 'expired'))
);
--> statement-breakpoint
CREATE TABLE "breeding_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"mare_id" uuid NOT NULL,
	"stallion_id" uuid,
	"stallion_name" text NOT NULL,
	"stud_service_id" uuid,
	"breeding_contract_id" uuid,
	"semen_shipment_id" uuid,
	"breeding_program_id" uuid,
	"method" text NOT NULL,
	"covered_on" date NOT NULL,
	"covered_on_is_estimated" boolean DEFAULT false NOT NULL,
	"season_year" smallint NOT NULL,
	"mare_status" text,
	"doses_used" smallint,
	"progressive_motility_percent" numeric(5,2),
	"inseminating_veterinarian_id" uuid,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"recorded_by_user_id" uuid,
	"source_system" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breeding_records_stallion_id_check" CHECK ("stallion_id" <> "mare_id"),
	CONSTRAINT "breeding_records_stallion_name_check" CHECK (char_length("stallion_name") between 1 and 200),
	CONSTRAINT "breeding_records_season_year_check" CHECK ("season_year" between 1900 and 2200),
	CONSTRAINT "breeding_records_doses_used_check" CHECK ("doses_used" >= 0),
	CONSTRAINT "breeding_records_progressive_motility_percent_check" CHECK ("progressive_motility_percent" between 0 and 100),
	CONSTRAINT "breeding_records_source_check" CHECK (("source_system" is null) = ("external_id" is null)),
	CONSTRAINT "breeding_records_source_system_format_check" CHECK ("source_system" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "breeding_records_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "breeding_records_method_check" CHECK ("method" in ('natural_cover', 'pasture_cover', 'ai_fresh', 'ai_chilled', 'ai_frozen', 'icsi')),
	CONSTRAINT "breeding_records_mare_status_check" CHECK ("mare_status" in ('maiden', 'barren', 'foaling', 'slipped', 'rested')),
	CONSTRAINT "breeding_records_outcome_check" CHECK ("outcome" in ('pending', 'in_foal', 'not_in_foal', 'pregnancy_lost', 'foaled'))
);
--> statement-breakpoint
CREATE TABLE "embryo_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"donor_mare_id" uuid NOT NULL,
	"recipient_mare_id" uuid,
	"recipient_identifier" text,
	"breeding_record_id" uuid,
	"veterinarian_id" uuid,
	"practice_id" uuid,
	"flushed_on" date NOT NULL,
	"embryo_age_days" smallint,
	"embryo_stage" text,
	"embryo_grade" smallint,
	"embryo_diameter_micrometres" integer,
	"disposition" text DEFAULT 'pending' NOT NULL,
	"transferred_on" date,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"source_system" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "embryo_transfers_recipient_mare_id_check" CHECK ("recipient_mare_id" <> "donor_mare_id"),
	CONSTRAINT "embryo_transfers_embryo_age_days_check" CHECK ("embryo_age_days" between 5 and 14),
	CONSTRAINT "embryo_transfers_embryo_grade_check" CHECK ("embryo_grade" between 1 and 4),
	CONSTRAINT "embryo_transfers_embryo_diameter_micrometres_check" CHECK ("embryo_diameter_micrometres" > 0),
	CONSTRAINT "embryo_transfers_transferred_on_check" CHECK ("transferred_on" >= "flushed_on"),
	CONSTRAINT "embryo_transfers_fresh_transfer_check" CHECK ("disposition" <> 'fresh_transfer' or "transferred_on" is not null),
	CONSTRAINT "embryo_transfers_source_check" CHECK (("source_system" is null) = ("external_id" is null)),
	CONSTRAINT "embryo_transfers_source_system_format_check" CHECK ("source_system" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "embryo_transfers_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "embryo_transfers_embryo_stage_check" CHECK ("embryo_stage" in ('morula', 'early_blastocyst', 'blastocyst', 'expanded_blastocyst')),
	CONSTRAINT "embryo_transfers_disposition_check" CHECK ("disposition" in ('fresh_transfer', 'cooled_transfer', 'vitrified', 'discarded', 'pending')),
	CONSTRAINT "embryo_transfers_outcome_check" CHECK ("outcome" in ('pending', 'recipient_pregnant', 'recipient_not_pregnant', 'pregnancy_lost', 'foaled'))
);
--> statement-breakpoint
CREATE TABLE "genetic_lineage_analysis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid,
	"mare_id" uuid,
	"stallion_id" uuid,
	"generations_considered" smallint NOT NULL,
	"method" text DEFAULT 'path_coefficient' NOT NULL,
	"coefficient_of_inbreeding" numeric(7,6) NOT NULL,
	"ancestor_loss_coefficient" numeric(7,6),
	"pedigree_completeness_percent" numeric(5,2),
	"common_ancestor_count" integer DEFAULT 0 NOT NULL,
	"top_common_ancestors" jsonb DEFAULT '[]' NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"superseded_at" timestamp with time zone,
	"requested_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "genetic_lineage_analysis_subject_check" CHECK (("horse_id" is null) <> ("mare_id" is null)),
	CONSTRAINT "genetic_lineage_analysis_mating_check" CHECK (("mare_id" is null) = ("stallion_id" is null)),
	CONSTRAINT "genetic_lineage_analysis_stallion_id_check" CHECK ("stallion_id" <> "mare_id"),
	CONSTRAINT "genetic_lineage_analysis_generations_considered_check" CHECK ("generations_considered" between 1 and 50),
	CONSTRAINT "genetic_lineage_analysis_coefficient_of_inbreeding_check" CHECK ("coefficient_of_inbreeding" between 0 and 1),
	CONSTRAINT "genetic_lineage_analysis_ancestor_loss_coefficient_check" CHECK ("ancestor_loss_coefficient" between 0 and 1),
	CONSTRAINT "genetic_lineage_analysis_pedigree_completeness_percent_check" CHECK ("pedigree_completeness_percent" between 0 and 100),
	CONSTRAINT "genetic_lineage_analysis_common_ancestor_count_check" CHECK ("common_ancestor_count" >= 0),
	CONSTRAINT "genetic_lineage_analysis_superseded_at_check" CHECK ("superseded_at" >= "computed_at"),
	CONSTRAINT "genetic_lineage_analysis_method_check" CHECK ("method" in ('path_coefficient', 'tabular', 'genomic_roh', 'genomic_snp'))
);
--> statement-breakpoint
CREATE TABLE "genetic_test_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"genetic_test_id" uuid NOT NULL,
	"marker_code" text NOT NULL,
	"marker_name" text,
	"category" text NOT NULL,
	"inheritance" text,
	"genotype" text NOT NULL,
	"variant_allele_count" smallint,
	"interpretation" text NOT NULL,
	"comment" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "genetic_test_results_marker_code_format_check" CHECK ("marker_code" ~ '^[A-Za-z0-9][A-Za-z0-9_.+-]{0,31}$'),
	CONSTRAINT "genetic_test_results_genotype_check" CHECK (char_length("genotype") between 1 and 40),
	CONSTRAINT "genetic_test_results_variant_allele_count_check" CHECK ("variant_allele_count" between 0 and 2),
	CONSTRAINT "genetic_test_results_category_check" CHECK ("category" in ('genetic_disease', 'coat_colour', 'performance', 'parentage', 'other')),
	CONSTRAINT "genetic_test_results_inheritance_check" CHECK ("inheritance" in ('autosomal_recessive', 'autosomal_dominant', 'incomplete_dominant', 'x_linked', 'polygenic', 'unknown')),
	CONSTRAINT "genetic_test_results_interpretation_check" CHECK ("interpretation" in ('clear', 'carrier', 'affected', 'at_risk', 'not_applicable', 'inconclusive'))
);
--> statement-breakpoint
CREATE TABLE "genetic_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"ordered_by_user_id" uuid,
	"lab_result_id" uuid,
	"laboratory_code" text NOT NULL,
	"laboratory_name" text,
	"accession_number" text NOT NULL,
	"panel_name" text,
	"purpose" text NOT NULL,
	"sample_type" text DEFAULT 'hair' NOT NULL,
	"sampled_on" date,
	"received_on" date,
	"reported_on" date,
	"status" text DEFAULT 'ordered' NOT NULL,
	"parentage_result" text,
	"price" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"report_url" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "genetic_tests_laboratory_code_format_check" CHECK ("laboratory_code" ~ '^[A-Z0-9][A-Z0-9_-]{1,19}$'),
	CONSTRAINT "genetic_tests_accession_number_format_check" CHECK ("accession_number" ~ '^\S{1,255}$'),
	CONSTRAINT "genetic_tests_received_on_check" CHECK ("received_on" >= "sampled_on"),
	CONSTRAINT "genetic_tests_reported_on_check" CHECK ("reported_on" >= "sampled_on"),
	CONSTRAINT "genetic_tests_reported_check" CHECK ("status" <> 'reported' or "reported_on" is not null),
	CONSTRAINT "genetic_tests_parentage_only_check" CHECK ("parentage_result" is null or "purpose" = 'parentage'),
	CONSTRAINT "genetic_tests_price_check" CHECK ("price" >= 0),
	CONSTRAINT "genetic_tests_report_url_format_check" CHECK ("report_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "genetic_tests_purpose_check" CHECK ("purpose" in ('disease_panel', 'coat_colour', 'parentage', 'dna_profile', 'performance', 'other')),
	CONSTRAINT "genetic_tests_sample_type_check" CHECK ("sample_type" in ('hair', 'blood', 'semen', 'tissue', 'buccal_swab')),
	CONSTRAINT "genetic_tests_status_check" CHECK ("status" in ('ordered', 'sample_sent', 'received', 'in_progress', 'reported', 'amended', 'cancelled', 'failed')),
	CONSTRAINT "genetic_tests_parentage_result_check" CHECK ("parentage_result" in ('qualifies', 'sire_excluded', 'dam_excluded', 'inconclusive')),
	CONSTRAINT "genetic_tests_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "mare_cycle_observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"mare_id" uuid NOT NULL,
	"veterinarian_id" uuid,
	"vet_visit_id" uuid,
	"observed_at" timestamp with time zone NOT NULL,
	"method" text DEFAULT 'ultrasound' NOT NULL,
	"teasing_response" text,
	"largest_follicle_left_mm" numeric(4,1),
	"largest_follicle_right_mm" numeric(4,1),
	"uterine_oedema_grade" smallint,
	"cervix_tone" text,
	"ovulated_ovary" text,
	"induction_agent" text,
	"induction_administered_at" timestamp with time zone,
	"intrauterine_fluid_depth_mm" numeric(4,1),
	"findings" text,
	"source_system" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mare_cycle_observations_largest_follicle_left_mm_check" CHECK ("largest_follicle_left_mm" between 0 and 150),
	CONSTRAINT "mare_cycle_observations_largest_follicle_right_mm_check" CHECK ("largest_follicle_right_mm" between 0 and 150),
	CONSTRAINT "mare_cycle_observations_uterine_oedema_grade_check" CHECK ("uterine_oedema_grade" between 0 and 5),
	CONSTRAINT "mare_cycle_observations_intrauterine_fluid_depth_mm_check" CHECK ("intrauterine_fluid_depth_mm" between 0 and 200),
	CONSTRAINT "mare_cycle_observations_induction_check" CHECK (("induction_agent" is null) = ("induction_administered_at" is null)),
	CONSTRAINT "mare_cycle_observations_source_check" CHECK (("source_system" is null) = ("external_id" is null)),
	CONSTRAINT "mare_cycle_observations_source_system_format_check" CHECK ("source_system" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "mare_cycle_observations_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "mare_cycle_observations_method_check" CHECK ("method" in ('ultrasound', 'palpation', 'teasing', 'visual')),
	CONSTRAINT "mare_cycle_observations_teasing_response_check" CHECK ("teasing_response" in ('receptive', 'equivocal', 'not_receptive')),
	CONSTRAINT "mare_cycle_observations_cervix_tone_check" CHECK ("cervix_tone" in ('closed_tight', 'relaxing', 'open_relaxed')),
	CONSTRAINT "mare_cycle_observations_ovulated_ovary_check" CHECK ("ovulated_ovary" in ('left', 'right', 'both')),
	CONSTRAINT "mare_cycle_observations_induction_agent_check" CHECK ("induction_agent" in ('hcg', 'deslorelin', 'other'))
);
--> statement-breakpoint
CREATE TABLE "offspring_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"dam_id" uuid,
	"dam_name" text NOT NULL,
	"sire_id" uuid,
	"sire_name" text,
	"foal_horse_id" uuid,
	"foal_name" text,
	"breeding_record_id" uuid,
	"embryo_transfer_id" uuid,
	"foaled_on" date NOT NULL,
	"foaled_on_is_estimated" boolean DEFAULT false NOT NULL,
	"outcome" text NOT NULL,
	"foal_sex" text,
	"gestation_days" smallint,
	"birth_weight_kg" numeric(5,1),
	"placenta_weight_kg" numeric(4,1),
	"placenta_passed_minutes" smallint,
	"assistance" text DEFAULT 'unassisted' NOT NULL,
	"complications" text[] DEFAULT '{}'::text[] NOT NULL,
	"attending_veterinarian_id" uuid,
	"recorded_by_user_id" uuid,
	"source_system" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offspring_records_parents_check" CHECK ("sire_id" <> "dam_id"),
	CONSTRAINT "offspring_records_foal_dam_check" CHECK ("foal_horse_id" <> "dam_id"),
	CONSTRAINT "offspring_records_foal_sire_check" CHECK ("foal_horse_id" <> "sire_id"),
	CONSTRAINT "offspring_records_dam_name_check" CHECK (char_length("dam_name") between 1 and 200),
	CONSTRAINT "offspring_records_gestation_days_check" CHECK ("gestation_days" > 0 and "gestation_days" <= 480),
	CONSTRAINT "offspring_records_birth_weight_kg_check" CHECK ("birth_weight_kg" > 0 and "birth_weight_kg" <= 150),
	CONSTRAINT "offspring_records_placenta_weight_kg_check" CHECK ("placenta_weight_kg" > 0 and "placenta_weight_kg" <= 30),
	CONSTRAINT "offspring_records_placenta_passed_minutes_check" CHECK ("placenta_passed_minutes" >= 0),
	CONSTRAINT "offspring_records_complications_check" CHECK ("complications" <@ array['dystocia', 'red_bag', 'retained_placenta', 'uterine_tear', 'haemorrhage', 'twins', 'neonatal_maladjustment', 'failure_of_passive_transfer', 'meconium_impaction', 'contracted_tendons', 'angular_limb_deformity', 'other']::text[]),
	CONSTRAINT "offspring_records_source_check" CHECK (("source_system" is null) = ("external_id" is null)),
	CONSTRAINT "offspring_records_source_system_format_check" CHECK ("source_system" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "offspring_records_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "offspring_records_outcome_check" CHECK ("outcome" in ('live_foal', 'stillborn', 'died_within_48_hours', 'aborted')),
	CONSTRAINT "offspring_records_foal_sex_check" CHECK ("foal_sex" in ('colt', 'filly')),
	CONSTRAINT "offspring_records_assistance_check" CHECK ("assistance" in ('unassisted', 'assisted', 'veterinary_dystocia', 'caesarean'))
);
--> statement-breakpoint
CREATE TABLE "pedigree_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"studbook_code" text NOT NULL,
	"registration_number" text,
	"generation" smallint NOT NULL,
	"pedigree_position" text NOT NULL,
	"ancestor_name" text NOT NULL,
	"ancestor_registration_number" text,
	"ancestor_breed" text,
	"ancestor_colour" text,
	"ancestor_foaling_year" smallint,
	"ancestor_country_of_birth" char(2),
	"ancestor_horse_id" uuid,
	"horse_bloodline_id" uuid,
	"match_status" text DEFAULT 'unmatched' NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pedigree_records_studbook_code_format_check" CHECK ("studbook_code" ~ '^[A-Z0-9][A-Z0-9_-]{1,19}$'),
	CONSTRAINT "pedigree_records_generation_check" CHECK ("generation" between 1 and 12),
	CONSTRAINT "pedigree_records_pedigree_position_format_check" CHECK ("pedigree_position" ~ '^[SD]{1,12}$'),
	CONSTRAINT "pedigree_records_generation_position_check" CHECK ("generation" = char_length("pedigree_position")),
	CONSTRAINT "pedigree_records_ancestor_foaling_year_check" CHECK ("ancestor_foaling_year" between 1600 and 2100),
	CONSTRAINT "pedigree_records_ancestor_country_of_birth_format_check" CHECK ("ancestor_country_of_birth" ~ '^[A-Z]{2}$'),
	CONSTRAINT "pedigree_records_match_status_check" CHECK ("match_status" in ('unmatched', 'matched', 'conflict', 'ignored'))
);
--> statement-breakpoint
CREATE TABLE "pregnancy_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"mare_id" uuid NOT NULL,
	"breeding_record_id" uuid,
	"veterinarian_id" uuid,
	"vet_visit_id" uuid,
	"supersedes_check_id" uuid,
	"checked_on" date NOT NULL,
	"days_post_cover" smallint,
	"stage" text NOT NULL,
	"method" text DEFAULT 'ultrasound' NOT NULL,
	"result" text NOT NULL,
	"embryo_count" smallint,
	"vesicle_diameter_mm" numeric(4,1),
	"heartbeat_detected" boolean,
	"twin_reduction_performed" boolean DEFAULT false NOT NULL,
	"findings" text,
	"source_system" text,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pregnancy_checks_supersedes_check_id_check" CHECK ("supersedes_check_id" <> "id"),
	CONSTRAINT "pregnancy_checks_days_post_cover_check" CHECK ("days_post_cover" between 0 and 400),
	CONSTRAINT "pregnancy_checks_embryo_count_check" CHECK ("embryo_count" between 0 and 5),
	CONSTRAINT "pregnancy_checks_vesicle_diameter_mm_check" CHECK ("vesicle_diameter_mm" between 0 and 300),
	CONSTRAINT "pregnancy_checks_source_check" CHECK (("source_system" is null) = ("external_id" is null)),
	CONSTRAINT "pregnancy_checks_source_system_format_check" CHECK ("source_system" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "pregnancy_checks_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "pregnancy_checks_stage_check" CHECK ("stage" in ('early_scan', 'heartbeat_scan', 'confirmation_scan', 'late_pregnancy', 'other')),
	CONSTRAINT "pregnancy_checks_method_check" CHECK ("method" in ('ultrasound', 'palpation', 'blood_test', 'other')),
	CONSTRAINT "pregnancy_checks_result_check" CHECK ("result" in ('pregnant', 'not_pregnant', 'inconclusive', 'pregnancy_lost'))
);
--> statement-breakpoint
CREATE TABLE "semen_shipments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"stud_service_id" uuid NOT NULL,
	"breeding_contract_id" uuid,
	"mare_id" uuid,
	"destination_practice_id" uuid,
	"address_line1" text,
	"address_line2" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country_code" char(2),
	"semen_type" text NOT NULL,
	"collected_on" date NOT NULL,
	"dispatched_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"dose_count" smallint NOT NULL,
	"progressive_motility_percent" numeric(5,2),
	"courier" text,
	"tracking_number" text,
	"status" text DEFAULT 'ordered' NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "semen_shipments_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "semen_shipments_address_line1_country_code_check" CHECK ("address_line1" is null or "country_code" is not null),
	CONSTRAINT "semen_shipments_delivered_at_check" CHECK ("delivered_at" >= "dispatched_at"),
	CONSTRAINT "semen_shipments_dispatched_check" CHECK ("status" <> 'dispatched' or "dispatched_at" is not null),
	CONSTRAINT "semen_shipments_delivered_check" CHECK ("status" <> 'delivered' or "delivered_at" is not null),
	CONSTRAINT "semen_shipments_dose_count_check" CHECK ("dose_count" > 0),
	CONSTRAINT "semen_shipments_progressive_motility_percent_check" CHECK ("progressive_motility_percent" between 0 and 100),
	CONSTRAINT "semen_shipments_tracking_check" CHECK (("courier" is null) = ("tracking_number" is null)),
	CONSTRAINT "semen_shipments_courier_format_check" CHECK ("courier" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "semen_shipments_tracking_number_format_check" CHECK ("tracking_number" ~ '^\S{1,255}$'),
	CONSTRAINT "semen_shipments_semen_type_check" CHECK ("semen_type" in ('fresh', 'chilled', 'frozen')),
	CONSTRAINT "semen_shipments_status_check" CHECK ("status" in ('ordered', 'collected', 'dispatched', 'delivered', 'used', 'lost', 'returned', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "stud_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"stallion_id" uuid NOT NULL,
	"season_year" smallint NOT NULL,
	"hemisphere" text DEFAULT 'northern' NOT NULL,
	"standing_at_practice_id" uuid,
	"standing_location_name" text,
	"address_line1" text,
	"address_line2" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country_code" char(2),
	"stud_fee" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"fee_is_private" boolean DEFAULT false NOT NULL,
	"fee_terms" text DEFAULT 'live_foal' NOT NULL,
	"live_foal_guarantee" boolean DEFAULT false NOT NULL,
	"methods_offered" text[] DEFAULT '{}'::text[] NOT NULL,
	"book_limit" integer,
	"status" text DEFAULT 'planned' NOT NULL,
	"source_system" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stud_services_season_year_check" CHECK ("season_year" between 1900 and 2200),
	CONSTRAINT "stud_services_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "stud_services_address_line1_country_code_check" CHECK ("address_line1" is null or "country_code" is not null),
	CONSTRAINT "stud_services_stud_fee_check" CHECK ("stud_fee" >= 0),
	CONSTRAINT "stud_services_methods_offered_check" CHECK ("methods_offered" <@ array['natural_cover', 'pasture_cover', 'ai_fresh', 'ai_chilled', 'ai_frozen', 'icsi']::text[]),
	CONSTRAINT "stud_services_book_limit_check" CHECK ("book_limit" > 0),
	CONSTRAINT "stud_services_source_check" CHECK (("source_system" is null) = ("external_id" is null)),
	CONSTRAINT "stud_services_source_system_format_check" CHECK ("source_system" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "stud_services_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "stud_services_hemisphere_check" CHECK ("hemisphere" in ('northern', 'southern')),
	CONSTRAINT "stud_services_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "stud_services_fee_terms_check" CHECK ("fee_terms" in ('on_cover', 'positive_scan', 'october_1st', 'live_foal', 'special_live_foal')),
	CONSTRAINT "stud_services_status_check" CHECK ("status" in ('planned', 'open', 'book_full', 'closed', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "competition_classes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"competition_id" uuid NOT NULL,
	"class_code" text NOT NULL,
	"name" text NOT NULL,
	"scoring_method" text NOT NULL,
	"level" text,
	"height_cm" smallint,
	"para_grade" text,
	"min_horse_age_years" smallint,
	"max_horse_age_years" smallint,
	"entry_fee" numeric(14,2),
	"prize_fund" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"max_entries" integer,
	"rules_article" text,
	"is_qualifier" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_classes_class_code_check" CHECK (char_length("class_code") between 1 and 20),
	CONSTRAINT "competition_classes_name_check" CHECK (char_length("name") between 1 and 200),
	CONSTRAINT "competition_classes_height_cm_check" CHECK ("height_cm" between 20 and 260),
	CONSTRAINT "competition_classes_min_horse_age_years_check" CHECK ("min_horse_age_years" between 2 and 40),
	CONSTRAINT "competition_classes_max_horse_age_years_check" CHECK ("max_horse_age_years" between 2 and 40),
	CONSTRAINT "competition_classes_horse_age_check" CHECK ("max_horse_age_years" >= "min_horse_age_years"),
	CONSTRAINT "competition_classes_entry_fee_check" CHECK ("entry_fee" >= 0),
	CONSTRAINT "competition_classes_prize_fund_check" CHECK ("prize_fund" >= 0),
	CONSTRAINT "competition_classes_max_entries_check" CHECK ("max_entries" > 0),
	CONSTRAINT "competition_classes_scoring_method_check" CHECK ("scoring_method" in ('faults_and_time', 'faults_with_jump_off', 'two_phase', 'speed', 'accumulator', 'percentage', 'penalties', 'time', 'points', 'placing')),
	CONSTRAINT "competition_classes_para_grade_check" CHECK ("para_grade" in ('I', 'II', 'III', 'IV', 'V')),
	CONSTRAINT "competition_classes_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "competition_classes_status_check" CHECK ("status" in ('scheduled', 'entries_open', 'entries_closed', 'in_progress', 'completed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "competition_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"competition_id" uuid NOT NULL,
	"change_type" text NOT NULL,
	"change_source" text NOT NULL,
	"previous_status" text,
	"new_status" text,
	"previous_starts_on" date,
	"previous_ends_on" date,
	"new_starts_on" date,
	"new_ends_on" date,
	"previous_venue_name" text,
	"new_venue_name" text,
	"reason" text,
	"recorded_by_user_id" uuid,
	"source_updated_at" timestamp with time zone,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_history_previous_dates_check" CHECK ("previous_ends_on" >= "previous_starts_on"),
	CONSTRAINT "competition_history_new_dates_check" CHECK ("new_ends_on" >= "new_starts_on"),
	CONSTRAINT "competition_history_venue_changed_check" CHECK ("change_type" <> 'venue_changed' or "new_venue_name" is not null),
	CONSTRAINT "competition_history_status_check" CHECK ("new_status" <> "previous_status"),
	CONSTRAINT "competition_history_change_type_check" CHECK ("change_type" in ('announced', 'postponed', 'dates_changed', 'venue_changed', 'status_changed', 'renamed', 'level_changed', 'cancelled', 'abandoned', 'reinstated')),
	CONSTRAINT "competition_history_change_source_check" CHECK ("change_source" in ('federation_feed', 'organiser', 'platform_staff')),
	CONSTRAINT "competition_history_previous_status_check" CHECK ("previous_status" in ('draft', 'scheduled', 'entries_open', 'entries_closed', 'in_progress', 'completed', 'postponed', 'cancelled', 'abandoned')),
	CONSTRAINT "competition_history_new_status_check" CHECK ("new_status" in ('draft', 'scheduled', 'entries_open', 'entries_closed', 'in_progress', 'completed', 'postponed', 'cancelled', 'abandoned'))
);
--> statement-breakpoint
CREATE TABLE "competition_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"class_id" uuid NOT NULL,
	"horse_id" uuid,
	"horse_name" text NOT NULL,
	"horse_federation_id" text,
	"rider_user_id" uuid,
	"rider_name" text NOT NULL,
	"rider_federation_id" text,
	"rider_nationality" char(2),
	"owner_user_id" uuid,
	"owner_name" text,
	"entered_by_user_id" uuid,
	"federation_entry_id" text,
	"source_updated_at" timestamp with time zone,
	"bib_number" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"entry_fee_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"invoice_line_item_id" uuid,
	"transaction_id" uuid,
	"eligibility_vaccination_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_registrations_horse_name_check" CHECK (char_length("horse_name") between 1 and 200),
	CONSTRAINT "competition_registrations_rider_name_check" CHECK (char_length("rider_name") between 1 and 200),
	CONSTRAINT "competition_registrations_horse_federation_id_format_check" CHECK ("horse_federation_id" ~ '^\S{1,255}$'),
	CONSTRAINT "competition_registrations_rider_federation_id_format_check" CHECK ("rider_federation_id" ~ '^\S{1,255}$'),
	CONSTRAINT "competition_registrations_rider_nationality_format_check" CHECK ("rider_nationality" ~ '^[A-Z]{2}$'),
	CONSTRAINT "competition_registrations_federation_entry_id_format_check" CHECK ("federation_entry_id" ~ '^\S{1,255}$'),
	CONSTRAINT "competition_registrations_bib_number_format_check" CHECK ("bib_number" ~ '^[0-9A-Za-z-]{1,10}$'),
	CONSTRAINT "competition_registrations_withdrawn_at_check" CHECK ("status" <> 'withdrawn' or "withdrawn_at" is not null),
	CONSTRAINT "competition_registrations_withdrawn_after_entry_check" CHECK ("withdrawn_at" >= "entered_at"),
	CONSTRAINT "competition_registrations_entry_fee_amount_check" CHECK ("entry_fee_amount" >= 0),
	CONSTRAINT "competition_registrations_status_check" CHECK ("status" in ('pending', 'accepted', 'waitlisted', 'withdrawn', 'scratched', 'rejected')),
	CONSTRAINT "competition_registrations_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "competition_seasons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"federation" text NOT NULL,
	"season_year" smallint NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"qualification_cutoff_on" date,
	"rules_edition" text,
	"rules_url" text,
	"horse_registration_fee" numeric(14,2),
	"membership_fee" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"source_updated_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_seasons_season_year_check" CHECK ("season_year" between 1900 and 2100),
	CONSTRAINT "competition_seasons_name_check" CHECK (char_length("name") between 1 and 200),
	CONSTRAINT "competition_seasons_ends_on_check" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "competition_seasons_qualification_cutoff_on_check" CHECK ("qualification_cutoff_on" >= "starts_on"),
	CONSTRAINT "competition_seasons_rules_url_format_check" CHECK ("rules_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "competition_seasons_horse_registration_fee_check" CHECK ("horse_registration_fee" >= 0),
	CONSTRAINT "competition_seasons_membership_fee_check" CHECK ("membership_fee" >= 0),
	CONSTRAINT "competition_seasons_federation_check" CHECK ("federation" in ('fei', 'horse_sport_ireland', 'show_jumping_ireland', 'eventing_ireland', 'dressage_ireland', 'british_showjumping', 'british_eventing', 'british_dressage', 'endurance_gb', 'endurance_ireland', 'british_riding_clubs', 'pony_club', 'usef')),
	CONSTRAINT "competition_seasons_status_check" CHECK ("status" in ('planned', 'open', 'closed')),
	CONSTRAINT "competition_seasons_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "competitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"federation" text NOT NULL,
	"federation_event_id" text NOT NULL,
	"source_updated_at" timestamp with time zone,
	"season_id" uuid,
	"name" text NOT NULL,
	"discipline" text NOT NULL,
	"tier" text NOT NULL,
	"event_code" text,
	"star_rating" smallint,
	"venue_name" text NOT NULL,
	"address_line1" text,
	"address_line2" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country_code" char(2),
	"latitude" numeric(9,6),
	"longitude" numeric(9,6),
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"timezone" text NOT NULL,
	"organiser_name" text,
	"organiser_user_id" uuid,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"entries_open_at" timestamp with time zone,
	"entries_close_at" timestamp with time zone,
	"website_url" text,
	"community_event_id" uuid,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competitions_federation_event_id_format_check" CHECK ("federation_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "competitions_name_check" CHECK (char_length("name") between 1 and 200),
	CONSTRAINT "competitions_star_rating_check" CHECK ("star_rating" between 1 and 5),
	CONSTRAINT "competitions_event_code_check" CHECK (char_length("event_code") between 1 and 40),
	CONSTRAINT "competitions_venue_name_check" CHECK (char_length("venue_name") between 1 and 200),
	CONSTRAINT "competitions_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "competitions_address_line1_country_code_check" CHECK ("address_line1" is null or "country_code" is not null),
	CONSTRAINT "competitions_latitude_check" CHECK ("latitude" between -90 and 90),
	CONSTRAINT "competitions_longitude_check" CHECK ("longitude" between -180 and 180),
	CONSTRAINT "competitions_coordinates_check" CHECK (("latitude" is null) = ("longitude" is null)),
	CONSTRAINT "competitions_ends_on_check" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "competitions_timezone_format_check" CHECK ("timezone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$'),
	CONSTRAINT "competitions_entries_close_at_check" CHECK ("entries_close_at" > "entries_open_at"),
	CONSTRAINT "competitions_website_url_format_check" CHECK ("website_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "competitions_cancelled_at_check" CHECK ("status" <> 'cancelled' or "cancelled_at" is not null),
	CONSTRAINT "competitions_federation_check" CHECK ("federation" in ('fei', 'horse_sport_ireland', 'show_jumping_ireland', 'eventing_ireland', 'dressage_ireland', 'british_showjumping', 'british_eventing', 'british_dressage', 'endurance_gb', 'endurance_ireland', 'british_riding_clubs', 'pony_club', 'usef')),
	CONSTRAINT "competitions_discipline_check" CHECK ("discipline" in ('dressage', 'show_jumping', 'eventing', 'hunter', 'flat_racing', 'jump_racing', 'harness_racing', 'endurance', 'driving', 'polo', 'reining', 'cutting', 'barrel_racing', 'western_pleasure', 'vaulting', 'trail', 'breeding', 'leisure', 'other')),
	CONSTRAINT "competitions_tier_check" CHECK ("tier" in ('international', 'national', 'regional', 'club')),
	CONSTRAINT "competitions_status_check" CHECK ("status" in ('draft', 'scheduled', 'entries_open', 'entries_closed', 'in_progress', 'completed', 'postponed', 'cancelled', 'abandoned'))
);
--> statement-breakpoint
CREATE TABLE "event_attendees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"competition_id" uuid NOT NULL,
	"user_id" uuid,
	"holder_name" text,
	"ticket_type" text NOT NULL,
	"ticketing_provider" text NOT NULL,
	"ticket_number" text NOT NULL,
	"source_updated_at" timestamp with time zone,
	"status" text DEFAULT 'issued' NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"admit_count" smallint DEFAULT 1 NOT NULL,
	"access_zones" text[] DEFAULT '{}'::text[] NOT NULL,
	"price_paid" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"transaction_id" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_attendees_ticket_number_format_check" CHECK ("ticket_number" ~ '^\S{1,255}$'),
	CONSTRAINT "event_attendees_holder_name_check" CHECK (char_length("holder_name") between 1 and 200),
	CONSTRAINT "event_attendees_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "event_attendees_admit_count_check" CHECK ("admit_count" between 1 and 50),
	CONSTRAINT "event_attendees_access_zones_check" CHECK ("access_zones" <@ array['public_areas', 'grandstand', 'hospitality', 'stables', 'warm_up', 'collecting_ring', 'arena', 'officials_area', 'press_centre', 'trade_village', 'competitor_parking']::text[]),
	CONSTRAINT "event_attendees_price_paid_check" CHECK ("price_paid" >= 0),
	CONSTRAINT "event_attendees_checked_in_at_check" CHECK ("status" <> 'checked_in' or "checked_in_at" is not null),
	CONSTRAINT "event_attendees_ticket_type_check" CHECK ("ticket_type" in ('general_admission', 'grandstand', 'reserved_seat', 'hospitality', 'season_pass', 'family', 'child', 'concession', 'complimentary', 'competitor', 'owner', 'groom', 'official', 'press', 'staff', 'volunteer', 'exhibitor')),
	CONSTRAINT "event_attendees_ticketing_provider_check" CHECK ("ticketing_provider" in ('platform', 'box_office', 'eventbrite', 'ticketmaster', 'tickets_ie', 'ticketsource', 'federation_accreditation')),
	CONSTRAINT "event_attendees_status_check" CHECK ("status" in ('reserved', 'issued', 'checked_in', 'cancelled', 'refunded')),
	CONSTRAINT "event_attendees_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "event_judges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"competition_id" uuid NOT NULL,
	"class_id" uuid,
	"judge_user_id" uuid,
	"judge_name" text NOT NULL,
	"federation_judge_id" text,
	"nationality" char(2),
	"role" text NOT NULL,
	"position" text,
	"official_level" text,
	"veterinarian_id" uuid,
	"status" text DEFAULT 'confirmed' NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_judges_appointment_key" UNIQUE NULLS NOT DISTINCT("competition_id","class_id","role","judge_name"),
	CONSTRAINT "event_judges_judge_name_check" CHECK (char_length("judge_name") between 1 and 200),
	CONSTRAINT "event_judges_federation_judge_id_format_check" CHECK ("federation_judge_id" ~ '^\S{1,255}$'),
	CONSTRAINT "event_judges_nationality_format_check" CHECK ("nationality" ~ '^[A-Z]{2}$'),
	CONSTRAINT "event_judges_veterinarian_role_check" CHECK ("veterinarian_id" is null or "role" in ('veterinary_delegate', 'treating_veterinarian')),
	CONSTRAINT "event_judges_role_check" CHECK ("role" in ('ground_jury_president', 'ground_jury_member', 'judge', 'technical_delegate', 'chief_steward', 'steward', 'course_designer', 'assistant_course_designer', 'veterinary_delegate', 'treating_veterinarian', 'appeal_committee_member', 'timekeeper', 'scorer')),
	CONSTRAINT "event_judges_position_check" CHECK ("position" in ('C', 'E', 'H', 'M', 'B', 'K', 'F')),
	CONSTRAINT "event_judges_status_check" CHECK ("status" in ('invited', 'confirmed', 'declined', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "event_media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"competition_id" uuid NOT NULL,
	"class_id" uuid,
	"registration_id" uuid,
	"horse_id" uuid,
	"photographer_user_id" uuid,
	"photographer_credit" text,
	"media_type" text NOT NULL,
	"content_type" text NOT NULL,
	"url" text NOT NULL,
	"checksum_sha256" text NOT NULL,
	"file_size_bytes" bigint,
	"duration_ms" integer,
	"captured_at" timestamp with time zone,
	"licence" text DEFAULT 'all_rights_reserved' NOT NULL,
	"caption" text,
	"status" text DEFAULT 'pending_review' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_media_url_format_check" CHECK ("url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "event_media_checksum_sha256_format_check" CHECK ("checksum_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "event_media_file_size_bytes_check" CHECK ("file_size_bytes" > 0),
	CONSTRAINT "event_media_duration_ms_check" CHECK ("duration_ms" > 0),
	CONSTRAINT "event_media_duration_video_check" CHECK ("duration_ms" is null or "media_type" = 'video'),
	CONSTRAINT "event_media_caption_check" CHECK (char_length("caption") <= 2000),
	CONSTRAINT "event_media_media_type_check" CHECK ("media_type" in ('photo', 'video')),
	CONSTRAINT "event_media_content_type_check" CHECK ("content_type" in ('image/jpeg', 'image/png', 'image/webp', 'image/heic', 'video/mp4', 'video/quicktime', 'video/webm')),
	CONSTRAINT "event_media_licence_check" CHECK ("licence" in ('all_rights_reserved', 'editorial_only', 'personal_use_purchased', 'commercial_use_purchased', 'cc_by', 'cc_by_sa', 'cc_by_nc', 'cc0')),
	CONSTRAINT "event_media_status_check" CHECK ("status" in ('pending_review', 'published', 'hidden', 'removed'))
);
--> statement-breakpoint
CREATE TABLE "event_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"registration_id" uuid NOT NULL,
	"competition_result_id" uuid,
	"result_source" text,
	"source_result_id" text,
	"source_updated_at" timestamp with time zone,
	"status" text DEFAULT 'provisional' NOT NULL,
	"outcome" text DEFAULT 'completed' NOT NULL,
	"rank" smallint,
	"penalties" numeric(7,2),
	"time_penalties" numeric(6,2),
	"time_seconds" numeric(8,2),
	"jump_off_penalties" numeric(6,2),
	"jump_off_time_seconds" numeric(8,2),
	"score_percent" numeric(6,3),
	"points" numeric(8,3),
	"judge_scores" jsonb DEFAULT '[]' NOT NULL,
	"outcome_reason" text,
	"prize_money" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_results_source_pair_check" CHECK (("result_source" is null) = ("source_result_id" is null)),
	CONSTRAINT "event_results_source_result_id_format_check" CHECK ("source_result_id" ~ '^\S{1,255}$'),
	CONSTRAINT "event_results_rank_check" CHECK ("rank" > 0),
	CONSTRAINT "event_results_rank_outcome_check" CHECK ("rank" is null or "outcome" = 'completed'),
	CONSTRAINT "event_results_penalties_check" CHECK ("penalties" >= 0),
	CONSTRAINT "event_results_time_penalties_check" CHECK ("time_penalties" >= 0),
	CONSTRAINT "event_results_time_seconds_check" CHECK ("time_seconds" > 0),
	CONSTRAINT "event_results_jump_off_penalties_check" CHECK ("jump_off_penalties" >= 0),
	CONSTRAINT "event_results_jump_off_time_seconds_check" CHECK ("jump_off_time_seconds" > 0),
	CONSTRAINT "event_results_score_percent_check" CHECK ("score_percent" between 0 and 100),
	CONSTRAINT "event_results_points_check" CHECK ("points" >= 0),
	CONSTRAINT "event_results_prize_money_check" CHECK ("prize_money" >= 0),
	CONSTRAINT "event_results_published_at_check" CHECK ("status" <> 'official' or "published_at" is not null),
	CONSTRAINT "event_results_result_source_check" CHECK ("result_source" in ('fei', 'horse_sport_ireland', 'show_jumping_ireland', 'eventing_ireland', 'dressage_ireland', 'british_showjumping', 'british_eventing', 'british_dressage', 'endurance_gb', 'endurance_ireland', 'british_riding_clubs', 'pony_club', 'usef', 'equipe', 'eventing_scores', 'longines_timing', 'organiser_system')),
	CONSTRAINT "event_results_status_check" CHECK ("status" in ('provisional', 'official', 'amended', 'annulled')),
	CONSTRAINT "event_results_outcome_check" CHECK ("outcome" in ('completed', 'eliminated', 'retired', 'withdrawn', 'disqualified', 'did_not_start')),
	CONSTRAINT "event_results_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "event_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"competition_id" uuid NOT NULL,
	"class_id" uuid,
	"registration_id" uuid,
	"item_type" text NOT NULL,
	"title" text,
	"arena" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"order_of_go" smallint,
	"status" text DEFAULT 'provisional' NOT NULL,
	"delay_minutes" smallint DEFAULT 0 NOT NULL,
	"external_slot_id" text,
	"source_updated_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_schedules_class_item_check" CHECK ("item_type" <> 'class' or "class_id" is not null),
	CONSTRAINT "event_schedules_start_item_check" CHECK ("item_type" <> 'start' or "registration_id" is not null),
	CONSTRAINT "event_schedules_order_of_go_item_check" CHECK ("order_of_go" is null or "item_type" = 'start'),
	CONSTRAINT "event_schedules_order_of_go_check" CHECK ("order_of_go" > 0),
	CONSTRAINT "event_schedules_title_check" CHECK (char_length("title") between 1 and 200),
	CONSTRAINT "event_schedules_arena_check" CHECK (char_length("arena") between 1 and 100),
	CONSTRAINT "event_schedules_ends_at_check" CHECK ("ends_at" >= "starts_at"),
	CONSTRAINT "event_schedules_delay_minutes_check" CHECK ("delay_minutes" between 0 and 1440),
	CONSTRAINT "event_schedules_external_slot_id_format_check" CHECK ("external_slot_id" ~ '^\S{1,255}$'),
	CONSTRAINT "event_schedules_item_type_check" CHECK ("item_type" in ('class', 'start', 'course_walk', 'horse_inspection', 'briefing', 'prize_giving', 'break', 'other')),
	CONSTRAINT "event_schedules_status_check" CHECK ("status" in ('provisional', 'confirmed', 'delayed', 'in_progress', 'completed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "feedback_analysis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"submission_id" uuid,
	"review_id" uuid,
	"model_id" uuid NOT NULL,
	"sentiment_score" numeric(4,3) NOT NULL,
	"sentiment_label" text NOT NULL,
	"confidence" numeric(4,3),
	"topics" jsonb DEFAULT '[]' NOT NULL,
	"detected_language" text,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"toxicity_score" numeric(4,3),
	"contains_personal_data" boolean DEFAULT false NOT NULL,
	"suggested_category_id" uuid,
	"summary" text,
	"input_sha256" text NOT NULL,
	"latency_ms" integer,
	"analyzed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_analysis_target_check" CHECK (("submission_id" is null) <> ("review_id" is null)),
	CONSTRAINT "feedback_analysis_sentiment_score_check" CHECK ("sentiment_score" between -1 and 1),
	CONSTRAINT "feedback_analysis_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "feedback_analysis_toxicity_score_check" CHECK ("toxicity_score" between 0 and 1),
	CONSTRAINT "feedback_analysis_detected_language_format_check" CHECK ("detected_language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	CONSTRAINT "feedback_analysis_input_sha256_format_check" CHECK ("input_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "feedback_analysis_latency_ms_check" CHECK ("latency_ms" >= 0),
	CONSTRAINT "feedback_analysis_sentiment_label_check" CHECK ("sentiment_label" in ('very_negative', 'negative', 'neutral', 'positive', 'very_positive', 'mixed')),
	CONSTRAINT "feedback_analysis_urgency_check" CHECK ("urgency" in ('low', 'normal', 'high', 'critical'))
);
--> statement-breakpoint
CREATE TABLE "feedback_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"parent_category_id" uuid,
	"owning_team" text NOT NULL,
	"applies_to_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"default_priority" text DEFAULT 'normal' NOT NULL,
	"tracker_project_key" text,
	"triage_admin_user_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_categories_slug_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "feedback_categories_name_check" CHECK (char_length("name") between 1 and 120),
	CONSTRAINT "feedback_categories_applies_to_kinds_check" CHECK ("applies_to_kinds" <@ array['bug', 'feature_request', 'complaint', 'praise', 'question']::text[]),
	CONSTRAINT "feedback_categories_tracker_project_key_format_check" CHECK ("tracker_project_key" ~ '^[A-Z][A-Z0-9_]{1,9}$'),
	CONSTRAINT "feedback_categories_sort_order_check" CHECK ("sort_order" >= 0),
	CONSTRAINT "feedback_categories_parent_check" CHECK ("parent_category_id" <> "id"),
	CONSTRAINT "feedback_categories_owning_team_check" CHECK ("owning_team" in ('product', 'web', 'mobile', 'platform', 'billing', 'clinical_content', 'trust_and_safety', 'customer_support', 'partnerships', 'data')),
	CONSTRAINT "feedback_categories_default_priority_check" CHECK ("default_priority" in ('low', 'normal', 'high', 'urgent'))
);
--> statement-breakpoint
CREATE TABLE "feedback_prioritization" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"submission_id" uuid NOT NULL,
	"reach_users_per_quarter" integer NOT NULL,
	"impact" numeric(3,2) NOT NULL,
	"confidence_percent" numeric(5,2) NOT NULL,
	"effort_person_weeks" numeric(6,2) NOT NULL,
	"rice_score" numeric GENERATED ALWAYS AS (round(reach_users_per_quarter * impact * confidence_percent / 100 / nullif(effort_person_weeks, 0), 2)) STORED,
	"decision" text DEFAULT 'pending' NOT NULL,
	"decided_by_admin_user_id" uuid,
	"decided_at" timestamp with time zone,
	"target_quarter" text,
	"rationale" text,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_prioritization_reach_users_per_quarter_check" CHECK ("reach_users_per_quarter" >= 0),
	CONSTRAINT "feedback_prioritization_impact_check" CHECK ("impact" between 0.25 and 3),
	CONSTRAINT "feedback_prioritization_confidence_percent_check" CHECK ("confidence_percent" between 0 and 100),
	CONSTRAINT "feedback_prioritization_effort_person_weeks_check" CHECK ("effort_person_weeks" > 0),
	CONSTRAINT "feedback_prioritization_decided_at_check" CHECK ("decided_by_admin_user_id" is null or "decided_at" is not null),
	CONSTRAINT "feedback_prioritization_target_quarter_format_check" CHECK ("target_quarter" ~ '^[0-9]{4}-Q[1-4]$'),
	CONSTRAINT "feedback_prioritization_valid_to_check" CHECK ("valid_to" > "valid_from"),
	CONSTRAINT "feedback_prioritization_decision_check" CHECK ("decision" in ('pending', 'accepted', 'scheduled', 'deferred', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "feedback_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid,
	"session_id" uuid,
	"category_id" uuid,
	"kind" text NOT NULL,
	"title" text,
	"body" text NOT NULL,
	"screen" text,
	"app_version" text,
	"platform" text,
	"device_model" text,
	"os_version" text,
	"screenshot_storage_key" text,
	"contact_allowed" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"triaged_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"decline_reason" text,
	"tracker" text,
	"tracker_issue_key" text,
	"duplicate_of_submission_id" uuid,
	"source" text DEFAULT 'in_app' NOT NULL,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_submissions_body_check" CHECK (char_length("body") between 1 and 20000),
	CONSTRAINT "feedback_submissions_title_check" CHECK (char_length("title") between 1 and 300),
	CONSTRAINT "feedback_submissions_app_version_format_check" CHECK ("app_version" ~ '^[0-9]{1,4}(\.[0-9]{1,6}){1,3}([-+][0-9A-Za-z.-]{1,40})?$'),
	CONSTRAINT "feedback_submissions_tracker_issue_key_format_check" CHECK ("tracker_issue_key" ~ '^\S{1,255}$'),
	CONSTRAINT "feedback_submissions_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "feedback_submissions_tracker_pair_check" CHECK (("tracker" is null) = ("tracker_issue_key" is null)),
	CONSTRAINT "feedback_submissions_triaged_at_check" CHECK ("triaged_at" >= "submitted_at"),
	CONSTRAINT "feedback_submissions_resolved_at_check" CHECK ("resolved_at" >= "submitted_at"),
	CONSTRAINT "feedback_submissions_done_check" CHECK ("status" <> 'done' or "resolved_at" is not null),
	CONSTRAINT "feedback_submissions_declined_check" CHECK ("status" <> 'declined' or "decline_reason" is not null),
	CONSTRAINT "feedback_submissions_decline_status_check" CHECK ("decline_reason" is null or "status" = 'declined'),
	CONSTRAINT "feedback_submissions_duplicate_check" CHECK ("decline_reason" <> 'duplicate' or "duplicate_of_submission_id" is not null),
	CONSTRAINT "feedback_submissions_duplicate_self_check" CHECK ("duplicate_of_submission_id" <> "id"),
	CONSTRAINT "feedback_submissions_kind_check" CHECK ("kind" in ('bug', 'feature_request', 'complaint', 'praise', 'question')),
	CONSTRAINT "feedback_submissions_platform_check" CHECK ("platform" in ('web', 'ios', 'android', 'desktop', 'email', 'api')),
	CONSTRAINT "feedback_submissions_status_check" CHECK ("status" in ('new', 'triaged', 'planned', 'in_progress', 'done', 'declined')),
	CONSTRAINT "feedback_submissions_decline_reason_check" CHECK ("decline_reason" in ('duplicate', 'wont_fix', 'not_reproducible', 'out_of_scope', 'working_as_intended', 'no_response')),
	CONSTRAINT "feedback_submissions_tracker_check" CHECK ("tracker" in ('jira', 'linear', 'github')),
	CONSTRAINT "feedback_submissions_source_check" CHECK ("source" in ('in_app', 'email', 'zendesk', 'intercom', 'app_store', 'google_play', 'other'))
);
--> statement-breakpoint
CREATE TABLE "rating_distributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"practice_id" uuid,
	"veterinarian_id" uuid,
	"provider_service_id" uuid,
	"community_event_id" uuid,
	"one_star_count" integer DEFAULT 0 NOT NULL,
	"two_star_count" integer DEFAULT 0 NOT NULL,
	"three_star_count" integer DEFAULT 0 NOT NULL,
	"four_star_count" integer DEFAULT 0 NOT NULL,
	"five_star_count" integer DEFAULT 0 NOT NULL,
	"recommended_count" integer DEFAULT 0 NOT NULL,
	"not_recommended_count" integer DEFAULT 0 NOT NULL,
	"included_sources" text[] DEFAULT '{platform}'::text[] NOT NULL,
	"first_review_published_at" timestamp with time zone,
	"last_review_published_at" timestamp with time zone,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rating_distributions_subject_key" UNIQUE NULLS NOT DISTINCT("practice_id","veterinarian_id","provider_service_id","community_event_id"),
	CONSTRAINT "rating_distributions_subject_check" CHECK (num_nonnulls("practice_id", "veterinarian_id", "provider_service_id", "community_event_id") = 1),
	CONSTRAINT "rating_distributions_one_star_count_check" CHECK ("one_star_count" >= 0),
	CONSTRAINT "rating_distributions_two_star_count_check" CHECK ("two_star_count" >= 0),
	CONSTRAINT "rating_distributions_three_star_count_check" CHECK ("three_star_count" >= 0),
	CONSTRAINT "rating_distributions_four_star_count_check" CHECK ("four_star_count" >= 0),
	CONSTRAINT "rating_distributions_five_star_count_check" CHECK ("five_star_count" >= 0),
	CONSTRAINT "rating_distributions_recommended_count_check" CHECK ("recommended_count" >= 0),
	CONSTRAINT "rating_distributions_not_recommended_count_check" CHECK ("not_recommended_count" >= 0),
	CONSTRAINT "rating_distributions_included_sources_check" CHECK ("included_sources" <@ array['platform', 'google_business', 'trustpilot', 'facebook', 'other']::text[]),
	CONSTRAINT "rating_distributions_last_review_check" CHECK ("last_review_published_at" >= "first_review_published_at")
);
--> statement-breakpoint
CREATE TABLE "review_helpfulness" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"review_id" uuid NOT NULL,
	"voter_user_id" uuid NOT NULL,
	"vote" text NOT NULL,
	"voted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_at" timestamp with time zone,
	"session_id" uuid,
	"platform" text,
	"ip_address_hash" text,
	"count_status" text DEFAULT 'counted' NOT NULL,
	"exclusion_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_helpfulness_changed_at_check" CHECK ("changed_at" >= "voted_at"),
	CONSTRAINT "review_helpfulness_ip_address_hash_format_check" CHECK ("ip_address_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "review_helpfulness_excluded_reason_check" CHECK ("count_status" <> 'excluded' or "exclusion_reason" is not null),
	CONSTRAINT "review_helpfulness_exclusion_status_check" CHECK ("exclusion_reason" is null or "count_status" = 'excluded'),
	CONSTRAINT "review_helpfulness_vote_check" CHECK ("vote" in ('helpful', 'not_helpful')),
	CONSTRAINT "review_helpfulness_platform_check" CHECK ("platform" in ('web', 'ios', 'android', 'desktop', 'email', 'api')),
	CONSTRAINT "review_helpfulness_count_status_check" CHECK ("count_status" in ('counted', 'excluded')),
	CONSTRAINT "review_helpfulness_exclusion_reason_check" CHECK ("exclusion_reason" in ('self_vote', 'vote_ring', 'automated_traffic', 'provider_affiliated', 'other'))
);
--> statement-breakpoint
CREATE TABLE "review_moderation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"review_id" uuid NOT NULL,
	"decided_by" text DEFAULT 'moderator' NOT NULL,
	"moderator_admin_user_id" uuid,
	"action" text NOT NULL,
	"reason_code" text NOT NULL,
	"note" text,
	"previous_status" text NOT NULL,
	"new_status" text NOT NULL,
	"report_count" integer DEFAULT 0 NOT NULL,
	"classifier_score" numeric(4,3),
	"appeal_of_moderation_id" uuid,
	"author_notified" boolean DEFAULT true NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_moderation_moderator_check" CHECK ("decided_by" <> 'moderator' or "moderator_admin_user_id" is not null),
	CONSTRAINT "review_moderation_classifier_decider_check" CHECK ("classifier_score" is null or "decided_by" = 'automated_filter'),
	CONSTRAINT "review_moderation_classifier_score_check" CHECK ("classifier_score" between 0 and 1),
	CONSTRAINT "review_moderation_report_count_check" CHECK ("report_count" >= 0),
	CONSTRAINT "review_moderation_appeal_check" CHECK ("appeal_of_moderation_id" <> "id"),
	CONSTRAINT "review_moderation_decided_by_check" CHECK ("decided_by" in ('moderator', 'automated_filter', 'source_platform')),
	CONSTRAINT "review_moderation_action_check" CHECK ("action" in ('approve', 'hide', 'remove', 'restore', 'flag', 'escalate', 'request_edit')),
	CONSTRAINT "review_moderation_reason_code_check" CHECK ("reason_code" in ('meets_guidelines', 'spam', 'fake_review', 'conflict_of_interest', 'offensive_language', 'personal_data', 'off_topic', 'defamation', 'not_a_customer', 'legal_request', 'source_removed', 'other')),
	CONSTRAINT "review_moderation_previous_status_check" CHECK ("previous_status" in ('pending', 'published', 'hidden', 'removed')),
	CONSTRAINT "review_moderation_new_status_check" CHECK ("new_status" in ('pending', 'published', 'hidden', 'removed'))
);
--> statement-breakpoint
CREATE TABLE "review_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"review_id" uuid NOT NULL,
	"responder_user_id" uuid,
	"responder_role" text DEFAULT 'provider' NOT NULL,
	"responder_display_name" text NOT NULL,
	"body" text NOT NULL,
	"language" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"edited_at" timestamp with time zone,
	"source" text DEFAULT 'platform' NOT NULL,
	"source_updated_at" timestamp with time zone,
	"reviewer_notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_responses_body_check" CHECK (char_length("body") between 1 and 10000),
	CONSTRAINT "review_responses_responder_display_name_check" CHECK (char_length("responder_display_name") between 1 and 200),
	CONSTRAINT "review_responses_language_format_check" CHECK ("language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	CONSTRAINT "review_responses_published_at_check" CHECK ("status" <> 'published' or "published_at" is not null),
	CONSTRAINT "review_responses_edited_at_check" CHECK ("edited_at" >= "published_at"),
	CONSTRAINT "review_responses_notified_at_check" CHECK ("reviewer_notified_at" >= "published_at"),
	CONSTRAINT "review_responses_responder_role_check" CHECK ("responder_role" in ('provider', 'veterinarian', 'platform_support')),
	CONSTRAINT "review_responses_status_check" CHECK ("status" in ('draft', 'published', 'hidden', 'removed')),
	CONSTRAINT "review_responses_source_check" CHECK ("source" in ('platform', 'google_business', 'trustpilot', 'facebook', 'other'))
);
--> statement-breakpoint
CREATE TABLE "review_statistics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"practice_id" uuid,
	"veterinarian_id" uuid,
	"provider_service_id" uuid,
	"community_event_id" uuid,
	"period_type" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"review_count" integer DEFAULT 0 NOT NULL,
	"rated_review_count" integer DEFAULT 0 NOT NULL,
	"average_rating" numeric(3,2),
	"verified_review_count" integer DEFAULT 0 NOT NULL,
	"responded_review_count" integer DEFAULT 0 NOT NULL,
	"response_rate_percent" numeric(5,2),
	"median_response_minutes" integer,
	"average_sentiment_score" numeric(4,3),
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_statistics_subject_period_key" UNIQUE NULLS NOT DISTINCT("practice_id","veterinarian_id","provider_service_id","community_event_id","period_type","period_start"),
	CONSTRAINT "review_statistics_subject_check" CHECK (num_nonnulls("practice_id", "veterinarian_id", "provider_service_id", "community_event_id") = 1),
	CONSTRAINT "review_statistics_period_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "review_statistics_review_count_check" CHECK ("review_count" >= 0),
	CONSTRAINT "review_statistics_rated_review_count_check" CHECK ("rated_review_count" >= 0),
	CONSTRAINT "review_statistics_verified_review_count_check" CHECK ("verified_review_count" >= 0),
	CONSTRAINT "review_statistics_responded_review_count_check" CHECK ("responded_review_count" >= 0),
	CONSTRAINT "review_statistics_rated_count_check" CHECK ("review_count" >= "rated_review_count"),
	CONSTRAINT "review_statistics_verified_count_check" CHECK ("review_count" >= "verified_review_count"),
	CONSTRAINT "review_statistics_responded_count_check" CHECK ("review_count" >= "responded_review_count"),
	CONSTRAINT "review_statistics_average_rating_check" CHECK ("average_rating" between 1 and 5),
	CONSTRAINT "review_statistics_response_rate_percent_check" CHECK ("response_rate_percent" between 0 and 100),
	CONSTRAINT "review_statistics_median_response_minutes_check" CHECK ("median_response_minutes" >= 0),
	CONSTRAINT "review_statistics_average_sentiment_score_check" CHECK ("average_sentiment_score" between -1 and 1),
	CONSTRAINT "review_statistics_period_type_check" CHECK ("period_type" in ('week', 'month', 'quarter', 'year'))
);
--> statement-breakpoint
CREATE TABLE "user_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"reviewer_user_id" uuid,
	"practice_id" uuid,
	"veterinarian_id" uuid,
	"provider_service_id" uuid,
	"community_event_id" uuid,
	"horse_id" uuid,
	"rating" integer,
	"recommends" boolean,
	"care_rating" integer,
	"communication_rating" integer,
	"value_rating" integer,
	"title" text,
	"body" text,
	"language" text,
	"verified_invoice_id" uuid,
	"verified_at" timestamp with time zone,
	"experienced_on" date,
	"status" text DEFAULT 'pending' NOT NULL,
	"published_at" timestamp with time zone,
	"source" text DEFAULT 'platform' NOT NULL,
	"external_review_id" text,
	"reviewer_display_name" text,
	"source_url" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_reviews_subject_check" CHECK (num_nonnulls("practice_id", "veterinarian_id", "provider_service_id", "community_event_id") = 1),
	CONSTRAINT "user_reviews_author_check" CHECK ("reviewer_user_id" is not null or "external_review_id" is not null),
	CONSTRAINT "user_reviews_verdict_check" CHECK ("rating" is not null or "recommends" is not null),
	CONSTRAINT "user_reviews_rating_check" CHECK ("rating" between 1 and 5),
	CONSTRAINT "user_reviews_care_rating_check" CHECK ("care_rating" between 1 and 5),
	CONSTRAINT "user_reviews_communication_rating_check" CHECK ("communication_rating" between 1 and 5),
	CONSTRAINT "user_reviews_value_rating_check" CHECK ("value_rating" between 1 and 5),
	CONSTRAINT "user_reviews_body_check" CHECK (char_length("body") between 1 and 20000),
	CONSTRAINT "user_reviews_title_check" CHECK (char_length("title") between 1 and 300),
	CONSTRAINT "user_reviews_language_format_check" CHECK ("language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	CONSTRAINT "user_reviews_external_review_id_format_check" CHECK ("external_review_id" ~ '^\S{1,255}$'),
	CONSTRAINT "user_reviews_source_url_format_check" CHECK ("source_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "user_reviews_published_at_check" CHECK ("status" <> 'published' or "published_at" is not null),
	CONSTRAINT "user_reviews_verified_at_check" CHECK ("verified_invoice_id" is null or "verified_at" is not null),
	CONSTRAINT "user_reviews_status_check" CHECK ("status" in ('pending', 'published', 'hidden', 'removed')),
	CONSTRAINT "user_reviews_source_check" CHECK ("source" in ('platform', 'google_business', 'trustpilot', 'facebook', 'other'))
);
--> statement-breakpoint
CREATE TABLE "billing_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"subscription_id" uuid NOT NULL,
	"cycle_number" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"billing_scheduled_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"provider_price_id" text,
	"quantity" integer DEFAULT 1 NOT NULL,
	"subtotal_amount" numeric(14,2) NOT NULL,
	"discount_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"tax_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"total_amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"subscription_payment_id" uuid,
	"invoiced_at" timestamp with time zone,
	"due_on" date,
	"paid_at" timestamp with time zone,
	"skip_reason" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billing_cycles_cycle_number_check" CHECK ("cycle_number" > 0),
	CONSTRAINT "billing_cycles_period_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "billing_cycles_quantity_check" CHECK ("quantity" >= 1),
	CONSTRAINT "billing_cycles_subtotal_amount_check" CHECK ("subtotal_amount" >= 0),
	CONSTRAINT "billing_cycles_discount_amount_check" CHECK ("discount_amount" >= 0),
	CONSTRAINT "billing_cycles_tax_amount_check" CHECK ("tax_amount" >= 0),
	CONSTRAINT "billing_cycles_total_amount_check" CHECK ("total_amount" >= 0),
	CONSTRAINT "billing_cycles_discount_check" CHECK ("subtotal_amount" >= "discount_amount"),
	CONSTRAINT "billing_cycles_total_check" CHECK ("total_amount" = "subtotal_amount" - "discount_amount" + "tax_amount"),
	CONSTRAINT "billing_cycles_invoice_check" CHECK ("status" <> 'invoiced' or "subscription_payment_id" is not null),
	CONSTRAINT "billing_cycles_paid_at_check" CHECK ("status" <> 'paid' or "paid_at" is not null),
	CONSTRAINT "billing_cycles_paid_invoiced_at_check" CHECK ("status" <> 'paid' or "invoiced_at" is not null),
	CONSTRAINT "billing_cycles_paid_after_invoiced_check" CHECK ("paid_at" >= "invoiced_at"),
	CONSTRAINT "billing_cycles_skip_reason_check" CHECK ("skip_reason" is null or "status" = 'skipped'),
	CONSTRAINT "billing_cycles_status_check" CHECK ("status" in ('scheduled', 'invoiced', 'paid', 'past_due', 'void', 'skipped')),
	CONSTRAINT "billing_cycles_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "budget_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"horse_id" uuid,
	"period_type" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"budgeted_amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"alert_threshold_percent" numeric(5,2) DEFAULT '80.00' NOT NULL,
	"alert_sent_at" timestamp with time zone,
	"rollover_unspent" boolean DEFAULT false NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_allocations_period_key" UNIQUE NULLS NOT DISTINCT("user_id","category_id","horse_id","period_type","period_start"),
	CONSTRAINT "budget_allocations_period_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "budget_allocations_budgeted_amount_check" CHECK ("budgeted_amount" >= 0),
	CONSTRAINT "budget_allocations_alert_threshold_percent_check" CHECK ("alert_threshold_percent" > 0 and "alert_threshold_percent" <= 200),
	CONSTRAINT "budget_allocations_period_type_check" CHECK ("period_type" in ('month', 'quarter', 'year', 'season', 'custom')),
	CONSTRAINT "budget_allocations_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "expense_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"owner_user_id" uuid,
	"parent_category_id" uuid,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"default_vat_treatment" text,
	"default_vat_rate_percent" numeric(5,2),
	"is_tax_deductible" boolean DEFAULT false NOT NULL,
	"accounting_code" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expense_categories_owner_user_id_slug_key" UNIQUE NULLS NOT DISTINCT("owner_user_id","slug"),
	CONSTRAINT "expense_categories_slug_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "expense_categories_name_check" CHECK (char_length("name") between 1 and 80),
	CONSTRAINT "expense_categories_parent_check" CHECK ("parent_category_id" <> "id"),
	CONSTRAINT "expense_categories_default_vat_rate_percent_check" CHECK ("default_vat_rate_percent" between 0 and 100),
	CONSTRAINT "expense_categories_accounting_code_format_check" CHECK ("accounting_code" ~ '^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$'),
	CONSTRAINT "expense_categories_sort_order_check" CHECK ("sort_order" >= 0),
	CONSTRAINT "expense_categories_default_vat_treatment_check" CHECK ("default_vat_treatment" in ('standard', 'reduced', 'second_reduced', 'livestock', 'zero_rated', 'exempt', 'outside_scope', 'reverse_charge'))
);
--> statement-breakpoint
CREATE TABLE "expenses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"horse_id" uuid,
	"category_id" uuid,
	"vendor_name" text NOT NULL,
	"vendor_practice_id" uuid,
	"description" text NOT NULL,
	"amount" numeric(14,2) NOT NULL,
	"vat_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"vat_treatment" text,
	"vat_rate_percent" numeric(5,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"incurred_on" date NOT NULL,
	"payment_method" text,
	"is_tax_deductible" boolean DEFAULT false NOT NULL,
	"receipt_url" text,
	"receipt_sha256" text,
	"invoice_id" uuid,
	"transaction_id" uuid,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"reconciled_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expenses_amount_check" CHECK ("amount" > 0),
	CONSTRAINT "expenses_vat_amount_check" CHECK ("vat_amount" >= 0),
	CONSTRAINT "expenses_vat_within_amount_check" CHECK ("amount" >= "vat_amount"),
	CONSTRAINT "expenses_vat_rate_percent_check" CHECK ("vat_rate_percent" between 0 and 100),
	CONSTRAINT "expenses_receipt_url_format_check" CHECK ("receipt_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "expenses_receipt_sha256_format_check" CHECK ("receipt_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "expenses_receipt_check" CHECK (("receipt_url" is null) = ("receipt_sha256" is null)),
	CONSTRAINT "expenses_external_id_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "expenses_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "expenses_vat_treatment_check" CHECK ("vat_treatment" in ('standard', 'reduced', 'second_reduced', 'livestock', 'zero_rated', 'exempt', 'outside_scope', 'reverse_charge')),
	CONSTRAINT "expenses_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "expenses_payment_method_check" CHECK ("payment_method" in ('card', 'bank_transfer', 'direct_debit', 'standing_order', 'cash', 'cheque', 'platform', 'other')),
	CONSTRAINT "expenses_source_check" CHECK ("source" in ('xero', 'quickbooks', 'sage', 'freeagent', 'open_banking', 'bank_csv', 'other'))
);
--> statement-breakpoint
CREATE TABLE "financial_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"goal_type" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"horse_id" uuid,
	"category_id" uuid,
	"target_amount" numeric(14,2) NOT NULL,
	"current_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"planned_monthly_amount" numeric(14,2),
	"start_on" date NOT NULL,
	"target_date" date,
	"status" text DEFAULT 'active' NOT NULL,
	"priority" smallint DEFAULT 3 NOT NULL,
	"progress_updated_at" timestamp with time zone,
	"achieved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "financial_goals_target_amount_check" CHECK ("target_amount" > 0),
	CONSTRAINT "financial_goals_current_amount_check" CHECK ("current_amount" >= 0),
	CONSTRAINT "financial_goals_planned_monthly_amount_check" CHECK ("planned_monthly_amount" > 0),
	CONSTRAINT "financial_goals_target_date_check" CHECK ("target_date" > "start_on"),
	CONSTRAINT "financial_goals_priority_check" CHECK ("priority" between 1 and 5),
	CONSTRAINT "financial_goals_achieved_at_check" CHECK ("status" <> 'achieved' or "achieved_at" is not null),
	CONSTRAINT "financial_goals_achieved_at_status_check" CHECK ("achieved_at" is null or "status" = 'achieved'),
	CONSTRAINT "financial_goals_goal_type_check" CHECK ("goal_type" in ('savings', 'spending_limit', 'debt_repayment', 'income_target', 'emergency_fund', 'horse_purchase', 'competition_season', 'retirement_fund', 'other')),
	CONSTRAINT "financial_goals_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "financial_goals_status_check" CHECK ("status" in ('active', 'paused', 'achieved', 'abandoned'))
);
--> statement-breakpoint
CREATE TABLE "financial_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"report_type" text NOT NULL,
	"title" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"horse_id" uuid,
	"tax_record_id" uuid,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"format" text DEFAULT 'pdf' NOT NULL,
	"parameters" jsonb DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"generated_at" timestamp with time zone,
	"storage_key" text,
	"file_size_bytes" integer,
	"checksum_sha256" text,
	"expires_at" timestamp with time zone,
	"failure_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "financial_reports_period_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "financial_reports_horse_check" CHECK ("report_type" <> 'horse_cost' or "horse_id" is not null),
	CONSTRAINT "financial_reports_storage_key_check" CHECK ("status" <> 'ready' or "storage_key" is not null),
	CONSTRAINT "financial_reports_generated_at_check" CHECK ("status" <> 'ready' or "generated_at" is not null),
	CONSTRAINT "financial_reports_checksum_check" CHECK (("storage_key" is null) = ("checksum_sha256" is null)),
	CONSTRAINT "financial_reports_checksum_sha256_format_check" CHECK ("checksum_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "financial_reports_file_size_bytes_check" CHECK ("file_size_bytes" > 0),
	CONSTRAINT "financial_reports_generated_after_requested_check" CHECK ("generated_at" >= "requested_at"),
	CONSTRAINT "financial_reports_expires_at_check" CHECK ("expires_at" > "generated_at"),
	CONSTRAINT "financial_reports_failure_reason_check" CHECK ("status" <> 'failed' or "failure_reason" is not null),
	CONSTRAINT "financial_reports_failure_reason_status_check" CHECK ("failure_reason" is null or "status" = 'failed'),
	CONSTRAINT "financial_reports_report_type_check" CHECK ("report_type" in ('profit_and_loss', 'cash_flow', 'vat_summary', 'horse_cost', 'expense_breakdown', 'income_summary', 'budget_vs_actual', 'tax_year_summary')),
	CONSTRAINT "financial_reports_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "financial_reports_format_check" CHECK ("format" in ('pdf', 'csv', 'xlsx', 'json')),
	CONSTRAINT "financial_reports_status_check" CHECK ("status" in ('queued', 'generating', 'ready', 'failed', 'expired'))
);
--> statement-breakpoint
CREATE TABLE "financial_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"statement_number" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"supersedes_statement_id" uuid,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"opening_balance" numeric(14,2) NOT NULL,
	"total_in" numeric(14,2) NOT NULL,
	"total_out" numeric(14,2) NOT NULL,
	"closing_balance" numeric(14,2) NOT NULL,
	"entry_count" integer DEFAULT 0 NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"document_storage_key" text NOT NULL,
	"document_sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "financial_statements_statement_number_format_check" CHECK ("statement_number" ~ '^[A-Z0-9][A-Z0-9/-]{2,39}$'),
	CONSTRAINT "financial_statements_version_check" CHECK ("version" > 0),
	CONSTRAINT "financial_statements_period_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "financial_statements_total_in_check" CHECK ("total_in" >= 0),
	CONSTRAINT "financial_statements_total_out_check" CHECK ("total_out" >= 0),
	CONSTRAINT "financial_statements_entry_count_check" CHECK ("entry_count" >= 0),
	CONSTRAINT "financial_statements_balance_check" CHECK ("closing_balance" = "opening_balance" + "total_in" - "total_out"),
	CONSTRAINT "financial_statements_document_sha256_format_check" CHECK ("document_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "financial_statements_scope_check" CHECK ("scope" in ('platform_account', 'owner_ledger', 'yard_business')),
	CONSTRAINT "financial_statements_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "income_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"income_type" text NOT NULL,
	"horse_id" uuid,
	"payer_name" text,
	"payer_user_id" uuid,
	"description" text NOT NULL,
	"amount" numeric(14,2) NOT NULL,
	"vat_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"received_on" date NOT NULL,
	"recurrence" text DEFAULT 'one_off' NOT NULL,
	"event_name" text,
	"placing" smallint,
	"invoice_id" uuid,
	"transaction_id" uuid,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "income_sources_amount_check" CHECK ("amount" > 0),
	CONSTRAINT "income_sources_vat_amount_check" CHECK ("vat_amount" >= 0),
	CONSTRAINT "income_sources_vat_within_amount_check" CHECK ("amount" >= "vat_amount"),
	CONSTRAINT "income_sources_placing_check" CHECK ("placing" >= 1),
	CONSTRAINT "income_sources_placing_prize_money_check" CHECK ("placing" is null or "income_type" = 'prize_money'),
	CONSTRAINT "income_sources_external_id_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "income_sources_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "income_sources_income_type_check" CHECK ("income_type" in ('prize_money', 'stud_fee', 'horse_sale', 'livery', 'sponsorship', 'lease', 'training', 'lessons', 'breeding_rights', 'insurance_payout', 'grant', 'other')),
	CONSTRAINT "income_sources_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "income_sources_recurrence_check" CHECK ("recurrence" in ('one_off', 'weekly', 'four_weekly', 'monthly', 'quarterly', 'yearly')),
	CONSTRAINT "income_sources_source_check" CHECK ("source" in ('xero', 'quickbooks', 'sage', 'freeagent', 'open_banking', 'bank_csv', 'other'))
);
--> statement-breakpoint
CREATE TABLE "payment_plan_instalments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"plan_id" uuid NOT NULL,
	"instalment_number" integer NOT NULL,
	"due_on" date NOT NULL,
	"amount" numeric(14,2) NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"transaction_id" uuid,
	"provider_payment_id" text,
	"attempt_count" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"failure_code" text,
	"paid_at" timestamp with time zone,
	"late_fee_amount" numeric(14,2),
	"waived_reason" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_plan_instalments_instalment_number_check" CHECK ("instalment_number" > 0),
	CONSTRAINT "payment_plan_instalments_amount_check" CHECK ("amount" > 0),
	CONSTRAINT "payment_plan_instalments_attempt_count_check" CHECK ("attempt_count" >= 0),
	CONSTRAINT "payment_plan_instalments_late_fee_amount_check" CHECK ("late_fee_amount" >= 0),
	CONSTRAINT "payment_plan_instalments_provider_payment_id_format_check" CHECK ("provider_payment_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_plan_instalments_paid_at_check" CHECK ("status" <> 'paid' or "paid_at" is not null),
	CONSTRAINT "payment_plan_instalments_paid_at_status_check" CHECK ("paid_at" is null or "status" = 'paid'),
	CONSTRAINT "payment_plan_instalments_failure_code_check" CHECK ("failure_code" is null or "status" = 'failed'),
	CONSTRAINT "payment_plan_instalments_waived_reason_check" CHECK ("status" <> 'waived' or "waived_reason" is not null),
	CONSTRAINT "payment_plan_instalments_waived_reason_status_check" CHECK ("waived_reason" is null or "status" = 'waived'),
	CONSTRAINT "payment_plan_instalments_paid_after_attempt_check" CHECK ("paid_at" >= "last_attempt_at"),
	CONSTRAINT "payment_plan_instalments_status_check" CHECK ("status" in ('scheduled', 'pending', 'paid', 'failed', 'waived'))
);
--> statement-breakpoint
CREATE TABLE "payment_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"invoice_id" uuid NOT NULL,
	"payer_user_id" uuid NOT NULL,
	"payment_method_id" uuid,
	"provider" text DEFAULT 'platform' NOT NULL,
	"provider_plan_id" text,
	"status" text DEFAULT 'proposed' NOT NULL,
	"frequency" text NOT NULL,
	"instalment_count" integer NOT NULL,
	"first_due_on" date NOT NULL,
	"total_amount" numeric(14,2) NOT NULL,
	"deposit_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"instalment_amount" numeric(14,2) NOT NULL,
	"final_instalment_amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"interest_rate_percent" numeric(5,2) DEFAULT '0.00' NOT NULL,
	"late_fee_amount" numeric(14,2),
	"agreed_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancellation_reason" text,
	"source_updated_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_plans_provider_plan_id_format_check" CHECK ("provider_plan_id" ~ '^\S{1,255}$'),
	CONSTRAINT "payment_plans_instalment_count_check" CHECK ("instalment_count" > 0),
	CONSTRAINT "payment_plans_total_amount_check" CHECK ("total_amount" > 0),
	CONSTRAINT "payment_plans_deposit_amount_check" CHECK ("deposit_amount" >= 0),
	CONSTRAINT "payment_plans_instalment_amount_check" CHECK ("instalment_amount" > 0),
	CONSTRAINT "payment_plans_final_instalment_amount_check" CHECK ("final_instalment_amount" > 0),
	CONSTRAINT "payment_plans_interest_rate_percent_check" CHECK ("interest_rate_percent" between 0 and 100),
	CONSTRAINT "payment_plans_late_fee_amount_check" CHECK ("late_fee_amount" >= 0),
	CONSTRAINT "payment_plans_deposit_check" CHECK ("total_amount" > "deposit_amount"),
	CONSTRAINT "payment_plans_schedule_total_check" CHECK ("total_amount" = "deposit_amount" + "instalment_amount" * ("instalment_count" - 1) + "final_instalment_amount"),
	CONSTRAINT "payment_plans_agreed_at_check" CHECK ("status" <> 'active' or "agreed_at" is not null),
	CONSTRAINT "payment_plans_completed_at_check" CHECK ("status" <> 'completed' or "completed_at" is not null),
	CONSTRAINT "payment_plans_completed_at_status_check" CHECK ("completed_at" is null or "status" = 'completed'),
	CONSTRAINT "payment_plans_cancelled_at_check" CHECK ("status" <> 'cancelled' or "cancelled_at" is not null),
	CONSTRAINT "payment_plans_cancellation_check" CHECK (("cancelled_at" is null) = ("cancellation_reason" is null)),
	CONSTRAINT "payment_plans_completed_after_agreed_check" CHECK ("completed_at" >= "agreed_at"),
	CONSTRAINT "payment_plans_provider_check" CHECK ("provider" in ('platform', 'gocardless', 'stripe', 'klarna', 'paypal', 'other')),
	CONSTRAINT "payment_plans_status_check" CHECK ("status" in ('proposed', 'active', 'completed', 'defaulted', 'cancelled')),
	CONSTRAINT "payment_plans_frequency_check" CHECK ("frequency" in ('weekly', 'fortnightly', 'four_weekly', 'monthly', 'quarterly', 'custom')),
	CONSTRAINT "payment_plans_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "tax_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"tax_type" text NOT NULL,
	"jurisdiction_code" text NOT NULL,
	"taxpayer_reference" text,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_on" date,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"taxable_amount" numeric(14,2) NOT NULL,
	"output_tax_amount" numeric(14,2),
	"input_tax_amount" numeric(14,2),
	"tax_due_amount" numeric(14,2) NOT NULL,
	"tax_paid_amount" numeric(14,2),
	"paid_on" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"filed_at" timestamp with time zone,
	"filing_reference" text,
	"amends_tax_record_id" uuid,
	"prepared_by_user_id" uuid,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tax_records_jurisdiction_code_format_check" CHECK ("jurisdiction_code" ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
	CONSTRAINT "tax_records_taxpayer_reference_format_check" CHECK ("taxpayer_reference" ~ '^[A-Z0-9]{5,20}$'),
	CONSTRAINT "tax_records_period_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "tax_records_taxable_amount_check" CHECK ("taxable_amount" >= 0),
	CONSTRAINT "tax_records_output_tax_amount_check" CHECK ("output_tax_amount" >= 0),
	CONSTRAINT "tax_records_input_tax_amount_check" CHECK ("input_tax_amount" >= 0),
	CONSTRAINT "tax_records_tax_paid_amount_check" CHECK ("tax_paid_amount" >= 0),
	CONSTRAINT "tax_records_vat_amounts_check" CHECK (("output_tax_amount" is null) = ("input_tax_amount" is null)),
	CONSTRAINT "tax_records_output_tax_check" CHECK ("output_tax_amount" is null or "tax_type" = 'vat'),
	CONSTRAINT "tax_records_vat_due_check" CHECK ("output_tax_amount" is null or "input_tax_amount" is null or "tax_due_amount" = "output_tax_amount" - "input_tax_amount"),
	CONSTRAINT "tax_records_payment_check" CHECK (("tax_paid_amount" is null) = ("paid_on" is null)),
	CONSTRAINT "tax_records_submitted_filed_at_check" CHECK ("status" <> 'submitted' or "filed_at" is not null),
	CONSTRAINT "tax_records_accepted_reference_check" CHECK ("status" <> 'accepted' or "filing_reference" is not null),
	CONSTRAINT "tax_records_filed_at_check" CHECK ("filing_reference" is null or "filed_at" is not null),
	CONSTRAINT "tax_records_filing_reference_format_check" CHECK ("filing_reference" ~ '^\S{1,255}$'),
	CONSTRAINT "tax_records_amends_check" CHECK ("amends_tax_record_id" <> "id"),
	CONSTRAINT "tax_records_external_id_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "tax_records_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "tax_records_tax_type_check" CHECK ("tax_type" in ('vat', 'income_tax', 'corporation_tax', 'capital_gains_tax', 'payroll', 'withholding_tax', 'other')),
	CONSTRAINT "tax_records_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "tax_records_status_check" CHECK ("status" in ('draft', 'submitted', 'accepted', 'rejected', 'superseded')),
	CONSTRAINT "tax_records_source_check" CHECK ("source" in ('xero', 'quickbooks', 'sage', 'freeagent', 'open_banking', 'bank_csv', 'other'))
);
--> statement-breakpoint
CREATE TABLE "audio_analysis_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"audio_upload_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"analysis_type" text NOT NULL,
	"confidence" numeric(4,3),
	"summary" text,
	"segments" jsonb DEFAULT '[]' NOT NULL,
	"snr_db" numeric(5,1),
	"respiratory_rate_per_minute" smallint,
	"heart_rate_bpm" smallint,
	"review_status" text DEFAULT 'unreviewed' NOT NULL,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"analysed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audio_analysis_results_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "audio_analysis_results_snr_db_check" CHECK ("snr_db" between -60 and 120),
	CONSTRAINT "audio_analysis_results_respiratory_rate_per_minute_check" CHECK ("respiratory_rate_per_minute" between 2 and 200),
	CONSTRAINT "audio_analysis_results_heart_rate_bpm_check" CHECK ("heart_rate_bpm" between 15 and 260),
	CONSTRAINT "audio_analysis_results_reviewed_at_check" CHECK ("reviewed_by_user_id" is null or "reviewed_at" is not null),
	CONSTRAINT "audio_analysis_results_analysis_type_check" CHECK ("analysis_type" in ('respiratory_noise', 'cough_detection', 'heart_sounds', 'gut_sounds', 'vocalisation', 'hoof_rhythm', 'recording_quality', 'content_moderation')),
	CONSTRAINT "audio_analysis_results_review_status_check" CHECK ("review_status" in ('unreviewed', 'confirmed', 'corrected', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "audio_transcriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"audio_upload_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"language_tag" text NOT NULL,
	"transcript_text" text NOT NULL,
	"word_count" integer NOT NULL,
	"confidence" numeric(4,3),
	"segments" jsonb DEFAULT '[]' NOT NULL,
	"speaker_count" smallint,
	"pii_redacted" boolean DEFAULT false NOT NULL,
	"review_status" text DEFAULT 'unreviewed' NOT NULL,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"transcribed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audio_transcriptions_language_tag_format_check" CHECK ("language_tag" ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$'),
	CONSTRAINT "audio_transcriptions_word_count_check" CHECK ("word_count" >= 0),
	CONSTRAINT "audio_transcriptions_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "audio_transcriptions_speaker_count_check" CHECK ("speaker_count" > 0),
	CONSTRAINT "audio_transcriptions_reviewed_at_check" CHECK ("reviewed_by_user_id" is null or "reviewed_at" is not null),
	CONSTRAINT "audio_transcriptions_review_status_check" CHECK ("review_status" in ('unreviewed', 'confirmed', 'corrected', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "audio_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"uploader_user_id" uuid NOT NULL,
	"horse_id" uuid,
	"source_video_upload_id" uuid,
	"storage_key" text NOT NULL,
	"content_sha256" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"duration_ms" integer,
	"sample_rate_hz" integer,
	"channel_count" smallint,
	"capture_context" text,
	"recording_device" text,
	"captured_at" timestamp with time zone,
	"status" text DEFAULT 'uploading' NOT NULL,
	"visibility" text DEFAULT 'private' NOT NULL,
	"licence" text DEFAULT 'platform_terms' NOT NULL,
	"training_consent" text DEFAULT 'not_asked' NOT NULL,
	"consent_recorded_at" timestamp with time zone,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audio_uploads_storage_key_format_check" CHECK ("storage_key" ~ '^[A-Za-z0-9][A-Za-z0-9._/=-]*$'),
	CONSTRAINT "audio_uploads_content_sha256_format_check" CHECK ("content_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "audio_uploads_size_bytes_check" CHECK ("size_bytes" > 0),
	CONSTRAINT "audio_uploads_duration_ms_check" CHECK ("duration_ms" > 0),
	CONSTRAINT "audio_uploads_sample_rate_hz_check" CHECK ("sample_rate_hz" between 8000 and 768000),
	CONSTRAINT "audio_uploads_channel_count_check" CHECK ("channel_count" > 0),
	CONSTRAINT "audio_uploads_consent_recorded_at_check" CHECK ("training_consent" <> 'granted' or "consent_recorded_at" is not null),
	CONSTRAINT "audio_uploads_source_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "audio_uploads_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "audio_uploads_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "audio_uploads_mime_type_check" CHECK ("mime_type" in ('audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/aac', 'audio/wav', 'audio/webm', 'audio/ogg', 'audio/flac', 'audio/amr')),
	CONSTRAINT "audio_uploads_capture_context_check" CHECK ("capture_context" in ('stable', 'exercise', 'auscultation', 'endoscopy', 'voice_note', 'vet_consultation', 'video_soundtrack', 'other')),
	CONSTRAINT "audio_uploads_status_check" CHECK ("status" in ('uploading', 'stored', 'processing', 'ready', 'failed', 'quarantined')),
	CONSTRAINT "audio_uploads_visibility_check" CHECK ("visibility" in ('private', 'members', 'public')),
	CONSTRAINT "audio_uploads_licence_check" CHECK ("licence" in ('platform_terms', 'all_rights_reserved', 'cc_by_4_0', 'cc_by_nc_4_0', 'cc0_1_0', 'commercial_licence')),
	CONSTRAINT "audio_uploads_training_consent_check" CHECK ("training_consent" in ('not_asked', 'granted', 'refused', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "image_analysis_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"image_upload_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"analysis_type" text NOT NULL,
	"confidence" numeric(4,3),
	"summary" text,
	"labels" jsonb DEFAULT '[]' NOT NULL,
	"regions" jsonb DEFAULT '[]' NOT NULL,
	"quality_score" numeric(4,3),
	"body_condition_score" numeric(2,1),
	"review_status" text DEFAULT 'unreviewed' NOT NULL,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"analysed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "image_analysis_results_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "image_analysis_results_quality_score_check" CHECK ("quality_score" between 0 and 1),
	CONSTRAINT "image_analysis_results_body_condition_score_check" CHECK ("body_condition_score" between 1 and 9),
	CONSTRAINT "image_analysis_results_body_condition_check" CHECK ("body_condition_score" is null or "analysis_type" = 'body_condition'),
	CONSTRAINT "image_analysis_results_reviewed_at_check" CHECK ("reviewed_by_user_id" is null or "reviewed_at" is not null),
	CONSTRAINT "image_analysis_results_analysis_type_check" CHECK ("analysis_type" in ('conformation', 'body_condition', 'coat_colour', 'markings', 'breed_estimate', 'injury_detection', 'identity_match', 'image_quality', 'content_moderation', 'caption')),
	CONSTRAINT "image_analysis_results_review_status_check" CHECK ("review_status" in ('unreviewed', 'confirmed', 'corrected', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "image_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"uploader_user_id" uuid NOT NULL,
	"horse_id" uuid,
	"horse_photo_id" uuid,
	"storage_key" text NOT NULL,
	"content_sha256" text NOT NULL,
	"perceptual_hash" text,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"width_px" integer,
	"height_px" integer,
	"captured_at" timestamp with time zone,
	"capture_device" text,
	"caption" text,
	"status" text DEFAULT 'uploading' NOT NULL,
	"visibility" text DEFAULT 'private' NOT NULL,
	"licence" text DEFAULT 'platform_terms' NOT NULL,
	"training_consent" text DEFAULT 'not_asked' NOT NULL,
	"consent_recorded_at" timestamp with time zone,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "image_uploads_storage_key_format_check" CHECK ("storage_key" ~ '^[A-Za-z0-9][A-Za-z0-9._/=-]*$'),
	CONSTRAINT "image_uploads_content_sha256_format_check" CHECK ("content_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "image_uploads_perceptual_hash_format_check" CHECK ("perceptual_hash" ~ '^[0-9a-f]{16}$'),
	CONSTRAINT "image_uploads_size_bytes_check" CHECK ("size_bytes" > 0),
	CONSTRAINT "image_uploads_width_px_check" CHECK ("width_px" > 0),
	CONSTRAINT "image_uploads_height_px_check" CHECK ("height_px" > 0),
	CONSTRAINT "image_uploads_consent_recorded_at_check" CHECK ("training_consent" <> 'granted' or "consent_recorded_at" is not null),
	CONSTRAINT "image_uploads_source_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "image_uploads_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "image_uploads_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "image_uploads_mime_type_check" CHECK ("mime_type" in ('image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'image/avif', 'image/tiff', 'image/gif')),
	CONSTRAINT "image_uploads_status_check" CHECK ("status" in ('uploading', 'stored', 'processing', 'ready', 'failed', 'quarantined')),
	CONSTRAINT "image_uploads_visibility_check" CHECK ("visibility" in ('private', 'members', 'public')),
	CONSTRAINT "image_uploads_licence_check" CHECK ("licence" in ('platform_terms', 'all_rights_reserved', 'cc_by_4_0', 'cc_by_nc_4_0', 'cc0_1_0', 'commercial_licence')),
	CONSTRAINT "image_uploads_training_consent_check" CHECK ("training_consent" in ('not_asked', 'granted', 'refused', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "media_embeddings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"image_upload_id" uuid,
	"video_upload_id" uuid,
	"video_frame_id" uuid,
	"audio_upload_id" uuid,
	"model_id" uuid NOT NULL,
	"run_id" uuid,
	"embedding" real[] NOT NULL,
	"dimensions" integer NOT NULL,
	"distance_metric" text DEFAULT 'cosine' NOT NULL,
	"is_normalised" boolean DEFAULT true NOT NULL,
	"segment_start_ms" integer,
	"segment_end_ms" integer,
	"generated_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_embeddings_item_model_segment_key" UNIQUE NULLS NOT DISTINCT("image_upload_id","video_upload_id","video_frame_id","audio_upload_id","model_id","segment_start_ms"),
	CONSTRAINT "media_embeddings_media_item_check" CHECK (num_nonnulls("image_upload_id", "video_upload_id", "video_frame_id", "audio_upload_id") = 1),
	CONSTRAINT "media_embeddings_dimensions_check" CHECK ("dimensions" between 1 and 16000),
	CONSTRAINT "media_embeddings_embedding_dimensions_check" CHECK (cardinality("embedding") = "dimensions"),
	CONSTRAINT "media_embeddings_segment_start_ms_check" CHECK ("segment_start_ms" >= 0),
	CONSTRAINT "media_embeddings_segment_check" CHECK (("segment_start_ms" is null) = ("segment_end_ms" is null)),
	CONSTRAINT "media_embeddings_segment_end_ms_check" CHECK ("segment_end_ms" > "segment_start_ms"),
	CONSTRAINT "media_embeddings_distance_metric_check" CHECK ("distance_metric" in ('cosine', 'l2', 'inner_product'))
);
--> statement-breakpoint
CREATE TABLE "media_learning_dataset" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"dataset_name" text NOT NULL,
	"image_upload_id" uuid,
	"video_upload_id" uuid,
	"video_frame_id" uuid,
	"audio_upload_id" uuid,
	"label" text NOT NULL,
	"annotations" jsonb DEFAULT '[]' NOT NULL,
	"split" text NOT NULL,
	"label_source" text NOT NULL,
	"labelled_by_user_id" uuid,
	"labelled_at" timestamp with time zone NOT NULL,
	"verified_by_user_id" uuid,
	"verified_at" timestamp with time zone,
	"consent_basis" text NOT NULL,
	"consent_recorded_at" timestamp with time zone,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"removal_reason" text,
	"ai_training_data_id" uuid,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_learning_dataset_media_item_check" CHECK (num_nonnulls("image_upload_id", "video_upload_id", "video_frame_id", "audio_upload_id") = 1),
	CONSTRAINT "media_learning_dataset_dataset_name_format_check" CHECK ("dataset_name" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "media_learning_dataset_label_format_check" CHECK ("label" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "media_learning_dataset_consent_check" CHECK ("consent_basis" <> 'consent' or "consent_recorded_at" is not null),
	CONSTRAINT "media_learning_dataset_verified_at_check" CHECK ("verified_by_user_id" is null or "verified_at" is not null),
	CONSTRAINT "media_learning_dataset_verified_after_labelled_check" CHECK ("verified_at" >= "labelled_at"),
	CONSTRAINT "media_learning_dataset_valid_to_check" CHECK ("valid_to" > "valid_from"),
	CONSTRAINT "media_learning_dataset_closed_check" CHECK (("valid_to" is null) = ("removal_reason" is null)),
	CONSTRAINT "media_learning_dataset_source_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "media_learning_dataset_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "media_learning_dataset_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "media_learning_dataset_split_check" CHECK ("split" in ('train', 'validation', 'test')),
	CONSTRAINT "media_learning_dataset_label_source_check" CHECK ("label_source" in ('veterinarian', 'expert_annotator', 'owner', 'crowd', 'model_assisted', 'imported')),
	CONSTRAINT "media_learning_dataset_consent_basis_check" CHECK ("consent_basis" in ('consent', 'contract', 'legitimate_interest', 'not_personal_data')),
	CONSTRAINT "media_learning_dataset_removal_reason_check" CHECK ("removal_reason" in ('relabelled', 'moved_split', 'consent_withdrawn', 'duplicate', 'low_quality', 'test_leakage', 'other'))
);
--> statement-breakpoint
CREATE TABLE "media_model_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"model_id" uuid NOT NULL,
	"external_run_id" text NOT NULL,
	"task" text NOT NULL,
	"prompt_version" text,
	"prompt_sha256" text,
	"input_content_sha256" text,
	"input_tokens" integer,
	"output_tokens" integer,
	"input_duration_ms" integer,
	"latency_ms" integer,
	"cost" numeric(14,6),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"status" text NOT NULL,
	"error_code" text,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"requested_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_model_runs_external_run_id_format_check" CHECK ("external_run_id" ~ '^\S{1,255}$'),
	CONSTRAINT "media_model_runs_prompt_version_format_check" CHECK ("prompt_version" ~ '^[0-9A-Za-z][0-9A-Za-z._+-]{0,63}$'),
	CONSTRAINT "media_model_runs_prompt_sha256_format_check" CHECK ("prompt_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "media_model_runs_input_content_sha256_format_check" CHECK ("input_content_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "media_model_runs_input_tokens_check" CHECK ("input_tokens" >= 0),
	CONSTRAINT "media_model_runs_output_tokens_check" CHECK ("output_tokens" >= 0),
	CONSTRAINT "media_model_runs_input_duration_ms_check" CHECK ("input_duration_ms" >= 0),
	CONSTRAINT "media_model_runs_latency_ms_check" CHECK ("latency_ms" >= 0),
	CONSTRAINT "media_model_runs_cost_check" CHECK ("cost" >= 0),
	CONSTRAINT "media_model_runs_completed_at_check" CHECK ("completed_at" >= "started_at"),
	CONSTRAINT "media_model_runs_succeeded_check" CHECK ("status" <> 'succeeded' or "completed_at" is not null),
	CONSTRAINT "media_model_runs_failed_check" CHECK ("status" <> 'failed' or "error_code" is not null),
	CONSTRAINT "media_model_runs_task_check" CHECK ("task" in ('image_analysis', 'video_analysis', 'pose_estimation', 'audio_analysis', 'transcription', 'embedding', 'pattern_detection', 'similarity_search')),
	CONSTRAINT "media_model_runs_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "media_model_runs_status_check" CHECK ("status" in ('succeeded', 'failed', 'timed_out', 'refused'))
);
--> statement-breakpoint
CREATE TABLE "media_processing_queue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"image_upload_id" uuid,
	"video_upload_id" uuid,
	"audio_upload_id" uuid,
	"job_type" text NOT NULL,
	"model_id" uuid,
	"status" text DEFAULT 'queued' NOT NULL,
	"priority" smallint DEFAULT 50 NOT NULL,
	"attempt_count" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"locked_by" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"last_error" text,
	"last_run_id" uuid,
	"requested_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_processing_queue_media_item_check" CHECK (num_nonnulls("image_upload_id", "video_upload_id", "audio_upload_id") = 1),
	CONSTRAINT "media_processing_queue_priority_check" CHECK ("priority" between 0 and 100),
	CONSTRAINT "media_processing_queue_attempt_count_check" CHECK ("attempt_count" >= 0),
	CONSTRAINT "media_processing_queue_max_attempts_check" CHECK ("max_attempts" > 0),
	CONSTRAINT "media_processing_queue_attempts_check" CHECK ("max_attempts" >= "attempt_count"),
	CONSTRAINT "media_processing_queue_locked_by_format_check" CHECK ("locked_by" ~ '^\S{1,255}$'),
	CONSTRAINT "media_processing_queue_lease_check" CHECK (("locked_by" is null) = ("locked_until" is null)),
	CONSTRAINT "media_processing_queue_running_check" CHECK ("status" <> 'running' or "started_at" is not null),
	CONSTRAINT "media_processing_queue_succeeded_check" CHECK ("status" <> 'succeeded' or "finished_at" is not null),
	CONSTRAINT "media_processing_queue_failed_check" CHECK ("status" <> 'failed' or "last_error" is not null),
	CONSTRAINT "media_processing_queue_finished_at_check" CHECK ("finished_at" >= "started_at"),
	CONSTRAINT "media_processing_queue_job_type_check" CHECK ("job_type" in ('virus_scan', 'metadata_extraction', 'transcode', 'thumbnail', 'frame_extraction', 'audio_extraction', 'image_analysis', 'video_analysis', 'audio_analysis', 'transcription', 'embedding', 'pattern_detection')),
	CONSTRAINT "media_processing_queue_status_check" CHECK ("status" in ('queued', 'running', 'succeeded', 'failed', 'cancelled', 'dead_lettered'))
);
--> statement-breakpoint
CREATE TABLE "media_similarity_search" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"requested_by_user_id" uuid,
	"model_id" uuid NOT NULL,
	"query_image_upload_id" uuid,
	"query_video_upload_id" uuid,
	"query_audio_upload_id" uuid,
	"query_embedding_id" uuid,
	"query_text" text,
	"purpose" text NOT NULL,
	"searched_kind" text NOT NULL,
	"top_k" integer NOT NULL,
	"distance_metric" text DEFAULT 'cosine' NOT NULL,
	"score_threshold" numeric(5,4),
	"result_count" integer NOT NULL,
	"results" jsonb DEFAULT '[]' NOT NULL,
	"latency_ms" integer,
	"request_id" text,
	"searched_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_similarity_search_media_item_check" CHECK (num_nonnulls("query_image_upload_id", "query_video_upload_id", "query_audio_upload_id", "query_embedding_id", "query_text") = 1),
	CONSTRAINT "media_similarity_search_query_text_check" CHECK (char_length("query_text") between 1 and 2000),
	CONSTRAINT "media_similarity_search_top_k_check" CHECK ("top_k" between 1 and 1000),
	CONSTRAINT "media_similarity_search_score_threshold_check" CHECK ("score_threshold" between -1 and 1),
	CONSTRAINT "media_similarity_search_result_count_check" CHECK ("result_count" >= 0),
	CONSTRAINT "media_similarity_search_top_k_result_count_check" CHECK ("top_k" >= "result_count"),
	CONSTRAINT "media_similarity_search_latency_ms_check" CHECK ("latency_ms" >= 0),
	CONSTRAINT "media_similarity_search_request_id_format_check" CHECK ("request_id" ~ '^\S{1,255}$'),
	CONSTRAINT "media_similarity_search_purpose_check" CHECK ("purpose" in ('duplicate_detection', 'horse_identification', 'similar_media', 'text_to_media', 'dataset_curation')),
	CONSTRAINT "media_similarity_search_searched_kind_check" CHECK ("searched_kind" in ('image', 'video', 'video_frame', 'audio')),
	CONSTRAINT "media_similarity_search_distance_metric_check" CHECK ("distance_metric" in ('cosine', 'l2', 'inner_product'))
);
--> statement-breakpoint
CREATE TABLE "sound_pattern_recognition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"audio_upload_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"run_id" uuid,
	"pattern_code" text NOT NULL,
	"confidence" numeric(4,3) NOT NULL,
	"severity" text,
	"respiratory_phase" text,
	"start_ms" integer NOT NULL,
	"end_ms" integer NOT NULL,
	"event_count" integer DEFAULT 1 NOT NULL,
	"dominant_frequency_hz" integer,
	"peak_level_dbfs" numeric(4,1),
	"review_status" text DEFAULT 'unreviewed' NOT NULL,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"detected_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sound_pattern_recognition_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "sound_pattern_recognition_start_ms_check" CHECK ("start_ms" >= 0),
	CONSTRAINT "sound_pattern_recognition_end_ms_check" CHECK ("end_ms" >= "start_ms"),
	CONSTRAINT "sound_pattern_recognition_event_count_check" CHECK ("event_count" > 0),
	CONSTRAINT "sound_pattern_recognition_dominant_frequency_hz_check" CHECK ("dominant_frequency_hz" between 1 and 100000),
	CONSTRAINT "sound_pattern_recognition_peak_level_dbfs_check" CHECK ("peak_level_dbfs" between -160 and 0),
	CONSTRAINT "sound_pattern_recognition_reviewed_at_check" CHECK ("reviewed_by_user_id" is null or "reviewed_at" is not null),
	CONSTRAINT "sound_pattern_recognition_pattern_code_check" CHECK ("pattern_code" in ('roaring', 'whistling', 'gurgling', 'high_blowing', 'snoring', 'cough', 'snort', 'nicker', 'whinny', 'squeal', 'groan', 'teeth_grinding', 'gut_sounds_reduced', 'gut_sounds_increased', 'heart_murmur', 'irregular_heartbeat', 'wheeze', 'crackles', 'irregular_hoof_rhythm', 'other')),
	CONSTRAINT "sound_pattern_recognition_severity_check" CHECK ("severity" in ('mild', 'moderate', 'severe')),
	CONSTRAINT "sound_pattern_recognition_respiratory_phase_check" CHECK ("respiratory_phase" in ('inspiratory', 'expiratory', 'both')),
	CONSTRAINT "sound_pattern_recognition_review_status_check" CHECK ("review_status" in ('unreviewed', 'confirmed', 'corrected', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "video_analysis_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"video_upload_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"analysis_type" text NOT NULL,
	"confidence" numeric(4,3),
	"summary" text,
	"dominant_gait" text,
	"suspected_limb" text,
	"head_asymmetry_mm" numeric(5,1),
	"pelvis_asymmetry_mm" numeric(5,1),
	"frames_analysed_count" integer,
	"sampled_fps" numeric(6,3),
	"segments" jsonb DEFAULT '[]' NOT NULL,
	"review_status" text DEFAULT 'unreviewed' NOT NULL,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"analysed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "video_analysis_results_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "video_analysis_results_head_asymmetry_mm_check" CHECK ("head_asymmetry_mm" between -300 and 300),
	CONSTRAINT "video_analysis_results_pelvis_asymmetry_mm_check" CHECK ("pelvis_asymmetry_mm" between -300 and 300),
	CONSTRAINT "video_analysis_results_frames_analysed_count_check" CHECK ("frames_analysed_count" >= 0),
	CONSTRAINT "video_analysis_results_sampled_fps_check" CHECK ("sampled_fps" > 0),
	CONSTRAINT "video_analysis_results_reviewed_at_check" CHECK ("reviewed_by_user_id" is null or "reviewed_at" is not null),
	CONSTRAINT "video_analysis_results_analysis_type_check" CHECK ("analysis_type" in ('gait_analysis', 'lameness_screening', 'behaviour', 'activity_recognition', 'jump_technique', 'rider_position', 'content_moderation', 'scene_summary')),
	CONSTRAINT "video_analysis_results_dominant_gait_check" CHECK ("dominant_gait" in ('halt', 'walk', 'trot', 'canter', 'gallop', 'tolt', 'pace', 'rein_back')),
	CONSTRAINT "video_analysis_results_suspected_limb_check" CHECK ("suspected_limb" in ('left_fore', 'right_fore', 'left_hind', 'right_hind', 'bilateral_fore', 'bilateral_hind', 'multiple')),
	CONSTRAINT "video_analysis_results_review_status_check" CHECK ("review_status" in ('unreviewed', 'confirmed', 'corrected', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "video_frames" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"video_upload_id" uuid NOT NULL,
	"frame_index" integer NOT NULL,
	"timestamp_ms" integer NOT NULL,
	"storage_key" text NOT NULL,
	"content_sha256" text,
	"width_px" integer,
	"height_px" integer,
	"is_keyframe" boolean DEFAULT false NOT NULL,
	"extraction_method" text NOT NULL,
	"sharpness_score" numeric(4,3),
	"keypoints" jsonb DEFAULT '[]' NOT NULL,
	"pose_model_id" uuid,
	"extracted_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "video_frames_frame_index_check" CHECK ("frame_index" >= 0),
	CONSTRAINT "video_frames_timestamp_ms_check" CHECK ("timestamp_ms" >= 0),
	CONSTRAINT "video_frames_storage_key_format_check" CHECK ("storage_key" ~ '^[A-Za-z0-9][A-Za-z0-9._/=-]*$'),
	CONSTRAINT "video_frames_content_sha256_format_check" CHECK ("content_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "video_frames_width_px_check" CHECK ("width_px" > 0),
	CONSTRAINT "video_frames_height_px_check" CHECK ("height_px" > 0),
	CONSTRAINT "video_frames_sharpness_score_check" CHECK ("sharpness_score" between 0 and 1),
	CONSTRAINT "video_frames_extraction_method_check" CHECK ("extraction_method" in ('keyframe', 'uniform_sample', 'scene_change', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "video_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"uploader_user_id" uuid NOT NULL,
	"horse_id" uuid,
	"lameness_exam_id" uuid,
	"storage_key" text NOT NULL,
	"content_sha256" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"duration_ms" integer,
	"width_px" integer,
	"height_px" integer,
	"frame_rate" numeric(6,3),
	"has_audio" boolean DEFAULT true NOT NULL,
	"capture_context" text,
	"captured_at" timestamp with time zone,
	"caption" text,
	"status" text DEFAULT 'uploading' NOT NULL,
	"visibility" text DEFAULT 'private' NOT NULL,
	"licence" text DEFAULT 'platform_terms' NOT NULL,
	"training_consent" text DEFAULT 'not_asked' NOT NULL,
	"consent_recorded_at" timestamp with time zone,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "video_uploads_storage_key_format_check" CHECK ("storage_key" ~ '^[A-Za-z0-9][A-Za-z0-9._/=-]*$'),
	CONSTRAINT "video_uploads_content_sha256_format_check" CHECK ("content_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "video_uploads_size_bytes_check" CHECK ("size_bytes" > 0),
	CONSTRAINT "video_uploads_duration_ms_check" CHECK ("duration_ms" > 0),
	CONSTRAINT "video_uploads_width_px_check" CHECK ("width_px" > 0),
	CONSTRAINT "video_uploads_height_px_check" CHECK ("height_px" > 0),
	CONSTRAINT "video_uploads_frame_rate_check" CHECK ("frame_rate" > 0),
	CONSTRAINT "video_uploads_consent_recorded_at_check" CHECK ("training_consent" <> 'granted' or "consent_recorded_at" is not null),
	CONSTRAINT "video_uploads_source_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "video_uploads_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "video_uploads_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "video_uploads_mime_type_check" CHECK ("mime_type" in ('video/mp4', 'video/quicktime', 'video/webm', 'video/x-matroska', 'video/3gpp', 'video/x-msvideo')),
	CONSTRAINT "video_uploads_capture_context_check" CHECK ("capture_context" in ('trot_up', 'lunge', 'ridden', 'loose_jumping', 'turnout', 'stable_camera', 'competition', 'vet_exam', 'other')),
	CONSTRAINT "video_uploads_status_check" CHECK ("status" in ('uploading', 'stored', 'processing', 'ready', 'failed', 'quarantined')),
	CONSTRAINT "video_uploads_visibility_check" CHECK ("visibility" in ('private', 'members', 'public')),
	CONSTRAINT "video_uploads_licence_check" CHECK ("licence" in ('platform_terms', 'all_rights_reserved', 'cc_by_4_0', 'cc_by_nc_4_0', 'cc0_1_0', 'commercial_licence')),
	CONSTRAINT "video_uploads_training_consent_check" CHECK ("training_consent" in ('not_asked', 'granted', 'refused', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "visual_pattern_recognition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"image_upload_id" uuid,
	"video_upload_id" uuid,
	"video_frame_id" uuid,
	"model_id" uuid NOT NULL,
	"run_id" uuid,
	"pattern_code" text NOT NULL,
	"confidence" numeric(4,3) NOT NULL,
	"severity" text,
	"affected_limb" text,
	"start_ms" integer,
	"end_ms" integer,
	"regions" jsonb DEFAULT '[]' NOT NULL,
	"review_status" text DEFAULT 'unreviewed' NOT NULL,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"detected_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visual_pattern_recognition_detection_key" UNIQUE NULLS NOT DISTINCT("image_upload_id","video_upload_id","model_id","pattern_code","start_ms"),
	CONSTRAINT "visual_pattern_recognition_media_item_check" CHECK (("image_upload_id" is null) <> ("video_upload_id" is null)),
	CONSTRAINT "visual_pattern_recognition_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "visual_pattern_recognition_start_ms_check" CHECK ("start_ms" >= 0),
	CONSTRAINT "visual_pattern_recognition_time_range_check" CHECK (("start_ms" is null) = ("end_ms" is null)),
	CONSTRAINT "visual_pattern_recognition_end_ms_check" CHECK ("end_ms" >= "start_ms"),
	CONSTRAINT "visual_pattern_recognition_video_time_check" CHECK ("start_ms" is null or "video_upload_id" is not null),
	CONSTRAINT "visual_pattern_recognition_video_frame_check" CHECK ("video_frame_id" is null or "video_upload_id" is not null),
	CONSTRAINT "visual_pattern_recognition_reviewed_at_check" CHECK ("reviewed_by_user_id" is null or "reviewed_at" is not null),
	CONSTRAINT "visual_pattern_recognition_pattern_code_check" CHECK ("pattern_code" in ('head_nod', 'hip_hike', 'gait_irregularity', 'shortened_stride', 'toe_dragging', 'pain_face', 'ears_pinned', 'tail_swishing', 'weaving', 'crib_biting', 'box_walking', 'pawing', 'flank_watching', 'rolling', 'prolonged_recumbency', 'wound', 'swelling', 'nasal_discharge', 'rider_imbalance', 'other')),
	CONSTRAINT "visual_pattern_recognition_severity_check" CHECK ("severity" in ('mild', 'moderate', 'severe')),
	CONSTRAINT "visual_pattern_recognition_affected_limb_check" CHECK ("affected_limb" in ('left_fore', 'right_fore', 'left_hind', 'right_hind', 'bilateral_fore', 'bilateral_hind', 'multiple')),
	CONSTRAINT "visual_pattern_recognition_review_status_check" CHECK ("review_status" in ('unreviewed', 'confirmed', 'corrected', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "feed_consumption" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"feed_type_id" uuid NOT NULL,
	"consumed_on" date NOT NULL,
	"offered_kg" numeric(6,2) NOT NULL,
	"refused_kg" numeric(6,2) DEFAULT '0.00' NOT NULL,
	"feed_count" smallint,
	"appetite" text,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"recorded_by_user_id" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feed_consumption_offered_kg_check" CHECK ("offered_kg" >= 0),
	CONSTRAINT "feed_consumption_refused_kg_check" CHECK ("refused_kg" >= 0),
	CONSTRAINT "feed_consumption_refused_within_offered_check" CHECK ("offered_kg" >= "refused_kg"),
	CONSTRAINT "feed_consumption_feed_count_check" CHECK ("feed_count" >= 0),
	CONSTRAINT "feed_consumption_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "feed_consumption_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "feed_consumption_source_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "feed_consumption_appetite_check" CHECK ("appetite" in ('cleared', 'good', 'picky', 'poor', 'off_feed'))
);
--> statement-breakpoint
CREATE TABLE "feed_inventory" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"owner_user_id" uuid,
	"facility_id" uuid,
	"feed_type_id" uuid NOT NULL,
	"movement_type" text NOT NULL,
	"quantity_kg" numeric(10,3) NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"feed_supplier_id" uuid,
	"batch_number" text,
	"delivery_reference" text,
	"total_cost" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"reason" text,
	"recorded_by_user_id" uuid,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feed_inventory_holder_check" CHECK ("owner_user_id" is not null or "facility_id" is not null),
	CONSTRAINT "feed_inventory_quantity_sign_check" CHECK (("movement_type" = 'delivery' and "quantity_kg" > 0) or ("movement_type" in ('usage', 'wastage') and "quantity_kg" < 0) or ("movement_type" = 'adjustment' and "quantity_kg" <> 0)),
	CONSTRAINT "feed_inventory_adjustment_reason_check" CHECK ("movement_type" <> 'adjustment' or "reason" is not null),
	CONSTRAINT "feed_inventory_total_cost_check" CHECK ("total_cost" >= 0),
	CONSTRAINT "feed_inventory_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "feed_inventory_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "feed_inventory_source_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "feed_inventory_movement_type_check" CHECK ("movement_type" in ('delivery', 'usage', 'wastage', 'adjustment')),
	CONSTRAINT "feed_inventory_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "feed_suppliers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"company_name" text NOT NULL,
	"trading_name" text,
	"address_line1" text,
	"address_line2" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country_code" char(2),
	"vat_number" text,
	"company_registration_number" text,
	"website_url" text,
	"email" text,
	"phone" text,
	"feed_assurance_scheme" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feed_suppliers_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "feed_suppliers_address_line1_country_code_check" CHECK ("address_line1" is null or "country_code" is not null),
	CONSTRAINT "feed_suppliers_registration_country_check" CHECK ("company_registration_number" is null or "country_code" is not null),
	CONSTRAINT "feed_suppliers_company_registration_number_format_check" CHECK ("company_registration_number" ~ '^\S{1,64}$'),
	CONSTRAINT "feed_suppliers_vat_number_format_check" CHECK ("vat_number" ~ '^[A-Z]{2}[0-9A-Z+*]{2,13}$'),
	CONSTRAINT "feed_suppliers_website_url_format_check" CHECK ("website_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "feed_suppliers_email_format_check" CHECK ("email" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "feed_suppliers_phone_format_check" CHECK ("phone" ~ '^\+[1-9][0-9]{1,14}$')
);
--> statement-breakpoint
CREATE TABLE "feed_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"feed_supplier_id" uuid,
	"supplier_product_code" text,
	"gtin" text,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"nutrient_basis" text DEFAULT 'as_fed' NOT NULL,
	"dry_matter_percent" numeric(5,2),
	"digestible_energy_mj_per_kg" numeric(4,1),
	"crude_protein_g_per_kg" numeric(5,1),
	"lysine_g_per_kg" numeric(5,1),
	"starch_percent" numeric(5,2),
	"sugar_percent" numeric(5,2),
	"oil_percent" numeric(5,2),
	"fibre_percent" numeric(5,2),
	"nsc_percent" numeric(5,2),
	"calcium_g_per_kg" numeric(5,1),
	"phosphorus_g_per_kg" numeric(5,1),
	"contains_fei_prohibited_substance" boolean DEFAULT false NOT NULL,
	"is_beta_nops_approved" boolean DEFAULT false NOT NULL,
	"discontinued_on" date,
	"source_updated_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feed_types_supplier_product_code_format_check" CHECK ("supplier_product_code" ~ '^\S{1,64}$'),
	CONSTRAINT "feed_types_gtin_format_check" CHECK ("gtin" ~ '^([0-9]{8}|[0-9]{12,14})$'),
	CONSTRAINT "feed_types_dry_matter_percent_check" CHECK ("dry_matter_percent" > 0 and "dry_matter_percent" <= 100),
	CONSTRAINT "feed_types_digestible_energy_mj_per_kg_check" CHECK ("digestible_energy_mj_per_kg" between 0 and 45),
	CONSTRAINT "feed_types_crude_protein_g_per_kg_check" CHECK ("crude_protein_g_per_kg" between 0 and 1000),
	CONSTRAINT "feed_types_lysine_g_per_kg_check" CHECK ("lysine_g_per_kg" between 0 and 1000),
	CONSTRAINT "feed_types_starch_percent_check" CHECK ("starch_percent" between 0 and 100),
	CONSTRAINT "feed_types_sugar_percent_check" CHECK ("sugar_percent" between 0 and 100),
	CONSTRAINT "feed_types_oil_percent_check" CHECK ("oil_percent" between 0 and 100),
	CONSTRAINT "feed_types_fibre_percent_check" CHECK ("fibre_percent" between 0 and 100),
	CONSTRAINT "feed_types_nsc_percent_check" CHECK ("nsc_percent" between 0 and 100),
	CONSTRAINT "feed_types_calcium_g_per_kg_check" CHECK ("calcium_g_per_kg" between 0 and 1000),
	CONSTRAINT "feed_types_phosphorus_g_per_kg_check" CHECK ("phosphorus_g_per_kg" between 0 and 1000),
	CONSTRAINT "feed_types_category_check" CHECK ("category" in ('forage', 'pasture', 'chaff', 'straight', 'concentrate', 'balancer', 'supplement', 'mash', 'oil', 'electrolyte', 'lick', 'treat', 'other')),
	CONSTRAINT "feed_types_nutrient_basis_check" CHECK ("nutrient_basis" in ('as_fed', 'dry_matter'))
);
--> statement-breakpoint
CREATE TABLE "feeding_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"feeding_schedule_id" uuid,
	"feed_type_id" uuid NOT NULL,
	"fed_at" timestamp with time zone NOT NULL,
	"fed_by_user_id" uuid,
	"status" text DEFAULT 'given' NOT NULL,
	"quantity_kg" numeric(8,3),
	"batch_number" text,
	"skip_reason" text,
	"source" text,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feeding_history_quantity_kg_check" CHECK ("quantity_kg" >= 0),
	CONSTRAINT "feeding_history_given_quantity_check" CHECK ("status" <> 'given' or "quantity_kg" is not null),
	CONSTRAINT "feeding_history_skip_reason_check" CHECK ("skip_reason" is null or "status" = 'skipped'),
	CONSTRAINT "feeding_history_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "feeding_history_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "feeding_history_source_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "feeding_history_status_check" CHECK ("status" in ('given', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "feeding_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"feed_type_id" uuid NOT NULL,
	"quantity" numeric(10,3) NOT NULL,
	"unit" text NOT NULL,
	"quantity_kg" numeric(12,6) NOT NULL,
	"feed_time" time NOT NULL,
	"time_zone" text NOT NULL,
	"preparation" text DEFAULT 'as_supplied' NOT NULL,
	"soak_minutes" integer,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"instructions" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feeding_schedules_quantity_check" CHECK ("quantity" > 0),
	CONSTRAINT "feeding_schedules_quantity_kg_check" CHECK ("quantity_kg" > 0),
	CONSTRAINT "feeding_schedules_time_zone_format_check" CHECK ("time_zone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$'),
	CONSTRAINT "feeding_schedules_soak_minutes_check" CHECK ("soak_minutes" between 1 and 2880),
	CONSTRAINT "feeding_schedules_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "feeding_schedules_kg_equivalent_check" CHECK (("unit" <> 'kg' or "quantity_kg" = "quantity") and ("unit" <> 'g' or "quantity_kg" * 1000 = "quantity")),
	CONSTRAINT "feeding_schedules_unit_check" CHECK ("unit" in ('kg', 'g', 'scoop', 'flake', 'haynet', 'litre', 'ml')),
	CONSTRAINT "feeding_schedules_preparation_check" CHECK ("preparation" in ('as_supplied', 'dampened', 'soaked', 'steamed', 'soaked_and_steamed'))
);
--> statement-breakpoint
CREATE TABLE "nutritional_analysis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"feed_type_id" uuid NOT NULL,
	"laboratory_code" text NOT NULL,
	"accession_number" text NOT NULL,
	"requested_by_user_id" uuid,
	"sample_description" text,
	"sampled_on" date NOT NULL,
	"reported_on" date,
	"status" text DEFAULT 'submitted' NOT NULL,
	"method" text DEFAULT 'nir' NOT NULL,
	"nutrient_basis" text DEFAULT 'dry_matter' NOT NULL,
	"dry_matter_percent" numeric(5,2),
	"digestible_energy_mj_per_kg" numeric(4,1),
	"crude_protein_percent" numeric(5,2),
	"ndf_percent" numeric(5,2),
	"adf_percent" numeric(5,2),
	"wsc_percent" numeric(5,2),
	"esc_percent" numeric(5,2),
	"starch_percent" numeric(5,2),
	"crude_fat_percent" numeric(5,2),
	"other_analytes" jsonb DEFAULT '[]' NOT NULL,
	"report_url" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nutritional_analysis_laboratory_code_format_check" CHECK ("laboratory_code" ~ '^[A-Z0-9][A-Z0-9_-]{1,29}$'),
	CONSTRAINT "nutritional_analysis_reported_on_check" CHECK ("reported_on" >= "sampled_on"),
	CONSTRAINT "nutritional_analysis_reported_on_required_check" CHECK ("status" <> 'reported' or "reported_on" is not null),
	CONSTRAINT "nutritional_analysis_dry_matter_percent_check" CHECK ("dry_matter_percent" > 0 and "dry_matter_percent" <= 100),
	CONSTRAINT "nutritional_analysis_digestible_energy_mj_per_kg_check" CHECK ("digestible_energy_mj_per_kg" between 0 and 45),
	CONSTRAINT "nutritional_analysis_crude_protein_percent_check" CHECK ("crude_protein_percent" between 0 and 100),
	CONSTRAINT "nutritional_analysis_ndf_percent_check" CHECK ("ndf_percent" between 0 and 100),
	CONSTRAINT "nutritional_analysis_adf_percent_check" CHECK ("adf_percent" between 0 and 100),
	CONSTRAINT "nutritional_analysis_fibre_check" CHECK ("ndf_percent" >= "adf_percent"),
	CONSTRAINT "nutritional_analysis_wsc_percent_check" CHECK ("wsc_percent" between 0 and 100),
	CONSTRAINT "nutritional_analysis_esc_percent_check" CHECK ("esc_percent" between 0 and 100),
	CONSTRAINT "nutritional_analysis_starch_percent_check" CHECK ("starch_percent" between 0 and 100),
	CONSTRAINT "nutritional_analysis_crude_fat_percent_check" CHECK ("crude_fat_percent" between 0 and 100),
	CONSTRAINT "nutritional_analysis_report_url_format_check" CHECK ("report_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "nutritional_analysis_status_check" CHECK ("status" in ('submitted', 'in_progress', 'reported', 'amended', 'cancelled')),
	CONSTRAINT "nutritional_analysis_method_check" CHECK ("method" in ('nir', 'wet_chemistry', 'mixed')),
	CONSTRAINT "nutritional_analysis_nutrient_basis_check" CHECK ("nutrient_basis" in ('as_fed', 'dry_matter'))
);
--> statement-breakpoint
CREATE TABLE "nutritional_requirements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"weight_tracking_id" uuid,
	"body_weight_kg" numeric(5,1) NOT NULL,
	"workload" text NOT NULL,
	"gestation_month" smallint,
	"standard" text DEFAULT 'nrc_2007' NOT NULL,
	"digestible_energy_mj_per_day" numeric(5,1) NOT NULL,
	"crude_protein_g_per_day" numeric(6,1) NOT NULL,
	"lysine_g_per_day" numeric(5,1),
	"calcium_g_per_day" numeric(5,1),
	"phosphorus_g_per_day" numeric(5,1),
	"dry_matter_intake_kg_per_day" numeric(4,1),
	"valid_from" date NOT NULL,
	"valid_to" date,
	"computed_by_user_id" uuid,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nutritional_requirements_body_weight_kg_check" CHECK ("body_weight_kg" between 20 and 1500),
	CONSTRAINT "nutritional_requirements_gestation_month_check" CHECK ("gestation_month" between 1 and 12),
	CONSTRAINT "nutritional_requirements_gestation_only_check" CHECK ("gestation_month" is null or "workload" = 'gestation'),
	CONSTRAINT "nutritional_requirements_digestible_energy_mj_per_day_check" CHECK ("digestible_energy_mj_per_day" > 0),
	CONSTRAINT "nutritional_requirements_crude_protein_g_per_day_check" CHECK ("crude_protein_g_per_day" > 0),
	CONSTRAINT "nutritional_requirements_lysine_g_per_day_check" CHECK ("lysine_g_per_day" >= 0),
	CONSTRAINT "nutritional_requirements_calcium_g_per_day_check" CHECK ("calcium_g_per_day" >= 0),
	CONSTRAINT "nutritional_requirements_phosphorus_g_per_day_check" CHECK ("phosphorus_g_per_day" >= 0),
	CONSTRAINT "nutritional_requirements_dry_matter_intake_kg_per_day_check" CHECK ("dry_matter_intake_kg_per_day" > 0),
	CONSTRAINT "nutritional_requirements_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "nutritional_requirements_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "nutritional_requirements_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "nutritional_requirements_source_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "nutritional_requirements_workload_check" CHECK ("workload" in ('maintenance', 'light', 'moderate', 'heavy', 'very_heavy', 'gestation', 'lactation', 'growth', 'breeding_stallion')),
	CONSTRAINT "nutritional_requirements_standard_check" CHECK ("standard" in ('nrc_2007', 'inrae_2015', 'gfe_2014', 'custom'))
);
--> statement-breakpoint
CREATE TABLE "supplement_regimens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"feed_type_id" uuid NOT NULL,
	"dose" numeric(8,3) NOT NULL,
	"dose_unit" text NOT NULL,
	"frequency" text NOT NULL,
	"purpose" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"prescribed_by_veterinarian_id" uuid,
	"withdrawal_before_competition_hours" integer,
	"instructions" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplement_regimens_dose_check" CHECK ("dose" > 0),
	CONSTRAINT "supplement_regimens_withdrawal_before_competition_hours_check" CHECK ("withdrawal_before_competition_hours" >= 0),
	CONSTRAINT "supplement_regimens_ended_on_check" CHECK ("ended_on" >= "started_on"),
	CONSTRAINT "supplement_regimens_completed_ended_on_check" CHECK ("status" <> 'completed' or "ended_on" is not null),
	CONSTRAINT "supplement_regimens_stopped_ended_on_check" CHECK ("status" <> 'stopped' or "ended_on" is not null),
	CONSTRAINT "supplement_regimens_dose_unit_check" CHECK ("dose_unit" in ('g', 'kg', 'ml', 'litre', 'scoop', 'sachet', 'tablet', 'syringe')),
	CONSTRAINT "supplement_regimens_frequency_check" CHECK ("frequency" in ('with_each_feed', 'once_daily', 'twice_daily', 'three_times_daily', 'every_other_day', 'weekly', 'before_exercise', 'after_exercise', 'as_needed')),
	CONSTRAINT "supplement_regimens_purpose_check" CHECK ("purpose" in ('vitamin_mineral', 'joint', 'hoof', 'digestive', 'gastric', 'calmer', 'electrolyte', 'respiratory', 'muscle', 'weight_gain', 'laminitis', 'metabolic', 'coat_skin', 'other')),
	CONSTRAINT "supplement_regimens_status_check" CHECK ("status" in ('active', 'paused', 'completed', 'stopped'))
);
--> statement-breakpoint
CREATE TABLE "weight_tracking" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"vital_sign_id" uuid,
	"measured_on" date NOT NULL,
	"measured_at" timestamp with time zone,
	"weight_kg" numeric(5,1),
	"method" text,
	"heart_girth_cm" numeric(4,1),
	"body_length_cm" numeric(4,1),
	"body_condition_score" numeric(2,1),
	"cresty_neck_score" smallint,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"recorded_by_user_id" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weight_tracking_weight_kg_check" CHECK ("weight_kg" between 20 and 1500),
	CONSTRAINT "weight_tracking_weight_method_check" CHECK (("weight_kg" is null) = ("method" is null)),
	CONSTRAINT "weight_tracking_heart_girth_cm_check" CHECK ("heart_girth_cm" between 30 and 300),
	CONSTRAINT "weight_tracking_body_length_cm_check" CHECK ("body_length_cm" between 30 and 300),
	CONSTRAINT "weight_tracking_formula_girth_check" CHECK ("method" <> 'formula' or "heart_girth_cm" is not null),
	CONSTRAINT "weight_tracking_formula_length_check" CHECK ("method" <> 'formula' or "body_length_cm" is not null),
	CONSTRAINT "weight_tracking_body_condition_score_check" CHECK ("body_condition_score" between 1 and 9),
	CONSTRAINT "weight_tracking_body_condition_score_halves_check" CHECK ("body_condition_score" * 2 = trunc("body_condition_score" * 2)),
	CONSTRAINT "weight_tracking_cresty_neck_score_check" CHECK ("cresty_neck_score" between 0 and 5),
	CONSTRAINT "weight_tracking_measurement_check" CHECK ("weight_kg" is not null or "body_condition_score" is not null or "cresty_neck_score" is not null),
	CONSTRAINT "weight_tracking_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "weight_tracking_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "weight_tracking_source_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "weight_tracking_method_check" CHECK ("method" in ('weighbridge', 'weight_tape', 'formula', 'estimate'))
);
--> statement-breakpoint
CREATE TABLE "association_directories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"short_name" text,
	"slug" text NOT NULL,
	"association_kind" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"disciplines" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	"address_line1" text,
	"address_line2" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country_code" char(2),
	"website_url" text,
	"email" text,
	"phone" text,
	"registration_type" text,
	"registration_number" text,
	"founded_year" integer,
	"member_count" integer,
	"member_count_as_of" date,
	"parent_association_id" uuid,
	"affiliated_federation_id" uuid,
	"community_group_id" uuid,
	"managed_by_user_id" uuid,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_directories_name_check" CHECK (char_length("name") between 1 and 200),
	CONSTRAINT "association_directories_slug_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "association_directories_disciplines_check" CHECK ("disciplines" <@ array['dressage', 'show_jumping', 'eventing', 'showing', 'hunting', 'flat_racing', 'jump_racing', 'harness_racing', 'endurance', 'driving', 'polo', 'reining', 'vaulting', 'para_equestrian', 'pony_club_activities', 'breeding', 'leisure', 'veterinary', 'farriery', 'welfare']::text[]),
	CONSTRAINT "association_directories_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "association_directories_address_line1_country_code_check" CHECK ("address_line1" is null or "country_code" is not null),
	CONSTRAINT "association_directories_website_url_format_check" CHECK ("website_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "association_directories_email_format_check" CHECK ("email" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "association_directories_phone_format_check" CHECK ("phone" ~ '^\+[1-9][0-9]{1,14}$'),
	CONSTRAINT "association_directories_registration_check" CHECK (("registration_type" is null) = ("registration_number" is null)),
	CONSTRAINT "association_directories_registration_country_check" CHECK ("registration_number" is null or "country_code" is not null),
	CONSTRAINT "association_directories_registration_number_format_check" CHECK ("registration_number" ~ '^\S{1,255}$'),
	CONSTRAINT "association_directories_founded_year_check" CHECK ("founded_year" between 1500 and 2100),
	CONSTRAINT "association_directories_member_count_check" CHECK ("member_count" >= 0),
	CONSTRAINT "association_directories_member_count_as_of_check" CHECK ("member_count" is null or "member_count_as_of" is not null),
	CONSTRAINT "association_directories_parent_check" CHECK ("parent_association_id" <> "id"),
	CONSTRAINT "association_directories_federation_check" CHECK ("affiliated_federation_id" <> "id"),
	CONSTRAINT "association_directories_source_pair_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "association_directories_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "association_directories_source_updated_at_check" CHECK ("source_updated_at" is null or "external_id" is not null),
	CONSTRAINT "association_directories_association_kind_check" CHECK ("association_kind" in ('breed_society', 'studbook', 'national_federation', 'international_federation', 'discipline_body', 'pony_club', 'riding_club', 'hunt', 'racing_body', 'vet_association', 'farrier_association', 'professional_body', 'welfare_charity', 'trade_association', 'other')),
	CONSTRAINT "association_directories_status_check" CHECK ("status" in ('active', 'dormant', 'merged', 'dissolved')),
	CONSTRAINT "association_directories_registration_type_check" CHECK ("registration_type" in ('charity', 'company', 'society', 'cooperative', 'other')),
	CONSTRAINT "association_directories_source_check" CHECK ("source" in ('fei', 'horse_sport_ireland', 'british_equestrian', 'charities_regulator_ie', 'charity_commission_ew', 'oscr', 'companies_registration_office', 'companies_house', 'manual_import'))
);
--> statement-breakpoint
CREATE TABLE "association_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"association_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"format" text DEFAULT 'in_person' NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"timezone" text NOT NULL,
	"members_only" boolean DEFAULT false NOT NULL,
	"venue_name" text,
	"address_line1" text,
	"address_line2" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"country_code" char(2),
	"latitude" numeric(9,6),
	"longitude" numeric(9,6),
	"online_url" text,
	"capacity" integer,
	"entry_fee" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"registration_url" text,
	"registration_closes_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"community_event_id" uuid,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_events_title_check" CHECK (char_length("title") between 1 and 200),
	CONSTRAINT "association_events_ends_at_check" CHECK ("ends_at" >= "starts_at"),
	CONSTRAINT "association_events_timezone_format_check" CHECK ("timezone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$'),
	CONSTRAINT "association_events_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "association_events_address_line1_country_code_check" CHECK ("address_line1" is null or "country_code" is not null),
	CONSTRAINT "association_events_latitude_check" CHECK ("latitude" between -90 and 90),
	CONSTRAINT "association_events_longitude_check" CHECK ("longitude" between -180 and 180),
	CONSTRAINT "association_events_coordinates_check" CHECK (("latitude" is null) = ("longitude" is null)),
	CONSTRAINT "association_events_online_url_format_check" CHECK ("online_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "association_events_registration_url_format_check" CHECK ("registration_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "association_events_venue_check" CHECK ("format" <> 'in_person' or "venue_name" is not null),
	CONSTRAINT "association_events_online_url_check" CHECK ("format" <> 'online' or "online_url" is not null),
	CONSTRAINT "association_events_capacity_check" CHECK ("capacity" > 0),
	CONSTRAINT "association_events_entry_fee_check" CHECK ("entry_fee" >= 0),
	CONSTRAINT "association_events_registration_closes_check" CHECK ("ends_at" >= "registration_closes_at"),
	CONSTRAINT "association_events_cancelled_at_check" CHECK ("status" <> 'cancelled' or "cancelled_at" is not null),
	CONSTRAINT "association_events_source_pair_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "association_events_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "association_events_source_updated_at_check" CHECK ("source_updated_at" is null or "external_id" is not null),
	CONSTRAINT "association_events_event_type_check" CHECK ("event_type" in ('agm', 'egm', 'committee_meeting', 'clinic', 'show', 'competition', 'rally', 'camp', 'hunt_meet', 'seminar', 'course', 'assessment', 'webinar', 'social', 'fundraiser', 'other')),
	CONSTRAINT "association_events_format_check" CHECK ("format" in ('in_person', 'online', 'hybrid')),
	CONSTRAINT "association_events_status_check" CHECK ("status" in ('draft', 'scheduled', 'postponed', 'cancelled', 'completed')),
	CONSTRAINT "association_events_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "association_events_source_check" CHECK ("source" in ('association_api', 'ical_feed', 'federation_calendar', 'manual_import'))
);
--> statement-breakpoint
CREATE TABLE "association_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"association_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"membership_number" text NOT NULL,
	"membership_type" text DEFAULT 'full' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"joined_on" date,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"renewed_on" date,
	"auto_renews" boolean DEFAULT false NOT NULL,
	"fee_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"verification_method" text,
	"verified_at" timestamp with time zone,
	"source" text DEFAULT 'self_declared' NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_memberships_membership_number_format_check" CHECK ("membership_number" ~ '^\S{1,255}$'),
	CONSTRAINT "association_memberships_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "association_memberships_joined_on_check" CHECK ("valid_from" >= "joined_on"),
	CONSTRAINT "association_memberships_fee_amount_check" CHECK ("fee_amount" >= 0),
	CONSTRAINT "association_memberships_cancelled_at_check" CHECK ("status" <> 'cancelled' or "cancelled_at" is not null),
	CONSTRAINT "association_memberships_verification_check" CHECK (("verification_method" is null) = ("verified_at" is null)),
	CONSTRAINT "association_memberships_membership_type_check" CHECK ("membership_type" in ('full', 'junior', 'family', 'associate', 'student', 'senior', 'life', 'honorary', 'professional', 'corporate', 'day')),
	CONSTRAINT "association_memberships_status_check" CHECK ("status" in ('pending', 'active', 'suspended', 'lapsed', 'cancelled', 'expelled')),
	CONSTRAINT "association_memberships_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "association_memberships_verification_method_check" CHECK ("verification_method" in ('association_api', 'membership_card', 'staff_check')),
	CONSTRAINT "association_memberships_source_check" CHECK ("source" in ('self_declared', 'platform', 'association_api', 'membership_import'))
);
--> statement-breakpoint
CREATE TABLE "partnership_benefits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"benefit_type" text NOT NULL,
	"discount_percent" numeric(5,2),
	"discount_amount" numeric(14,2),
	"minimum_spend_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"eligibility" text DEFAULT 'all_users' NOT NULL,
	"eligible_association_id" uuid,
	"promo_code" text,
	"redemption_url" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"max_redemptions_per_user" integer,
	"redemption_count" integer DEFAULT 0 NOT NULL,
	"partner_offer_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_benefits_title_check" CHECK (char_length("title") between 1 and 200),
	CONSTRAINT "partnership_benefits_percent_check" CHECK ("benefit_type" <> 'percent_discount' or "discount_percent" is not null),
	CONSTRAINT "partnership_benefits_percent_type_check" CHECK ("discount_percent" is null or "benefit_type" = 'percent_discount'),
	CONSTRAINT "partnership_benefits_amount_check" CHECK ("benefit_type" <> 'fixed_discount' or "discount_amount" is not null),
	CONSTRAINT "partnership_benefits_discount_percent_check" CHECK ("discount_percent" > 0 and "discount_percent" <= 100),
	CONSTRAINT "partnership_benefits_discount_amount_check" CHECK ("discount_amount" > 0),
	CONSTRAINT "partnership_benefits_minimum_spend_amount_check" CHECK ("minimum_spend_amount" >= 0),
	CONSTRAINT "partnership_benefits_association_check" CHECK ("eligibility" <> 'association_members' or "eligible_association_id" is not null),
	CONSTRAINT "partnership_benefits_association_only_check" CHECK ("eligible_association_id" is null or "eligibility" = 'association_members'),
	CONSTRAINT "partnership_benefits_promo_code_format_check" CHECK ("promo_code" ~ '^[A-Z0-9][A-Z0-9_-]{2,31}$'),
	CONSTRAINT "partnership_benefits_redemption_url_format_check" CHECK ("redemption_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "partnership_benefits_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "partnership_benefits_max_redemptions_per_user_check" CHECK ("max_redemptions_per_user" > 0),
	CONSTRAINT "partnership_benefits_redemption_count_check" CHECK ("redemption_count" >= 0),
	CONSTRAINT "partnership_benefits_partner_offer_id_format_check" CHECK ("partner_offer_id" ~ '^\S{1,255}$'),
	CONSTRAINT "partnership_benefits_source_updated_at_check" CHECK ("source_updated_at" is null or "partner_offer_id" is not null),
	CONSTRAINT "partnership_benefits_benefit_type_check" CHECK ("benefit_type" in ('percent_discount', 'fixed_discount', 'free_item', 'free_trial', 'cashback', 'priority_access', 'other')),
	CONSTRAINT "partnership_benefits_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "partnership_benefits_eligibility_check" CHECK ("eligibility" in ('all_users', 'subscribers', 'new_customers', 'association_members')),
	CONSTRAINT "partnership_benefits_status_check" CHECK ("status" in ('draft', 'active', 'paused', 'expired', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "partnership_communications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"partnership_id" uuid NOT NULL,
	"contract_id" uuid,
	"staff_admin_user_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"channel" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer,
	"subject" text,
	"summary" text NOT NULL,
	"partner_contact_role" text,
	"follow_up_due_on" date,
	"corrects_communication_id" uuid,
	"source" text DEFAULT 'manual' NOT NULL,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_communications_duration_minutes_check" CHECK ("duration_minutes" > 0),
	CONSTRAINT "partnership_communications_summary_check" CHECK (char_length("summary") between 1 and 10000),
	CONSTRAINT "partnership_communications_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "partnership_communications_corrects_check" CHECK ("corrects_communication_id" <> "id"),
	CONSTRAINT "partnership_communications_direction_check" CHECK ("direction" in ('inbound', 'outbound')),
	CONSTRAINT "partnership_communications_channel_check" CHECK ("channel" in ('meeting', 'video_call', 'phone_call', 'email', 'letter', 'event', 'message')),
	CONSTRAINT "partnership_communications_source_check" CHECK ("source" in ('manual', 'gmail', 'outlook', 'hubspot', 'salesforce'))
);
--> statement-breakpoint
CREATE TABLE "partnership_content" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"partnership_id" uuid NOT NULL,
	"content_kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"url" text,
	"locale" text DEFAULT 'en' NOT NULL,
	"disclosure_label" text DEFAULT 'in_partnership_with' NOT NULL,
	"approval_status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_by_admin_user_id" uuid,
	"rejection_reason" text,
	"published_from" timestamp with time zone,
	"published_to" timestamp with time zone,
	"author_user_id" uuid,
	"view_count" integer DEFAULT 0 NOT NULL,
	"click_count" integer DEFAULT 0 NOT NULL,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_content_title_check" CHECK (char_length("title") between 1 and 300),
	CONSTRAINT "partnership_content_url_format_check" CHECK ("url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "partnership_content_locale_format_check" CHECK ("locale" ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
	CONSTRAINT "partnership_content_approved_at_check" CHECK ("approval_status" <> 'approved' or "approved_at" is not null),
	CONSTRAINT "partnership_content_rejection_reason_check" CHECK ("approval_status" <> 'rejected' or "rejection_reason" is not null),
	CONSTRAINT "partnership_content_approved_after_check" CHECK ("approved_at" >= "submitted_at"),
	CONSTRAINT "partnership_content_published_to_check" CHECK ("published_to" >= "published_from"),
	CONSTRAINT "partnership_content_url_check" CHECK ("approval_status" <> 'approved' or "url" is not null),
	CONSTRAINT "partnership_content_view_count_check" CHECK ("view_count" >= 0),
	CONSTRAINT "partnership_content_click_count_check" CHECK ("click_count" >= 0),
	CONSTRAINT "partnership_content_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "partnership_content_source_updated_at_check" CHECK ("source_updated_at" is null or "external_id" is not null),
	CONSTRAINT "partnership_content_content_kind_check" CHECK ("content_kind" in ('article', 'guide', 'video', 'webinar', 'podcast', 'newsletter_feature', 'social_post', 'banner', 'offer_page')),
	CONSTRAINT "partnership_content_disclosure_label_check" CHECK ("disclosure_label" in ('sponsored', 'in_partnership_with', 'advertisement', 'affiliate_link')),
	CONSTRAINT "partnership_content_approval_status_check" CHECK ("approval_status" in ('draft', 'submitted', 'changes_requested', 'approved', 'rejected', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "partnership_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"partnership_id" uuid NOT NULL,
	"contract_number" text NOT NULL,
	"contract_type" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"supersedes_contract_id" uuid,
	"signed_on" date,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"terminated_on" date,
	"termination_reason" text,
	"contract_value" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"revenue_share_percent" numeric(5,2),
	"payment_terms_days" integer,
	"renewal_type" text DEFAULT 'none' NOT NULL,
	"renewal_term_months" integer,
	"renewal_notice_days" integer,
	"termination_notice_days" integer,
	"governing_law_country_code" char(2),
	"document_url" text,
	"document_sha256" text,
	"partner_signatory" text,
	"signed_by_admin_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_contracts_contract_number_format_check" CHECK ("contract_number" ~ '^[A-Z0-9][A-Z0-9./-]{2,39}$'),
	CONSTRAINT "partnership_contracts_title_check" CHECK (char_length("title") between 1 and 300),
	CONSTRAINT "partnership_contracts_effective_to_check" CHECK ("effective_to" >= "effective_from"),
	CONSTRAINT "partnership_contracts_terminated_on_check" CHECK ("terminated_on" >= "effective_from"),
	CONSTRAINT "partnership_contracts_signed_check" CHECK ("status" <> 'signed' or "signed_on" is not null),
	CONSTRAINT "partnership_contracts_active_signed_check" CHECK ("status" <> 'active' or "signed_on" is not null),
	CONSTRAINT "partnership_contracts_terminated_check" CHECK ("status" <> 'terminated' or "terminated_on" is not null),
	CONSTRAINT "partnership_contracts_amendment_check" CHECK ("contract_type" <> 'amendment' or "supersedes_contract_id" is not null),
	CONSTRAINT "partnership_contracts_supersedes_check" CHECK ("supersedes_contract_id" <> "id"),
	CONSTRAINT "partnership_contracts_contract_value_check" CHECK ("contract_value" >= 0),
	CONSTRAINT "partnership_contracts_revenue_share_percent_check" CHECK ("revenue_share_percent" > 0 and "revenue_share_percent" <= 100),
	CONSTRAINT "partnership_contracts_payment_terms_days_check" CHECK ("payment_terms_days" >= 0),
	CONSTRAINT "partnership_contracts_renewal_term_months_check" CHECK ("renewal_term_months" > 0),
	CONSTRAINT "partnership_contracts_renewal_term_check" CHECK ("renewal_type" <> 'auto_renew' or "renewal_term_months" is not null),
	CONSTRAINT "partnership_contracts_renewal_notice_days_check" CHECK ("renewal_notice_days" >= 0),
	CONSTRAINT "partnership_contracts_termination_notice_days_check" CHECK ("termination_notice_days" >= 0),
	CONSTRAINT "partnership_contracts_governing_law_country_code_format_check" CHECK ("governing_law_country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "partnership_contracts_document_url_format_check" CHECK ("document_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "partnership_contracts_document_sha256_format_check" CHECK ("document_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "partnership_contracts_contract_type_check" CHECK ("contract_type" in ('master_agreement', 'sponsorship', 'affiliate', 'co_marketing', 'data_sharing', 'memorandum_of_understanding', 'amendment', 'renewal')),
	CONSTRAINT "partnership_contracts_status_check" CHECK ("status" in ('draft', 'sent_for_signature', 'signed', 'active', 'expired', 'terminated', 'superseded')),
	CONSTRAINT "partnership_contracts_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "partnership_contracts_renewal_type_check" CHECK ("renewal_type" in ('none', 'manual', 'auto_renew', 'evergreen'))
);
--> statement-breakpoint
CREATE TABLE "partnership_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"partnership_id" uuid NOT NULL,
	"period_type" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"referrals_received_count" integer DEFAULT 0 NOT NULL,
	"referrals_sent_count" integer DEFAULT 0 NOT NULL,
	"sign_up_count" integer DEFAULT 0 NOT NULL,
	"conversion_count" integer DEFAULT 0 NOT NULL,
	"benefit_redemption_count" integer DEFAULT 0 NOT NULL,
	"content_view_count" integer DEFAULT 0 NOT NULL,
	"click_count" integer DEFAULT 0 NOT NULL,
	"revenue_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"commission_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"is_final" boolean DEFAULT false NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_metrics_period_end_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "partnership_metrics_referrals_received_count_check" CHECK ("referrals_received_count" >= 0),
	CONSTRAINT "partnership_metrics_referrals_sent_count_check" CHECK ("referrals_sent_count" >= 0),
	CONSTRAINT "partnership_metrics_sign_up_count_check" CHECK ("sign_up_count" >= 0),
	CONSTRAINT "partnership_metrics_conversion_count_check" CHECK ("conversion_count" >= 0),
	CONSTRAINT "partnership_metrics_benefit_redemption_count_check" CHECK ("benefit_redemption_count" >= 0),
	CONSTRAINT "partnership_metrics_content_view_count_check" CHECK ("content_view_count" >= 0),
	CONSTRAINT "partnership_metrics_click_count_check" CHECK ("click_count" >= 0),
	CONSTRAINT "partnership_metrics_revenue_amount_check" CHECK ("revenue_amount" >= 0),
	CONSTRAINT "partnership_metrics_commission_amount_check" CHECK ("commission_amount" >= 0),
	CONSTRAINT "partnership_metrics_period_type_check" CHECK ("period_type" in ('day', 'week', 'month', 'quarter', 'year')),
	CONSTRAINT "partnership_metrics_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "partnership_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"partnership_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"partner_referral_id" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"product" text NOT NULL,
	"referred_user_id" uuid,
	"lead_email_sha256" text,
	"tracking_code" text,
	"referred_at" timestamp with time zone NOT NULL,
	"contacted_at" timestamp with time zone,
	"converted_at" timestamp with time zone,
	"converted_subscription_id" uuid,
	"commission_status" text DEFAULT 'none' NOT NULL,
	"commission_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"commission_paid_on" date,
	"rejection_reason" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_referrals_partner_referral_id_format_check" CHECK ("partner_referral_id" ~ '^\S{1,255}$'),
	CONSTRAINT "partnership_referrals_inbound_id_check" CHECK ("direction" <> 'inbound' or "partner_referral_id" is not null),
	CONSTRAINT "partnership_referrals_lead_email_sha256_format_check" CHECK ("lead_email_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "partnership_referrals_tracking_code_format_check" CHECK ("tracking_code" ~ '^\S{1,255}$'),
	CONSTRAINT "partnership_referrals_contacted_at_check" CHECK ("contacted_at" >= "referred_at"),
	CONSTRAINT "partnership_referrals_converted_at_check" CHECK ("converted_at" >= "referred_at"),
	CONSTRAINT "partnership_referrals_converted_status_check" CHECK ("status" <> 'converted' or "converted_at" is not null),
	CONSTRAINT "partnership_referrals_rejection_reason_check" CHECK ("status" <> 'rejected' or "rejection_reason" is not null),
	CONSTRAINT "partnership_referrals_commission_amount_check" CHECK ("commission_amount" >= 0),
	CONSTRAINT "partnership_referrals_commission_approved_check" CHECK ("commission_status" <> 'approved' or "commission_amount" is not null),
	CONSTRAINT "partnership_referrals_commission_paid_amount_check" CHECK ("commission_status" <> 'paid' or "commission_amount" is not null),
	CONSTRAINT "partnership_referrals_commission_paid_check" CHECK ("commission_status" <> 'paid' or "commission_paid_on" is not null),
	CONSTRAINT "partnership_referrals_direction_check" CHECK ("direction" in ('inbound', 'outbound')),
	CONSTRAINT "partnership_referrals_status_check" CHECK ("status" in ('submitted', 'contacted', 'qualified', 'converted', 'rejected', 'expired')),
	CONSTRAINT "partnership_referrals_product_check" CHECK ("product" in ('platform_subscription', 'insurance', 'feed', 'tack', 'membership', 'veterinary', 'transport', 'other')),
	CONSTRAINT "partnership_referrals_commission_status_check" CHECK ("commission_status" in ('none', 'pending', 'approved', 'paid', 'clawed_back')),
	CONSTRAINT "partnership_referrals_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"partner_kind" text NOT NULL,
	"association_id" uuid,
	"partner_name" text NOT NULL,
	"partner_legal_name" text,
	"partner_country_code" char(2),
	"partner_website_url" text,
	"status" text DEFAULT 'prospect' NOT NULL,
	"tier" text,
	"scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	"started_on" date,
	"ended_on" date,
	"end_reason" text,
	"account_manager_admin_user_id" uuid,
	"source" text DEFAULT 'platform' NOT NULL,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnerships_association_check" CHECK ("partner_kind" <> 'association' or "association_id" is not null),
	CONSTRAINT "partnerships_association_kind_check" CHECK ("association_id" is null or "partner_kind" = 'association'),
	CONSTRAINT "partnerships_partner_name_check" CHECK (char_length("partner_name") between 1 and 200),
	CONSTRAINT "partnerships_partner_country_code_format_check" CHECK ("partner_country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "partnerships_partner_website_url_format_check" CHECK ("partner_website_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "partnerships_scopes_check" CHECK ("scopes" <@ array['member_benefits', 'referrals', 'co_marketing', 'sponsorship', 'content', 'data_integration', 'membership_verification', 'events', 'affiliate']::text[]),
	CONSTRAINT "partnerships_ended_on_check" CHECK ("ended_on" >= "started_on"),
	CONSTRAINT "partnerships_ended_status_check" CHECK ("status" <> 'ended' or "ended_on" is not null),
	CONSTRAINT "partnerships_end_reason_ended_check" CHECK ("end_reason" is null or "ended_on" is not null),
	CONSTRAINT "partnerships_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "partnerships_source_updated_at_check" CHECK ("source_updated_at" is null or "external_id" is not null),
	CONSTRAINT "partnerships_partner_kind_check" CHECK ("partner_kind" in ('association', 'insurer', 'feed_brand', 'tack_shop', 'equipment_brand', 'pharmaceutical', 'bloodstock_agent', 'transport', 'media', 'education', 'technology', 'other')),
	CONSTRAINT "partnerships_status_check" CHECK ("status" in ('prospect', 'negotiating', 'active', 'paused', 'ended', 'declined')),
	CONSTRAINT "partnerships_tier_check" CHECK ("tier" in ('strategic', 'gold', 'silver', 'bronze', 'community')),
	CONSTRAINT "partnerships_end_reason_check" CHECK ("end_reason" in ('contract_expired', 'terminated_by_partner', 'terminated_by_platform', 'partner_dissolved', 'merged', 'other')),
	CONSTRAINT "partnerships_source_check" CHECK ("source" in ('platform', 'hubspot', 'salesforce', 'pipedrive', 'manual_import'))
);
--> statement-breakpoint
CREATE TABLE "auto_recovery_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"triggering_alert_id" uuid,
	"health_check_id" uuid,
	"scaling_event_id" uuid,
	"action" text NOT NULL,
	"runbook_key" text NOT NULL,
	"executor" text NOT NULL,
	"external_execution_id" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempt" integer DEFAULT 1 NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"outcome" text,
	"error_message" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "auto_recovery_actions_runbook_key_format_check" CHECK ("runbook_key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "auto_recovery_actions_external_execution_id_format_check" CHECK ("external_execution_id" ~ '^\S{1,255}$'),
	CONSTRAINT "auto_recovery_actions_attempt_check" CHECK ("attempt" > 0),
	CONSTRAINT "auto_recovery_actions_started_at_check" CHECK ("started_at" >= "requested_at"),
	CONSTRAINT "auto_recovery_actions_finished_at_check" CHECK ("finished_at" >= "started_at"),
	CONSTRAINT "auto_recovery_actions_running_check" CHECK ("status" <> 'running' or "started_at" is not null),
	CONSTRAINT "auto_recovery_actions_succeeded_check" CHECK ("status" <> 'succeeded' or "finished_at" is not null),
	CONSTRAINT "auto_recovery_actions_failed_check" CHECK ("status" <> 'failed' or "finished_at" is not null),
	CONSTRAINT "auto_recovery_actions_error_message_check" CHECK ("status" <> 'failed' or "error_message" is not null),
	CONSTRAINT "auto_recovery_actions_outcome_finished_check" CHECK ("outcome" is null or "finished_at" is not null),
	CONSTRAINT "auto_recovery_actions_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "auto_recovery_actions_action_check" CHECK ("action" in ('restart_pods', 'restart_service', 'scale_out', 'scale_in', 'failover', 'failback', 'flush_cache', 'rollback_deploy', 'drain_node', 'replace_instance', 'recycle_connections', 'disable_feature_flag', 'pause_consumers', 'other')),
	CONSTRAINT "auto_recovery_actions_executor_check" CHECK ("executor" in ('healing_controller', 'kubernetes_operator', 'argo_rollouts', 'aws_ssm_automation', 'rundeck', 'pagerduty_automation', 'stackstorm')),
	CONSTRAINT "auto_recovery_actions_status_check" CHECK ("status" in ('pending', 'awaiting_approval', 'running', 'succeeded', 'failed', 'cancelled', 'skipped')),
	CONSTRAINT "auto_recovery_actions_outcome_check" CHECK ("outcome" in ('resolved', 'mitigated', 'no_effect', 'worsened', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "backup_verification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"backup_id" uuid NOT NULL,
	"source" text NOT NULL,
	"external_run_id" text NOT NULL,
	"method" text NOT NULL,
	"point_in_time_target" timestamp with time zone,
	"verified_at" timestamp with time zone NOT NULL,
	"restore_duration_seconds" integer,
	"result" text NOT NULL,
	"checksum_match" boolean,
	"restored_row_count" bigint,
	"restored_bytes" bigint,
	"tables_checked" integer,
	"tables_mismatched" integer,
	"failure_reason" text,
	"verified_by_user_id" uuid,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "backup_verification_external_run_id_format_check" CHECK ("external_run_id" ~ '^\S{1,255}$'),
	CONSTRAINT "backup_verification_pitr_target_check" CHECK ("method" <> 'point_in_time_restore' or "point_in_time_target" is not null),
	CONSTRAINT "backup_verification_pitr_method_check" CHECK ("point_in_time_target" is null or "method" = 'point_in_time_restore'),
	CONSTRAINT "backup_verification_verified_at_check" CHECK ("verified_at" >= "point_in_time_target"),
	CONSTRAINT "backup_verification_restore_duration_seconds_check" CHECK ("restore_duration_seconds" >= 0),
	CONSTRAINT "backup_verification_restored_row_count_check" CHECK ("restored_row_count" >= 0),
	CONSTRAINT "backup_verification_restored_bytes_check" CHECK ("restored_bytes" >= 0),
	CONSTRAINT "backup_verification_tables_checked_check" CHECK ("tables_checked" >= 0),
	CONSTRAINT "backup_verification_tables_mismatched_check" CHECK ("tables_mismatched" >= 0),
	CONSTRAINT "backup_verification_tables_check" CHECK ("tables_checked" >= "tables_mismatched"),
	CONSTRAINT "backup_verification_failed_reason_check" CHECK ("result" <> 'failed' or "failure_reason" is not null),
	CONSTRAINT "backup_verification_failure_reason_check" CHECK (char_length("failure_reason") between 1 and 2000),
	CONSTRAINT "backup_verification_source_check" CHECK ("source" in ('pgbackrest', 'barman', 'wal_g', 'aws_backup', 'aws_rds', 'restore_job')),
	CONSTRAINT "backup_verification_method_check" CHECK ("method" in ('full_restore', 'point_in_time_restore', 'partial_restore', 'logical_dump_restore', 'snapshot_mount', 'checksum_only')),
	CONSTRAINT "backup_verification_result_check" CHECK ("result" in ('passed', 'passed_with_warnings', 'failed', 'error'))
);
--> statement-breakpoint
CREATE TABLE "failover_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"scope" text NOT NULL,
	"from_target" text NOT NULL,
	"to_target" text NOT NULL,
	"reason" text NOT NULL,
	"trigger_mode" text NOT NULL,
	"status" text DEFAULT 'detected' NOT NULL,
	"detected_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"data_loss_seconds" integer,
	"disaster_recovery_test_id" uuid,
	"auto_recovery_action_id" uuid,
	"initiated_by_user_id" uuid,
	"provider" text,
	"provider_event_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "failover_events_from_target_check" CHECK (char_length("from_target") between 1 and 255),
	CONSTRAINT "failover_events_to_target_check" CHECK (char_length("to_target") between 1 and 255),
	CONSTRAINT "failover_events_targets_check" CHECK ("to_target" <> "from_target"),
	CONSTRAINT "failover_events_from_region_check" CHECK ("scope" <> 'region' or "from_target" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "failover_events_to_region_check" CHECK ("scope" <> 'region' or "to_target" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "failover_events_started_at_check" CHECK ("started_at" >= "detected_at"),
	CONSTRAINT "failover_events_completed_at_check" CHECK ("completed_at" >= "started_at"),
	CONSTRAINT "failover_events_in_progress_check" CHECK ("status" <> 'in_progress' or "started_at" is not null),
	CONSTRAINT "failover_events_completed_check" CHECK ("status" <> 'completed' or "completed_at" is not null),
	CONSTRAINT "failover_events_data_loss_seconds_check" CHECK ("data_loss_seconds" >= 0),
	CONSTRAINT "failover_events_dr_test_check" CHECK ("disaster_recovery_test_id" is null or "reason" = 'dr_test'),
	CONSTRAINT "failover_events_automatic_check" CHECK ("auto_recovery_action_id" is null or "trigger_mode" = 'automatic'),
	CONSTRAINT "failover_events_manual_check" CHECK ("initiated_by_user_id" is null or "trigger_mode" = 'manual'),
	CONSTRAINT "failover_events_provider_event_check" CHECK (("provider" is null) = ("provider_event_id" is null)),
	CONSTRAINT "failover_events_provider_event_id_format_check" CHECK ("provider_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "failover_events_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "failover_events_scope_check" CHECK ("scope" in ('region', 'availability_zone', 'database_primary', 'node', 'load_balancer', 'dns', 'provider')),
	CONSTRAINT "failover_events_reason_check" CHECK ("reason" in ('health_check_failure', 'region_outage', 'availability_zone_outage', 'node_failure', 'replication_lag', 'performance_degradation', 'dependency_failure', 'planned_maintenance', 'dr_test', 'manual_decision')),
	CONSTRAINT "failover_events_trigger_mode_check" CHECK ("trigger_mode" in ('automatic', 'manual')),
	CONSTRAINT "failover_events_status_check" CHECK ("status" in ('detected', 'in_progress', 'completed', 'failed', 'rolled_back', 'aborted')),
	CONSTRAINT "failover_events_provider_check" CHECK ("provider" in ('aws_rds', 'aws_aurora', 'aws_route53_arc', 'aws_elasticache', 'patroni', 'cloudflare_load_balancing', 'kubernetes', 'healing_controller'))
);
--> statement-breakpoint
CREATE TABLE "preventive_maintenance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"planned_start_at" timestamp with time zone NOT NULL,
	"planned_end_at" timestamp with time zone NOT NULL,
	"time_zone" text DEFAULT 'Europe/Dublin' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"actual_start_at" timestamp with time zone,
	"actual_end_at" timestamp with time zone,
	"expected_impact" text DEFAULT 'none' NOT NULL,
	"suppress_auto_recovery" boolean DEFAULT true NOT NULL,
	"change_source" text,
	"change_ticket_id" text,
	"approved_by_user_id" uuid,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "preventive_maintenance_title_check" CHECK (char_length("title") between 1 and 500),
	CONSTRAINT "preventive_maintenance_planned_end_check" CHECK ("planned_end_at" > "planned_start_at"),
	CONSTRAINT "preventive_maintenance_time_zone_format_check" CHECK ("time_zone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$'),
	CONSTRAINT "preventive_maintenance_actual_end_check" CHECK ("actual_end_at" >= "actual_start_at"),
	CONSTRAINT "preventive_maintenance_actual_start_check" CHECK ("actual_end_at" is null or "actual_start_at" is not null),
	CONSTRAINT "preventive_maintenance_in_progress_check" CHECK ("status" <> 'in_progress' or "actual_start_at" is not null),
	CONSTRAINT "preventive_maintenance_completed_check" CHECK ("status" <> 'completed' or "actual_end_at" is not null),
	CONSTRAINT "preventive_maintenance_approved_check" CHECK ("status" <> 'approved' or "approved_by_user_id" is not null),
	CONSTRAINT "preventive_maintenance_change_check" CHECK (("change_source" is null) = ("change_ticket_id" is null)),
	CONSTRAINT "preventive_maintenance_change_ticket_id_format_check" CHECK ("change_ticket_id" ~ '^\S{1,255}$'),
	CONSTRAINT "preventive_maintenance_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "preventive_maintenance_kind_check" CHECK ("kind" in ('os_patching', 'kubernetes_upgrade', 'database_upgrade', 'database_maintenance', 'certificate_rotation', 'dependency_upgrade', 'hardware_replacement', 'capacity_expansion', 'network_change', 'failover_drill', 'provider_maintenance')),
	CONSTRAINT "preventive_maintenance_status_check" CHECK ("status" in ('planned', 'approved', 'in_progress', 'completed', 'cancelled', 'failed')),
	CONSTRAINT "preventive_maintenance_expected_impact_check" CHECK ("expected_impact" in ('none', 'degraded', 'partial_outage', 'full_outage')),
	CONSTRAINT "preventive_maintenance_change_source_check" CHECK ("change_source" in ('servicenow', 'jira', 'linear', 'github', 'aws_health'))
);
--> statement-breakpoint
CREATE TABLE "redundancy_configs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"strategy" text NOT NULL,
	"min_replicas" integer NOT NULL,
	"max_replicas" integer,
	"regions" text[] NOT NULL,
	"primary_region" text,
	"rpo_seconds" integer NOT NULL,
	"rto_seconds" integer NOT NULL,
	"failover_mode" text DEFAULT 'automatic' NOT NULL,
	"failover_after_failed_checks" integer,
	"disaster_recovery_plan_id" uuid,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"changed_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "redundancy_configs_min_replicas_check" CHECK ("min_replicas" > 0),
	CONSTRAINT "redundancy_configs_replica_bounds_check" CHECK ("max_replicas" >= "min_replicas"),
	CONSTRAINT "redundancy_configs_regions_check" CHECK (cardinality("regions") >= 1 and array_to_string("regions", ' ', '') !~ ',' and array_to_string("regions", ',', '') ~ '^[a-z][a-z0-9-]{1,39}(,[a-z][a-z0-9-]{1,39})*$'),
	CONSTRAINT "redundancy_configs_primary_region_format_check" CHECK ("primary_region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "redundancy_configs_rpo_seconds_check" CHECK ("rpo_seconds" >= 0),
	CONSTRAINT "redundancy_configs_rto_seconds_check" CHECK ("rto_seconds" >= 0),
	CONSTRAINT "redundancy_configs_failover_after_failed_checks_check" CHECK ("failover_after_failed_checks" > 0),
	CONSTRAINT "redundancy_configs_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "redundancy_configs_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "redundancy_configs_strategy_check" CHECK ("strategy" in ('active_active', 'active_passive', 'n_plus_1', 'n_plus_2', 'two_n', 'single_instance')),
	CONSTRAINT "redundancy_configs_failover_mode_check" CHECK ("failover_mode" in ('automatic', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "reliability_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"source" text NOT NULL,
	"window_kind" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"slo_target_percent" numeric(6,3) NOT NULL,
	"availability_percent" numeric(6,3) NOT NULL,
	"latency_p_95_ms" numeric(12,3),
	"latency_p_99_ms" numeric(12,3),
	"request_count" bigint NOT NULL,
	"error_count" bigint NOT NULL,
	"error_rate_percent" numeric(7,4),
	"error_budget_remaining_percent" numeric(7,2),
	"downtime_seconds" integer DEFAULT 0 NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reliability_metrics_window_check" CHECK ("window_end" > "window_start"),
	CONSTRAINT "reliability_metrics_slo_target_percent_check" CHECK ("slo_target_percent" > 0 and "slo_target_percent" <= 100),
	CONSTRAINT "reliability_metrics_availability_percent_check" CHECK ("availability_percent" between 0 and 100),
	CONSTRAINT "reliability_metrics_latency_p_95_ms_check" CHECK ("latency_p_95_ms" >= 0),
	CONSTRAINT "reliability_metrics_latency_p99_check" CHECK ("latency_p_99_ms" >= "latency_p_95_ms"),
	CONSTRAINT "reliability_metrics_request_count_check" CHECK ("request_count" >= 0),
	CONSTRAINT "reliability_metrics_error_count_check" CHECK ("error_count" >= 0),
	CONSTRAINT "reliability_metrics_errors_check" CHECK ("request_count" >= "error_count"),
	CONSTRAINT "reliability_metrics_error_rate_percent_check" CHECK ("error_rate_percent" between 0 and 100),
	CONSTRAINT "reliability_metrics_error_budget_remaining_percent_check" CHECK ("error_budget_remaining_percent" <= 100),
	CONSTRAINT "reliability_metrics_downtime_seconds_check" CHECK ("downtime_seconds" >= 0),
	CONSTRAINT "reliability_metrics_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "reliability_metrics_source_check" CHECK ("source" in ('nobl9', 'datadog_slo', 'grafana_slo', 'sloth', 'google_cloud_slo', 'internal')),
	CONSTRAINT "reliability_metrics_window_kind_check" CHECK ("window_kind" in ('hour', 'day', 'week', 'calendar_month', 'quarter', 'rolling_7d', 'rolling_28d', 'rolling_30d'))
);
--> statement-breakpoint
CREATE TABLE "self_healing_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"controller_name" text NOT NULL,
	"decision_key" text NOT NULL,
	"detector" text NOT NULL,
	"signal_name" text,
	"observed_value" numeric(20,4),
	"threshold_value" numeric(20,4),
	"decision" text NOT NULL,
	"action" text,
	"reason" text NOT NULL,
	"auto_recovery_action_id" uuid,
	"degradation_alert_id" uuid,
	"dry_run" boolean DEFAULT false NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_healing_logs_controller_name_format_check" CHECK ("controller_name" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "self_healing_logs_decision_key_format_check" CHECK ("decision_key" ~ '^\S{1,255}$'),
	CONSTRAINT "self_healing_logs_reason_check" CHECK (char_length("reason") between 1 and 2000),
	CONSTRAINT "self_healing_logs_signal_check" CHECK ("observed_value" is null or "signal_name" is not null),
	CONSTRAINT "self_healing_logs_remediate_action_check" CHECK ("decision" <> 'remediate' or "action" is not null),
	CONSTRAINT "self_healing_logs_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "self_healing_logs_detector_check" CHECK ("detector" in ('health_check', 'slo_burn_rate', 'alert_rule', 'anomaly_detection', 'log_pattern', 'heartbeat_missing', 'dependency_probe')),
	CONSTRAINT "self_healing_logs_decision_check" CHECK ("decision" in ('remediate', 'escalate', 'suppress', 'defer', 'no_action')),
	CONSTRAINT "self_healing_logs_action_check" CHECK ("action" in ('restart_pods', 'restart_service', 'scale_out', 'scale_in', 'failover', 'failback', 'flush_cache', 'rollback_deploy', 'drain_node', 'replace_instance', 'recycle_connections', 'disable_feature_flag', 'pause_consumers', 'other'))
);
--> statement-breakpoint
CREATE TABLE "service_degradation_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"system_alert_id" uuid,
	"severity" text NOT NULL,
	"degradation_type" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"title" text NOT NULL,
	"burn_rate" numeric(9,3),
	"error_budget_consumed_percent" numeric(7,2),
	"opened_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_user_id" uuid,
	"resolved_at" timestamp with time zone,
	"incident_provider" text,
	"external_incident_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_degradation_alerts_title_check" CHECK (char_length("title") between 1 and 500),
	CONSTRAINT "service_degradation_alerts_burn_rate_check" CHECK ("burn_rate" >= 0),
	CONSTRAINT "service_degradation_alerts_error_budget_consumed_percent_check" CHECK ("error_budget_consumed_percent" >= 0),
	CONSTRAINT "service_degradation_alerts_acknowledged_at_check" CHECK ("acknowledged_at" >= "opened_at"),
	CONSTRAINT "service_degradation_alerts_resolved_after_ack_check" CHECK ("resolved_at" >= "acknowledged_at"),
	CONSTRAINT "service_degradation_alerts_resolved_at_check" CHECK ("resolved_at" >= "opened_at"),
	CONSTRAINT "service_degradation_alerts_acknowledged_check" CHECK ("status" <> 'acknowledged' or "acknowledged_at" is not null),
	CONSTRAINT "service_degradation_alerts_acknowledged_by_check" CHECK ("acknowledged_by_user_id" is null or "acknowledged_at" is not null),
	CONSTRAINT "service_degradation_alerts_resolved_check" CHECK ("status" <> 'resolved' or "resolved_at" is not null),
	CONSTRAINT "service_degradation_alerts_resolved_status_check" CHECK ("resolved_at" is null or "status" = 'resolved'),
	CONSTRAINT "service_degradation_alerts_incident_check" CHECK (("incident_provider" is null) = ("external_incident_id" is null)),
	CONSTRAINT "service_degradation_alerts_external_incident_id_format_check" CHECK ("external_incident_id" ~ '^\S{1,255}$'),
	CONSTRAINT "service_degradation_alerts_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "service_degradation_alerts_severity_check" CHECK ("severity" in ('sev1', 'sev2', 'sev3', 'sev4')),
	CONSTRAINT "service_degradation_alerts_degradation_type_check" CHECK ("degradation_type" in ('availability', 'latency', 'error_rate', 'saturation', 'partial_outage', 'dependency_failure', 'data_freshness')),
	CONSTRAINT "service_degradation_alerts_status_check" CHECK ("status" in ('open', 'acknowledged', 'mitigated', 'resolved')),
	CONSTRAINT "service_degradation_alerts_incident_provider_check" CHECK ("incident_provider" in ('pagerduty', 'opsgenie', 'incident_io', 'firehydrant', 'rootly', 'jira_service_management'))
);
--> statement-breakpoint
CREATE TABLE "system_health_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"source" text NOT NULL,
	"external_check_id" text NOT NULL,
	"check_name" text NOT NULL,
	"kind" text NOT NULL,
	"target" text NOT NULL,
	"probe_region" text NOT NULL,
	"status" text NOT NULL,
	"latency_ms" integer,
	"http_status_code" integer,
	"error_message" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"assertion_results" jsonb DEFAULT '[]' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "system_health_checks_external_check_id_format_check" CHECK ("external_check_id" ~ '^\S{1,255}$'),
	CONSTRAINT "system_health_checks_check_name_check" CHECK (char_length("check_name") between 1 and 200),
	CONSTRAINT "system_health_checks_target_check" CHECK (char_length("target") between 1 and 2000),
	CONSTRAINT "system_health_checks_probe_region_format_check" CHECK ("probe_region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "system_health_checks_latency_ms_check" CHECK ("latency_ms" >= 0),
	CONSTRAINT "system_health_checks_http_status_code_check" CHECK ("http_status_code" between 100 and 599),
	CONSTRAINT "system_health_checks_http_status_kind_check" CHECK ("http_status_code" is null or "kind" = 'http'),
	CONSTRAINT "system_health_checks_consecutive_failures_check" CHECK ("consecutive_failures" >= 0),
	CONSTRAINT "system_health_checks_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "system_health_checks_source_check" CHECK ("source" in ('checkly', 'datadog_synthetics', 'pingdom', 'uptime_robot', 'cloudwatch_synthetics', 'blackbox_exporter', 'kubernetes_probe', 'internal')),
	CONSTRAINT "system_health_checks_kind_check" CHECK ("kind" in ('http', 'tcp', 'dns', 'grpc', 'synthetic', 'database', 'tls_certificate', 'heartbeat')),
	CONSTRAINT "system_health_checks_status_check" CHECK ("status" in ('pass', 'warn', 'fail'))
);
--> statement-breakpoint
CREATE TABLE "system_restoration_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"restoration_key" text NOT NULL,
	"step_number" integer NOT NULL,
	"phase" text NOT NULL,
	"action_kind" text NOT NULL,
	"description" text NOT NULL,
	"degradation_alert_id" uuid,
	"failover_event_id" uuid,
	"backup_id" uuid,
	"operator_type" text NOT NULL,
	"operator_user_id" uuid,
	"outcome" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"affected_row_count" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "system_restoration_logs_restoration_key_format_check" CHECK ("restoration_key" ~ '^\S{1,255}$'),
	CONSTRAINT "system_restoration_logs_step_number_check" CHECK ("step_number" > 0),
	CONSTRAINT "system_restoration_logs_description_check" CHECK (char_length("description") between 1 and 2000),
	CONSTRAINT "system_restoration_logs_cause_check" CHECK ("degradation_alert_id" is not null or "failover_event_id" is not null),
	CONSTRAINT "system_restoration_logs_person_check" CHECK ("operator_type" <> 'person' or "operator_user_id" is not null),
	CONSTRAINT "system_restoration_logs_operator_check" CHECK ("operator_user_id" is null or "operator_type" = 'person'),
	CONSTRAINT "system_restoration_logs_completed_at_check" CHECK ("completed_at" >= "started_at"),
	CONSTRAINT "system_restoration_logs_affected_row_count_check" CHECK ("affected_row_count" >= 0),
	CONSTRAINT "system_restoration_logs_phase_check" CHECK ("phase" in ('assess', 'contain', 'restore', 'verify', 'failback', 'communicate', 'close')),
	CONSTRAINT "system_restoration_logs_action_kind_check" CHECK ("action_kind" in ('restore_backup', 'replay_wal', 'promote_replica', 'redirect_traffic', 'rebuild_index', 'replay_events', 'reconcile_data', 'verify_integrity', 'failback', 'scale_back', 'notify_users', 'other')),
	CONSTRAINT "system_restoration_logs_operator_type_check" CHECK ("operator_type" in ('person', 'automation')),
	CONSTRAINT "system_restoration_logs_outcome_check" CHECK ("outcome" in ('succeeded', 'partial', 'failed', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "competition_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"rider_user_id" uuid,
	"rider_name" text NOT NULL,
	"federation" text NOT NULL,
	"federation_result_id" text NOT NULL,
	"source_updated_at" timestamp with time zone,
	"discipline" text NOT NULL,
	"event_name" text NOT NULL,
	"competed_on" date NOT NULL,
	"class_name" text NOT NULL,
	"level" text,
	"venue_name" text,
	"venue_country_code" char(2),
	"result_status" text DEFAULT 'completed' NOT NULL,
	"placing" smallint,
	"starters" smallint,
	"penalties" numeric(6,2),
	"score_percent" numeric(5,2),
	"time_seconds" numeric(8,2),
	"prize_money" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"result_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_results_federation_result_id_format_check" CHECK ("federation_result_id" ~ '^\S{1,255}$'),
	CONSTRAINT "competition_results_venue_country_code_format_check" CHECK ("venue_country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "competition_results_result_url_format_check" CHECK ("result_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "competition_results_placing_check" CHECK ("placing" > 0),
	CONSTRAINT "competition_results_starters_check" CHECK ("starters" > 0),
	CONSTRAINT "competition_results_placing_starters_check" CHECK ("starters" >= "placing"),
	CONSTRAINT "competition_results_placing_status_check" CHECK ("placing" is null or "result_status" = 'completed'),
	CONSTRAINT "competition_results_penalties_check" CHECK ("penalties" >= 0),
	CONSTRAINT "competition_results_score_percent_check" CHECK ("score_percent" between 0 and 100),
	CONSTRAINT "competition_results_time_seconds_check" CHECK ("time_seconds" > 0),
	CONSTRAINT "competition_results_prize_money_check" CHECK ("prize_money" >= 0),
	CONSTRAINT "competition_results_federation_check" CHECK ("federation" in ('fei', 'horse_sport_ireland', 'show_jumping_ireland', 'eventing_ireland', 'dressage_ireland', 'british_showjumping', 'british_eventing', 'british_dressage', 'endurance_gb', 'endurance_ireland', 'british_riding_clubs', 'pony_club', 'usef')),
	CONSTRAINT "competition_results_discipline_check" CHECK ("discipline" in ('dressage', 'show_jumping', 'eventing', 'hunter', 'flat_racing', 'jump_racing', 'harness_racing', 'endurance', 'driving', 'polo', 'reining', 'cutting', 'barrel_racing', 'western_pleasure', 'vaulting', 'trail', 'breeding', 'leisure', 'other')),
	CONSTRAINT "competition_results_result_status_check" CHECK ("result_status" in ('completed', 'eliminated', 'retired', 'withdrawn', 'disqualified', 'did_not_start')),
	CONSTRAINT "competition_results_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "exercise_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"program_id" uuid NOT NULL,
	"day_number" smallint NOT NULL,
	"sequence" smallint DEFAULT 1 NOT NULL,
	"exercise_type" text NOT NULL,
	"title" text NOT NULL,
	"instructions" text,
	"target_duration_minutes" smallint,
	"target_distance_m" integer,
	"target_intensity" text,
	"target_gait" text,
	"target_heart_rate_min_bpm" smallint,
	"target_heart_rate_max_bpm" smallint,
	"repetitions" smallint,
	"surface" text,
	"is_optional" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercise_plans_day_number_check" CHECK ("day_number" between 1 and 730),
	CONSTRAINT "exercise_plans_sequence_check" CHECK ("sequence" > 0),
	CONSTRAINT "exercise_plans_target_duration_minutes_check" CHECK ("target_duration_minutes" between 1 and 1440),
	CONSTRAINT "exercise_plans_target_distance_m_check" CHECK ("target_distance_m" > 0),
	CONSTRAINT "exercise_plans_target_heart_rate_min_bpm_check" CHECK ("target_heart_rate_min_bpm" between 20 and 250),
	CONSTRAINT "exercise_plans_target_heart_rate_max_bpm_check" CHECK ("target_heart_rate_max_bpm" between 20 and 250),
	CONSTRAINT "exercise_plans_heart_rate_band_check" CHECK ("target_heart_rate_max_bpm" >= "target_heart_rate_min_bpm"),
	CONSTRAINT "exercise_plans_repetitions_check" CHECK ("repetitions" between 1 and 100),
	CONSTRAINT "exercise_plans_exercise_type_check" CHECK ("exercise_type" in ('flatwork', 'jumping', 'gridwork', 'pole_work', 'cross_country_schooling', 'hacking', 'lunging', 'long_reining', 'in_hand', 'loose_schooling', 'hill_work', 'interval_training', 'canter_work', 'fast_work', 'swimming', 'water_treadmill', 'treadmill', 'horse_walker', 'turnout', 'lesson', 'competition_warm_up', 'rest', 'other')),
	CONSTRAINT "exercise_plans_target_intensity_check" CHECK ("target_intensity" in ('rest', 'very_light', 'light', 'moderate', 'hard', 'very_hard', 'maximal')),
	CONSTRAINT "exercise_plans_target_gait_check" CHECK ("target_gait" in ('walk', 'trot', 'canter', 'gallop', 'mixed')),
	CONSTRAINT "exercise_plans_surface_check" CHECK ("surface" in ('sand', 'sand_fibre', 'sand_rubber', 'wax_coated', 'woodchip', 'grass', 'turf_gallop', 'all_weather_gallop', 'dirt', 'road', 'gravel_track', 'beach', 'water', 'treadmill_belt', 'other'))
);
--> statement-breakpoint
CREATE TABLE "performance_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"session_id" uuid,
	"recorded_by_user_id" uuid,
	"metric_kind" text NOT NULL,
	"value" numeric(12,4) NOT NULL,
	"unit" text NOT NULL,
	"measured_on" date NOT NULL,
	"measured_at" timestamp with time zone,
	"source" text DEFAULT 'manual' NOT NULL,
	"external_metric_id" text,
	"source_updated_at" timestamp with time zone,
	"device_model" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "performance_metrics_external_metric_id_format_check" CHECK ("external_metric_id" ~ '^\S{1,255}$'),
	CONSTRAINT "performance_metrics_metric_kind_check" CHECK ("metric_kind" in ('resting_heart_rate', 'average_heart_rate', 'peak_heart_rate', 'heart_rate_recovery', 'v200', 'blood_lactate', 'average_speed', 'max_speed', 'distance', 'duration', 'stride_length', 'stride_frequency', 'symmetry_index', 'regularity', 'jump_count', 'training_load', 'body_weight', 'respiratory_rate', 'recovery_time', 'other')),
	CONSTRAINT "performance_metrics_unit_check" CHECK ("unit" in ('bpm', 'm_per_s', 'km_per_h', 'm', 'km', 's', 'min', 'mm', 'cm', 'strides_per_min', 'breaths_per_min', 'mmol_per_l', 'kg', 'percent', 'count', 'score', 'arbitrary_units')),
	CONSTRAINT "performance_metrics_source_check" CHECK ("source" in ('manual', 'equilab', 'polar', 'garmin', 'equimetre', 'equisense', 'seaver', 'apple_health', 'strava', 'import_file'))
);
--> statement-breakpoint
CREATE TABLE "performance_trends" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"metric_kind" text NOT NULL,
	"unit" text NOT NULL,
	"period_type" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"sample_count" integer DEFAULT 0 NOT NULL,
	"min_value" numeric(12,4),
	"avg_value" numeric(12,4),
	"max_value" numeric(12,4),
	"change_percent" numeric(8,2),
	"trend_direction" text DEFAULT 'insufficient_data' NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"algorithm_version" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "performance_trends_period_end_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "performance_trends_sample_count_check" CHECK ("sample_count" >= 0),
	CONSTRAINT "performance_trends_min_avg_check" CHECK ("avg_value" >= "min_value"),
	CONSTRAINT "performance_trends_avg_max_check" CHECK ("max_value" >= "avg_value"),
	CONSTRAINT "performance_trends_metric_kind_check" CHECK ("metric_kind" in ('resting_heart_rate', 'average_heart_rate', 'peak_heart_rate', 'heart_rate_recovery', 'v200', 'blood_lactate', 'average_speed', 'max_speed', 'distance', 'duration', 'stride_length', 'stride_frequency', 'symmetry_index', 'regularity', 'jump_count', 'training_load', 'body_weight', 'respiratory_rate', 'recovery_time', 'other')),
	CONSTRAINT "performance_trends_unit_check" CHECK ("unit" in ('bpm', 'm_per_s', 'km_per_h', 'm', 'km', 's', 'min', 'mm', 'cm', 'strides_per_min', 'breaths_per_min', 'mmol_per_l', 'kg', 'percent', 'count', 'score', 'arbitrary_units')),
	CONSTRAINT "performance_trends_period_type_check" CHECK ("period_type" in ('week', 'month', 'quarter', 'season', 'year')),
	CONSTRAINT "performance_trends_trend_direction_check" CHECK ("trend_direction" in ('improving', 'stable', 'declining', 'insufficient_data'))
);
--> statement-breakpoint
CREATE TABLE "skill_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"assessor_user_id" uuid,
	"program_id" uuid,
	"session_id" uuid,
	"assessor_role" text NOT NULL,
	"skill_category" text NOT NULL,
	"skill" text NOT NULL,
	"scale_min" numeric(5,2) DEFAULT '0.00' NOT NULL,
	"scale_max" numeric(5,2) DEFAULT '10.00' NOT NULL,
	"score" numeric(5,2) NOT NULL,
	"assessed_on" date NOT NULL,
	"comments" text,
	"recommended_next_step" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_assessments_skill_format_check" CHECK ("skill" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "skill_assessments_scale_check" CHECK ("scale_max" > "scale_min"),
	CONSTRAINT "skill_assessments_score_check" CHECK ("score" between "scale_min" and "scale_max"),
	CONSTRAINT "skill_assessments_assessor_role_check" CHECK ("assessor_role" in ('trainer', 'coach', 'judge', 'veterinarian', 'physiotherapist', 'rider', 'owner', 'other')),
	CONSTRAINT "skill_assessments_skill_category_check" CHECK ("skill_category" in ('flatwork', 'jumping', 'cross_country', 'groundwork', 'hacking', 'handling', 'behaviour', 'fitness', 'other'))
);
--> statement-breakpoint
CREATE TABLE "training_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"program_id" uuid,
	"session_id" uuid,
	"competition_result_id" uuid,
	"recorded_by_user_id" uuid,
	"milestone_type" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"level" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"target_on" date,
	"achieved_on" date,
	"evidence_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_milestones_achieved_on_required_check" CHECK ("status" <> 'achieved' or "achieved_on" is not null),
	CONSTRAINT "training_milestones_achieved_on_status_check" CHECK ("achieved_on" is null or "status" = 'achieved'),
	CONSTRAINT "training_milestones_evidence_url_format_check" CHECK ("evidence_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "training_milestones_milestone_type_check" CHECK ("milestone_type" in ('first_ride', 'first_canter', 'first_jump', 'first_course', 'first_cross_country', 'first_competition', 'first_clear_round', 'first_win', 'level_upgrade', 'qualification', 'new_movement', 'fitness_target', 'return_to_work', 'other')),
	CONSTRAINT "training_milestones_status_check" CHECK ("status" in ('planned', 'achieved', 'missed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "training_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"session_id" uuid,
	"program_id" uuid,
	"author_user_id" uuid,
	"note_type" text DEFAULT 'general' NOT NULL,
	"title" text,
	"body" text NOT NULL,
	"visibility" text DEFAULT 'horse_team' NOT NULL,
	"is_pinned" boolean DEFAULT false NOT NULL,
	"noted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"follow_up_on" date,
	"tags" jsonb DEFAULT '[]' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_notes_body_check" CHECK (char_length("body") between 1 and 20000),
	CONSTRAINT "training_notes_note_type_check" CHECK ("note_type" in ('general', 'observation', 'behaviour', 'soundness', 'rider_feedback', 'plan_change', 'tack_equipment', 'farriery', 'other')),
	CONSTRAINT "training_notes_visibility_check" CHECK ("visibility" in ('author_only', 'horse_team', 'public'))
);
--> statement-breakpoint
CREATE TABLE "training_programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"coach_user_id" uuid,
	"created_by_user_id" uuid,
	"injury_id" uuid,
	"prescribed_by_veterinarian_id" uuid,
	"name" text NOT NULL,
	"goal_type" text NOT NULL,
	"goal" text,
	"discipline" text NOT NULL,
	"target_level" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"sessions_per_week" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_programs_ends_on_check" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "training_programs_completed_ends_on_check" CHECK ("status" <> 'completed' or "ends_on" is not null),
	CONSTRAINT "training_programs_sessions_per_week_check" CHECK ("sessions_per_week" between 1 and 14),
	CONSTRAINT "training_programs_goal_type_check" CHECK ("goal_type" in ('competition_preparation', 'fitness', 'young_horse_education', 'skill_development', 'rehabilitation', 'return_to_work', 'sale_preparation', 'maintenance', 'let_down', 'other')),
	CONSTRAINT "training_programs_discipline_check" CHECK ("discipline" in ('dressage', 'show_jumping', 'eventing', 'hunter', 'flat_racing', 'jump_racing', 'harness_racing', 'endurance', 'driving', 'polo', 'reining', 'cutting', 'barrel_racing', 'western_pleasure', 'vaulting', 'trail', 'breeding', 'leisure', 'other')),
	CONSTRAINT "training_programs_status_check" CHECK ("status" in ('draft', 'active', 'paused', 'completed', 'abandoned'))
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"program_id" uuid,
	"exercise_plan_id" uuid,
	"rider_user_id" uuid,
	"trainer_user_id" uuid,
	"invoice_line_item_id" uuid,
	"source" text DEFAULT 'manual' NOT NULL,
	"external_activity_id" text,
	"source_updated_at" timestamp with time zone,
	"session_type" text NOT NULL,
	"status" text DEFAULT 'completed' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"duration_s" integer,
	"distance_m" integer,
	"avg_speed_mps" numeric(4,2),
	"max_speed_mps" numeric(4,2),
	"avg_heart_rate_bpm" smallint,
	"max_heart_rate_bpm" smallint,
	"rpe" smallint,
	"surface" text,
	"going" text,
	"location_name" text,
	"intervals" jsonb DEFAULT '[]' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_external_activity_id_format_check" CHECK ("external_activity_id" ~ '^\S{1,255}$'),
	CONSTRAINT "training_sessions_ended_at_check" CHECK ("ended_at" >= "started_at"),
	CONSTRAINT "training_sessions_completed_duration_check" CHECK ("status" <> 'completed' or "duration_s" is not null),
	CONSTRAINT "training_sessions_duration_s_check" CHECK ("duration_s" between 1 and 86400),
	CONSTRAINT "training_sessions_distance_m_check" CHECK ("distance_m" >= 0),
	CONSTRAINT "training_sessions_avg_speed_mps_check" CHECK ("avg_speed_mps" between 0 and 25),
	CONSTRAINT "training_sessions_max_speed_mps_check" CHECK ("max_speed_mps" between 0 and 25),
	CONSTRAINT "training_sessions_speeds_check" CHECK ("max_speed_mps" >= "avg_speed_mps"),
	CONSTRAINT "training_sessions_avg_heart_rate_bpm_check" CHECK ("avg_heart_rate_bpm" between 20 and 250),
	CONSTRAINT "training_sessions_max_heart_rate_bpm_check" CHECK ("max_heart_rate_bpm" between 20 and 250),
	CONSTRAINT "training_sessions_heart_rates_check" CHECK ("max_heart_rate_bpm" >= "avg_heart_rate_bpm"),
	CONSTRAINT "training_sessions_rpe_check" CHECK ("rpe" between 1 and 10),
	CONSTRAINT "training_sessions_source_check" CHECK ("source" in ('manual', 'equilab', 'polar', 'garmin', 'equimetre', 'equisense', 'seaver', 'apple_health', 'strava', 'import_file')),
	CONSTRAINT "training_sessions_session_type_check" CHECK ("session_type" in ('flatwork', 'jumping', 'gridwork', 'pole_work', 'cross_country_schooling', 'hacking', 'lunging', 'long_reining', 'in_hand', 'loose_schooling', 'hill_work', 'interval_training', 'canter_work', 'fast_work', 'swimming', 'water_treadmill', 'treadmill', 'horse_walker', 'turnout', 'lesson', 'competition_warm_up', 'rest', 'other')),
	CONSTRAINT "training_sessions_status_check" CHECK ("status" in ('scheduled', 'completed', 'cancelled')),
	CONSTRAINT "training_sessions_surface_check" CHECK ("surface" in ('sand', 'sand_fibre', 'sand_rubber', 'wax_coated', 'woodchip', 'grass', 'turf_gallop', 'all_weather_gallop', 'dirt', 'road', 'gravel_track', 'beach', 'water', 'treadmill_belt', 'other')),
	CONSTRAINT "training_sessions_going_check" CHECK ("going" in ('hard', 'firm', 'good_to_firm', 'good', 'good_to_yielding', 'yielding', 'yielding_to_soft', 'good_to_soft', 'soft', 'soft_to_heavy', 'heavy', 'fast', 'standard_to_fast', 'standard', 'standard_to_slow', 'slow'))
);
--> statement-breakpoint
CREATE TABLE "training_videos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid,
	"competition_result_id" uuid,
	"uploaded_by_user_id" uuid,
	"title" text,
	"url" text NOT NULL,
	"storage_key" text NOT NULL,
	"content_type" text NOT NULL,
	"checksum_sha256" text NOT NULL,
	"duration_ms" integer,
	"file_size_bytes" bigint,
	"width_px" integer,
	"height_px" integer,
	"recorded_at" timestamp with time zone,
	"visibility" text DEFAULT 'private' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_videos_subject_check" CHECK (("session_id" is null) <> ("competition_result_id" is null)),
	CONSTRAINT "training_videos_url_format_check" CHECK ("url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "training_videos_checksum_sha256_format_check" CHECK ("checksum_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "training_videos_duration_ms_check" CHECK ("duration_ms" > 0),
	CONSTRAINT "training_videos_file_size_bytes_check" CHECK ("file_size_bytes" > 0),
	CONSTRAINT "training_videos_width_px_check" CHECK ("width_px" > 0),
	CONSTRAINT "training_videos_height_px_check" CHECK ("height_px" > 0),
	CONSTRAINT "training_videos_content_type_check" CHECK ("content_type" in ('video/mp4', 'video/quicktime', 'video/webm', 'video/x-m4v')),
	CONSTRAINT "training_videos_visibility_check" CHECK ("visibility" in ('public', 'members', 'private'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "ai_agent_configs_agent_key_version_key" ON "ai_agent_configs" ("agent_key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_agent_configs_active_key" ON "ai_agent_configs" ("agent_key") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "ai_agent_configs_model_id_idx" ON "ai_agent_configs" ("model_id");--> statement-breakpoint
CREATE INDEX "ai_agent_configs_fallback_model_id_idx" ON "ai_agent_configs" ("fallback_model_id");--> statement-breakpoint
CREATE INDEX "ai_agent_configs_authored_by_admin_user_id_idx" ON "ai_agent_configs" ("authored_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "ai_agent_consensus_session_id_idx" ON "ai_agent_consensus" ("session_id","decided_at");--> statement-breakpoint
CREATE INDEX "ai_agent_consensus_judge_config_id_idx" ON "ai_agent_consensus" ("judge_config_id");--> statement-breakpoint
CREATE INDEX "ai_agent_consensus_chosen_interaction_id_idx" ON "ai_agent_consensus" ("chosen_interaction_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_agent_coordination_session_id_sequence_number_key" ON "ai_agent_coordination" ("session_id","sequence_number");--> statement-breakpoint
CREATE INDEX "ai_agent_coordination_from_agent_config_id_idx" ON "ai_agent_coordination" ("from_agent_config_id","requested_at");--> statement-breakpoint
CREATE INDEX "ai_agent_coordination_to_agent_config_id_idx" ON "ai_agent_coordination" ("to_agent_config_id","requested_at");--> statement-breakpoint
CREATE INDEX "ai_agent_coordination_to_veterinarian_id_idx" ON "ai_agent_coordination" ("to_veterinarian_id","requested_at");--> statement-breakpoint
CREATE INDEX "ai_agent_coordination_pending_idx" ON "ai_agent_coordination" ("target_type","requested_at") WHERE "status" = 'requested';--> statement-breakpoint
CREATE INDEX "ai_agent_coordination_triggered_by_interaction_id_idx" ON "ai_agent_coordination" ("triggered_by_interaction_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_agent_failures_source_external_event_id_key" ON "ai_agent_failures" ("source","external_event_id");--> statement-breakpoint
CREATE INDEX "ai_agent_failures_agent_config_id_idx" ON "ai_agent_failures" ("agent_config_id","occurred_at");--> statement-breakpoint
CREATE INDEX "ai_agent_failures_model_id_idx" ON "ai_agent_failures" ("model_id","occurred_at");--> statement-breakpoint
CREATE INDEX "ai_agent_failures_provider_request_id_idx" ON "ai_agent_failures" ("provider","provider_request_id") WHERE "provider_request_id" is not null;--> statement-breakpoint
CREATE INDEX "ai_agent_failures_trace_id_idx" ON "ai_agent_failures" ("trace_id") WHERE "trace_id" is not null;--> statement-breakpoint
CREATE INDEX "ai_agent_failures_error_class_idx" ON "ai_agent_failures" ("error_class","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_agent_interactions_provider_request_id_key" ON "ai_agent_interactions" ("provider","provider_request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_agent_interactions_session_id_sequence_number_key" ON "ai_agent_interactions" ("session_id","sequence_number");--> statement-breakpoint
CREATE INDEX "ai_agent_interactions_agent_config_id_idx" ON "ai_agent_interactions" ("agent_config_id","started_at");--> statement-breakpoint
CREATE INDEX "ai_agent_interactions_model_id_idx" ON "ai_agent_interactions" ("model_id","started_at");--> statement-breakpoint
CREATE INDEX "ai_agent_interactions_routing_rule_id_idx" ON "ai_agent_interactions" ("routing_rule_id");--> statement-breakpoint
CREATE INDEX "ai_agent_interactions_message_id_idx" ON "ai_agent_interactions" ("message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_agent_learning_source_external_id_key" ON "ai_agent_learning" ("source","external_id");--> statement-breakpoint
CREATE INDEX "ai_agent_learning_interaction_id_idx" ON "ai_agent_learning" ("interaction_id");--> statement-breakpoint
CREATE INDEX "ai_agent_learning_agent_config_id_idx" ON "ai_agent_learning" ("agent_config_id","status");--> statement-breakpoint
CREATE INDEX "ai_agent_learning_review_queue_idx" ON "ai_agent_learning" ("severity","created_at") WHERE "status" = 'proposed';--> statement-breakpoint
CREATE INDEX "ai_agent_learning_reviewed_by_veterinarian_id_idx" ON "ai_agent_learning" ("reviewed_by_veterinarian_id");--> statement-breakpoint
CREATE INDEX "ai_agent_learning_approved_by_admin_user_id_idx" ON "ai_agent_learning" ("approved_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "ai_agent_learning_applied_to_config_id_idx" ON "ai_agent_learning" ("applied_to_config_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_agent_performance_period_key" ON "ai_agent_performance" ("agent_config_id","period_granularity","period_start");--> statement-breakpoint
CREATE INDEX "ai_agent_performance_period_start_idx" ON "ai_agent_performance" ("period_granularity","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_agent_routing_active_key" ON "ai_agent_routing" ("intent","priority") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "ai_agent_routing_agent_config_id_idx" ON "ai_agent_routing" ("agent_config_id");--> statement-breakpoint
CREATE INDEX "ai_agent_routing_fallback_agent_config_id_idx" ON "ai_agent_routing" ("fallback_agent_config_id");--> statement-breakpoint
CREATE INDEX "ai_agent_routing_created_by_admin_user_id_idx" ON "ai_agent_routing" ("created_by_admin_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_agent_sessions_trace_id_key" ON "ai_agent_sessions" ("trace_id");--> statement-breakpoint
CREATE INDEX "ai_agent_sessions_user_id_idx" ON "ai_agent_sessions" ("user_id","started_at");--> statement-breakpoint
CREATE INDEX "ai_agent_sessions_conversation_id_idx" ON "ai_agent_sessions" ("conversation_id");--> statement-breakpoint
CREATE INDEX "ai_agent_sessions_user_session_id_idx" ON "ai_agent_sessions" ("user_session_id");--> statement-breakpoint
CREATE INDEX "ai_agent_sessions_horse_id_idx" ON "ai_agent_sessions" ("horse_id","started_at");--> statement-breakpoint
CREATE INDEX "ai_agent_sessions_entry_agent_config_id_idx" ON "ai_agent_sessions" ("entry_agent_config_id","started_at");--> statement-breakpoint
CREATE INDEX "ai_agent_sessions_workflow_id_idx" ON "ai_agent_sessions" ("workflow_id");--> statement-breakpoint
CREATE INDEX "ai_agent_sessions_open_idx" ON "ai_agent_sessions" ("started_at") WHERE "status" <> 'ended';--> statement-breakpoint
CREATE UNIQUE INDEX "ai_agent_workflows_workflow_key_version_key" ON "ai_agent_workflows" ("workflow_key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_agent_workflows_active_key" ON "ai_agent_workflows" ("workflow_key") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "ai_agent_workflows_trigger_intent_idx" ON "ai_agent_workflows" ("trigger_intent") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "ai_agent_workflows_authored_by_admin_user_id_idx" ON "ai_agent_workflows" ("authored_by_admin_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "breeding_contracts_stud_service_id_contract_number_key" ON "breeding_contracts" ("stud_service_id","contract_number");--> statement-breakpoint
CREATE UNIQUE INDEX "breeding_contracts_signature_key" ON "breeding_contracts" ("signature_provider","signature_envelope_id");--> statement-breakpoint
CREATE INDEX "breeding_contracts_mare_id_idx" ON "breeding_contracts" ("mare_id");--> statement-breakpoint
CREATE INDEX "breeding_contracts_mare_owner_user_id_idx" ON "breeding_contracts" ("mare_owner_user_id");--> statement-breakpoint
CREATE INDEX "breeding_contracts_stallion_owner_user_id_idx" ON "breeding_contracts" ("stallion_owner_user_id");--> statement-breakpoint
CREATE INDEX "breeding_contracts_invoice_id_idx" ON "breeding_contracts" ("invoice_id");--> statement-breakpoint
CREATE INDEX "breeding_contracts_awaiting_signature_idx" ON "breeding_contracts" ("status","created_at") WHERE "status" in ('draft', 'sent');--> statement-breakpoint
CREATE UNIQUE INDEX "breeding_programs_owner_user_id_slug_key" ON "breeding_programs" ("owner_user_id","slug");--> statement-breakpoint
CREATE INDEX "breeding_programs_managing_practice_id_idx" ON "breeding_programs" ("managing_practice_id");--> statement-breakpoint
CREATE INDEX "breeding_programs_status_idx" ON "breeding_programs" ("status") WHERE "status" in ('planning', 'active');--> statement-breakpoint
CREATE UNIQUE INDEX "breeding_recommendations_source_system_external_id_key" ON "breeding_recommendations" ("source_system","external_id");--> statement-breakpoint
CREATE INDEX "breeding_recommendations_mare_id_idx" ON "breeding_recommendations" ("mare_id","generated_at");--> statement-breakpoint
CREATE INDEX "breeding_recommendations_user_id_idx" ON "breeding_recommendations" ("user_id");--> statement-breakpoint
CREATE INDEX "breeding_recommendations_stallion_id_idx" ON "breeding_recommendations" ("stallion_id");--> statement-breakpoint
CREATE INDEX "breeding_recommendations_stud_service_id_idx" ON "breeding_recommendations" ("stud_service_id");--> statement-breakpoint
CREATE INDEX "breeding_recommendations_model_id_idx" ON "breeding_recommendations" ("model_id");--> statement-breakpoint
CREATE INDEX "breeding_recommendations_breeding_program_id_idx" ON "breeding_recommendations" ("breeding_program_id");--> statement-breakpoint
CREATE INDEX "breeding_recommendations_live_idx" ON "breeding_recommendations" ("user_id","score") WHERE "status" in ('proposed', 'viewed', 'shortlisted');--> statement-breakpoint
CREATE UNIQUE INDEX "breeding_records_source_system_external_id_key" ON "breeding_records" ("source_system","external_id");--> statement-breakpoint
CREATE INDEX "breeding_records_mare_id_idx" ON "breeding_records" ("mare_id","covered_on");--> statement-breakpoint
CREATE INDEX "breeding_records_stallion_id_idx" ON "breeding_records" ("stallion_id","covered_on");--> statement-breakpoint
CREATE INDEX "breeding_records_stud_service_id_idx" ON "breeding_records" ("stud_service_id");--> statement-breakpoint
CREATE INDEX "breeding_records_breeding_contract_id_idx" ON "breeding_records" ("breeding_contract_id");--> statement-breakpoint
CREATE INDEX "breeding_records_semen_shipment_id_idx" ON "breeding_records" ("semen_shipment_id");--> statement-breakpoint
CREATE INDEX "breeding_records_breeding_program_id_idx" ON "breeding_records" ("breeding_program_id");--> statement-breakpoint
CREATE INDEX "breeding_records_inseminating_veterinarian_id_idx" ON "breeding_records" ("inseminating_veterinarian_id");--> statement-breakpoint
CREATE INDEX "breeding_records_recorded_by_user_id_idx" ON "breeding_records" ("recorded_by_user_id");--> statement-breakpoint
CREATE INDEX "breeding_records_pending_idx" ON "breeding_records" ("covered_on") WHERE "outcome" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "embryo_transfers_source_system_external_id_key" ON "embryo_transfers" ("source_system","external_id");--> statement-breakpoint
CREATE INDEX "embryo_transfers_donor_mare_id_idx" ON "embryo_transfers" ("donor_mare_id","flushed_on");--> statement-breakpoint
CREATE INDEX "embryo_transfers_recipient_mare_id_idx" ON "embryo_transfers" ("recipient_mare_id");--> statement-breakpoint
CREATE INDEX "embryo_transfers_breeding_record_id_idx" ON "embryo_transfers" ("breeding_record_id");--> statement-breakpoint
CREATE INDEX "embryo_transfers_veterinarian_id_idx" ON "embryo_transfers" ("veterinarian_id");--> statement-breakpoint
CREATE INDEX "embryo_transfers_practice_id_idx" ON "embryo_transfers" ("practice_id");--> statement-breakpoint
CREATE INDEX "embryo_transfers_pending_idx" ON "embryo_transfers" ("transferred_on") WHERE "outcome" = 'pending' and "transferred_on" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "genetic_lineage_analysis_current_key" ON "genetic_lineage_analysis" (coalesce("horse_id", "mare_id"),coalesce("stallion_id", "horse_id"),"generations_considered","method") WHERE "superseded_at" is null;--> statement-breakpoint
CREATE INDEX "genetic_lineage_analysis_horse_id_idx" ON "genetic_lineage_analysis" ("horse_id","computed_at");--> statement-breakpoint
CREATE INDEX "genetic_lineage_analysis_mare_id_idx" ON "genetic_lineage_analysis" ("mare_id","stallion_id");--> statement-breakpoint
CREATE INDEX "genetic_lineage_analysis_stallion_id_idx" ON "genetic_lineage_analysis" ("stallion_id");--> statement-breakpoint
CREATE INDEX "genetic_lineage_analysis_requested_by_user_id_idx" ON "genetic_lineage_analysis" ("requested_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "genetic_test_results_genetic_test_id_marker_code_key" ON "genetic_test_results" ("genetic_test_id","marker_code");--> statement-breakpoint
CREATE INDEX "genetic_test_results_marker_code_idx" ON "genetic_test_results" ("marker_code","interpretation") WHERE "interpretation" in ('carrier', 'affected', 'at_risk');--> statement-breakpoint
CREATE UNIQUE INDEX "genetic_tests_laboratory_code_accession_number_key" ON "genetic_tests" ("laboratory_code","accession_number");--> statement-breakpoint
CREATE INDEX "genetic_tests_horse_id_idx" ON "genetic_tests" ("horse_id","sampled_on");--> statement-breakpoint
CREATE INDEX "genetic_tests_ordered_by_user_id_idx" ON "genetic_tests" ("ordered_by_user_id");--> statement-breakpoint
CREATE INDEX "genetic_tests_lab_result_id_idx" ON "genetic_tests" ("lab_result_id");--> statement-breakpoint
CREATE INDEX "genetic_tests_open_idx" ON "genetic_tests" ("laboratory_code","sampled_on") WHERE "status" in ('ordered', 'sample_sent', 'received', 'in_progress');--> statement-breakpoint
CREATE UNIQUE INDEX "mare_cycle_observations_source_system_external_id_key" ON "mare_cycle_observations" ("source_system","external_id");--> statement-breakpoint
CREATE INDEX "mare_cycle_observations_mare_id_idx" ON "mare_cycle_observations" ("mare_id","observed_at");--> statement-breakpoint
CREATE INDEX "mare_cycle_observations_veterinarian_id_idx" ON "mare_cycle_observations" ("veterinarian_id");--> statement-breakpoint
CREATE INDEX "mare_cycle_observations_vet_visit_id_idx" ON "mare_cycle_observations" ("vet_visit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "offspring_records_foal_horse_id_key" ON "offspring_records" ("foal_horse_id");--> statement-breakpoint
CREATE UNIQUE INDEX "offspring_records_source_system_external_id_key" ON "offspring_records" ("source_system","external_id");--> statement-breakpoint
CREATE INDEX "offspring_records_dam_id_idx" ON "offspring_records" ("dam_id","foaled_on");--> statement-breakpoint
CREATE INDEX "offspring_records_sire_id_idx" ON "offspring_records" ("sire_id","foaled_on");--> statement-breakpoint
CREATE INDEX "offspring_records_breeding_record_id_idx" ON "offspring_records" ("breeding_record_id");--> statement-breakpoint
CREATE INDEX "offspring_records_embryo_transfer_id_idx" ON "offspring_records" ("embryo_transfer_id");--> statement-breakpoint
CREATE INDEX "offspring_records_attending_veterinarian_id_idx" ON "offspring_records" ("attending_veterinarian_id");--> statement-breakpoint
CREATE INDEX "offspring_records_recorded_by_user_id_idx" ON "offspring_records" ("recorded_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pedigree_records_horse_id_studbook_code_position_key" ON "pedigree_records" ("horse_id","studbook_code","pedigree_position");--> statement-breakpoint
CREATE INDEX "pedigree_records_ancestor_horse_id_idx" ON "pedigree_records" ("ancestor_horse_id");--> statement-breakpoint
CREATE INDEX "pedigree_records_horse_bloodline_id_idx" ON "pedigree_records" ("horse_bloodline_id");--> statement-breakpoint
CREATE INDEX "pedigree_records_conflict_idx" ON "pedigree_records" ("horse_id") WHERE "match_status" = 'conflict';--> statement-breakpoint
CREATE UNIQUE INDEX "pregnancy_checks_source_system_external_id_key" ON "pregnancy_checks" ("source_system","external_id");--> statement-breakpoint
CREATE INDEX "pregnancy_checks_mare_id_idx" ON "pregnancy_checks" ("mare_id","checked_on");--> statement-breakpoint
CREATE INDEX "pregnancy_checks_breeding_record_id_idx" ON "pregnancy_checks" ("breeding_record_id");--> statement-breakpoint
CREATE INDEX "pregnancy_checks_veterinarian_id_idx" ON "pregnancy_checks" ("veterinarian_id");--> statement-breakpoint
CREATE INDEX "pregnancy_checks_vet_visit_id_idx" ON "pregnancy_checks" ("vet_visit_id");--> statement-breakpoint
CREATE INDEX "pregnancy_checks_supersedes_check_id_idx" ON "pregnancy_checks" ("supersedes_check_id");--> statement-breakpoint
CREATE INDEX "pregnancy_checks_twins_idx" ON "pregnancy_checks" ("checked_on") WHERE "embryo_count" > 1;--> statement-breakpoint
CREATE UNIQUE INDEX "semen_shipments_courier_tracking_number_key" ON "semen_shipments" ("courier","tracking_number");--> statement-breakpoint
CREATE INDEX "semen_shipments_stud_service_id_idx" ON "semen_shipments" ("stud_service_id","collected_on");--> statement-breakpoint
CREATE INDEX "semen_shipments_breeding_contract_id_idx" ON "semen_shipments" ("breeding_contract_id");--> statement-breakpoint
CREATE INDEX "semen_shipments_mare_id_idx" ON "semen_shipments" ("mare_id");--> statement-breakpoint
CREATE INDEX "semen_shipments_destination_practice_id_idx" ON "semen_shipments" ("destination_practice_id");--> statement-breakpoint
CREATE INDEX "semen_shipments_in_transit_idx" ON "semen_shipments" ("dispatched_at") WHERE "status" = 'dispatched';--> statement-breakpoint
CREATE UNIQUE INDEX "stud_services_stallion_id_season_year_key" ON "stud_services" ("stallion_id","season_year");--> statement-breakpoint
CREATE UNIQUE INDEX "stud_services_source_system_external_id_key" ON "stud_services" ("source_system","external_id");--> statement-breakpoint
CREATE INDEX "stud_services_standing_at_practice_id_idx" ON "stud_services" ("standing_at_practice_id");--> statement-breakpoint
CREATE INDEX "stud_services_season_year_idx" ON "stud_services" ("season_year","status") WHERE "status" in ('open', 'book_full');--> statement-breakpoint
CREATE UNIQUE INDEX "competition_classes_competition_id_class_code_key" ON "competition_classes" ("competition_id","class_code");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_history_import_key" ON "competition_history" ("competition_id","change_type","source_updated_at");--> statement-breakpoint
CREATE INDEX "competition_history_competition_id_idx" ON "competition_history" ("competition_id","occurred_at");--> statement-breakpoint
CREATE INDEX "competition_history_recorded_by_user_id_idx" ON "competition_history" ("recorded_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_registrations_class_id_federation_entry_id_key" ON "competition_registrations" ("class_id","federation_entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_registrations_class_id_bib_number_key" ON "competition_registrations" ("class_id","bib_number");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_registrations_live_horse_key" ON "competition_registrations" ("class_id","horse_id") WHERE "horse_id" is not null and "status" in ('pending', 'accepted', 'waitlisted');--> statement-breakpoint
CREATE INDEX "competition_registrations_horse_id_idx" ON "competition_registrations" ("horse_id","entered_at");--> statement-breakpoint
CREATE INDEX "competition_registrations_rider_user_id_idx" ON "competition_registrations" ("rider_user_id","entered_at");--> statement-breakpoint
CREATE INDEX "competition_registrations_owner_user_id_idx" ON "competition_registrations" ("owner_user_id");--> statement-breakpoint
CREATE INDEX "competition_registrations_entered_by_user_id_idx" ON "competition_registrations" ("entered_by_user_id","entered_at");--> statement-breakpoint
CREATE INDEX "competition_registrations_invoice_line_item_id_idx" ON "competition_registrations" ("invoice_line_item_id");--> statement-breakpoint
CREATE INDEX "competition_registrations_transaction_id_idx" ON "competition_registrations" ("transaction_id");--> statement-breakpoint
CREATE INDEX "competition_registrations_eligibility_vaccination_id_idx" ON "competition_registrations" ("eligibility_vaccination_id");--> statement-breakpoint
CREATE INDEX "competition_registrations_pending_idx" ON "competition_registrations" ("class_id","entered_at") WHERE "status" in ('pending', 'waitlisted');--> statement-breakpoint
CREATE UNIQUE INDEX "competition_seasons_federation_season_year_key" ON "competition_seasons" ("federation","season_year");--> statement-breakpoint
CREATE UNIQUE INDEX "competitions_federation_federation_event_id_key" ON "competitions" ("federation","federation_event_id");--> statement-breakpoint
CREATE INDEX "competitions_season_id_idx" ON "competitions" ("season_id","starts_on");--> statement-breakpoint
CREATE INDEX "competitions_organiser_user_id_idx" ON "competitions" ("organiser_user_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "competitions_community_event_id_key" ON "competitions" ("community_event_id");--> statement-breakpoint
CREATE INDEX "competitions_upcoming_idx" ON "competitions" ("country_code","discipline","starts_on") WHERE "status" in ('scheduled', 'entries_open', 'entries_closed', 'in_progress', 'postponed');--> statement-breakpoint
CREATE UNIQUE INDEX "event_attendees_ticket_key" ON "event_attendees" ("competition_id","ticketing_provider","ticket_number");--> statement-breakpoint
CREATE INDEX "event_attendees_user_id_idx" ON "event_attendees" ("user_id","issued_at");--> statement-breakpoint
CREATE INDEX "event_attendees_transaction_id_idx" ON "event_attendees" ("transaction_id");--> statement-breakpoint
CREATE INDEX "event_attendees_checked_in_idx" ON "event_attendees" ("competition_id","checked_in_at") WHERE "checked_in_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "event_judges_position_key" ON "event_judges" ("class_id","position") WHERE "position" is not null and "status" <> 'declined' and "status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "event_judges_class_id_idx" ON "event_judges" ("class_id");--> statement-breakpoint
CREATE INDEX "event_judges_judge_user_id_idx" ON "event_judges" ("judge_user_id");--> statement-breakpoint
CREATE INDEX "event_judges_veterinarian_id_idx" ON "event_judges" ("veterinarian_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_media_checksum_sha256_key" ON "event_media" ("checksum_sha256");--> statement-breakpoint
CREATE INDEX "event_media_competition_id_idx" ON "event_media" ("competition_id","captured_at");--> statement-breakpoint
CREATE INDEX "event_media_class_id_idx" ON "event_media" ("class_id");--> statement-breakpoint
CREATE INDEX "event_media_registration_id_idx" ON "event_media" ("registration_id");--> statement-breakpoint
CREATE INDEX "event_media_horse_id_idx" ON "event_media" ("horse_id","captured_at");--> statement-breakpoint
CREATE INDEX "event_media_photographer_user_id_idx" ON "event_media" ("photographer_user_id","captured_at");--> statement-breakpoint
CREATE INDEX "event_media_pending_review_idx" ON "event_media" ("created_at") WHERE "status" = 'pending_review';--> statement-breakpoint
CREATE UNIQUE INDEX "event_results_registration_id_key" ON "event_results" ("registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_results_competition_result_id_key" ON "event_results" ("competition_result_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_results_result_source_source_result_id_key" ON "event_results" ("result_source","source_result_id");--> statement-breakpoint
CREATE INDEX "event_results_provisional_idx" ON "event_results" ("created_at") WHERE "status" = 'provisional';--> statement-breakpoint
CREATE UNIQUE INDEX "event_schedules_competition_id_external_slot_id_key" ON "event_schedules" ("competition_id","external_slot_id");--> statement-breakpoint
CREATE INDEX "event_schedules_competition_id_starts_at_idx" ON "event_schedules" ("competition_id","starts_at");--> statement-breakpoint
CREATE INDEX "event_schedules_class_id_idx" ON "event_schedules" ("class_id","order_of_go");--> statement-breakpoint
CREATE INDEX "event_schedules_registration_id_idx" ON "event_schedules" ("registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_analysis_submission_id_model_id_key" ON "feedback_analysis" ("submission_id","model_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_analysis_review_id_model_id_key" ON "feedback_analysis" ("review_id","model_id");--> statement-breakpoint
CREATE INDEX "feedback_analysis_model_id_idx" ON "feedback_analysis" ("model_id","analyzed_at");--> statement-breakpoint
CREATE INDEX "feedback_analysis_suggested_category_id_idx" ON "feedback_analysis" ("suggested_category_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_categories_slug_key" ON "feedback_categories" ("slug");--> statement-breakpoint
CREATE INDEX "feedback_categories_parent_category_id_idx" ON "feedback_categories" ("parent_category_id","sort_order");--> statement-breakpoint
CREATE INDEX "feedback_categories_triage_admin_user_id_idx" ON "feedback_categories" ("triage_admin_user_id");--> statement-breakpoint
CREATE INDEX "feedback_categories_active_idx" ON "feedback_categories" ("owning_team","sort_order") WHERE "archived_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_prioritization_current_key" ON "feedback_prioritization" ("submission_id") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "feedback_prioritization_submission_id_idx" ON "feedback_prioritization" ("submission_id","valid_from");--> statement-breakpoint
CREATE INDEX "feedback_prioritization_decided_by_admin_user_id_idx" ON "feedback_prioritization" ("decided_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "feedback_prioritization_backlog_idx" ON "feedback_prioritization" ("rice_score") WHERE "valid_to" is null and "decision" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_submissions_source_external_id_key" ON "feedback_submissions" ("source","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_submissions_tracker_issue_key" ON "feedback_submissions" ("tracker","tracker_issue_key") WHERE "duplicate_of_submission_id" is null;--> statement-breakpoint
CREATE INDEX "feedback_submissions_user_id_idx" ON "feedback_submissions" ("user_id","submitted_at");--> statement-breakpoint
CREATE INDEX "feedback_submissions_session_id_idx" ON "feedback_submissions" ("session_id");--> statement-breakpoint
CREATE INDEX "feedback_submissions_category_id_idx" ON "feedback_submissions" ("category_id","submitted_at");--> statement-breakpoint
CREATE INDEX "feedback_submissions_duplicate_of_submission_id_idx" ON "feedback_submissions" ("duplicate_of_submission_id");--> statement-breakpoint
CREATE INDEX "feedback_submissions_tracker_idx" ON "feedback_submissions" ("tracker","tracker_issue_key");--> statement-breakpoint
CREATE INDEX "feedback_submissions_triage_idx" ON "feedback_submissions" ("kind","submitted_at") WHERE "status" = 'new';--> statement-breakpoint
CREATE INDEX "feedback_submissions_open_idx" ON "feedback_submissions" ("status","triaged_at") WHERE "status" in ('triaged', 'planned', 'in_progress');--> statement-breakpoint
CREATE INDEX "rating_distributions_veterinarian_id_idx" ON "rating_distributions" ("veterinarian_id");--> statement-breakpoint
CREATE INDEX "rating_distributions_provider_service_id_idx" ON "rating_distributions" ("provider_service_id");--> statement-breakpoint
CREATE INDEX "rating_distributions_community_event_id_idx" ON "rating_distributions" ("community_event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_helpfulness_review_id_voter_user_id_key" ON "review_helpfulness" ("review_id","voter_user_id");--> statement-breakpoint
CREATE INDEX "review_helpfulness_voter_user_id_idx" ON "review_helpfulness" ("voter_user_id","voted_at");--> statement-breakpoint
CREATE INDEX "review_helpfulness_session_id_idx" ON "review_helpfulness" ("session_id");--> statement-breakpoint
CREATE INDEX "review_helpfulness_ip_address_hash_idx" ON "review_helpfulness" ("ip_address_hash","voted_at");--> statement-breakpoint
CREATE INDEX "review_moderation_review_id_idx" ON "review_moderation" ("review_id","decided_at");--> statement-breakpoint
CREATE INDEX "review_moderation_moderator_admin_user_id_idx" ON "review_moderation" ("moderator_admin_user_id","decided_at");--> statement-breakpoint
CREATE INDEX "review_moderation_appeal_of_moderation_id_idx" ON "review_moderation" ("appeal_of_moderation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_responses_review_id_key" ON "review_responses" ("review_id");--> statement-breakpoint
CREATE INDEX "review_responses_responder_user_id_idx" ON "review_responses" ("responder_user_id");--> statement-breakpoint
CREATE INDEX "review_responses_draft_idx" ON "review_responses" ("created_at") WHERE "status" = 'draft';--> statement-breakpoint
CREATE INDEX "review_statistics_veterinarian_id_idx" ON "review_statistics" ("veterinarian_id","period_start");--> statement-breakpoint
CREATE INDEX "review_statistics_provider_service_id_idx" ON "review_statistics" ("provider_service_id","period_start");--> statement-breakpoint
CREATE INDEX "review_statistics_community_event_id_idx" ON "review_statistics" ("community_event_id","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "user_reviews_source_external_review_id_key" ON "user_reviews" ("source","external_review_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_reviews_reviewer_subject_key" ON "user_reviews" ("reviewer_user_id","source",coalesce("practice_id", "veterinarian_id", "provider_service_id", "community_event_id")) WHERE "reviewer_user_id" is not null;--> statement-breakpoint
CREATE INDEX "user_reviews_reviewer_user_id_idx" ON "user_reviews" ("reviewer_user_id","created_at");--> statement-breakpoint
CREATE INDEX "user_reviews_practice_id_idx" ON "user_reviews" ("practice_id","published_at");--> statement-breakpoint
CREATE INDEX "user_reviews_veterinarian_id_idx" ON "user_reviews" ("veterinarian_id","published_at");--> statement-breakpoint
CREATE INDEX "user_reviews_provider_service_id_idx" ON "user_reviews" ("provider_service_id","published_at");--> statement-breakpoint
CREATE INDEX "user_reviews_community_event_id_idx" ON "user_reviews" ("community_event_id","published_at");--> statement-breakpoint
CREATE INDEX "user_reviews_horse_id_idx" ON "user_reviews" ("horse_id");--> statement-breakpoint
CREATE INDEX "user_reviews_verified_invoice_id_idx" ON "user_reviews" ("verified_invoice_id");--> statement-breakpoint
CREATE INDEX "user_reviews_pending_idx" ON "user_reviews" ("created_at") WHERE "status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "billing_cycles_subscription_id_period_start_key" ON "billing_cycles" ("subscription_id","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "billing_cycles_subscription_id_cycle_number_key" ON "billing_cycles" ("subscription_id","cycle_number");--> statement-breakpoint
CREATE UNIQUE INDEX "billing_cycles_subscription_payment_id_key" ON "billing_cycles" ("subscription_payment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "billing_cycles_next_scheduled_key" ON "billing_cycles" ("subscription_id") WHERE "status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "billing_cycles_open_idx" ON "billing_cycles" ("billing_scheduled_at") WHERE "status" in ('scheduled', 'invoiced', 'past_due');--> statement-breakpoint
CREATE INDEX "budget_allocations_category_id_idx" ON "budget_allocations" ("category_id");--> statement-breakpoint
CREATE INDEX "budget_allocations_horse_id_idx" ON "budget_allocations" ("horse_id","period_start");--> statement-breakpoint
CREATE INDEX "expense_categories_parent_category_id_idx" ON "expense_categories" ("parent_category_id");--> statement-breakpoint
CREATE UNIQUE INDEX "expenses_source_external_id_key" ON "expenses" ("source","external_id");--> statement-breakpoint
CREATE INDEX "expenses_user_id_incurred_on_idx" ON "expenses" ("user_id","incurred_on");--> statement-breakpoint
CREATE INDEX "expenses_horse_id_incurred_on_idx" ON "expenses" ("horse_id","incurred_on");--> statement-breakpoint
CREATE INDEX "expenses_category_id_idx" ON "expenses" ("category_id");--> statement-breakpoint
CREATE INDEX "expenses_vendor_practice_id_idx" ON "expenses" ("vendor_practice_id");--> statement-breakpoint
CREATE INDEX "expenses_invoice_id_idx" ON "expenses" ("invoice_id");--> statement-breakpoint
CREATE INDEX "expenses_transaction_id_idx" ON "expenses" ("transaction_id");--> statement-breakpoint
CREATE INDEX "expenses_uncategorised_idx" ON "expenses" ("user_id","incurred_on") WHERE "category_id" is null;--> statement-breakpoint
CREATE INDEX "financial_goals_user_id_idx" ON "financial_goals" ("user_id","status");--> statement-breakpoint
CREATE INDEX "financial_goals_horse_id_idx" ON "financial_goals" ("horse_id");--> statement-breakpoint
CREATE INDEX "financial_goals_category_id_idx" ON "financial_goals" ("category_id");--> statement-breakpoint
CREATE INDEX "financial_goals_active_target_date_idx" ON "financial_goals" ("user_id","target_date") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "financial_reports_user_id_requested_at_idx" ON "financial_reports" ("user_id","requested_at");--> statement-breakpoint
CREATE INDEX "financial_reports_horse_id_idx" ON "financial_reports" ("horse_id");--> statement-breakpoint
CREATE INDEX "financial_reports_tax_record_id_idx" ON "financial_reports" ("tax_record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "financial_reports_storage_key_key" ON "financial_reports" ("storage_key");--> statement-breakpoint
CREATE INDEX "financial_reports_queue_idx" ON "financial_reports" ("requested_at") WHERE "status" in ('queued', 'generating');--> statement-breakpoint
CREATE UNIQUE INDEX "financial_statements_period_version_key" ON "financial_statements" ("user_id","scope","currency","period_start","version");--> statement-breakpoint
CREATE UNIQUE INDEX "financial_statements_statement_number_key" ON "financial_statements" ("statement_number");--> statement-breakpoint
CREATE UNIQUE INDEX "financial_statements_document_storage_key_key" ON "financial_statements" ("document_storage_key");--> statement-breakpoint
CREATE UNIQUE INDEX "financial_statements_supersedes_statement_id_key" ON "financial_statements" ("supersedes_statement_id");--> statement-breakpoint
CREATE INDEX "financial_statements_user_id_period_end_idx" ON "financial_statements" ("user_id","period_end");--> statement-breakpoint
CREATE UNIQUE INDEX "income_sources_source_external_id_key" ON "income_sources" ("source","external_id");--> statement-breakpoint
CREATE INDEX "income_sources_user_id_received_on_idx" ON "income_sources" ("user_id","received_on");--> statement-breakpoint
CREATE INDEX "income_sources_horse_id_received_on_idx" ON "income_sources" ("horse_id","received_on");--> statement-breakpoint
CREATE INDEX "income_sources_payer_user_id_idx" ON "income_sources" ("payer_user_id");--> statement-breakpoint
CREATE INDEX "income_sources_invoice_id_idx" ON "income_sources" ("invoice_id");--> statement-breakpoint
CREATE INDEX "income_sources_transaction_id_idx" ON "income_sources" ("transaction_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_plan_instalments_plan_id_instalment_number_key" ON "payment_plan_instalments" ("plan_id","instalment_number");--> statement-breakpoint
CREATE INDEX "payment_plan_instalments_transaction_id_idx" ON "payment_plan_instalments" ("transaction_id");--> statement-breakpoint
CREATE INDEX "payment_plan_instalments_due_idx" ON "payment_plan_instalments" ("due_on") WHERE "status" in ('scheduled', 'pending', 'failed');--> statement-breakpoint
CREATE UNIQUE INDEX "payment_plans_provider_plan_id_key" ON "payment_plans" ("provider","provider_plan_id");--> statement-breakpoint
CREATE INDEX "payment_plans_invoice_id_idx" ON "payment_plans" ("invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_plans_live_invoice_key" ON "payment_plans" ("invoice_id") WHERE "status" in ('proposed', 'active');--> statement-breakpoint
CREATE INDEX "payment_plans_payer_user_id_idx" ON "payment_plans" ("payer_user_id","status");--> statement-breakpoint
CREATE INDEX "payment_plans_payment_method_id_idx" ON "payment_plans" ("payment_method_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tax_records_jurisdiction_code_filing_reference_key" ON "tax_records" ("jurisdiction_code","filing_reference");--> statement-breakpoint
CREATE UNIQUE INDEX "tax_records_source_external_id_key" ON "tax_records" ("source","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tax_records_current_key" ON "tax_records" ("user_id","jurisdiction_code","tax_type","period_start") WHERE "status" <> 'superseded';--> statement-breakpoint
CREATE INDEX "tax_records_user_id_period_start_idx" ON "tax_records" ("user_id","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "tax_records_amends_tax_record_id_key" ON "tax_records" ("amends_tax_record_id");--> statement-breakpoint
CREATE INDEX "tax_records_prepared_by_user_id_idx" ON "tax_records" ("prepared_by_user_id");--> statement-breakpoint
CREATE INDEX "tax_records_unfiled_due_on_idx" ON "tax_records" ("due_on") WHERE "status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "audio_analysis_results_audio_upload_id_model_id_key" ON "audio_analysis_results" ("audio_upload_id","model_id");--> statement-breakpoint
CREATE INDEX "audio_analysis_results_model_id_idx" ON "audio_analysis_results" ("model_id","analysed_at");--> statement-breakpoint
CREATE INDEX "audio_analysis_results_run_id_idx" ON "audio_analysis_results" ("run_id");--> statement-breakpoint
CREATE INDEX "audio_analysis_results_reviewed_by_user_id_idx" ON "audio_analysis_results" ("reviewed_by_user_id");--> statement-breakpoint
CREATE INDEX "audio_analysis_results_review_queue_idx" ON "audio_analysis_results" ("analysis_type","analysed_at") WHERE "review_status" = 'unreviewed';--> statement-breakpoint
CREATE UNIQUE INDEX "audio_transcriptions_audio_model_language_key" ON "audio_transcriptions" ("audio_upload_id","model_id","language_tag");--> statement-breakpoint
CREATE INDEX "audio_transcriptions_model_id_idx" ON "audio_transcriptions" ("model_id");--> statement-breakpoint
CREATE INDEX "audio_transcriptions_run_id_idx" ON "audio_transcriptions" ("run_id");--> statement-breakpoint
CREATE INDEX "audio_transcriptions_reviewed_by_user_id_idx" ON "audio_transcriptions" ("reviewed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "audio_uploads_uploader_content_key" ON "audio_uploads" ("uploader_user_id","content_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "audio_uploads_storage_key_key" ON "audio_uploads" ("storage_key");--> statement-breakpoint
CREATE UNIQUE INDEX "audio_uploads_source_external_id_key" ON "audio_uploads" ("source","external_id");--> statement-breakpoint
CREATE INDEX "audio_uploads_uploader_recent_idx" ON "audio_uploads" ("uploader_user_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "audio_uploads_horse_id_idx" ON "audio_uploads" ("horse_id","captured_at");--> statement-breakpoint
CREATE INDEX "audio_uploads_source_video_upload_id_idx" ON "audio_uploads" ("source_video_upload_id");--> statement-breakpoint
CREATE INDEX "audio_uploads_content_sha256_idx" ON "audio_uploads" ("content_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "image_analysis_results_image_upload_id_model_id_key" ON "image_analysis_results" ("image_upload_id","model_id");--> statement-breakpoint
CREATE INDEX "image_analysis_results_model_id_idx" ON "image_analysis_results" ("model_id","analysed_at");--> statement-breakpoint
CREATE INDEX "image_analysis_results_run_id_idx" ON "image_analysis_results" ("run_id");--> statement-breakpoint
CREATE INDEX "image_analysis_results_reviewed_by_user_id_idx" ON "image_analysis_results" ("reviewed_by_user_id");--> statement-breakpoint
CREATE INDEX "image_analysis_results_review_queue_idx" ON "image_analysis_results" ("analysis_type","analysed_at") WHERE "review_status" = 'unreviewed';--> statement-breakpoint
CREATE UNIQUE INDEX "image_uploads_uploader_content_key" ON "image_uploads" ("uploader_user_id","content_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "image_uploads_storage_key_key" ON "image_uploads" ("storage_key");--> statement-breakpoint
CREATE UNIQUE INDEX "image_uploads_source_external_id_key" ON "image_uploads" ("source","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "image_uploads_horse_photo_id_key" ON "image_uploads" ("horse_photo_id");--> statement-breakpoint
CREATE INDEX "image_uploads_uploader_recent_idx" ON "image_uploads" ("uploader_user_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "image_uploads_horse_id_idx" ON "image_uploads" ("horse_id","captured_at");--> statement-breakpoint
CREATE INDEX "image_uploads_content_sha256_idx" ON "image_uploads" ("content_sha256");--> statement-breakpoint
CREATE INDEX "image_uploads_perceptual_hash_idx" ON "image_uploads" ("perceptual_hash");--> statement-breakpoint
CREATE INDEX "media_embeddings_video_upload_id_idx" ON "media_embeddings" ("video_upload_id");--> statement-breakpoint
CREATE INDEX "media_embeddings_video_frame_id_idx" ON "media_embeddings" ("video_frame_id");--> statement-breakpoint
CREATE INDEX "media_embeddings_audio_upload_id_idx" ON "media_embeddings" ("audio_upload_id");--> statement-breakpoint
CREATE INDEX "media_embeddings_model_id_idx" ON "media_embeddings" ("model_id","dimensions");--> statement-breakpoint
CREATE INDEX "media_embeddings_run_id_idx" ON "media_embeddings" ("run_id");--> statement-breakpoint
CREATE UNIQUE INDEX "media_learning_dataset_current_key" ON "media_learning_dataset" ("dataset_name",coalesce("image_upload_id", "video_upload_id", "video_frame_id", "audio_upload_id")) WHERE "valid_to" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "media_learning_dataset_source_external_id_key" ON "media_learning_dataset" ("source","external_id");--> statement-breakpoint
CREATE INDEX "media_learning_dataset_dataset_split_idx" ON "media_learning_dataset" ("dataset_name","split","label") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "media_learning_dataset_image_upload_id_idx" ON "media_learning_dataset" ("image_upload_id");--> statement-breakpoint
CREATE INDEX "media_learning_dataset_video_upload_id_idx" ON "media_learning_dataset" ("video_upload_id");--> statement-breakpoint
CREATE INDEX "media_learning_dataset_video_frame_id_idx" ON "media_learning_dataset" ("video_frame_id");--> statement-breakpoint
CREATE INDEX "media_learning_dataset_audio_upload_id_idx" ON "media_learning_dataset" ("audio_upload_id");--> statement-breakpoint
CREATE INDEX "media_learning_dataset_labelled_by_user_id_idx" ON "media_learning_dataset" ("labelled_by_user_id");--> statement-breakpoint
CREATE INDEX "media_learning_dataset_verified_by_user_id_idx" ON "media_learning_dataset" ("verified_by_user_id");--> statement-breakpoint
CREATE INDEX "media_learning_dataset_ai_training_data_id_idx" ON "media_learning_dataset" ("ai_training_data_id");--> statement-breakpoint
CREATE UNIQUE INDEX "media_model_runs_model_id_external_run_id_key" ON "media_model_runs" ("model_id","external_run_id");--> statement-breakpoint
CREATE INDEX "media_model_runs_model_id_started_at_idx" ON "media_model_runs" ("model_id","started_at");--> statement-breakpoint
CREATE INDEX "media_model_runs_input_content_sha256_idx" ON "media_model_runs" ("input_content_sha256");--> statement-breakpoint
CREATE INDEX "media_model_runs_requested_by_user_id_idx" ON "media_model_runs" ("requested_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "media_processing_queue_live_job_key" ON "media_processing_queue" (coalesce("image_upload_id", "video_upload_id", "audio_upload_id"),"job_type") WHERE "status" in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "media_processing_queue_runnable_idx" ON "media_processing_queue" ("priority" DESC NULLS LAST,"run_after") WHERE "status" = 'queued';--> statement-breakpoint
CREATE INDEX "media_processing_queue_lease_idx" ON "media_processing_queue" ("locked_until") WHERE "status" = 'running';--> statement-breakpoint
CREATE INDEX "media_processing_queue_image_upload_id_idx" ON "media_processing_queue" ("image_upload_id");--> statement-breakpoint
CREATE INDEX "media_processing_queue_video_upload_id_idx" ON "media_processing_queue" ("video_upload_id");--> statement-breakpoint
CREATE INDEX "media_processing_queue_audio_upload_id_idx" ON "media_processing_queue" ("audio_upload_id");--> statement-breakpoint
CREATE INDEX "media_processing_queue_model_id_idx" ON "media_processing_queue" ("model_id");--> statement-breakpoint
CREATE INDEX "media_processing_queue_last_run_id_idx" ON "media_processing_queue" ("last_run_id");--> statement-breakpoint
CREATE INDEX "media_processing_queue_requested_by_user_id_idx" ON "media_processing_queue" ("requested_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "media_similarity_search_request_id_key" ON "media_similarity_search" ("request_id");--> statement-breakpoint
CREATE INDEX "media_similarity_search_requested_by_user_id_idx" ON "media_similarity_search" ("requested_by_user_id","searched_at");--> statement-breakpoint
CREATE INDEX "media_similarity_search_model_id_idx" ON "media_similarity_search" ("model_id");--> statement-breakpoint
CREATE INDEX "media_similarity_search_query_image_upload_id_idx" ON "media_similarity_search" ("query_image_upload_id");--> statement-breakpoint
CREATE INDEX "media_similarity_search_query_video_upload_id_idx" ON "media_similarity_search" ("query_video_upload_id");--> statement-breakpoint
CREATE INDEX "media_similarity_search_query_audio_upload_id_idx" ON "media_similarity_search" ("query_audio_upload_id");--> statement-breakpoint
CREATE INDEX "media_similarity_search_query_embedding_id_idx" ON "media_similarity_search" ("query_embedding_id");--> statement-breakpoint
CREATE INDEX "media_similarity_search_purpose_idx" ON "media_similarity_search" ("purpose","searched_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sound_pattern_recognition_detection_key" ON "sound_pattern_recognition" ("audio_upload_id","model_id","pattern_code","start_ms");--> statement-breakpoint
CREATE INDEX "sound_pattern_recognition_model_id_idx" ON "sound_pattern_recognition" ("model_id");--> statement-breakpoint
CREATE INDEX "sound_pattern_recognition_run_id_idx" ON "sound_pattern_recognition" ("run_id");--> statement-breakpoint
CREATE INDEX "sound_pattern_recognition_reviewed_by_user_id_idx" ON "sound_pattern_recognition" ("reviewed_by_user_id");--> statement-breakpoint
CREATE INDEX "sound_pattern_recognition_review_queue_idx" ON "sound_pattern_recognition" ("pattern_code","detected_at") WHERE "review_status" = 'unreviewed';--> statement-breakpoint
CREATE UNIQUE INDEX "video_analysis_results_video_upload_id_model_id_key" ON "video_analysis_results" ("video_upload_id","model_id");--> statement-breakpoint
CREATE INDEX "video_analysis_results_model_id_idx" ON "video_analysis_results" ("model_id","analysed_at");--> statement-breakpoint
CREATE INDEX "video_analysis_results_run_id_idx" ON "video_analysis_results" ("run_id");--> statement-breakpoint
CREATE INDEX "video_analysis_results_reviewed_by_user_id_idx" ON "video_analysis_results" ("reviewed_by_user_id");--> statement-breakpoint
CREATE INDEX "video_analysis_results_review_queue_idx" ON "video_analysis_results" ("analysis_type","analysed_at") WHERE "review_status" = 'unreviewed';--> statement-breakpoint
CREATE UNIQUE INDEX "video_frames_video_upload_id_frame_index_key" ON "video_frames" ("video_upload_id","frame_index");--> statement-breakpoint
CREATE UNIQUE INDEX "video_frames_storage_key_key" ON "video_frames" ("storage_key");--> statement-breakpoint
CREATE INDEX "video_frames_pose_model_id_idx" ON "video_frames" ("pose_model_id");--> statement-breakpoint
CREATE UNIQUE INDEX "video_uploads_uploader_content_key" ON "video_uploads" ("uploader_user_id","content_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "video_uploads_storage_key_key" ON "video_uploads" ("storage_key");--> statement-breakpoint
CREATE UNIQUE INDEX "video_uploads_source_external_id_key" ON "video_uploads" ("source","external_id");--> statement-breakpoint
CREATE INDEX "video_uploads_uploader_recent_idx" ON "video_uploads" ("uploader_user_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "video_uploads_horse_id_idx" ON "video_uploads" ("horse_id","captured_at");--> statement-breakpoint
CREATE INDEX "video_uploads_lameness_exam_id_idx" ON "video_uploads" ("lameness_exam_id");--> statement-breakpoint
CREATE INDEX "video_uploads_content_sha256_idx" ON "video_uploads" ("content_sha256");--> statement-breakpoint
CREATE INDEX "visual_pattern_recognition_video_upload_id_idx" ON "visual_pattern_recognition" ("video_upload_id","start_ms");--> statement-breakpoint
CREATE INDEX "visual_pattern_recognition_video_frame_id_idx" ON "visual_pattern_recognition" ("video_frame_id");--> statement-breakpoint
CREATE INDEX "visual_pattern_recognition_model_id_idx" ON "visual_pattern_recognition" ("model_id");--> statement-breakpoint
CREATE INDEX "visual_pattern_recognition_run_id_idx" ON "visual_pattern_recognition" ("run_id");--> statement-breakpoint
CREATE INDEX "visual_pattern_recognition_reviewed_by_user_id_idx" ON "visual_pattern_recognition" ("reviewed_by_user_id");--> statement-breakpoint
CREATE INDEX "visual_pattern_recognition_review_queue_idx" ON "visual_pattern_recognition" ("pattern_code","detected_at") WHERE "review_status" = 'unreviewed';--> statement-breakpoint
CREATE UNIQUE INDEX "feed_consumption_horse_id_feed_type_id_consumed_on_key" ON "feed_consumption" ("horse_id","feed_type_id","consumed_on");--> statement-breakpoint
CREATE INDEX "feed_consumption_horse_id_consumed_on_idx" ON "feed_consumption" ("horse_id","consumed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "feed_consumption_source_external_id_key" ON "feed_consumption" ("source","external_id");--> statement-breakpoint
CREATE INDEX "feed_consumption_feed_type_id_idx" ON "feed_consumption" ("feed_type_id");--> statement-breakpoint
CREATE INDEX "feed_consumption_recorded_by_user_id_idx" ON "feed_consumption" ("recorded_by_user_id");--> statement-breakpoint
CREATE INDEX "feed_inventory_stock_idx" ON "feed_inventory" ("feed_type_id","owner_user_id","facility_id");--> statement-breakpoint
CREATE INDEX "feed_inventory_owner_user_id_idx" ON "feed_inventory" ("owner_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "feed_inventory_facility_id_idx" ON "feed_inventory" ("facility_id","occurred_at");--> statement-breakpoint
CREATE INDEX "feed_inventory_feed_supplier_id_idx" ON "feed_inventory" ("feed_supplier_id");--> statement-breakpoint
CREATE INDEX "feed_inventory_recorded_by_user_id_idx" ON "feed_inventory" ("recorded_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feed_inventory_source_external_id_key" ON "feed_inventory" ("source","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feed_suppliers_country_code_company_registration_number_key" ON "feed_suppliers" ("country_code","company_registration_number");--> statement-breakpoint
CREATE INDEX "feed_suppliers_company_name_idx" ON "feed_suppliers" (lower("company_name"));--> statement-breakpoint
CREATE INDEX "feed_suppliers_created_by_user_id_idx" ON "feed_suppliers" ("created_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feed_types_feed_supplier_id_supplier_product_code_key" ON "feed_types" ("feed_supplier_id","supplier_product_code");--> statement-breakpoint
CREATE UNIQUE INDEX "feed_types_gtin_key" ON "feed_types" ("gtin");--> statement-breakpoint
CREATE INDEX "feed_types_name_idx" ON "feed_types" (lower("name"));--> statement-breakpoint
CREATE INDEX "feed_types_category_idx" ON "feed_types" ("category") WHERE "discontinued_on" is null;--> statement-breakpoint
CREATE INDEX "feed_types_created_by_user_id_idx" ON "feed_types" ("created_by_user_id");--> statement-breakpoint
CREATE INDEX "feeding_history_horse_id_idx" ON "feeding_history" ("horse_id","fed_at");--> statement-breakpoint
CREATE INDEX "feeding_history_feeding_schedule_id_idx" ON "feeding_history" ("feeding_schedule_id");--> statement-breakpoint
CREATE INDEX "feeding_history_feed_type_id_idx" ON "feeding_history" ("feed_type_id","batch_number");--> statement-breakpoint
CREATE INDEX "feeding_history_fed_by_user_id_idx" ON "feeding_history" ("fed_by_user_id","fed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "feeding_history_source_external_id_key" ON "feeding_history" ("source","external_id");--> statement-breakpoint
CREATE INDEX "feeding_schedules_horse_id_idx" ON "feeding_schedules" ("horse_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "feeding_schedules_current_key" ON "feeding_schedules" ("horse_id","feed_type_id","feed_time") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "feeding_schedules_feed_type_id_idx" ON "feeding_schedules" ("feed_type_id");--> statement-breakpoint
CREATE INDEX "feeding_schedules_created_by_user_id_idx" ON "feeding_schedules" ("created_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "nutritional_analysis_laboratory_code_accession_number_key" ON "nutritional_analysis" ("laboratory_code","accession_number");--> statement-breakpoint
CREATE INDEX "nutritional_analysis_feed_type_id_idx" ON "nutritional_analysis" ("feed_type_id","sampled_on");--> statement-breakpoint
CREATE INDEX "nutritional_analysis_requested_by_user_id_idx" ON "nutritional_analysis" ("requested_by_user_id");--> statement-breakpoint
CREATE INDEX "nutritional_analysis_pending_idx" ON "nutritional_analysis" ("sampled_on") WHERE "status" in ('submitted', 'in_progress');--> statement-breakpoint
CREATE INDEX "nutritional_requirements_horse_id_idx" ON "nutritional_requirements" ("horse_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "nutritional_requirements_current_key" ON "nutritional_requirements" ("horse_id") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "nutritional_requirements_weight_tracking_id_idx" ON "nutritional_requirements" ("weight_tracking_id");--> statement-breakpoint
CREATE INDEX "nutritional_requirements_computed_by_user_id_idx" ON "nutritional_requirements" ("computed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "nutritional_requirements_source_external_id_key" ON "nutritional_requirements" ("source","external_id");--> statement-breakpoint
CREATE INDEX "supplement_regimens_horse_id_idx" ON "supplement_regimens" ("horse_id","started_on");--> statement-breakpoint
CREATE UNIQUE INDEX "supplement_regimens_open_key" ON "supplement_regimens" ("horse_id","feed_type_id") WHERE "ended_on" is null;--> statement-breakpoint
CREATE INDEX "supplement_regimens_feed_type_id_idx" ON "supplement_regimens" ("feed_type_id");--> statement-breakpoint
CREATE INDEX "supplement_regimens_prescribed_by_veterinarian_id_idx" ON "supplement_regimens" ("prescribed_by_veterinarian_id");--> statement-breakpoint
CREATE INDEX "supplement_regimens_created_by_user_id_idx" ON "supplement_regimens" ("created_by_user_id");--> statement-breakpoint
CREATE INDEX "supplement_regimens_withdrawal_idx" ON "supplement_regimens" ("horse_id") WHERE "ended_on" is null and "withdrawal_before_competition_hours" > 0;--> statement-breakpoint
CREATE INDEX "weight_tracking_horse_id_idx" ON "weight_tracking" ("horse_id","measured_on");--> statement-breakpoint
CREATE UNIQUE INDEX "weight_tracking_vital_sign_id_key" ON "weight_tracking" ("vital_sign_id");--> statement-breakpoint
CREATE UNIQUE INDEX "weight_tracking_source_external_id_key" ON "weight_tracking" ("source","external_id");--> statement-breakpoint
CREATE INDEX "weight_tracking_recorded_by_user_id_idx" ON "weight_tracking" ("recorded_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "association_directories_slug_key" ON "association_directories" ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "association_directories_registration_key" ON "association_directories" ("country_code","registration_number");--> statement-breakpoint
CREATE UNIQUE INDEX "association_directories_source_external_id_key" ON "association_directories" ("source","external_id");--> statement-breakpoint
CREATE INDEX "association_directories_name_idx" ON "association_directories" (lower("name"));--> statement-breakpoint
CREATE INDEX "association_directories_parent_association_id_idx" ON "association_directories" ("parent_association_id");--> statement-breakpoint
CREATE INDEX "association_directories_affiliated_federation_id_idx" ON "association_directories" ("affiliated_federation_id");--> statement-breakpoint
CREATE INDEX "association_directories_community_group_id_idx" ON "association_directories" ("community_group_id");--> statement-breakpoint
CREATE INDEX "association_directories_managed_by_user_id_idx" ON "association_directories" ("managed_by_user_id");--> statement-breakpoint
CREATE INDEX "association_directories_directory_idx" ON "association_directories" ("association_kind","country_code") WHERE "status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "association_events_external_key" ON "association_events" ("association_id","source","external_id");--> statement-breakpoint
CREATE INDEX "association_events_association_id_idx" ON "association_events" ("association_id","starts_at");--> statement-breakpoint
CREATE INDEX "association_events_community_event_id_idx" ON "association_events" ("community_event_id");--> statement-breakpoint
CREATE INDEX "association_events_upcoming_idx" ON "association_events" ("country_code","starts_at") WHERE "status" = 'scheduled';--> statement-breakpoint
CREATE UNIQUE INDEX "association_memberships_number_key" ON "association_memberships" ("association_id","membership_number");--> statement-breakpoint
CREATE UNIQUE INDEX "association_memberships_current_key" ON "association_memberships" ("association_id","user_id") WHERE "status" in ('pending', 'active', 'suspended');--> statement-breakpoint
CREATE INDEX "association_memberships_user_id_idx" ON "association_memberships" ("user_id","valid_from");--> statement-breakpoint
CREATE INDEX "association_memberships_expiry_idx" ON "association_memberships" ("valid_to") WHERE "status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_benefits_partner_offer_key" ON "partnership_benefits" ("partnership_id","partner_offer_id");--> statement-breakpoint
CREATE INDEX "partnership_benefits_eligible_association_id_idx" ON "partnership_benefits" ("eligible_association_id");--> statement-breakpoint
CREATE INDEX "partnership_benefits_active_idx" ON "partnership_benefits" ("eligibility","valid_to") WHERE "status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_communications_source_external_id_key" ON "partnership_communications" ("source","external_id");--> statement-breakpoint
CREATE INDEX "partnership_communications_partnership_id_idx" ON "partnership_communications" ("partnership_id","occurred_at");--> statement-breakpoint
CREATE INDEX "partnership_communications_contract_id_idx" ON "partnership_communications" ("contract_id");--> statement-breakpoint
CREATE INDEX "partnership_communications_staff_admin_user_id_idx" ON "partnership_communications" ("staff_admin_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "partnership_communications_corrects_id_idx" ON "partnership_communications" ("corrects_communication_id");--> statement-breakpoint
CREATE INDEX "partnership_communications_follow_up_idx" ON "partnership_communications" ("follow_up_due_on") WHERE "follow_up_due_on" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_content_external_key" ON "partnership_content" ("partnership_id","external_id");--> statement-breakpoint
CREATE INDEX "partnership_content_approved_by_admin_user_id_idx" ON "partnership_content" ("approved_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "partnership_content_author_user_id_idx" ON "partnership_content" ("author_user_id");--> statement-breakpoint
CREATE INDEX "partnership_content_review_queue_idx" ON "partnership_content" ("submitted_at") WHERE "approval_status" = 'submitted';--> statement-breakpoint
CREATE INDEX "partnership_content_published_idx" ON "partnership_content" ("published_from") WHERE "approval_status" = 'approved';--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_contracts_contract_number_key" ON "partnership_contracts" ("contract_number");--> statement-breakpoint
CREATE INDEX "partnership_contracts_partnership_id_idx" ON "partnership_contracts" ("partnership_id","effective_from");--> statement-breakpoint
CREATE INDEX "partnership_contracts_supersedes_contract_id_idx" ON "partnership_contracts" ("supersedes_contract_id");--> statement-breakpoint
CREATE INDEX "partnership_contracts_signed_by_admin_user_id_idx" ON "partnership_contracts" ("signed_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "partnership_contracts_renewal_idx" ON "partnership_contracts" ("effective_to") WHERE "status" in ('signed', 'active');--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_metrics_period_key" ON "partnership_metrics" ("partnership_id","period_type","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_referrals_partner_referral_key" ON "partnership_referrals" ("partnership_id","partner_referral_id");--> statement-breakpoint
CREATE INDEX "partnership_referrals_partnership_status_idx" ON "partnership_referrals" ("partnership_id","status","referred_at");--> statement-breakpoint
CREATE INDEX "partnership_referrals_referred_user_id_idx" ON "partnership_referrals" ("referred_user_id");--> statement-breakpoint
CREATE INDEX "partnership_referrals_converted_subscription_id_idx" ON "partnership_referrals" ("converted_subscription_id");--> statement-breakpoint
CREATE INDEX "partnership_referrals_lead_email_sha256_idx" ON "partnership_referrals" ("lead_email_sha256") WHERE "lead_email_sha256" is not null and "referred_user_id" is null;--> statement-breakpoint
CREATE INDEX "partnership_referrals_commission_due_idx" ON "partnership_referrals" ("partnership_id","converted_at") WHERE "commission_status" = 'approved';--> statement-breakpoint
CREATE UNIQUE INDEX "partnerships_source_external_id_key" ON "partnerships" ("source","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partnerships_live_association_key" ON "partnerships" ("association_id") WHERE "status" in ('prospect', 'negotiating', 'active', 'paused');--> statement-breakpoint
CREATE INDEX "partnerships_association_id_idx" ON "partnerships" ("association_id","started_on");--> statement-breakpoint
CREATE INDEX "partnerships_account_manager_admin_user_id_idx" ON "partnerships" ("account_manager_admin_user_id");--> statement-breakpoint
CREATE INDEX "partnerships_partner_name_idx" ON "partnerships" (lower("partner_name"));--> statement-breakpoint
CREATE INDEX "partnerships_active_idx" ON "partnerships" ("partner_kind","tier") WHERE "status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "auto_recovery_actions_execution_key" ON "auto_recovery_actions" ("executor","external_execution_id");--> statement-breakpoint
CREATE INDEX "auto_recovery_actions_service_id_idx" ON "auto_recovery_actions" ("service_id","environment","requested_at");--> statement-breakpoint
CREATE INDEX "auto_recovery_actions_triggering_alert_id_idx" ON "auto_recovery_actions" ("triggering_alert_id");--> statement-breakpoint
CREATE INDEX "auto_recovery_actions_health_check_id_idx" ON "auto_recovery_actions" ("health_check_id");--> statement-breakpoint
CREATE INDEX "auto_recovery_actions_scaling_event_id_idx" ON "auto_recovery_actions" ("scaling_event_id");--> statement-breakpoint
CREATE INDEX "auto_recovery_actions_open_idx" ON "auto_recovery_actions" ("status","requested_at") WHERE "status" in ('pending', 'awaiting_approval', 'running');--> statement-breakpoint
CREATE UNIQUE INDEX "backup_verification_source_external_run_id_key" ON "backup_verification" ("source","external_run_id");--> statement-breakpoint
CREATE INDEX "backup_verification_backup_id_idx" ON "backup_verification" ("backup_id","verified_at");--> statement-breakpoint
CREATE INDEX "backup_verification_verified_by_user_id_idx" ON "backup_verification" ("verified_by_user_id");--> statement-breakpoint
CREATE INDEX "backup_verification_failed_idx" ON "backup_verification" ("verified_at") WHERE "result" in ('failed', 'error');--> statement-breakpoint
CREATE UNIQUE INDEX "failover_events_provider_event_key" ON "failover_events" ("provider","provider_event_id");--> statement-breakpoint
CREATE INDEX "failover_events_service_id_idx" ON "failover_events" ("service_id","environment","detected_at");--> statement-breakpoint
CREATE INDEX "failover_events_disaster_recovery_test_id_idx" ON "failover_events" ("disaster_recovery_test_id");--> statement-breakpoint
CREATE INDEX "failover_events_auto_recovery_action_id_idx" ON "failover_events" ("auto_recovery_action_id");--> statement-breakpoint
CREATE INDEX "failover_events_initiated_by_user_id_idx" ON "failover_events" ("initiated_by_user_id");--> statement-breakpoint
CREATE INDEX "failover_events_open_idx" ON "failover_events" ("detected_at") WHERE "status" in ('detected', 'in_progress');--> statement-breakpoint
CREATE UNIQUE INDEX "preventive_maintenance_change_key" ON "preventive_maintenance" ("change_source","change_ticket_id");--> statement-breakpoint
CREATE INDEX "preventive_maintenance_service_id_idx" ON "preventive_maintenance" ("service_id","environment","planned_start_at");--> statement-breakpoint
CREATE INDEX "preventive_maintenance_approved_by_user_id_idx" ON "preventive_maintenance" ("approved_by_user_id");--> statement-breakpoint
CREATE INDEX "preventive_maintenance_upcoming_idx" ON "preventive_maintenance" ("planned_start_at") WHERE "status" in ('planned', 'approved', 'in_progress');--> statement-breakpoint
CREATE UNIQUE INDEX "redundancy_configs_current_key" ON "redundancy_configs" ("service_id","environment") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "redundancy_configs_service_id_idx" ON "redundancy_configs" ("service_id","environment","valid_from");--> statement-breakpoint
CREATE INDEX "redundancy_configs_disaster_recovery_plan_id_idx" ON "redundancy_configs" ("disaster_recovery_plan_id");--> statement-breakpoint
CREATE INDEX "redundancy_configs_changed_by_user_id_idx" ON "redundancy_configs" ("changed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reliability_metrics_window_key" ON "reliability_metrics" ("service_id","environment","window_kind","window_start");--> statement-breakpoint
CREATE INDEX "reliability_metrics_window_start_idx" ON "reliability_metrics" ("window_kind","window_start");--> statement-breakpoint
CREATE UNIQUE INDEX "self_healing_logs_decision_key" ON "self_healing_logs" ("controller_name","decision_key");--> statement-breakpoint
CREATE INDEX "self_healing_logs_service_id_idx" ON "self_healing_logs" ("service_id","environment","decided_at");--> statement-breakpoint
CREATE INDEX "self_healing_logs_auto_recovery_action_id_idx" ON "self_healing_logs" ("auto_recovery_action_id");--> statement-breakpoint
CREATE INDEX "self_healing_logs_degradation_alert_id_idx" ON "self_healing_logs" ("degradation_alert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_degradation_alerts_incident_key" ON "service_degradation_alerts" ("incident_provider","external_incident_id");--> statement-breakpoint
CREATE INDEX "service_degradation_alerts_service_id_idx" ON "service_degradation_alerts" ("service_id","environment","opened_at");--> statement-breakpoint
CREATE INDEX "service_degradation_alerts_system_alert_id_idx" ON "service_degradation_alerts" ("system_alert_id");--> statement-breakpoint
CREATE INDEX "service_degradation_alerts_acknowledged_by_user_id_idx" ON "service_degradation_alerts" ("acknowledged_by_user_id");--> statement-breakpoint
CREATE INDEX "service_degradation_alerts_open_idx" ON "service_degradation_alerts" ("severity","opened_at") WHERE "status" <> 'resolved';--> statement-breakpoint
CREATE UNIQUE INDEX "system_health_checks_result_key" ON "system_health_checks" ("source","external_check_id","probe_region","checked_at");--> statement-breakpoint
CREATE INDEX "system_health_checks_service_id_idx" ON "system_health_checks" ("service_id","environment","checked_at");--> statement-breakpoint
CREATE INDEX "system_health_checks_failing_idx" ON "system_health_checks" ("service_id","checked_at") WHERE "status" <> 'pass';--> statement-breakpoint
CREATE UNIQUE INDEX "system_restoration_logs_step_key" ON "system_restoration_logs" ("restoration_key","step_number");--> statement-breakpoint
CREATE INDEX "system_restoration_logs_service_id_idx" ON "system_restoration_logs" ("service_id","started_at");--> statement-breakpoint
CREATE INDEX "system_restoration_logs_degradation_alert_id_idx" ON "system_restoration_logs" ("degradation_alert_id");--> statement-breakpoint
CREATE INDEX "system_restoration_logs_failover_event_id_idx" ON "system_restoration_logs" ("failover_event_id");--> statement-breakpoint
CREATE INDEX "system_restoration_logs_backup_id_idx" ON "system_restoration_logs" ("backup_id");--> statement-breakpoint
CREATE INDEX "system_restoration_logs_operator_user_id_idx" ON "system_restoration_logs" ("operator_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_results_federation_result_id_key" ON "competition_results" ("federation","federation_result_id");--> statement-breakpoint
CREATE INDEX "competition_results_horse_id_idx" ON "competition_results" ("horse_id","competed_on");--> statement-breakpoint
CREATE INDEX "competition_results_rider_user_id_idx" ON "competition_results" ("rider_user_id","competed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "exercise_plans_program_id_day_number_sequence_key" ON "exercise_plans" ("program_id","day_number","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "performance_metrics_source_external_metric_id_key" ON "performance_metrics" ("source","external_metric_id");--> statement-breakpoint
CREATE INDEX "performance_metrics_horse_id_idx" ON "performance_metrics" ("horse_id","metric_kind","measured_on");--> statement-breakpoint
CREATE INDEX "performance_metrics_session_id_idx" ON "performance_metrics" ("session_id");--> statement-breakpoint
CREATE INDEX "performance_metrics_recorded_by_user_id_idx" ON "performance_metrics" ("recorded_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "performance_trends_horse_id_metric_period_key" ON "performance_trends" ("horse_id","metric_kind","period_type","period_start");--> statement-breakpoint
CREATE INDEX "skill_assessments_horse_id_idx" ON "skill_assessments" ("horse_id","skill","assessed_on");--> statement-breakpoint
CREATE INDEX "skill_assessments_assessor_user_id_idx" ON "skill_assessments" ("assessor_user_id");--> statement-breakpoint
CREATE INDEX "skill_assessments_program_id_idx" ON "skill_assessments" ("program_id");--> statement-breakpoint
CREATE INDEX "skill_assessments_session_id_idx" ON "skill_assessments" ("session_id");--> statement-breakpoint
CREATE INDEX "training_milestones_horse_id_idx" ON "training_milestones" ("horse_id","achieved_on");--> statement-breakpoint
CREATE INDEX "training_milestones_planned_idx" ON "training_milestones" ("horse_id","target_on") WHERE "status" = 'planned';--> statement-breakpoint
CREATE INDEX "training_milestones_program_id_idx" ON "training_milestones" ("program_id");--> statement-breakpoint
CREATE INDEX "training_milestones_session_id_idx" ON "training_milestones" ("session_id");--> statement-breakpoint
CREATE INDEX "training_milestones_competition_result_id_idx" ON "training_milestones" ("competition_result_id");--> statement-breakpoint
CREATE INDEX "training_milestones_recorded_by_user_id_idx" ON "training_milestones" ("recorded_by_user_id");--> statement-breakpoint
CREATE INDEX "training_notes_horse_id_idx" ON "training_notes" ("horse_id","noted_at");--> statement-breakpoint
CREATE INDEX "training_notes_follow_up_idx" ON "training_notes" ("horse_id","follow_up_on") WHERE "follow_up_on" is not null;--> statement-breakpoint
CREATE INDEX "training_notes_session_id_idx" ON "training_notes" ("session_id");--> statement-breakpoint
CREATE INDEX "training_notes_program_id_idx" ON "training_notes" ("program_id");--> statement-breakpoint
CREATE INDEX "training_notes_author_user_id_idx" ON "training_notes" ("author_user_id","noted_at");--> statement-breakpoint
CREATE INDEX "training_programs_horse_id_idx" ON "training_programs" ("horse_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "training_programs_active_key" ON "training_programs" ("horse_id","discipline") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "training_programs_coach_user_id_idx" ON "training_programs" ("coach_user_id");--> statement-breakpoint
CREATE INDEX "training_programs_created_by_user_id_idx" ON "training_programs" ("created_by_user_id");--> statement-breakpoint
CREATE INDEX "training_programs_injury_id_idx" ON "training_programs" ("injury_id");--> statement-breakpoint
CREATE INDEX "training_programs_prescribed_by_veterinarian_id_idx" ON "training_programs" ("prescribed_by_veterinarian_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_sessions_source_external_activity_id_key" ON "training_sessions" ("source","external_activity_id");--> statement-breakpoint
CREATE INDEX "training_sessions_horse_id_idx" ON "training_sessions" ("horse_id","started_at");--> statement-breakpoint
CREATE INDEX "training_sessions_program_id_idx" ON "training_sessions" ("program_id");--> statement-breakpoint
CREATE INDEX "training_sessions_exercise_plan_id_idx" ON "training_sessions" ("exercise_plan_id");--> statement-breakpoint
CREATE INDEX "training_sessions_rider_user_id_idx" ON "training_sessions" ("rider_user_id","started_at");--> statement-breakpoint
CREATE INDEX "training_sessions_trainer_user_id_idx" ON "training_sessions" ("trainer_user_id","started_at");--> statement-breakpoint
CREATE INDEX "training_sessions_scheduled_idx" ON "training_sessions" ("trainer_user_id","started_at") WHERE "status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "training_sessions_invoice_line_item_id_idx" ON "training_sessions" ("invoice_line_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_videos_storage_key_key" ON "training_videos" ("storage_key");--> statement-breakpoint
CREATE INDEX "training_videos_session_id_idx" ON "training_videos" ("session_id");--> statement-breakpoint
CREATE INDEX "training_videos_competition_result_id_idx" ON "training_videos" ("competition_result_id");--> statement-breakpoint
CREATE INDEX "training_videos_uploaded_by_user_id_idx" ON "training_videos" ("uploaded_by_user_id");--> statement-breakpoint
CREATE INDEX "training_videos_checksum_sha256_idx" ON "training_videos" ("checksum_sha256");--> statement-breakpoint
ALTER TABLE "ai_agent_configs" ADD CONSTRAINT "ai_agent_configs_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_configs" ADD CONSTRAINT "ai_agent_configs_fallback_model_id_ai_models_id_fkey" FOREIGN KEY ("fallback_model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_configs" ADD CONSTRAINT "ai_agent_configs_authored_by_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("authored_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_agent_consensus" ADD CONSTRAINT "ai_agent_consensus_session_id_ai_agent_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "ai_agent_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_agent_consensus" ADD CONSTRAINT "ai_agent_consensus_judge_config_id_ai_agent_configs_id_fkey" FOREIGN KEY ("judge_config_id") REFERENCES "ai_agent_configs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_consensus" ADD CONSTRAINT "ai_agent_consensus_chosen_interaction_id_fkey" FOREIGN KEY ("chosen_interaction_id") REFERENCES "ai_agent_interactions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_agent_coordination" ADD CONSTRAINT "ai_agent_coordination_session_id_ai_agent_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "ai_agent_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_agent_coordination" ADD CONSTRAINT "ai_agent_coordination_to_agent_config_id_fkey" FOREIGN KEY ("to_agent_config_id") REFERENCES "ai_agent_configs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_coordination" ADD CONSTRAINT "ai_agent_coordination_from_agent_config_id_fkey" FOREIGN KEY ("from_agent_config_id") REFERENCES "ai_agent_configs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_coordination" ADD CONSTRAINT "ai_agent_coordination_to_veterinarian_id_fkey" FOREIGN KEY ("to_veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_agent_coordination" ADD CONSTRAINT "ai_agent_coordination_triggered_by_interaction_id_fkey" FOREIGN KEY ("triggered_by_interaction_id") REFERENCES "ai_agent_interactions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_agent_failures" ADD CONSTRAINT "ai_agent_failures_agent_config_id_ai_agent_configs_id_fkey" FOREIGN KEY ("agent_config_id") REFERENCES "ai_agent_configs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_failures" ADD CONSTRAINT "ai_agent_failures_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_interactions" ADD CONSTRAINT "ai_agent_interactions_session_id_ai_agent_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "ai_agent_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_agent_interactions" ADD CONSTRAINT "ai_agent_interactions_agent_config_id_ai_agent_configs_id_fkey" FOREIGN KEY ("agent_config_id") REFERENCES "ai_agent_configs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_interactions" ADD CONSTRAINT "ai_agent_interactions_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_interactions" ADD CONSTRAINT "ai_agent_interactions_routing_rule_id_ai_agent_routing_id_fkey" FOREIGN KEY ("routing_rule_id") REFERENCES "ai_agent_routing"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_agent_interactions" ADD CONSTRAINT "ai_agent_interactions_message_id_ai_messages_id_fkey" FOREIGN KEY ("message_id") REFERENCES "ai_messages"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_agent_learning" ADD CONSTRAINT "ai_agent_learning_interaction_id_ai_agent_interactions_id_fkey" FOREIGN KEY ("interaction_id") REFERENCES "ai_agent_interactions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_agent_learning" ADD CONSTRAINT "ai_agent_learning_agent_config_id_ai_agent_configs_id_fkey" FOREIGN KEY ("agent_config_id") REFERENCES "ai_agent_configs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_learning" ADD CONSTRAINT "ai_agent_learning_applied_to_config_id_fkey" FOREIGN KEY ("applied_to_config_id") REFERENCES "ai_agent_configs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_learning" ADD CONSTRAINT "ai_agent_learning_reviewed_by_veterinarian_id_fkey" FOREIGN KEY ("reviewed_by_veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_agent_learning" ADD CONSTRAINT "ai_agent_learning_approved_by_admin_user_id_fkey" FOREIGN KEY ("approved_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_agent_performance" ADD CONSTRAINT "ai_agent_performance_agent_config_id_ai_agent_configs_id_fkey" FOREIGN KEY ("agent_config_id") REFERENCES "ai_agent_configs"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_agent_routing" ADD CONSTRAINT "ai_agent_routing_agent_config_id_ai_agent_configs_id_fkey" FOREIGN KEY ("agent_config_id") REFERENCES "ai_agent_configs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_routing" ADD CONSTRAINT "ai_agent_routing_created_by_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("created_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_agent_routing" ADD CONSTRAINT "ai_agent_routing_fallback_agent_config_id_fkey" FOREIGN KEY ("fallback_agent_config_id") REFERENCES "ai_agent_configs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_sessions" ADD CONSTRAINT "ai_agent_sessions_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_agent_sessions" ADD CONSTRAINT "ai_agent_sessions_conversation_id_ai_conversations_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "ai_conversations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_agent_sessions" ADD CONSTRAINT "ai_agent_sessions_user_session_id_user_sessions_id_fkey" FOREIGN KEY ("user_session_id") REFERENCES "user_sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_agent_sessions" ADD CONSTRAINT "ai_agent_sessions_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_agent_sessions" ADD CONSTRAINT "ai_agent_sessions_workflow_id_ai_agent_workflows_id_fkey" FOREIGN KEY ("workflow_id") REFERENCES "ai_agent_workflows"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_sessions" ADD CONSTRAINT "ai_agent_sessions_entry_agent_config_id_fkey" FOREIGN KEY ("entry_agent_config_id") REFERENCES "ai_agent_configs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_agent_workflows" ADD CONSTRAINT "ai_agent_workflows_authored_by_admin_user_id_fkey" FOREIGN KEY ("authored_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "breeding_contracts" ADD CONSTRAINT "breeding_contracts_stud_service_id_stud_services_id_fkey" FOREIGN KEY ("stud_service_id") REFERENCES "stud_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "breeding_contracts" ADD CONSTRAINT "breeding_contracts_mare_id_horses_id_fkey" FOREIGN KEY ("mare_id") REFERENCES "horses"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "breeding_contracts" ADD CONSTRAINT "breeding_contracts_mare_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("mare_owner_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "breeding_contracts" ADD CONSTRAINT "breeding_contracts_stallion_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("stallion_owner_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "breeding_contracts" ADD CONSTRAINT "breeding_contracts_invoice_id_invoices_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "breeding_programs" ADD CONSTRAINT "breeding_programs_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "breeding_programs" ADD CONSTRAINT "breeding_programs_managing_practice_id_vet_practices_id_fkey" FOREIGN KEY ("managing_practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "breeding_recommendations" ADD CONSTRAINT "breeding_recommendations_mare_id_horses_id_fkey" FOREIGN KEY ("mare_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "breeding_recommendations" ADD CONSTRAINT "breeding_recommendations_stallion_id_horses_id_fkey" FOREIGN KEY ("stallion_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "breeding_recommendations" ADD CONSTRAINT "breeding_recommendations_stud_service_id_stud_services_id_fkey" FOREIGN KEY ("stud_service_id") REFERENCES "stud_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "breeding_recommendations" ADD CONSTRAINT "breeding_recommendations_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "breeding_recommendations" ADD CONSTRAINT "breeding_recommendations_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "breeding_recommendations" ADD CONSTRAINT "breeding_recommendations_breeding_program_id_fkey" FOREIGN KEY ("breeding_program_id") REFERENCES "breeding_programs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "breeding_records" ADD CONSTRAINT "breeding_records_mare_id_horses_id_fkey" FOREIGN KEY ("mare_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "breeding_records" ADD CONSTRAINT "breeding_records_stallion_id_horses_id_fkey" FOREIGN KEY ("stallion_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "breeding_records" ADD CONSTRAINT "breeding_records_stud_service_id_stud_services_id_fkey" FOREIGN KEY ("stud_service_id") REFERENCES "stud_services"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "breeding_records" ADD CONSTRAINT "breeding_records_recorded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "breeding_records" ADD CONSTRAINT "breeding_records_inseminating_veterinarian_id_fkey" FOREIGN KEY ("inseminating_veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "breeding_records" ADD CONSTRAINT "breeding_records_breeding_contract_id_fkey" FOREIGN KEY ("breeding_contract_id") REFERENCES "breeding_contracts"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "breeding_records" ADD CONSTRAINT "breeding_records_semen_shipment_id_fkey" FOREIGN KEY ("semen_shipment_id") REFERENCES "semen_shipments"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "breeding_records" ADD CONSTRAINT "breeding_records_breeding_program_id_fkey" FOREIGN KEY ("breeding_program_id") REFERENCES "breeding_programs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "embryo_transfers" ADD CONSTRAINT "embryo_transfers_donor_mare_id_horses_id_fkey" FOREIGN KEY ("donor_mare_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "embryo_transfers" ADD CONSTRAINT "embryo_transfers_recipient_mare_id_horses_id_fkey" FOREIGN KEY ("recipient_mare_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "embryo_transfers" ADD CONSTRAINT "embryo_transfers_veterinarian_id_veterinarians_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "embryo_transfers" ADD CONSTRAINT "embryo_transfers_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "embryo_transfers" ADD CONSTRAINT "embryo_transfers_breeding_record_id_fkey" FOREIGN KEY ("breeding_record_id") REFERENCES "breeding_records"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "genetic_lineage_analysis" ADD CONSTRAINT "genetic_lineage_analysis_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "genetic_lineage_analysis" ADD CONSTRAINT "genetic_lineage_analysis_mare_id_horses_id_fkey" FOREIGN KEY ("mare_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "genetic_lineage_analysis" ADD CONSTRAINT "genetic_lineage_analysis_stallion_id_horses_id_fkey" FOREIGN KEY ("stallion_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "genetic_lineage_analysis" ADD CONSTRAINT "genetic_lineage_analysis_requested_by_user_id_fkey" FOREIGN KEY ("requested_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "genetic_test_results" ADD CONSTRAINT "genetic_test_results_genetic_test_id_genetic_tests_id_fkey" FOREIGN KEY ("genetic_test_id") REFERENCES "genetic_tests"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "genetic_tests" ADD CONSTRAINT "genetic_tests_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "genetic_tests" ADD CONSTRAINT "genetic_tests_ordered_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("ordered_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "genetic_tests" ADD CONSTRAINT "genetic_tests_lab_result_id_lab_results_id_fkey" FOREIGN KEY ("lab_result_id") REFERENCES "lab_results"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "mare_cycle_observations" ADD CONSTRAINT "mare_cycle_observations_mare_id_horses_id_fkey" FOREIGN KEY ("mare_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "mare_cycle_observations" ADD CONSTRAINT "mare_cycle_observations_veterinarian_id_veterinarians_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "mare_cycle_observations" ADD CONSTRAINT "mare_cycle_observations_vet_visit_id_vet_visits_id_fkey" FOREIGN KEY ("vet_visit_id") REFERENCES "vet_visits"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "offspring_records" ADD CONSTRAINT "offspring_records_dam_id_horses_id_fkey" FOREIGN KEY ("dam_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "offspring_records" ADD CONSTRAINT "offspring_records_sire_id_horses_id_fkey" FOREIGN KEY ("sire_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "offspring_records" ADD CONSTRAINT "offspring_records_foal_horse_id_horses_id_fkey" FOREIGN KEY ("foal_horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "offspring_records" ADD CONSTRAINT "offspring_records_recorded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "offspring_records" ADD CONSTRAINT "offspring_records_attending_veterinarian_id_fkey" FOREIGN KEY ("attending_veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "offspring_records" ADD CONSTRAINT "offspring_records_breeding_record_id_fkey" FOREIGN KEY ("breeding_record_id") REFERENCES "breeding_records"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "offspring_records" ADD CONSTRAINT "offspring_records_embryo_transfer_id_fkey" FOREIGN KEY ("embryo_transfer_id") REFERENCES "embryo_transfers"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "pedigree_records" ADD CONSTRAINT "pedigree_records_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "pedigree_records" ADD CONSTRAINT "pedigree_records_ancestor_horse_id_horses_id_fkey" FOREIGN KEY ("ancestor_horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "pedigree_records" ADD CONSTRAINT "pedigree_records_horse_bloodline_id_fkey" FOREIGN KEY ("horse_bloodline_id") REFERENCES "horse_bloodlines"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "pregnancy_checks" ADD CONSTRAINT "pregnancy_checks_mare_id_horses_id_fkey" FOREIGN KEY ("mare_id") REFERENCES "horses"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "pregnancy_checks" ADD CONSTRAINT "pregnancy_checks_breeding_record_id_breeding_records_id_fkey" FOREIGN KEY ("breeding_record_id") REFERENCES "breeding_records"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "pregnancy_checks" ADD CONSTRAINT "pregnancy_checks_veterinarian_id_veterinarians_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "pregnancy_checks" ADD CONSTRAINT "pregnancy_checks_vet_visit_id_vet_visits_id_fkey" FOREIGN KEY ("vet_visit_id") REFERENCES "vet_visits"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "pregnancy_checks" ADD CONSTRAINT "pregnancy_checks_supersedes_check_id_pregnancy_checks_id_fkey" FOREIGN KEY ("supersedes_check_id") REFERENCES "pregnancy_checks"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "semen_shipments" ADD CONSTRAINT "semen_shipments_stud_service_id_stud_services_id_fkey" FOREIGN KEY ("stud_service_id") REFERENCES "stud_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "semen_shipments" ADD CONSTRAINT "semen_shipments_breeding_contract_id_breeding_contracts_id_fkey" FOREIGN KEY ("breeding_contract_id") REFERENCES "breeding_contracts"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "semen_shipments" ADD CONSTRAINT "semen_shipments_mare_id_horses_id_fkey" FOREIGN KEY ("mare_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "semen_shipments" ADD CONSTRAINT "semen_shipments_destination_practice_id_vet_practices_id_fkey" FOREIGN KEY ("destination_practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "stud_services" ADD CONSTRAINT "stud_services_stallion_id_horses_id_fkey" FOREIGN KEY ("stallion_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "stud_services" ADD CONSTRAINT "stud_services_standing_at_practice_id_vet_practices_id_fkey" FOREIGN KEY ("standing_at_practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "competition_classes" ADD CONSTRAINT "competition_classes_competition_id_competitions_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "competition_history" ADD CONSTRAINT "competition_history_competition_id_competitions_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "competition_history" ADD CONSTRAINT "competition_history_recorded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "competition_registrations" ADD CONSTRAINT "competition_registrations_class_id_competition_classes_id_fkey" FOREIGN KEY ("class_id") REFERENCES "competition_classes"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "competition_registrations" ADD CONSTRAINT "competition_registrations_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "competition_registrations" ADD CONSTRAINT "competition_registrations_rider_user_id_user_profiles_id_fkey" FOREIGN KEY ("rider_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "competition_registrations" ADD CONSTRAINT "competition_registrations_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "competition_registrations" ADD CONSTRAINT "competition_registrations_transaction_id_transactions_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "competition_registrations" ADD CONSTRAINT "competition_registrations_entered_by_user_id_fkey" FOREIGN KEY ("entered_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "competition_registrations" ADD CONSTRAINT "competition_registrations_invoice_line_item_id_fkey" FOREIGN KEY ("invoice_line_item_id") REFERENCES "invoice_line_items"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "competition_registrations" ADD CONSTRAINT "competition_registrations_eligibility_vaccination_id_fkey" FOREIGN KEY ("eligibility_vaccination_id") REFERENCES "vaccinations"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_season_id_competition_seasons_id_fkey" FOREIGN KEY ("season_id") REFERENCES "competition_seasons"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_organiser_user_id_user_profiles_id_fkey" FOREIGN KEY ("organiser_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_community_event_id_community_events_id_fkey" FOREIGN KEY ("community_event_id") REFERENCES "community_events"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "event_attendees" ADD CONSTRAINT "event_attendees_competition_id_competitions_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_attendees" ADD CONSTRAINT "event_attendees_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_attendees" ADD CONSTRAINT "event_attendees_transaction_id_transactions_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "event_judges" ADD CONSTRAINT "event_judges_competition_id_competitions_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_judges" ADD CONSTRAINT "event_judges_class_id_competition_classes_id_fkey" FOREIGN KEY ("class_id") REFERENCES "competition_classes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_judges" ADD CONSTRAINT "event_judges_judge_user_id_user_profiles_id_fkey" FOREIGN KEY ("judge_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "event_judges" ADD CONSTRAINT "event_judges_veterinarian_id_veterinarians_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "event_media" ADD CONSTRAINT "event_media_competition_id_competitions_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_media" ADD CONSTRAINT "event_media_class_id_competition_classes_id_fkey" FOREIGN KEY ("class_id") REFERENCES "competition_classes"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "event_media" ADD CONSTRAINT "event_media_registration_id_competition_registrations_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "competition_registrations"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "event_media" ADD CONSTRAINT "event_media_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "event_media" ADD CONSTRAINT "event_media_photographer_user_id_user_profiles_id_fkey" FOREIGN KEY ("photographer_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "event_results" ADD CONSTRAINT "event_results_registration_id_competition_registrations_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "competition_registrations"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "event_results" ADD CONSTRAINT "event_results_competition_result_id_competition_results_id_fkey" FOREIGN KEY ("competition_result_id") REFERENCES "competition_results"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "event_schedules" ADD CONSTRAINT "event_schedules_competition_id_competitions_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_schedules" ADD CONSTRAINT "event_schedules_class_id_competition_classes_id_fkey" FOREIGN KEY ("class_id") REFERENCES "competition_classes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_schedules" ADD CONSTRAINT "event_schedules_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "competition_registrations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "feedback_analysis" ADD CONSTRAINT "feedback_analysis_submission_id_feedback_submissions_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "feedback_submissions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "feedback_analysis" ADD CONSTRAINT "feedback_analysis_review_id_user_reviews_id_fkey" FOREIGN KEY ("review_id") REFERENCES "user_reviews"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "feedback_analysis" ADD CONSTRAINT "feedback_analysis_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "feedback_analysis" ADD CONSTRAINT "feedback_analysis_UTPIVmdSq32O_fkey" FOREIGN KEY ("suggested_category_id") REFERENCES "feedback_categories"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feedback_categories" ADD CONSTRAINT "feedback_categories_parent_category_id_fkey" FOREIGN KEY ("parent_category_id") REFERENCES "feedback_categories"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "feedback_categories" ADD CONSTRAINT "feedback_categories_triage_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("triage_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feedback_prioritization" ADD CONSTRAINT "feedback_prioritization_JghzM7XvewrY_fkey" FOREIGN KEY ("submission_id") REFERENCES "feedback_submissions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "feedback_prioritization" ADD CONSTRAINT "feedback_prioritization_klDUEDxttIOP_fkey" FOREIGN KEY ("decided_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feedback_submissions" ADD CONSTRAINT "feedback_submissions_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feedback_submissions" ADD CONSTRAINT "feedback_submissions_session_id_user_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "user_sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feedback_submissions" ADD CONSTRAINT "feedback_submissions_category_id_feedback_categories_id_fkey" FOREIGN KEY ("category_id") REFERENCES "feedback_categories"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "feedback_submissions" ADD CONSTRAINT "feedback_submissions_duplicate_of_submission_id_fkey" FOREIGN KEY ("duplicate_of_submission_id") REFERENCES "feedback_submissions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "rating_distributions" ADD CONSTRAINT "rating_distributions_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "rating_distributions" ADD CONSTRAINT "rating_distributions_veterinarian_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "rating_distributions" ADD CONSTRAINT "rating_distributions_provider_service_id_fkey" FOREIGN KEY ("provider_service_id") REFERENCES "provider_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "rating_distributions" ADD CONSTRAINT "rating_distributions_community_event_id_fkey" FOREIGN KEY ("community_event_id") REFERENCES "community_events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "review_helpfulness" ADD CONSTRAINT "review_helpfulness_review_id_user_reviews_id_fkey" FOREIGN KEY ("review_id") REFERENCES "user_reviews"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "review_helpfulness" ADD CONSTRAINT "review_helpfulness_voter_user_id_user_profiles_id_fkey" FOREIGN KEY ("voter_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "review_helpfulness" ADD CONSTRAINT "review_helpfulness_session_id_user_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "user_sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "review_moderation" ADD CONSTRAINT "review_moderation_review_id_user_reviews_id_fkey" FOREIGN KEY ("review_id") REFERENCES "user_reviews"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "review_moderation" ADD CONSTRAINT "review_moderation_moderator_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("moderator_admin_user_id") REFERENCES "admin_users"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "review_moderation" ADD CONSTRAINT "review_moderation_appeal_of_moderation_id_fkey" FOREIGN KEY ("appeal_of_moderation_id") REFERENCES "review_moderation"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "review_responses" ADD CONSTRAINT "review_responses_review_id_user_reviews_id_fkey" FOREIGN KEY ("review_id") REFERENCES "user_reviews"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "review_responses" ADD CONSTRAINT "review_responses_responder_user_id_user_profiles_id_fkey" FOREIGN KEY ("responder_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "review_statistics" ADD CONSTRAINT "review_statistics_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "review_statistics" ADD CONSTRAINT "review_statistics_veterinarian_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "review_statistics" ADD CONSTRAINT "review_statistics_provider_service_id_fkey" FOREIGN KEY ("provider_service_id") REFERENCES "provider_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "review_statistics" ADD CONSTRAINT "review_statistics_community_event_id_fkey" FOREIGN KEY ("community_event_id") REFERENCES "community_events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_reviews" ADD CONSTRAINT "user_reviews_reviewer_user_id_user_profiles_id_fkey" FOREIGN KEY ("reviewer_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_reviews" ADD CONSTRAINT "user_reviews_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_reviews" ADD CONSTRAINT "user_reviews_veterinarian_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_reviews" ADD CONSTRAINT "user_reviews_provider_service_id_fkey" FOREIGN KEY ("provider_service_id") REFERENCES "provider_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_reviews" ADD CONSTRAINT "user_reviews_community_event_id_fkey" FOREIGN KEY ("community_event_id") REFERENCES "community_events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_reviews" ADD CONSTRAINT "user_reviews_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_reviews" ADD CONSTRAINT "user_reviews_verified_invoice_id_invoices_id_fkey" FOREIGN KEY ("verified_invoice_id") REFERENCES "invoices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "billing_cycles" ADD CONSTRAINT "billing_cycles_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "user_subscriptions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "billing_cycles" ADD CONSTRAINT "billing_cycles_subscription_payment_id_fkey" FOREIGN KEY ("subscription_payment_id") REFERENCES "subscription_payments"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "budget_allocations" ADD CONSTRAINT "budget_allocations_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "budget_allocations" ADD CONSTRAINT "budget_allocations_category_id_expense_categories_id_fkey" FOREIGN KEY ("category_id") REFERENCES "expense_categories"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "budget_allocations" ADD CONSTRAINT "budget_allocations_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "expense_categories" ADD CONSTRAINT "expense_categories_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "expense_categories" ADD CONSTRAINT "expense_categories_parent_category_id_fkey" FOREIGN KEY ("parent_category_id") REFERENCES "expense_categories"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_category_id_expense_categories_id_fkey" FOREIGN KEY ("category_id") REFERENCES "expense_categories"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_vendor_practice_id_vet_practices_id_fkey" FOREIGN KEY ("vendor_practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_invoice_id_invoices_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_transaction_id_transactions_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "financial_goals" ADD CONSTRAINT "financial_goals_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "financial_goals" ADD CONSTRAINT "financial_goals_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "financial_goals" ADD CONSTRAINT "financial_goals_category_id_expense_categories_id_fkey" FOREIGN KEY ("category_id") REFERENCES "expense_categories"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "financial_reports" ADD CONSTRAINT "financial_reports_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "financial_reports" ADD CONSTRAINT "financial_reports_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "financial_reports" ADD CONSTRAINT "financial_reports_tax_record_id_tax_records_id_fkey" FOREIGN KEY ("tax_record_id") REFERENCES "tax_records"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "financial_statements" ADD CONSTRAINT "financial_statements_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "financial_statements" ADD CONSTRAINT "financial_statements_supersedes_statement_id_fkey" FOREIGN KEY ("supersedes_statement_id") REFERENCES "financial_statements"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "income_sources" ADD CONSTRAINT "income_sources_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "income_sources" ADD CONSTRAINT "income_sources_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "income_sources" ADD CONSTRAINT "income_sources_payer_user_id_user_profiles_id_fkey" FOREIGN KEY ("payer_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "income_sources" ADD CONSTRAINT "income_sources_invoice_id_invoices_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "income_sources" ADD CONSTRAINT "income_sources_transaction_id_transactions_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "payment_plan_instalments" ADD CONSTRAINT "payment_plan_instalments_plan_id_payment_plans_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "payment_plans"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "payment_plan_instalments" ADD CONSTRAINT "payment_plan_instalments_transaction_id_transactions_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_plans" ADD CONSTRAINT "payment_plans_invoice_id_invoices_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_plans" ADD CONSTRAINT "payment_plans_payer_user_id_user_profiles_id_fkey" FOREIGN KEY ("payer_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_plans" ADD CONSTRAINT "payment_plans_payment_method_id_user_payment_methods_id_fkey" FOREIGN KEY ("payment_method_id") REFERENCES "user_payment_methods"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "tax_records" ADD CONSTRAINT "tax_records_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "tax_records" ADD CONSTRAINT "tax_records_amends_tax_record_id_tax_records_id_fkey" FOREIGN KEY ("amends_tax_record_id") REFERENCES "tax_records"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "tax_records" ADD CONSTRAINT "tax_records_prepared_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("prepared_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "audio_analysis_results" ADD CONSTRAINT "audio_analysis_results_audio_upload_id_audio_uploads_id_fkey" FOREIGN KEY ("audio_upload_id") REFERENCES "audio_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "audio_analysis_results" ADD CONSTRAINT "audio_analysis_results_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "audio_analysis_results" ADD CONSTRAINT "audio_analysis_results_run_id_media_model_runs_id_fkey" FOREIGN KEY ("run_id") REFERENCES "media_model_runs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "audio_analysis_results" ADD CONSTRAINT "audio_analysis_results_reviewed_by_user_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "audio_transcriptions" ADD CONSTRAINT "audio_transcriptions_audio_upload_id_audio_uploads_id_fkey" FOREIGN KEY ("audio_upload_id") REFERENCES "audio_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "audio_transcriptions" ADD CONSTRAINT "audio_transcriptions_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "audio_transcriptions" ADD CONSTRAINT "audio_transcriptions_run_id_media_model_runs_id_fkey" FOREIGN KEY ("run_id") REFERENCES "media_model_runs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "audio_transcriptions" ADD CONSTRAINT "audio_transcriptions_reviewed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "audio_uploads" ADD CONSTRAINT "audio_uploads_uploader_user_id_user_profiles_id_fkey" FOREIGN KEY ("uploader_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "audio_uploads" ADD CONSTRAINT "audio_uploads_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "audio_uploads" ADD CONSTRAINT "audio_uploads_source_video_upload_id_video_uploads_id_fkey" FOREIGN KEY ("source_video_upload_id") REFERENCES "video_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "image_analysis_results" ADD CONSTRAINT "image_analysis_results_image_upload_id_image_uploads_id_fkey" FOREIGN KEY ("image_upload_id") REFERENCES "image_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "image_analysis_results" ADD CONSTRAINT "image_analysis_results_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "image_analysis_results" ADD CONSTRAINT "image_analysis_results_run_id_media_model_runs_id_fkey" FOREIGN KEY ("run_id") REFERENCES "media_model_runs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "image_analysis_results" ADD CONSTRAINT "image_analysis_results_reviewed_by_user_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "image_uploads" ADD CONSTRAINT "image_uploads_uploader_user_id_user_profiles_id_fkey" FOREIGN KEY ("uploader_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "image_uploads" ADD CONSTRAINT "image_uploads_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "image_uploads" ADD CONSTRAINT "image_uploads_horse_photo_id_horse_photos_id_fkey" FOREIGN KEY ("horse_photo_id") REFERENCES "horse_photos"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "media_embeddings" ADD CONSTRAINT "media_embeddings_image_upload_id_image_uploads_id_fkey" FOREIGN KEY ("image_upload_id") REFERENCES "image_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_embeddings" ADD CONSTRAINT "media_embeddings_video_upload_id_video_uploads_id_fkey" FOREIGN KEY ("video_upload_id") REFERENCES "video_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_embeddings" ADD CONSTRAINT "media_embeddings_video_frame_id_video_frames_id_fkey" FOREIGN KEY ("video_frame_id") REFERENCES "video_frames"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_embeddings" ADD CONSTRAINT "media_embeddings_audio_upload_id_audio_uploads_id_fkey" FOREIGN KEY ("audio_upload_id") REFERENCES "audio_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_embeddings" ADD CONSTRAINT "media_embeddings_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "media_embeddings" ADD CONSTRAINT "media_embeddings_run_id_media_model_runs_id_fkey" FOREIGN KEY ("run_id") REFERENCES "media_model_runs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "media_learning_dataset" ADD CONSTRAINT "media_learning_dataset_image_upload_id_image_uploads_id_fkey" FOREIGN KEY ("image_upload_id") REFERENCES "image_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_learning_dataset" ADD CONSTRAINT "media_learning_dataset_video_upload_id_video_uploads_id_fkey" FOREIGN KEY ("video_upload_id") REFERENCES "video_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_learning_dataset" ADD CONSTRAINT "media_learning_dataset_video_frame_id_video_frames_id_fkey" FOREIGN KEY ("video_frame_id") REFERENCES "video_frames"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_learning_dataset" ADD CONSTRAINT "media_learning_dataset_audio_upload_id_audio_uploads_id_fkey" FOREIGN KEY ("audio_upload_id") REFERENCES "audio_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_learning_dataset" ADD CONSTRAINT "media_learning_dataset_labelled_by_user_id_fkey" FOREIGN KEY ("labelled_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "media_learning_dataset" ADD CONSTRAINT "media_learning_dataset_verified_by_user_id_fkey" FOREIGN KEY ("verified_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "media_learning_dataset" ADD CONSTRAINT "media_learning_dataset_ai_training_data_id_fkey" FOREIGN KEY ("ai_training_data_id") REFERENCES "ai_training_data"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "media_model_runs" ADD CONSTRAINT "media_model_runs_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "media_model_runs" ADD CONSTRAINT "media_model_runs_requested_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("requested_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "media_processing_queue" ADD CONSTRAINT "media_processing_queue_image_upload_id_image_uploads_id_fkey" FOREIGN KEY ("image_upload_id") REFERENCES "image_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_processing_queue" ADD CONSTRAINT "media_processing_queue_video_upload_id_video_uploads_id_fkey" FOREIGN KEY ("video_upload_id") REFERENCES "video_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_processing_queue" ADD CONSTRAINT "media_processing_queue_audio_upload_id_audio_uploads_id_fkey" FOREIGN KEY ("audio_upload_id") REFERENCES "audio_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_processing_queue" ADD CONSTRAINT "media_processing_queue_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "media_processing_queue" ADD CONSTRAINT "media_processing_queue_last_run_id_media_model_runs_id_fkey" FOREIGN KEY ("last_run_id") REFERENCES "media_model_runs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "media_processing_queue" ADD CONSTRAINT "media_processing_queue_requested_by_user_id_fkey" FOREIGN KEY ("requested_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "media_similarity_search" ADD CONSTRAINT "media_similarity_search_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "media_similarity_search" ADD CONSTRAINT "media_similarity_search_requested_by_user_id_fkey" FOREIGN KEY ("requested_by_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_similarity_search" ADD CONSTRAINT "media_similarity_search_query_image_upload_id_fkey" FOREIGN KEY ("query_image_upload_id") REFERENCES "image_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_similarity_search" ADD CONSTRAINT "media_similarity_search_query_video_upload_id_fkey" FOREIGN KEY ("query_video_upload_id") REFERENCES "video_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_similarity_search" ADD CONSTRAINT "media_similarity_search_query_audio_upload_id_fkey" FOREIGN KEY ("query_audio_upload_id") REFERENCES "audio_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "media_similarity_search" ADD CONSTRAINT "media_similarity_search_query_embedding_id_fkey" FOREIGN KEY ("query_embedding_id") REFERENCES "media_embeddings"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "sound_pattern_recognition" ADD CONSTRAINT "sound_pattern_recognition_audio_upload_id_audio_uploads_id_fkey" FOREIGN KEY ("audio_upload_id") REFERENCES "audio_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "sound_pattern_recognition" ADD CONSTRAINT "sound_pattern_recognition_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "sound_pattern_recognition" ADD CONSTRAINT "sound_pattern_recognition_run_id_media_model_runs_id_fkey" FOREIGN KEY ("run_id") REFERENCES "media_model_runs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "sound_pattern_recognition" ADD CONSTRAINT "sound_pattern_recognition_reviewed_by_user_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "video_analysis_results" ADD CONSTRAINT "video_analysis_results_video_upload_id_video_uploads_id_fkey" FOREIGN KEY ("video_upload_id") REFERENCES "video_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "video_analysis_results" ADD CONSTRAINT "video_analysis_results_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "video_analysis_results" ADD CONSTRAINT "video_analysis_results_run_id_media_model_runs_id_fkey" FOREIGN KEY ("run_id") REFERENCES "media_model_runs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "video_analysis_results" ADD CONSTRAINT "video_analysis_results_reviewed_by_user_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "video_frames" ADD CONSTRAINT "video_frames_video_upload_id_video_uploads_id_fkey" FOREIGN KEY ("video_upload_id") REFERENCES "video_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "video_frames" ADD CONSTRAINT "video_frames_pose_model_id_ai_models_id_fkey" FOREIGN KEY ("pose_model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "video_uploads" ADD CONSTRAINT "video_uploads_uploader_user_id_user_profiles_id_fkey" FOREIGN KEY ("uploader_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "video_uploads" ADD CONSTRAINT "video_uploads_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "video_uploads" ADD CONSTRAINT "video_uploads_lameness_exam_id_lameness_exams_id_fkey" FOREIGN KEY ("lameness_exam_id") REFERENCES "lameness_exams"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "visual_pattern_recognition" ADD CONSTRAINT "visual_pattern_recognition_video_frame_id_video_frames_id_fkey" FOREIGN KEY ("video_frame_id") REFERENCES "video_frames"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "visual_pattern_recognition" ADD CONSTRAINT "visual_pattern_recognition_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "visual_pattern_recognition" ADD CONSTRAINT "visual_pattern_recognition_run_id_media_model_runs_id_fkey" FOREIGN KEY ("run_id") REFERENCES "media_model_runs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "visual_pattern_recognition" ADD CONSTRAINT "visual_pattern_recognition_image_upload_id_fkey" FOREIGN KEY ("image_upload_id") REFERENCES "image_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "visual_pattern_recognition" ADD CONSTRAINT "visual_pattern_recognition_video_upload_id_fkey" FOREIGN KEY ("video_upload_id") REFERENCES "video_uploads"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "visual_pattern_recognition" ADD CONSTRAINT "visual_pattern_recognition_reviewed_by_user_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feed_consumption" ADD CONSTRAINT "feed_consumption_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "feed_consumption" ADD CONSTRAINT "feed_consumption_feed_type_id_feed_types_id_fkey" FOREIGN KEY ("feed_type_id") REFERENCES "feed_types"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "feed_consumption" ADD CONSTRAINT "feed_consumption_recorded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feed_inventory" ADD CONSTRAINT "feed_inventory_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "feed_inventory" ADD CONSTRAINT "feed_inventory_facility_id_provider_facilities_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "provider_facilities"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "feed_inventory" ADD CONSTRAINT "feed_inventory_feed_type_id_feed_types_id_fkey" FOREIGN KEY ("feed_type_id") REFERENCES "feed_types"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "feed_inventory" ADD CONSTRAINT "feed_inventory_feed_supplier_id_feed_suppliers_id_fkey" FOREIGN KEY ("feed_supplier_id") REFERENCES "feed_suppliers"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feed_inventory" ADD CONSTRAINT "feed_inventory_recorded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feed_suppliers" ADD CONSTRAINT "feed_suppliers_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feed_types" ADD CONSTRAINT "feed_types_feed_supplier_id_feed_suppliers_id_fkey" FOREIGN KEY ("feed_supplier_id") REFERENCES "feed_suppliers"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feed_types" ADD CONSTRAINT "feed_types_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feeding_history" ADD CONSTRAINT "feeding_history_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "feeding_history" ADD CONSTRAINT "feeding_history_feeding_schedule_id_feeding_schedules_id_fkey" FOREIGN KEY ("feeding_schedule_id") REFERENCES "feeding_schedules"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "feeding_history" ADD CONSTRAINT "feeding_history_feed_type_id_feed_types_id_fkey" FOREIGN KEY ("feed_type_id") REFERENCES "feed_types"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "feeding_history" ADD CONSTRAINT "feeding_history_fed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("fed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "feeding_schedules" ADD CONSTRAINT "feeding_schedules_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "feeding_schedules" ADD CONSTRAINT "feeding_schedules_feed_type_id_feed_types_id_fkey" FOREIGN KEY ("feed_type_id") REFERENCES "feed_types"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "feeding_schedules" ADD CONSTRAINT "feeding_schedules_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "nutritional_analysis" ADD CONSTRAINT "nutritional_analysis_feed_type_id_feed_types_id_fkey" FOREIGN KEY ("feed_type_id") REFERENCES "feed_types"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "nutritional_analysis" ADD CONSTRAINT "nutritional_analysis_requested_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("requested_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "nutritional_requirements" ADD CONSTRAINT "nutritional_requirements_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "nutritional_requirements" ADD CONSTRAINT "nutritional_requirements_WSZxIW5a2bm4_fkey" FOREIGN KEY ("weight_tracking_id") REFERENCES "weight_tracking"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "nutritional_requirements" ADD CONSTRAINT "nutritional_requirements_fG91ls4k6SOr_fkey" FOREIGN KEY ("computed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "supplement_regimens" ADD CONSTRAINT "supplement_regimens_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "supplement_regimens" ADD CONSTRAINT "supplement_regimens_feed_type_id_feed_types_id_fkey" FOREIGN KEY ("feed_type_id") REFERENCES "feed_types"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "supplement_regimens" ADD CONSTRAINT "supplement_regimens_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "supplement_regimens" ADD CONSTRAINT "supplement_regimens_prescribed_by_veterinarian_id_fkey" FOREIGN KEY ("prescribed_by_veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "weight_tracking" ADD CONSTRAINT "weight_tracking_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "weight_tracking" ADD CONSTRAINT "weight_tracking_vital_sign_id_vital_signs_id_fkey" FOREIGN KEY ("vital_sign_id") REFERENCES "vital_signs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "weight_tracking" ADD CONSTRAINT "weight_tracking_recorded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_directories" ADD CONSTRAINT "association_directories_community_group_id_groups_id_fkey" FOREIGN KEY ("community_group_id") REFERENCES "groups"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_directories" ADD CONSTRAINT "association_directories_WGLRWaDA9xgI_fkey" FOREIGN KEY ("managed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_directories" ADD CONSTRAINT "association_directories_parent_association_id_fkey" FOREIGN KEY ("parent_association_id") REFERENCES "association_directories"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_directories" ADD CONSTRAINT "association_directories_affiliated_federation_id_fkey" FOREIGN KEY ("affiliated_federation_id") REFERENCES "association_directories"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_events" ADD CONSTRAINT "association_events_community_event_id_community_events_id_fkey" FOREIGN KEY ("community_event_id") REFERENCES "community_events"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "association_events" ADD CONSTRAINT "association_events_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association_directories"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "association_memberships" ADD CONSTRAINT "association_memberships_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "association_memberships" ADD CONSTRAINT "association_memberships_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association_directories"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "partnership_benefits" ADD CONSTRAINT "partnership_benefits_partnership_id_partnerships_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "partnership_benefits" ADD CONSTRAINT "partnership_benefits_eligible_association_id_fkey" FOREIGN KEY ("eligible_association_id") REFERENCES "association_directories"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "partnership_communications" ADD CONSTRAINT "partnership_communications_partnership_id_partnerships_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "partnership_communications" ADD CONSTRAINT "partnership_communications_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "partnership_contracts"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "partnership_communications" ADD CONSTRAINT "partnership_communications_staff_admin_user_id_fkey" FOREIGN KEY ("staff_admin_user_id") REFERENCES "admin_users"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "partnership_communications" ADD CONSTRAINT "partnership_communications_corrects_id_fkey" FOREIGN KEY ("corrects_communication_id") REFERENCES "partnership_communications"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "partnership_content" ADD CONSTRAINT "partnership_content_partnership_id_partnerships_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "partnership_content" ADD CONSTRAINT "partnership_content_author_user_id_user_profiles_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "partnership_content" ADD CONSTRAINT "partnership_content_approved_by_admin_user_id_fkey" FOREIGN KEY ("approved_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "partnership_contracts" ADD CONSTRAINT "partnership_contracts_partnership_id_partnerships_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "partnership_contracts" ADD CONSTRAINT "partnership_contracts_supersedes_contract_id_fkey" FOREIGN KEY ("supersedes_contract_id") REFERENCES "partnership_contracts"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "partnership_contracts" ADD CONSTRAINT "partnership_contracts_signed_by_admin_user_id_fkey" FOREIGN KEY ("signed_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "partnership_metrics" ADD CONSTRAINT "partnership_metrics_partnership_id_partnerships_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "partnership_referrals" ADD CONSTRAINT "partnership_referrals_partnership_id_partnerships_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "partnership_referrals" ADD CONSTRAINT "partnership_referrals_referred_user_id_user_profiles_id_fkey" FOREIGN KEY ("referred_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "partnership_referrals" ADD CONSTRAINT "partnership_referrals_converted_subscription_id_fkey" FOREIGN KEY ("converted_subscription_id") REFERENCES "user_subscriptions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "association_directories"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_account_manager_admin_user_id_fkey" FOREIGN KEY ("account_manager_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "auto_recovery_actions" ADD CONSTRAINT "auto_recovery_actions_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "auto_recovery_actions" ADD CONSTRAINT "auto_recovery_actions_triggering_alert_id_system_alerts_id_fkey" FOREIGN KEY ("triggering_alert_id") REFERENCES "system_alerts"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "auto_recovery_actions" ADD CONSTRAINT "auto_recovery_actions_scaling_event_id_scaling_events_id_fkey" FOREIGN KEY ("scaling_event_id") REFERENCES "scaling_events"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "auto_recovery_actions" ADD CONSTRAINT "auto_recovery_actions_health_check_id_fkey" FOREIGN KEY ("health_check_id") REFERENCES "system_health_checks"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "backup_verification" ADD CONSTRAINT "backup_verification_backup_id_database_backups_id_fkey" FOREIGN KEY ("backup_id") REFERENCES "database_backups"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "backup_verification" ADD CONSTRAINT "backup_verification_verified_by_user_id_fkey" FOREIGN KEY ("verified_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "failover_events" ADD CONSTRAINT "failover_events_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "failover_events" ADD CONSTRAINT "failover_events_initiated_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("initiated_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "failover_events" ADD CONSTRAINT "failover_events_auto_recovery_action_id_fkey" FOREIGN KEY ("auto_recovery_action_id") REFERENCES "auto_recovery_actions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "failover_events" ADD CONSTRAINT "failover_events_disaster_recovery_test_id_fkey" FOREIGN KEY ("disaster_recovery_test_id") REFERENCES "disaster_recovery_tests"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "preventive_maintenance" ADD CONSTRAINT "preventive_maintenance_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "preventive_maintenance" ADD CONSTRAINT "preventive_maintenance_approved_by_user_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "redundancy_configs" ADD CONSTRAINT "redundancy_configs_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "redundancy_configs" ADD CONSTRAINT "redundancy_configs_changed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("changed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "redundancy_configs" ADD CONSTRAINT "redundancy_configs_disaster_recovery_plan_id_fkey" FOREIGN KEY ("disaster_recovery_plan_id") REFERENCES "disaster_recovery_plans"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "reliability_metrics" ADD CONSTRAINT "reliability_metrics_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "self_healing_logs" ADD CONSTRAINT "self_healing_logs_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "self_healing_logs" ADD CONSTRAINT "self_healing_logs_auto_recovery_action_id_fkey" FOREIGN KEY ("auto_recovery_action_id") REFERENCES "auto_recovery_actions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "self_healing_logs" ADD CONSTRAINT "self_healing_logs_degradation_alert_id_fkey" FOREIGN KEY ("degradation_alert_id") REFERENCES "service_degradation_alerts"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "service_degradation_alerts" ADD CONSTRAINT "service_degradation_alerts_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "service_degradation_alerts" ADD CONSTRAINT "service_degradation_alerts_system_alert_id_fkey" FOREIGN KEY ("system_alert_id") REFERENCES "system_alerts"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "service_degradation_alerts" ADD CONSTRAINT "service_degradation_alerts_acknowledged_by_user_id_fkey" FOREIGN KEY ("acknowledged_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "system_health_checks" ADD CONSTRAINT "system_health_checks_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "system_restoration_logs" ADD CONSTRAINT "system_restoration_logs_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "system_restoration_logs" ADD CONSTRAINT "system_restoration_logs_backup_id_database_backups_id_fkey" FOREIGN KEY ("backup_id") REFERENCES "database_backups"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "system_restoration_logs" ADD CONSTRAINT "system_restoration_logs_operator_user_id_user_profiles_id_fkey" FOREIGN KEY ("operator_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "system_restoration_logs" ADD CONSTRAINT "system_restoration_logs_failover_event_id_fkey" FOREIGN KEY ("failover_event_id") REFERENCES "failover_events"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "system_restoration_logs" ADD CONSTRAINT "system_restoration_logs_degradation_alert_id_fkey" FOREIGN KEY ("degradation_alert_id") REFERENCES "service_degradation_alerts"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "competition_results" ADD CONSTRAINT "competition_results_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "competition_results" ADD CONSTRAINT "competition_results_rider_user_id_user_profiles_id_fkey" FOREIGN KEY ("rider_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "exercise_plans" ADD CONSTRAINT "exercise_plans_program_id_training_programs_id_fkey" FOREIGN KEY ("program_id") REFERENCES "training_programs"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "performance_metrics" ADD CONSTRAINT "performance_metrics_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "performance_metrics" ADD CONSTRAINT "performance_metrics_session_id_training_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "performance_metrics" ADD CONSTRAINT "performance_metrics_recorded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "performance_trends" ADD CONSTRAINT "performance_trends_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "skill_assessments" ADD CONSTRAINT "skill_assessments_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "skill_assessments" ADD CONSTRAINT "skill_assessments_assessor_user_id_user_profiles_id_fkey" FOREIGN KEY ("assessor_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "skill_assessments" ADD CONSTRAINT "skill_assessments_program_id_training_programs_id_fkey" FOREIGN KEY ("program_id") REFERENCES "training_programs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "skill_assessments" ADD CONSTRAINT "skill_assessments_session_id_training_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_milestones" ADD CONSTRAINT "training_milestones_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "training_milestones" ADD CONSTRAINT "training_milestones_program_id_training_programs_id_fkey" FOREIGN KEY ("program_id") REFERENCES "training_programs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_milestones" ADD CONSTRAINT "training_milestones_session_id_training_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_milestones" ADD CONSTRAINT "training_milestones_recorded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_milestones" ADD CONSTRAINT "training_milestones_competition_result_id_fkey" FOREIGN KEY ("competition_result_id") REFERENCES "competition_results"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_notes" ADD CONSTRAINT "training_notes_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "training_notes" ADD CONSTRAINT "training_notes_session_id_training_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_notes" ADD CONSTRAINT "training_notes_program_id_training_programs_id_fkey" FOREIGN KEY ("program_id") REFERENCES "training_programs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_notes" ADD CONSTRAINT "training_notes_author_user_id_user_profiles_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_programs" ADD CONSTRAINT "training_programs_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "training_programs" ADD CONSTRAINT "training_programs_coach_user_id_user_profiles_id_fkey" FOREIGN KEY ("coach_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_programs" ADD CONSTRAINT "training_programs_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_programs" ADD CONSTRAINT "training_programs_injury_id_injuries_id_fkey" FOREIGN KEY ("injury_id") REFERENCES "injuries"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_programs" ADD CONSTRAINT "training_programs_prescribed_by_veterinarian_id_fkey" FOREIGN KEY ("prescribed_by_veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_program_id_training_programs_id_fkey" FOREIGN KEY ("program_id") REFERENCES "training_programs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_exercise_plan_id_exercise_plans_id_fkey" FOREIGN KEY ("exercise_plan_id") REFERENCES "exercise_plans"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_rider_user_id_user_profiles_id_fkey" FOREIGN KEY ("rider_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_trainer_user_id_user_profiles_id_fkey" FOREIGN KEY ("trainer_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_invoice_line_item_id_fkey" FOREIGN KEY ("invoice_line_item_id") REFERENCES "invoice_line_items"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_videos" ADD CONSTRAINT "training_videos_session_id_training_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "training_videos" ADD CONSTRAINT "training_videos_uploaded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "training_videos" ADD CONSTRAINT "training_videos_competition_result_id_fkey" FOREIGN KEY ("competition_result_id") REFERENCES "competition_results"("id") ON DELETE CASCADE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('db.retention_purge', true) = TG_TABLE_NAME THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation', TABLE = TG_TABLE_NAME;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS ai_agent_failures_append_only ON ai_agent_failures;
--> statement-breakpoint
CREATE TRIGGER ai_agent_failures_append_only BEFORE UPDATE OR DELETE ON ai_agent_failures FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS media_model_runs_append_only ON media_model_runs;
--> statement-breakpoint
CREATE TRIGGER media_model_runs_append_only BEFORE UPDATE OR DELETE ON media_model_runs FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS pregnancy_checks_append_only ON pregnancy_checks;
--> statement-breakpoint
CREATE TRIGGER pregnancy_checks_append_only BEFORE UPDATE OR DELETE ON pregnancy_checks FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION nutrition_assert_feed_stock(holder_user uuid, holder_facility uuid, feed uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  stock_level numeric;
BEGIN
  -- One stock at a time: concurrent movements of it wait here until the first one's transaction ends.
  PERFORM pg_advisory_xact_lock(hashtextextended(
    'feed_inventory:' || coalesce(holder_user::text, '-') || ':' || coalesce(holder_facility::text, '-') || ':' || feed::text, 0));
  SELECT coalesce(sum(quantity_kg), 0) INTO stock_level FROM feed_inventory
    WHERE feed_type_id = feed
      AND (owner_user_id = holder_user OR (holder_user IS NULL AND owner_user_id IS NULL))
      AND (facility_id = holder_facility OR (holder_facility IS NULL AND facility_id IS NULL));
  IF stock_level < 0 THEN
    RAISE EXCEPTION 'feed stock of feed type % held by user % at facility % would be % kg: it cannot go below zero',
      feed, coalesce(holder_user::text, '-'), coalesce(holder_facility::text, '-'), stock_level
      USING ERRCODE = 'check_violation', CONSTRAINT = 'feed_inventory_stock_check', TABLE = 'feed_inventory';
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION nutrition_feed_inventory_stock_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM nutrition_assert_feed_stock(OLD.owner_user_id, OLD.facility_id, OLD.feed_type_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM nutrition_assert_feed_stock(NEW.owner_user_id, NEW.facility_id, NEW.feed_type_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS feed_inventory_stock ON feed_inventory;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER feed_inventory_stock AFTER INSERT OR UPDATE OF owner_user_id, facility_id, feed_type_id, quantity_kg OR DELETE ON feed_inventory
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION nutrition_feed_inventory_stock_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS feeding_history_append_only ON feeding_history;
--> statement-breakpoint
CREATE TRIGGER feeding_history_append_only BEFORE UPDATE OR DELETE ON feeding_history FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS competition_history_append_only ON competition_history;
--> statement-breakpoint
CREATE TRIGGER competition_history_append_only BEFORE UPDATE OR DELETE ON competition_history FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION finance_assert_plan_reconciled(target uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  plan record;
  financed numeric;
  scheduled numeric;
  instalment_rows integer;
  settled_rows integer;
BEGIN
  SELECT status, instalment_count, total_amount, deposit_amount INTO plan FROM payment_plans WHERE id = target FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF EXISTS (SELECT FROM payment_plan_instalments WHERE plan_id = target AND instalment_number > plan.instalment_count) THEN
    RAISE EXCEPTION 'payment plan %: an instalment is numbered beyond its % instalments', target, plan.instalment_count
      USING ERRCODE = 'check_violation', CONSTRAINT = 'payment_plan_instalments_number_check', TABLE = 'payment_plan_instalments';
  END IF;
  financed := plan.total_amount - plan.deposit_amount;
  SELECT coalesce(sum(amount), 0), count(*), count(*) FILTER (WHERE status IN ('paid', 'waived'))
    INTO scheduled, instalment_rows, settled_rows
    FROM payment_plan_instalments WHERE plan_id = target;
  IF scheduled > financed THEN
    RAISE EXCEPTION 'payment plan %: instalments total %, more than the % it finances', target, scheduled, financed
      USING ERRCODE = 'check_violation', CONSTRAINT = 'payment_plans_instalments_total_check', TABLE = 'payment_plans';
  END IF;
  IF plan.status = 'completed' AND (instalment_rows <> plan.instalment_count OR settled_rows <> instalment_rows OR scheduled <> financed) THEN
    RAISE EXCEPTION 'payment plan %: completed with % of % instalments, % settled, totalling % of %',
      target, instalment_rows, plan.instalment_count, settled_rows, scheduled, financed
      USING ERRCODE = 'check_violation', CONSTRAINT = 'payment_plans_completed_check', TABLE = 'payment_plans';
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION finance_plan_reconcile_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'payment_plans' THEN
    PERFORM finance_assert_plan_reconciled(NEW.id);
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM finance_assert_plan_reconciled(OLD.plan_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM finance_assert_plan_reconciled(NEW.plan_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS payment_plans_reconcile ON payment_plans;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER payment_plans_reconcile AFTER INSERT OR UPDATE OF status, instalment_count, total_amount, deposit_amount ON payment_plans
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION finance_plan_reconcile_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS payment_plan_instalments_reconcile ON payment_plan_instalments;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER payment_plan_instalments_reconcile AFTER INSERT OR UPDATE OF plan_id, instalment_number, amount, status OR DELETE ON payment_plan_instalments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION finance_plan_reconcile_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS financial_statements_append_only ON financial_statements;
--> statement-breakpoint
CREATE TRIGGER financial_statements_append_only BEFORE UPDATE OR DELETE ON financial_statements FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS review_moderation_append_only ON review_moderation;
--> statement-breakpoint
CREATE TRIGGER review_moderation_append_only BEFORE UPDATE OR DELETE ON review_moderation FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS partnership_communications_append_only ON partnership_communications;
--> statement-breakpoint
CREATE TRIGGER partnership_communications_append_only BEFORE UPDATE OR DELETE ON partnership_communications FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS self_healing_logs_append_only ON self_healing_logs;
--> statement-breakpoint
CREATE TRIGGER self_healing_logs_append_only BEFORE UPDATE OR DELETE ON self_healing_logs FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS system_restoration_logs_append_only ON system_restoration_logs;
--> statement-breakpoint
CREATE TRIGGER system_restoration_logs_append_only BEFORE UPDATE OR DELETE ON system_restoration_logs FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
