CREATE TABLE "admin_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"admin_user_id" uuid NOT NULL,
	"action" text NOT NULL,
	"outcome" text DEFAULT 'succeeded' NOT NULL,
	"target_table" text,
	"target_row_id" uuid,
	"subject_user_id" uuid,
	"approved_by_admin_user_id" uuid,
	"changed_columns" text[] DEFAULT '{}'::text[] NOT NULL,
	"affected_row_count" integer,
	"reason" text,
	"ticket_reference" text,
	"request_id" text,
	"ip_address" inet,
	"user_agent" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admin_actions_target_table_format_check" CHECK ("target_table" ~ '^[A-Za-z_][A-Za-z0-9_$]{0,62}$'),
	CONSTRAINT "admin_actions_target_check" CHECK ("target_row_id" is null or "target_table" is not null),
	CONSTRAINT "admin_actions_approver_check" CHECK ("approved_by_admin_user_id" <> "admin_user_id"),
	CONSTRAINT "admin_actions_impersonation_reason_check" CHECK ("action" <> 'impersonation_started' or "reason" is not null),
	CONSTRAINT "admin_actions_affected_row_count_check" CHECK ("affected_row_count" >= 0),
	CONSTRAINT "admin_actions_request_id_format_check" CHECK ("request_id" ~ '^\S{1,255}$'),
	CONSTRAINT "admin_actions_action_check" CHECK ("action" in ('record_viewed', 'record_created', 'record_updated', 'record_deleted', 'user_suspended', 'user_reactivated', 'user_erased', 'impersonation_started', 'impersonation_ended', 'role_granted', 'role_revoked', 'password_reset_sent', 'mfa_reset', 'refund_issued', 'data_exported', 'config_changed', 'feature_flag_changed', 'alert_acknowledged', 'backup_started', 'backup_restored', 'other')),
	CONSTRAINT "admin_actions_outcome_check" CHECK ("outcome" in ('succeeded', 'failed', 'denied'))
);
--> statement-breakpoint
CREATE TABLE "admin_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"active_from" timestamp with time zone DEFAULT now() NOT NULL,
	"active_until" timestamp with time zone,
	"end_reason" text,
	"mfa_required" boolean DEFAULT true NOT NULL,
	"mfa_method" text,
	"mfa_enrolled_at" timestamp with time zone,
	"ip_allow_list" inet[] DEFAULT '{}'::inet[] NOT NULL,
	"job_title" text,
	"identity_provider" text DEFAULT 'manual' NOT NULL,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"granted_by_admin_user_id" uuid,
	"can_impersonate_users" boolean DEFAULT false NOT NULL,
	"last_signed_in_at" timestamp with time zone,
	"access_reviewed_at" timestamp with time zone,
	"access_review_due_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admin_users_active_until_check" CHECK ("active_until" >= "active_from"),
	CONSTRAINT "admin_users_revoked_check" CHECK ("status" <> 'revoked' or "active_until" is not null),
	CONSTRAINT "admin_users_end_reason_ended_check" CHECK ("end_reason" is null or "active_until" is not null),
	CONSTRAINT "admin_users_mfa_check" CHECK (("mfa_method" is null) = ("mfa_enrolled_at" is null)),
	CONSTRAINT "admin_users_role_check" CHECK ("role" in ('read_only', 'support_agent', 'content_moderator', 'finance', 'data_protection_officer', 'engineer', 'admin', 'super_admin')),
	CONSTRAINT "admin_users_status_check" CHECK ("status" in ('invited', 'active', 'suspended', 'revoked')),
	CONSTRAINT "admin_users_end_reason_check" CHECK ("end_reason" in ('left_organisation', 'role_change', 'contract_ended', 'security_incident', 'inactivity', 'other')),
	CONSTRAINT "admin_users_mfa_method_check" CHECK ("mfa_method" in ('totp', 'webauthn', 'push', 'sms')),
	CONSTRAINT "admin_users_identity_provider_check" CHECK ("identity_provider" in ('okta', 'entra_id', 'google_workspace', 'jumpcloud', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "api_usage_stats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid,
	"api_client_key" text,
	"environment" text NOT NULL,
	"endpoint" text NOT NULL,
	"http_method" text NOT NULL,
	"bucket_width" text NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	"request_count" integer DEFAULT 0 NOT NULL,
	"client_error_count" integer DEFAULT 0 NOT NULL,
	"server_error_count" integer DEFAULT 0 NOT NULL,
	"throttled_count" integer DEFAULT 0 NOT NULL,
	"p50_latency_ms" numeric(12,3),
	"p95_latency_ms" numeric(12,3),
	"response_bytes" bigint,
	"source" text NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_usage_stats_bucket_key" UNIQUE NULLS NOT DISTINCT("bucket_width","bucket_start","environment","endpoint","http_method","user_id","api_client_key"),
	CONSTRAINT "api_usage_stats_endpoint_format_check" CHECK ("endpoint" ~ '^\/\S*$'),
	CONSTRAINT "api_usage_stats_api_client_key_format_check" CHECK ("api_client_key" ~ '^\S{1,255}$'),
	CONSTRAINT "api_usage_stats_request_count_check" CHECK ("request_count" >= 0),
	CONSTRAINT "api_usage_stats_client_error_count_check" CHECK ("client_error_count" >= 0),
	CONSTRAINT "api_usage_stats_server_error_count_check" CHECK ("server_error_count" >= 0),
	CONSTRAINT "api_usage_stats_throttled_count_check" CHECK ("throttled_count" >= 0),
	CONSTRAINT "api_usage_stats_client_errors_check" CHECK ("request_count" >= "client_error_count"),
	CONSTRAINT "api_usage_stats_server_errors_check" CHECK ("request_count" >= "server_error_count"),
	CONSTRAINT "api_usage_stats_throttled_check" CHECK ("client_error_count" >= "throttled_count"),
	CONSTRAINT "api_usage_stats_p50_latency_ms_check" CHECK ("p50_latency_ms" >= 0),
	CONSTRAINT "api_usage_stats_p95_latency_check" CHECK ("p95_latency_ms" >= "p50_latency_ms"),
	CONSTRAINT "api_usage_stats_response_bytes_check" CHECK ("response_bytes" >= 0),
	CONSTRAINT "api_usage_stats_environment_check" CHECK ("environment" in ('production', 'staging', 'preview', 'development', 'test')),
	CONSTRAINT "api_usage_stats_http_method_check" CHECK ("http_method" in ('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS')),
	CONSTRAINT "api_usage_stats_bucket_width_check" CHECK ("bucket_width" in ('minute', 'hour', 'day')),
	CONSTRAINT "api_usage_stats_source_check" CHECK ("source" in ('api_gateway', 'cdn', 'app_middleware', 'log_pipeline'))
);
--> statement-breakpoint
CREATE TABLE "audit_trail" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"table_name" text NOT NULL,
	"row_id" uuid NOT NULL,
	"operation" text NOT NULL,
	"changed_columns" text[] DEFAULT '{}'::text[] NOT NULL,
	"actor_type" text NOT NULL,
	"actor_user_id" uuid,
	"impersonator_user_id" uuid,
	"request_id" text,
	"correlation_id" text,
	"database_transaction_xid" bigint,
	"application_name" text,
	"source_system" text,
	"external_event_id" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_trail_table_name_format_check" CHECK ("table_name" ~ '^[A-Za-z_][A-Za-z0-9_$]{0,62}$'),
	CONSTRAINT "audit_trail_actor_user_check" CHECK ("actor_type" <> 'user' or "actor_user_id" is not null),
	CONSTRAINT "audit_trail_actor_user_type_check" CHECK ("actor_user_id" is null or "actor_type" = 'user'),
	CONSTRAINT "audit_trail_impersonated_actor_check" CHECK ("impersonator_user_id" is null or "actor_user_id" is not null),
	CONSTRAINT "audit_trail_impersonator_check" CHECK ("impersonator_user_id" <> "actor_user_id"),
	CONSTRAINT "audit_trail_request_id_format_check" CHECK ("request_id" ~ '^\S{1,255}$'),
	CONSTRAINT "audit_trail_correlation_id_format_check" CHECK ("correlation_id" ~ '^\S{1,255}$'),
	CONSTRAINT "audit_trail_source_system_format_check" CHECK ("source_system" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "audit_trail_external_event_id_format_check" CHECK ("external_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "audit_trail_source_event_check" CHECK (("source_system" is null) = ("external_event_id" is null)),
	CONSTRAINT "audit_trail_operation_check" CHECK ("operation" in ('INSERT', 'UPDATE', 'DELETE')),
	CONSTRAINT "audit_trail_actor_type_check" CHECK ("actor_type" in ('user', 'system', 'integration', 'migration'))
);
--> statement-breakpoint
CREATE TABLE "database_backups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"source" text NOT NULL,
	"external_backup_id" text NOT NULL,
	"database_name" text NOT NULL,
	"environment" text NOT NULL,
	"kind" text NOT NULL,
	"parent_backup_id" uuid,
	"status" text DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"size_bytes" bigint,
	"storage_url" text,
	"checksum_sha256" text,
	"is_encrypted" boolean DEFAULT true NOT NULL,
	"restore_tested_at" timestamp with time zone,
	"restore_test_result" text,
	"retain_until" date,
	"triggered_by_admin_user_id" uuid,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "database_backups_external_backup_id_format_check" CHECK ("external_backup_id" ~ '^\S{1,255}$'),
	CONSTRAINT "database_backups_storage_url_format_check" CHECK ("storage_url" ~ '^[a-z][a-z0-9+.-]*:\/\/\S+$'),
	CONSTRAINT "database_backups_checksum_sha256_format_check" CHECK ("checksum_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "database_backups_parent_check" CHECK ("parent_backup_id" <> "id"),
	CONSTRAINT "database_backups_completed_at_check" CHECK ("completed_at" >= "started_at"),
	CONSTRAINT "database_backups_completed_check" CHECK ("status" <> 'completed' or "completed_at" is not null),
	CONSTRAINT "database_backups_size_bytes_check" CHECK ("size_bytes" >= 0),
	CONSTRAINT "database_backups_restore_test_check" CHECK (("restore_tested_at" is null) = ("restore_test_result" is null)),
	CONSTRAINT "database_backups_restore_tested_at_check" CHECK ("restore_tested_at" >= "completed_at"),
	CONSTRAINT "database_backups_source_check" CHECK ("source" in ('pgbackrest', 'wal_g', 'barman', 'pg_dump', 'aws_rds', 'gcp_cloud_sql', 'azure_postgres', 'neon', 'supabase')),
	CONSTRAINT "database_backups_environment_check" CHECK ("environment" in ('production', 'staging', 'preview', 'development', 'test')),
	CONSTRAINT "database_backups_kind_check" CHECK ("kind" in ('full', 'differential', 'incremental', 'wal')),
	CONSTRAINT "database_backups_status_check" CHECK ("status" in ('running', 'completed', 'failed', 'expired', 'deleted')),
	CONSTRAINT "database_backups_restore_test_result_check" CHECK ("restore_test_result" in ('passed', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "error_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"tracker" text NOT NULL,
	"external_issue_id" text NOT NULL,
	"fingerprint" text NOT NULL,
	"level" text DEFAULT 'error' NOT NULL,
	"title" text NOT NULL,
	"culprit" text,
	"project" text NOT NULL,
	"environment" text NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"occurrence_count" bigint DEFAULT 1 NOT NULL,
	"affected_user_count" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'unresolved' NOT NULL,
	"resolved_at" timestamp with time zone,
	"assigned_admin_user_id" uuid,
	"issue_url" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "error_logs_external_issue_id_format_check" CHECK ("external_issue_id" ~ '^\S{1,255}$'),
	CONSTRAINT "error_logs_fingerprint_format_check" CHECK ("fingerprint" ~ '^[0-9a-f]{32,64}$'),
	CONSTRAINT "error_logs_issue_url_format_check" CHECK ("issue_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "error_logs_last_seen_at_check" CHECK ("last_seen_at" >= "first_seen_at"),
	CONSTRAINT "error_logs_resolved_at_check" CHECK ("resolved_at" >= "first_seen_at"),
	CONSTRAINT "error_logs_occurrence_count_check" CHECK ("occurrence_count" > 0),
	CONSTRAINT "error_logs_affected_user_count_check" CHECK ("affected_user_count" >= 0),
	CONSTRAINT "error_logs_resolved_check" CHECK ("status" <> 'resolved' or "resolved_at" is not null),
	CONSTRAINT "error_logs_resolved_status_check" CHECK ("resolved_at" is null or "status" = 'resolved'),
	CONSTRAINT "error_logs_tracker_check" CHECK ("tracker" in ('sentry', 'bugsnag', 'rollbar', 'honeybadger', 'internal')),
	CONSTRAINT "error_logs_level_check" CHECK ("level" in ('debug', 'info', 'warning', 'error', 'fatal')),
	CONSTRAINT "error_logs_environment_check" CHECK ("environment" in ('production', 'staging', 'preview', 'development', 'test')),
	CONSTRAINT "error_logs_status_check" CHECK ("status" in ('unresolved', 'resolved', 'ignored'))
);
--> statement-breakpoint
CREATE TABLE "feature_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"key" text NOT NULL,
	"environment" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"flag_type" text DEFAULT 'release' NOT NULL,
	"is_enabled" boolean DEFAULT false NOT NULL,
	"rollout_percent" numeric(5,2) DEFAULT '0' NOT NULL,
	"targeting_rules" jsonb DEFAULT '[]' NOT NULL,
	"owner_admin_user_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"archived_at" timestamp with time zone,
	"remove_by" date,
	"source" text DEFAULT 'internal' NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feature_flags_key_format_check" CHECK ("key" ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$'),
	CONSTRAINT "feature_flags_rollout_percent_check" CHECK ("rollout_percent" between 0 and 100),
	CONSTRAINT "feature_flags_archived_check" CHECK ("status" <> 'archived' or "archived_at" is not null),
	CONSTRAINT "feature_flags_archived_status_check" CHECK ("archived_at" is null or "status" = 'archived'),
	CONSTRAINT "feature_flags_environment_check" CHECK ("environment" in ('production', 'staging', 'preview', 'development', 'test')),
	CONSTRAINT "feature_flags_flag_type_check" CHECK ("flag_type" in ('release', 'experiment', 'operational', 'kill_switch', 'permission')),
	CONSTRAINT "feature_flags_status_check" CHECK ("status" in ('active', 'deprecated', 'archived')),
	CONSTRAINT "feature_flags_source_check" CHECK ("source" in ('internal', 'launchdarkly', 'unleash', 'configcat', 'flagsmith', 'growthbook'))
);
--> statement-breakpoint
CREATE TABLE "performance_monitoring" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"source" text NOT NULL,
	"environment" text NOT NULL,
	"target_type" text NOT NULL,
	"target" text NOT NULL,
	"http_method" text,
	"release" text,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"sample_count" integer NOT NULL,
	"p50_ms" numeric(12,3) NOT NULL,
	"p95_ms" numeric(12,3) NOT NULL,
	"p99_ms" numeric(12,3) NOT NULL,
	"max_ms" numeric(12,3),
	"error_rate_percent" numeric(5,2),
	"apdex_score" numeric(4,3),
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "performance_monitoring_window_key" UNIQUE NULLS NOT DISTINCT("source","environment","target_type","target","http_method","window_start","window_end"),
	CONSTRAINT "performance_monitoring_target_check" CHECK (char_length("target") between 1 and 500),
	CONSTRAINT "performance_monitoring_method_target_check" CHECK ("http_method" is null or "target_type" = 'api_endpoint'),
	CONSTRAINT "performance_monitoring_window_check" CHECK ("window_end" > "window_start"),
	CONSTRAINT "performance_monitoring_sample_count_check" CHECK ("sample_count" > 0),
	CONSTRAINT "performance_monitoring_p50_ms_check" CHECK ("p50_ms" >= 0),
	CONSTRAINT "performance_monitoring_p95_check" CHECK ("p95_ms" >= "p50_ms"),
	CONSTRAINT "performance_monitoring_p99_check" CHECK ("p99_ms" >= "p95_ms"),
	CONSTRAINT "performance_monitoring_max_check" CHECK ("max_ms" >= "p99_ms"),
	CONSTRAINT "performance_monitoring_error_rate_percent_check" CHECK ("error_rate_percent" between 0 and 100),
	CONSTRAINT "performance_monitoring_apdex_score_check" CHECK ("apdex_score" between 0 and 1),
	CONSTRAINT "performance_monitoring_source_check" CHECK ("source" in ('sentry', 'datadog', 'new_relic', 'elastic_apm', 'grafana', 'internal')),
	CONSTRAINT "performance_monitoring_environment_check" CHECK ("environment" in ('production', 'staging', 'preview', 'development', 'test')),
	CONSTRAINT "performance_monitoring_target_type_check" CHECK ("target_type" in ('api_endpoint', 'web_page', 'mobile_screen', 'background_job')),
	CONSTRAINT "performance_monitoring_http_method_check" CHECK ("http_method" in ('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'))
);
--> statement-breakpoint
CREATE TABLE "system_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"source" text NOT NULL,
	"dedup_key" text NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'firing' NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"rule_name" text,
	"component" text,
	"environment" text NOT NULL,
	"fired_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_admin_user_id" uuid,
	"resolved_at" timestamp with time zone,
	"notification_count" integer DEFAULT 0 NOT NULL,
	"system_health_metric_id" uuid,
	"error_log_id" uuid,
	"runbook_url" text,
	"labels" jsonb DEFAULT '{}' NOT NULL,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "system_alerts_dedup_key_check" CHECK (char_length("dedup_key") between 1 and 255),
	CONSTRAINT "system_alerts_component_format_check" CHECK ("component" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "system_alerts_runbook_url_format_check" CHECK ("runbook_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "system_alerts_acknowledged_at_check" CHECK ("acknowledged_at" >= "fired_at"),
	CONSTRAINT "system_alerts_resolved_at_check" CHECK ("resolved_at" >= "fired_at"),
	CONSTRAINT "system_alerts_acknowledged_check" CHECK ("status" <> 'acknowledged' or "acknowledged_at" is not null),
	CONSTRAINT "system_alerts_acknowledged_by_check" CHECK ("acknowledged_by_admin_user_id" is null or "acknowledged_at" is not null),
	CONSTRAINT "system_alerts_resolved_check" CHECK ("status" <> 'resolved' or "resolved_at" is not null),
	CONSTRAINT "system_alerts_resolved_status_check" CHECK ("resolved_at" is null or "status" = 'resolved'),
	CONSTRAINT "system_alerts_notification_count_check" CHECK ("notification_count" >= 0),
	CONSTRAINT "system_alerts_source_check" CHECK ("source" in ('alertmanager', 'grafana', 'datadog', 'sentry', 'pagerduty', 'uptime_monitor', 'internal_rule')),
	CONSTRAINT "system_alerts_severity_check" CHECK ("severity" in ('critical', 'error', 'warning', 'info')),
	CONSTRAINT "system_alerts_status_check" CHECK ("status" in ('firing', 'acknowledged', 'resolved')),
	CONSTRAINT "system_alerts_environment_check" CHECK ("environment" in ('production', 'staging', 'preview', 'development', 'test'))
);
--> statement-breakpoint
CREATE TABLE "system_config" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"key" text NOT NULL,
	"environment" text NOT NULL,
	"value_type" text NOT NULL,
	"value" text NOT NULL,
	"is_secret" boolean DEFAULT false NOT NULL,
	"description" text,
	"component" text,
	"requires_restart" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"changed_by_admin_user_id" uuid,
	"change_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "system_config_key_format_check" CHECK ("key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "system_config_component_format_check" CHECK ("component" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "system_config_version_check" CHECK ("version" > 0),
	CONSTRAINT "system_config_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "system_config_integer_value_check" CHECK ("value_type" <> 'integer' or "value" ~ '^-?\d{1,18}$'),
	CONSTRAINT "system_config_decimal_value_check" CHECK ("value_type" <> 'decimal' or "value" ~ '^-?\d{1,18}(\.\d{1,18})?$'),
	CONSTRAINT "system_config_boolean_value_check" CHECK ("value_type" <> 'boolean' or "value" ~ '^(true|false)$'),
	CONSTRAINT "system_config_url_value_check" CHECK ("value_type" <> 'url' or "value" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "system_config_email_value_check" CHECK ("value_type" <> 'email' or "value" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "system_config_secret_value_check" CHECK (not "is_secret" or "value" ~ '^[a-z][a-z0-9+.-]*:\/\/\S+$'),
	CONSTRAINT "system_config_environment_check" CHECK ("environment" in ('production', 'staging', 'preview', 'development', 'test')),
	CONSTRAINT "system_config_value_type_check" CHECK ("value_type" in ('string', 'integer', 'decimal', 'boolean', 'url', 'email'))
);
--> statement-breakpoint
CREATE TABLE "system_health_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"source" text NOT NULL,
	"environment" text NOT NULL,
	"component" text NOT NULL,
	"instance" text,
	"metric_name" text NOT NULL,
	"statistic" text DEFAULT 'gauge' NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"sampled_at" timestamp with time zone NOT NULL,
	"interval_seconds" integer,
	"health_status" text,
	"warning_threshold" double precision,
	"critical_threshold" double precision,
	"labels" jsonb DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "system_health_metrics_sample_key" UNIQUE NULLS NOT DISTINCT("source","environment","component","instance","metric_name","statistic","sampled_at"),
	CONSTRAINT "system_health_metrics_component_format_check" CHECK ("component" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "system_health_metrics_metric_name_format_check" CHECK ("metric_name" ~ '^[A-Za-z_][A-Za-z0-9_.:]{0,199}$'),
	CONSTRAINT "system_health_metrics_interval_seconds_check" CHECK ("interval_seconds" > 0),
	CONSTRAINT "system_health_metrics_source_check" CHECK ("source" in ('prometheus', 'datadog', 'cloudwatch', 'grafana_cloud', 'new_relic', 'internal')),
	CONSTRAINT "system_health_metrics_environment_check" CHECK ("environment" in ('production', 'staging', 'preview', 'development', 'test')),
	CONSTRAINT "system_health_metrics_statistic_check" CHECK ("statistic" in ('gauge', 'avg', 'min', 'max', 'sum', 'count', 'rate', 'p50', 'p95', 'p99')),
	CONSTRAINT "system_health_metrics_unit_check" CHECK ("unit" in ('count', 'percent', 'ratio', 'milliseconds', 'seconds', 'bytes', 'bytes_per_second', 'requests_per_second', 'per_minute')),
	CONSTRAINT "system_health_metrics_health_status_check" CHECK ("health_status" in ('ok', 'warning', 'critical', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "access_control_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"resource_type" text NOT NULL,
	"resource_id" uuid,
	"permission" text NOT NULL,
	"effect" text DEFAULT 'allow' NOT NULL,
	"principal_user_id" uuid,
	"principal_role" text,
	"principal_practice_id" uuid,
	"granted_by_user_id" uuid,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_until" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by_user_id" uuid,
	"revoke_reason" text,
	"conditions" jsonb DEFAULT '{}' NOT NULL,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "access_control_lists_resource_type_format_check" CHECK ("resource_type" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "access_control_lists_principal_check" CHECK (num_nonnulls("principal_user_id", "principal_role", "principal_practice_id") = 1),
	CONSTRAINT "access_control_lists_validity_check" CHECK ("valid_until" > "valid_from"),
	CONSTRAINT "access_control_lists_revoked_at_check" CHECK ("revoked_at" >= "valid_from"),
	CONSTRAINT "access_control_lists_revoked_by_check" CHECK ("revoked_by_user_id" is null or "revoked_at" is not null),
	CONSTRAINT "access_control_lists_revoke_reason_check" CHECK ("revoke_reason" is null or "revoked_at" is not null),
	CONSTRAINT "access_control_lists_external_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "access_control_lists_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "access_control_lists_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "access_control_lists_permission_check" CHECK ("permission" in ('read', 'write', 'delete', 'share', 'export', 'administer')),
	CONSTRAINT "access_control_lists_effect_check" CHECK ("effect" in ('allow', 'deny')),
	CONSTRAINT "access_control_lists_principal_role_check" CHECK ("principal_role" in ('owner', 'rider', 'trainer', 'instructor', 'breeder', 'veterinarian', 'farrier', 'equine_dentist', 'physiotherapist', 'groom', 'barn_manager', 'provider_staff', 'support_agent', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "authentication_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid,
	"event_type" text NOT NULL,
	"outcome" text NOT NULL,
	"failure_reason" text,
	"auth_method" text,
	"mfa_method" text,
	"identity_provider" text NOT NULL,
	"provider_event_id" text NOT NULL,
	"attempted_identifier_hash" text,
	"ip_address" inet,
	"ip_country_code" char(2),
	"user_agent" text,
	"risk_score" numeric(4,3),
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "authentication_logs_failure_reason_required_check" CHECK ("outcome" <> 'failure' or "failure_reason" is not null),
	CONSTRAINT "authentication_logs_failure_reason_outcome_check" CHECK ("failure_reason" is null or "outcome" = 'failure'),
	CONSTRAINT "authentication_logs_success_user_check" CHECK ("outcome" <> 'success' or "user_id" is not null),
	CONSTRAINT "authentication_logs_identity_provider_format_check" CHECK ("identity_provider" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "authentication_logs_provider_event_id_format_check" CHECK ("provider_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "authentication_logs_attempted_identifier_hash_format_check" CHECK ("attempted_identifier_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "authentication_logs_ip_country_code_format_check" CHECK ("ip_country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "authentication_logs_risk_score_check" CHECK ("risk_score" between 0 and 1),
	CONSTRAINT "authentication_logs_event_type_check" CHECK ("event_type" in ('sign_in', 'sign_out', 'mfa_challenge', 'mfa_enrolled', 'mfa_removed', 'password_reset_requested', 'password_reset_completed', 'password_changed', 'token_refreshed', 'account_locked', 'account_unlocked')),
	CONSTRAINT "authentication_logs_outcome_check" CHECK ("outcome" in ('success', 'failure')),
	CONSTRAINT "authentication_logs_failure_reason_check" CHECK ("failure_reason" in ('invalid_credentials', 'unknown_user', 'mfa_failed', 'mfa_timeout', 'account_locked', 'account_suspended', 'expired_token', 'rate_limited', 'risk_blocked', 'other')),
	CONSTRAINT "authentication_logs_auth_method_check" CHECK ("auth_method" in ('password', 'magic_link', 'oauth', 'passkey', 'sso', 'api_token')),
	CONSTRAINT "authentication_logs_mfa_method_check" CHECK ("mfa_method" in ('totp', 'sms', 'webauthn', 'recovery_code'))
);
--> statement-breakpoint
CREATE TABLE "compliance_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"framework" text NOT NULL,
	"framework_version" text NOT NULL,
	"control_id" text NOT NULL,
	"control_title" text NOT NULL,
	"status" text NOT NULL,
	"assessment_method" text NOT NULL,
	"assessed_on" date NOT NULL,
	"security_audit_id" uuid,
	"assessed_by_user_id" uuid,
	"owner_user_id" uuid,
	"evidence_url" text,
	"findings" text,
	"remediation_due_on" date,
	"next_review_on" date,
	"superseded_on" date,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "compliance_records_control_id_check" CHECK (char_length("control_id") between 1 and 64),
	CONSTRAINT "compliance_records_framework_version_check" CHECK (char_length("framework_version") between 1 and 32),
	CONSTRAINT "compliance_records_evidence_url_format_check" CHECK ("evidence_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "compliance_records_remediation_due_on_check" CHECK ("remediation_due_on" >= "assessed_on"),
	CONSTRAINT "compliance_records_next_review_on_check" CHECK ("next_review_on" > "assessed_on"),
	CONSTRAINT "compliance_records_superseded_on_check" CHECK ("superseded_on" >= "assessed_on"),
	CONSTRAINT "compliance_records_external_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "compliance_records_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "compliance_records_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "compliance_records_framework_check" CHECK ("framework" in ('gdpr', 'uk_gdpr', 'pci_dss', 'iso_27001', 'soc_2', 'cyber_essentials', 'nis2', 'internal')),
	CONSTRAINT "compliance_records_status_check" CHECK ("status" in ('compliant', 'partially_compliant', 'non_compliant', 'not_applicable')),
	CONSTRAINT "compliance_records_assessment_method_check" CHECK ("assessment_method" in ('self_assessment', 'internal_audit', 'external_audit', 'automated_monitoring'))
);
--> statement-breakpoint
CREATE TABLE "data_privacy_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"source_updated_at" timestamp with time zone,
	"subject_user_id" uuid,
	"kind" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"channel" text NOT NULL,
	"request_details" text,
	"received_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"extended_due_at" timestamp with time zone,
	"extension_reason" text,
	"identity_verified_at" timestamp with time zone,
	"identity_verification_method" text,
	"handled_by_user_id" uuid,
	"completed_at" timestamp with time zone,
	"rejection_ground" text,
	"resolution" jsonb DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_privacy_requests_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "data_privacy_requests_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "data_privacy_requests_due_at_check" CHECK ("due_at" = "received_at" + interval '720 hours'),
	CONSTRAINT "data_privacy_requests_extended_due_at_check" CHECK ("extended_due_at" > "due_at"),
	CONSTRAINT "data_privacy_requests_extension_check" CHECK (("extended_due_at" is null) = ("extension_reason" is null)),
	CONSTRAINT "data_privacy_requests_identity_verified_at_check" CHECK ("identity_verified_at" >= "received_at"),
	CONSTRAINT "data_privacy_requests_identity_check" CHECK (("identity_verified_at" is null) = ("identity_verification_method" is null)),
	CONSTRAINT "data_privacy_requests_completed_at_check" CHECK ("completed_at" >= "received_at"),
	CONSTRAINT "data_privacy_requests_completed_check" CHECK ("status" <> 'completed' or "completed_at" is not null),
	CONSTRAINT "data_privacy_requests_completed_status_check" CHECK ("completed_at" is null or "status" = 'completed'),
	CONSTRAINT "data_privacy_requests_rejected_check" CHECK ("status" <> 'rejected' or "rejection_ground" is not null),
	CONSTRAINT "data_privacy_requests_rejection_status_check" CHECK ("rejection_ground" is null or "status" = 'rejected'),
	CONSTRAINT "data_privacy_requests_kind_check" CHECK ("kind" in ('access', 'erasure', 'rectification', 'portability', 'restriction', 'objection')),
	CONSTRAINT "data_privacy_requests_status_check" CHECK ("status" in ('received', 'awaiting_identity', 'in_progress', 'completed', 'rejected', 'withdrawn')),
	CONSTRAINT "data_privacy_requests_channel_check" CHECK ("channel" in ('web_form', 'in_app', 'email', 'support_desk', 'post', 'phone')),
	CONSTRAINT "data_privacy_requests_identity_verification_method_check" CHECK ("identity_verification_method" in ('signed_in_session', 'email_confirmation', 'id_document', 'knowledge_based', 'in_person')),
	CONSTRAINT "data_privacy_requests_rejection_ground_check" CHECK ("rejection_ground" in ('identity_not_verified', 'manifestly_unfounded', 'excessive', 'legal_exemption', 'not_a_data_subject'))
);
--> statement-breakpoint
CREATE TABLE "data_retention_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"table_name" text NOT NULL,
	"retention_period_days" integer NOT NULL,
	"retention_trigger" text NOT NULL,
	"anchor_column" text NOT NULL,
	"legal_basis" text NOT NULL,
	"legal_reference" text,
	"action" text NOT NULL,
	"is_enabled" boolean DEFAULT true NOT NULL,
	"last_applied_at" timestamp with time zone,
	"last_applied_row_count" integer,
	"security_policy_id" uuid,
	"owner_user_id" uuid,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_retention_policies_table_name_format_check" CHECK ("table_name" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "data_retention_policies_anchor_column_format_check" CHECK ("anchor_column" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "data_retention_policies_retention_period_days_check" CHECK ("retention_period_days" >= 0),
	CONSTRAINT "data_retention_policies_last_applied_row_count_check" CHECK ("last_applied_row_count" >= 0),
	CONSTRAINT "data_retention_policies_last_applied_check" CHECK (("last_applied_at" is null) = ("last_applied_row_count" is null)),
	CONSTRAINT "data_retention_policies_effective_period_check" CHECK ("effective_to" >= "effective_from"),
	CONSTRAINT "data_retention_policies_retention_trigger_check" CHECK ("retention_trigger" in ('record_created', 'record_closed', 'last_activity', 'account_erased', 'contract_ended')),
	CONSTRAINT "data_retention_policies_legal_basis_check" CHECK ("legal_basis" in ('consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests')),
	CONSTRAINT "data_retention_policies_action_check" CHECK ("action" in ('delete', 'anonymise'))
);
--> statement-breakpoint
CREATE TABLE "encryption_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"kms_provider" text NOT NULL,
	"kms_key_id" text NOT NULL,
	"key_alias" text,
	"algorithm" text NOT NULL,
	"purpose" text NOT NULL,
	"protected_resource" text,
	"key_version" integer DEFAULT 1 NOT NULL,
	"is_hsm_backed" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"key_created_at" timestamp with time zone NOT NULL,
	"last_rotated_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"rotation_period_days" integer,
	"replaced_by_key_id" uuid,
	"custodian_user_id" uuid,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "encryption_keys_kms_key_id_format_check" CHECK ("kms_key_id" ~ '^\S+$'),
	CONSTRAINT "encryption_keys_key_version_check" CHECK ("key_version" >= 1),
	CONSTRAINT "encryption_keys_last_rotated_at_check" CHECK ("last_rotated_at" >= "key_created_at"),
	CONSTRAINT "encryption_keys_retired_after_rotation_check" CHECK ("retired_at" >= "last_rotated_at"),
	CONSTRAINT "encryption_keys_retired_at_check" CHECK ("retired_at" >= "key_created_at"),
	CONSTRAINT "encryption_keys_retired_check" CHECK ("status" <> 'retired' or "retired_at" is not null),
	CONSTRAINT "encryption_keys_rotation_period_days_check" CHECK ("rotation_period_days" between 1 and 3650),
	CONSTRAINT "encryption_keys_replaced_by_check" CHECK ("replaced_by_key_id" <> "id"),
	CONSTRAINT "encryption_keys_kms_provider_check" CHECK ("kms_provider" in ('aws_kms', 'gcp_kms', 'azure_key_vault', 'hashicorp_vault', 'cloud_hsm', 'other')),
	CONSTRAINT "encryption_keys_algorithm_check" CHECK ("algorithm" in ('aes_256_gcm', 'aes_128_gcm', 'chacha20_poly1305', 'rsa_2048', 'rsa_3072', 'rsa_4096', 'ecc_nist_p256', 'ecc_nist_p384', 'ed25519', 'hmac_sha256', 'hmac_sha512')),
	CONSTRAINT "encryption_keys_purpose_check" CHECK ("purpose" in ('data_at_rest', 'field_level_encryption', 'backup_encryption', 'envelope_master', 'token_signing', 'webhook_signing', 'password_pepper', 'tls')),
	CONSTRAINT "encryption_keys_status_check" CHECK ("status" in ('active', 'disabled', 'pending_deletion', 'retired', 'compromised'))
);
--> statement-breakpoint
CREATE TABLE "gdpr_compliance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"lawful_basis" text NOT NULL,
	"decision" text NOT NULL,
	"security_policy_id" uuid NOT NULL,
	"captured_via" text NOT NULL,
	"captured_at" timestamp with time zone NOT NULL,
	"locale" text,
	"consent_text_sha256" text,
	"recorded_by_user_id" uuid,
	"source" text,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gdpr_compliance_locale_format_check" CHECK ("locale" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	CONSTRAINT "gdpr_compliance_consent_text_sha256_format_check" CHECK ("consent_text_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "gdpr_compliance_external_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "gdpr_compliance_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "gdpr_compliance_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "gdpr_compliance_purpose_check" CHECK ("purpose" in ('marketing_email', 'marketing_sms', 'marketing_push', 'analytics', 'profiling', 'personalised_recommendations', 'third_party_sharing', 'product_research', 'public_profile')),
	CONSTRAINT "gdpr_compliance_lawful_basis_check" CHECK ("lawful_basis" in ('consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests')),
	CONSTRAINT "gdpr_compliance_decision_check" CHECK ("decision" in ('granted', 'withdrawn')),
	CONSTRAINT "gdpr_compliance_captured_via_check" CHECK ("captured_via" in ('web_signup', 'web_settings', 'ios_app', 'android_app', 'cookie_banner', 'email_link', 'paper_form', 'support_desk', 'import', 'erasure'))
);
--> statement-breakpoint
CREATE TABLE "security_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"audit_reference" text NOT NULL,
	"audit_type" text NOT NULL,
	"framework" text,
	"title" text NOT NULL,
	"scope" text NOT NULL,
	"auditor_organisation" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"report_issued_on" date,
	"critical_findings" integer DEFAULT 0 NOT NULL,
	"high_findings" integer DEFAULT 0 NOT NULL,
	"medium_findings" integer DEFAULT 0 NOT NULL,
	"low_findings" integer DEFAULT 0 NOT NULL,
	"report_url" text,
	"fee_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"remediation_due_on" date,
	"commissioned_by_user_id" uuid,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "security_audits_audit_reference_format_check" CHECK ("audit_reference" ~ '^[A-Z0-9][A-Z0-9_-]{2,39}$'),
	CONSTRAINT "security_audits_period_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "security_audits_report_issued_on_check" CHECK ("report_issued_on" >= "period_start"),
	CONSTRAINT "security_audits_remediation_due_on_check" CHECK ("remediation_due_on" >= "period_start"),
	CONSTRAINT "security_audits_completed_report_check" CHECK ("status" <> 'completed' or "report_issued_on" is not null),
	CONSTRAINT "security_audits_critical_findings_check" CHECK ("critical_findings" >= 0),
	CONSTRAINT "security_audits_high_findings_check" CHECK ("high_findings" >= 0),
	CONSTRAINT "security_audits_medium_findings_check" CHECK ("medium_findings" >= 0),
	CONSTRAINT "security_audits_low_findings_check" CHECK ("low_findings" >= 0),
	CONSTRAINT "security_audits_fee_amount_check" CHECK ("fee_amount" >= 0),
	CONSTRAINT "security_audits_report_url_format_check" CHECK ("report_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "security_audits_external_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "security_audits_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "security_audits_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "security_audits_audit_type_check" CHECK ("audit_type" in ('internal_audit', 'external_audit', 'certification_audit', 'surveillance_audit', 'penetration_test', 'vulnerability_assessment', 'red_team_exercise', 'code_review', 'cloud_configuration_review')),
	CONSTRAINT "security_audits_framework_check" CHECK ("framework" in ('gdpr', 'uk_gdpr', 'pci_dss', 'iso_27001', 'soc_2', 'cyber_essentials', 'nis2', 'internal')),
	CONSTRAINT "security_audits_status_check" CHECK ("status" in ('planned', 'in_progress', 'reporting', 'completed', 'cancelled')),
	CONSTRAINT "security_audits_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "security_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"policy_key" text NOT NULL,
	"version" text NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"audience" text DEFAULT 'all_users' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"document_url" text,
	"document_sha256" text,
	"effective_from" date,
	"effective_to" date,
	"approved_by_user_id" uuid,
	"approved_at" timestamp with time zone,
	"owner_user_id" uuid,
	"review_interval_months" integer DEFAULT 12 NOT NULL,
	"next_review_on" date,
	"requires_acknowledgement" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "security_policies_policy_key_format_check" CHECK ("policy_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "security_policies_version_format_check" CHECK ("version" ~ '^[0-9]{1,4}(\.[0-9]{1,4}){0,2}$'),
	CONSTRAINT "security_policies_document_url_format_check" CHECK ("document_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "security_policies_document_sha256_format_check" CHECK ("document_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "security_policies_effective_period_check" CHECK ("effective_to" >= "effective_from"),
	CONSTRAINT "security_policies_approved_effective_from_check" CHECK ("status" <> 'approved' or "effective_from" is not null),
	CONSTRAINT "security_policies_approved_at_check" CHECK ("status" <> 'approved' or "approved_at" is not null),
	CONSTRAINT "security_policies_approved_by_check" CHECK ("approved_by_user_id" is null or "approved_at" is not null),
	CONSTRAINT "security_policies_review_interval_months_check" CHECK ("review_interval_months" between 1 and 60),
	CONSTRAINT "security_policies_next_review_on_check" CHECK ("next_review_on" >= "effective_from"),
	CONSTRAINT "security_policies_category_check" CHECK ("category" in ('information_security', 'acceptable_use', 'access_control', 'encryption', 'password', 'incident_response', 'business_continuity', 'supplier_security', 'data_retention', 'privacy_notice', 'cookie_policy', 'consent_text', 'other')),
	CONSTRAINT "security_policies_audience_check" CHECK ("audience" in ('all_users', 'staff', 'providers', 'contractors', 'public')),
	CONSTRAINT "security_policies_status_check" CHECK ("status" in ('draft', 'in_review', 'approved', 'superseded', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "session_security" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"authentication_log_id" uuid,
	"risk_score" numeric(4,3) NOT NULL,
	"risk_level" text NOT NULL,
	"risk_signals" text[] DEFAULT '{}'::text[] NOT NULL,
	"device_fingerprint_hash" text,
	"device_trusted" boolean DEFAULT false NOT NULL,
	"mfa_satisfied_at" timestamp with time zone,
	"mfa_method" text,
	"last_evaluated_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	"revoked_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_security_risk_score_check" CHECK ("risk_score" between 0 and 1),
	CONSTRAINT "session_security_risk_signals_check" CHECK ("risk_signals" <@ array['new_device', 'new_country', 'impossible_travel', 'tor_exit_node', 'vpn_or_proxy', 'known_bad_ip', 'credential_stuffing_pattern', 'unusual_hour', 'user_agent_mismatch']::text[]),
	CONSTRAINT "session_security_device_fingerprint_hash_format_check" CHECK ("device_fingerprint_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "session_security_mfa_check" CHECK (("mfa_satisfied_at" is null) = ("mfa_method" is null)),
	CONSTRAINT "session_security_revocation_check" CHECK (("revoked_at" is null) = ("revoke_reason" is null)),
	CONSTRAINT "session_security_revoked_by_check" CHECK ("revoked_by_user_id" is null or "revoked_at" is not null),
	CONSTRAINT "session_security_risk_level_check" CHECK ("risk_level" in ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "session_security_mfa_method_check" CHECK ("mfa_method" in ('totp', 'sms', 'webauthn', 'recovery_code')),
	CONSTRAINT "session_security_revoke_reason_check" CHECK ("revoke_reason" in ('risk_threshold', 'impossible_travel', 'credential_compromise', 'device_untrusted', 'admin_action', 'user_request', 'erasure'))
);
--> statement-breakpoint
CREATE TABLE "dental_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"vet_visit_id" uuid,
	"practice_id" uuid,
	"veterinarian_id" uuid,
	"practitioner_name" text,
	"examined_on" date NOT NULL,
	"procedures" text[] DEFAULT '{}'::text[] NOT NULL,
	"findings" jsonb DEFAULT '[]' NOT NULL,
	"sedative_used" text,
	"overall_condition" text,
	"next_due_on" date,
	"total_cost" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dental_records_procedures_check" CHECK ("procedures" <@ array['oral_examination', 'routine_rasp', 'power_float', 'wolf_tooth_extraction', 'cheek_tooth_extraction', 'incisor_reduction', 'diastema_treatment', 'cap_removal', 'dental_radiography', 'bit_seat', 'other']::text[]),
	CONSTRAINT "dental_records_sedation_vet_check" CHECK ("sedative_used" is null or "veterinarian_id" is not null),
	CONSTRAINT "dental_records_next_due_on_check" CHECK ("next_due_on" > "examined_on"),
	CONSTRAINT "dental_records_total_cost_check" CHECK ("total_cost" >= 0),
	CONSTRAINT "dental_records_overall_condition_check" CHECK ("overall_condition" in ('good', 'fair', 'poor')),
	CONSTRAINT "dental_records_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "health_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"alert_type" text NOT NULL,
	"severity" text DEFAULT 'warning' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"title" text NOT NULL,
	"message" text,
	"source_table" text,
	"source_id" uuid,
	"triggered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_user_id" uuid,
	"resolved_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_alerts_source_check" CHECK (("source_table" is null) = ("source_id" is null)),
	CONSTRAINT "health_alerts_source_table_format_check" CHECK ("source_table" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "health_alerts_acknowledged_at_check" CHECK ("acknowledged_at" >= "triggered_at"),
	CONSTRAINT "health_alerts_resolved_at_check" CHECK ("resolved_at" >= "triggered_at"),
	CONSTRAINT "health_alerts_expires_at_check" CHECK ("expires_at" > "triggered_at"),
	CONSTRAINT "health_alerts_resolved_status_check" CHECK ("status" <> 'resolved' or "resolved_at" is not null),
	CONSTRAINT "health_alerts_acknowledged_by_check" CHECK ("acknowledged_by_user_id" is null or "acknowledged_at" is not null),
	CONSTRAINT "health_alerts_alert_type_check" CHECK ("alert_type" in ('vaccination_overdue', 'vaccination_due_soon', 'medication_withdrawal', 'abnormal_vital_sign', 'abnormal_lab_result', 'injury_reported', 'disease_outbreak', 'weight_change', 'follow_up_due', 'other')),
	CONSTRAINT "health_alerts_severity_check" CHECK ("severity" in ('info', 'warning', 'critical')),
	CONSTRAINT "health_alerts_status_check" CHECK ("status" in ('open', 'acknowledged', 'resolved', 'dismissed'))
);
--> statement-breakpoint
CREATE TABLE "health_protocol_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"protocol_id" uuid NOT NULL,
	"horse_id" uuid NOT NULL,
	"health_record_id" uuid,
	"assigned_by_user_id" uuid,
	"supervising_veterinarian_id" uuid,
	"status" text DEFAULT 'planned' NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"current_step_index" integer DEFAULT 0 NOT NULL,
	"discontinued_reason" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_protocol_assignments_ended_on_check" CHECK ("ended_on" >= "started_on"),
	CONSTRAINT "health_protocol_assignments_completed_check" CHECK ("status" <> 'completed' or "ended_on" is not null),
	CONSTRAINT "health_protocol_assignments_discontinued_check" CHECK ("status" <> 'discontinued' or "discontinued_reason" is not null),
	CONSTRAINT "health_protocol_assignments_reason_check" CHECK ("discontinued_reason" is null or "status" = 'discontinued'),
	CONSTRAINT "health_protocol_assignments_current_step_index_check" CHECK ("current_step_index" >= 0),
	CONSTRAINT "health_protocol_assignments_status_check" CHECK ("status" in ('planned', 'active', 'completed', 'discontinued'))
);
--> statement-breakpoint
CREATE TABLE "health_protocols" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"practice_id" uuid,
	"authored_by_user_id" uuid,
	"protocol_code" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"protocol_type" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"target_condition" text,
	"description" text,
	"steps" jsonb DEFAULT '[]' NOT NULL,
	"duration_days" integer,
	"reference_url" text,
	"is_shared" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_protocols_version_check" CHECK ("version" > 0),
	CONSTRAINT "health_protocols_duration_days_check" CHECK ("duration_days" > 0),
	CONSTRAINT "health_protocols_reference_url_format_check" CHECK ("reference_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "health_protocols_protocol_type_check" CHECK ("protocol_type" in ('vaccination_schedule', 'deworming_programme', 'dental_care', 'rehabilitation', 'post_operative', 'biosecurity_quarantine', 'preventive_care', 'pre_competition', 'weight_management', 'other')),
	CONSTRAINT "health_protocols_status_check" CHECK ("status" in ('draft', 'active', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "health_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"practice_id" uuid,
	"veterinarian_id" uuid,
	"recorded_by_user_id" uuid,
	"record_type" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"body_system" text,
	"coding_system" text,
	"diagnosis_code" text,
	"severity" text,
	"status" text DEFAULT 'active' NOT NULL,
	"onset_on" date,
	"diagnosed_on" date,
	"resolved_on" date,
	"source_system" text,
	"external_record_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_records_source_check" CHECK (("source_system" is null) = ("external_record_id" is null)),
	CONSTRAINT "health_records_coding_check" CHECK (("coding_system" is null) = ("diagnosis_code" is null)),
	CONSTRAINT "health_records_diagnosed_on_check" CHECK ("diagnosed_on" >= "onset_on"),
	CONSTRAINT "health_records_resolved_on_check" CHECK ("resolved_on" >= "onset_on"),
	CONSTRAINT "health_records_resolved_status_check" CHECK ("status" <> 'resolved' or "resolved_on" is not null),
	CONSTRAINT "health_records_record_type_check" CHECK ("record_type" in ('diagnosis', 'chronic_condition', 'allergy', 'adverse_drug_reaction', 'hereditary_condition', 'pre_purchase_finding', 'clinical_note')),
	CONSTRAINT "health_records_body_system_check" CHECK ("body_system" in ('musculoskeletal', 'hoof', 'respiratory', 'gastrointestinal', 'cardiovascular', 'integumentary', 'neurological', 'ophthalmic', 'dental', 'reproductive', 'urinary', 'endocrine_metabolic', 'immune', 'multi_system', 'other')),
	CONSTRAINT "health_records_coding_system_check" CHECK ("coding_system" in ('venom', 'snomed_ct', 'practice_local')),
	CONSTRAINT "health_records_severity_check" CHECK ("severity" in ('mild', 'moderate', 'severe', 'life_threatening')),
	CONSTRAINT "health_records_status_check" CHECK ("status" in ('active', 'monitoring', 'chronic', 'resolved'))
);
--> statement-breakpoint
CREATE TABLE "health_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"recipient_user_id" uuid NOT NULL,
	"vaccination_id" uuid,
	"medication_id" uuid,
	"reminder_type" text NOT NULL,
	"title" text NOT NULL,
	"notes" text,
	"due_on" date NOT NULL,
	"remind_at" timestamp with time zone NOT NULL,
	"recurrence_interval_days" integer,
	"channel" text DEFAULT 'email' NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"snoozed_until" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_reminders_recurrence_interval_days_check" CHECK ("recurrence_interval_days" > 0),
	CONSTRAINT "health_reminders_snoozed_until_check" CHECK ("status" <> 'snoozed' or "snoozed_until" is not null),
	CONSTRAINT "health_reminders_snoozed_status_check" CHECK ("snoozed_until" is null or "status" = 'snoozed'),
	CONSTRAINT "health_reminders_completed_at_check" CHECK ("status" <> 'completed' or "completed_at" is not null),
	CONSTRAINT "health_reminders_reminder_type_check" CHECK ("reminder_type" in ('vaccination', 'deworming', 'dental', 'farrier', 'vet_follow_up', 'medication_dose', 'lab_retest', 'weigh_in', 'other')),
	CONSTRAINT "health_reminders_channel_check" CHECK ("channel" in ('email', 'push', 'sms', 'in_app')),
	CONSTRAINT "health_reminders_status_check" CHECK ("status" in ('scheduled', 'sent', 'snoozed', 'completed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "health_statistics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"period_type" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"vet_visit_count" integer DEFAULT 0 NOT NULL,
	"emergency_visit_count" integer DEFAULT 0 NOT NULL,
	"vaccination_count" integer DEFAULT 0 NOT NULL,
	"medication_course_count" integer DEFAULT 0 NOT NULL,
	"injury_count" integer DEFAULT 0 NOT NULL,
	"lameness_exam_count" integer DEFAULT 0 NOT NULL,
	"days_under_withdrawal" integer DEFAULT 0 NOT NULL,
	"vital_sign_reading_count" integer DEFAULT 0 NOT NULL,
	"avg_resting_heart_rate_bpm" numeric(4,1),
	"avg_temperature_c" numeric(3,1),
	"weight_change_kg" numeric(5,1),
	"vet_spend" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"is_vaccination_compliant" boolean,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_statistics_period_end_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "health_statistics_vet_visit_count_check" CHECK ("vet_visit_count" >= 0),
	CONSTRAINT "health_statistics_emergency_visit_count_check" CHECK ("emergency_visit_count" >= 0),
	CONSTRAINT "health_statistics_visit_counts_check" CHECK ("vet_visit_count" >= "emergency_visit_count"),
	CONSTRAINT "health_statistics_vaccination_count_check" CHECK ("vaccination_count" >= 0),
	CONSTRAINT "health_statistics_medication_course_count_check" CHECK ("medication_course_count" >= 0),
	CONSTRAINT "health_statistics_injury_count_check" CHECK ("injury_count" >= 0),
	CONSTRAINT "health_statistics_lameness_exam_count_check" CHECK ("lameness_exam_count" >= 0),
	CONSTRAINT "health_statistics_days_under_withdrawal_check" CHECK ("days_under_withdrawal" >= 0),
	CONSTRAINT "health_statistics_vital_sign_reading_count_check" CHECK ("vital_sign_reading_count" >= 0),
	CONSTRAINT "health_statistics_avg_resting_heart_rate_bpm_check" CHECK ("avg_resting_heart_rate_bpm" between 10 and 250),
	CONSTRAINT "health_statistics_avg_temperature_c_check" CHECK ("avg_temperature_c" between 30 and 45),
	CONSTRAINT "health_statistics_vet_spend_check" CHECK ("vet_spend" >= 0),
	CONSTRAINT "health_statistics_period_type_check" CHECK ("period_type" in ('week', 'month', 'quarter', 'year')),
	CONSTRAINT "health_statistics_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "injuries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"health_record_id" uuid,
	"vet_visit_id" uuid,
	"reported_by_user_id" uuid,
	"treated_by_veterinarian_id" uuid,
	"occurred_on" date NOT NULL,
	"injury_type" text NOT NULL,
	"body_location" text NOT NULL,
	"location_detail" text,
	"severity" text NOT NULL,
	"cause" text DEFAULT 'unknown' NOT NULL,
	"description" text NOT NULL,
	"first_aid_given" text,
	"status" text DEFAULT 'active' NOT NULL,
	"healed_on" date,
	"estimated_recovery_weeks" integer,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "injuries_healed_on_check" CHECK ("healed_on" >= "occurred_on"),
	CONSTRAINT "injuries_healed_status_check" CHECK ("status" <> 'healed' or "healed_on" is not null),
	CONSTRAINT "injuries_estimated_recovery_weeks_check" CHECK ("estimated_recovery_weeks" > 0),
	CONSTRAINT "injuries_injury_type_check" CHECK ("injury_type" in ('laceration', 'puncture_wound', 'abrasion', 'kick_injury', 'contusion', 'overreach', 'tendon_injury', 'ligament_injury', 'fracture', 'hoof_abscess', 'sole_bruise', 'eye_injury', 'burn', 'other')),
	CONSTRAINT "injuries_body_location_check" CHECK ("body_location" in ('head', 'eye', 'neck', 'withers', 'back', 'chest', 'abdomen', 'flank', 'hindquarters', 'tail', 'left_fore', 'right_fore', 'left_hind', 'right_hind')),
	CONSTRAINT "injuries_severity_check" CHECK ("severity" in ('mild', 'moderate', 'severe', 'life_threatening')),
	CONSTRAINT "injuries_cause_check" CHECK ("cause" in ('field_accident', 'stable_accident', 'kicked_by_horse', 'wire_fence', 'competition', 'training', 'transport', 'unknown', 'other')),
	CONSTRAINT "injuries_status_check" CHECK ("status" in ('active', 'healing', 'healed', 'chronic'))
);
--> statement-breakpoint
CREATE TABLE "lab_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"vet_visit_id" uuid,
	"health_record_id" uuid,
	"requested_by_veterinarian_id" uuid,
	"laboratory_code" text NOT NULL,
	"laboratory_name" text,
	"accession_number" text NOT NULL,
	"test_code" text NOT NULL,
	"test_name" text NOT NULL,
	"test_category" text NOT NULL,
	"sample_type" text NOT NULL,
	"collected_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"reported_at" timestamp with time zone,
	"status" text DEFAULT 'pending' NOT NULL,
	"interpretation" text,
	"results" jsonb DEFAULT '[]' NOT NULL,
	"comments" text,
	"report_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lab_results_laboratory_code_format_check" CHECK ("laboratory_code" ~ '^[A-Z0-9][A-Z0-9_-]{1,19}$'),
	CONSTRAINT "lab_results_report_url_format_check" CHECK ("report_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "lab_results_received_at_check" CHECK ("received_at" >= "collected_at"),
	CONSTRAINT "lab_results_reported_at_check" CHECK ("reported_at" >= "collected_at"),
	CONSTRAINT "lab_results_final_reported_at_check" CHECK ("status" <> 'final' or "reported_at" is not null),
	CONSTRAINT "lab_results_test_category_check" CHECK ("test_category" in ('haematology', 'biochemistry', 'serology', 'pcr', 'culture_sensitivity', 'cytology', 'histopathology', 'parasitology', 'endocrinology', 'drug_screen', 'genetic', 'other')),
	CONSTRAINT "lab_results_sample_type_check" CHECK ("sample_type" in ('whole_blood', 'serum', 'plasma', 'faeces', 'nasopharyngeal_swab', 'guttural_pouch_lavage', 'tracheal_wash', 'bronchoalveolar_lavage', 'synovial_fluid', 'urine', 'tissue', 'skin_scrape', 'hair', 'other')),
	CONSTRAINT "lab_results_status_check" CHECK ("status" in ('pending', 'preliminary', 'final', 'amended', 'cancelled')),
	CONSTRAINT "lab_results_interpretation_check" CHECK ("interpretation" in ('normal', 'abnormal', 'positive', 'negative', 'inconclusive'))
);
--> statement-breakpoint
CREATE TABLE "lameness_exams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"vet_visit_id" uuid,
	"health_record_id" uuid,
	"veterinarian_id" uuid,
	"examined_on" date NOT NULL,
	"presenting_complaint" text,
	"affected_limb" text,
	"aaep_grade" smallint NOT NULL,
	"surface" text,
	"flexion_test_result" text DEFAULT 'not_performed' NOT NULL,
	"nerve_blocks" jsonb DEFAULT '[]' NOT NULL,
	"sensor_system" text,
	"head_asymmetry_mm" numeric(5,1),
	"diagnosis" text,
	"follow_up_on" date,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lameness_exams_aaep_grade_check" CHECK ("aaep_grade" between 0 and 5),
	CONSTRAINT "lameness_exams_lame_limb_check" CHECK ("aaep_grade" = 0 or "affected_limb" is not null),
	CONSTRAINT "lameness_exams_sensor_check" CHECK (("sensor_system" is null) = ("head_asymmetry_mm" is null)),
	CONSTRAINT "lameness_exams_follow_up_on_check" CHECK ("follow_up_on" >= "examined_on"),
	CONSTRAINT "lameness_exams_affected_limb_check" CHECK ("affected_limb" in ('left_fore', 'right_fore', 'left_hind', 'right_hind', 'bilateral_fore', 'bilateral_hind', 'multiple')),
	CONSTRAINT "lameness_exams_surface_check" CHECK ("surface" in ('hard_straight', 'soft_straight', 'lunge_hard', 'lunge_soft', 'ridden', 'treadmill')),
	CONSTRAINT "lameness_exams_flexion_test_result_check" CHECK ("flexion_test_result" in ('negative', 'positive', 'equivocal', 'not_performed'))
);
--> statement-breakpoint
CREATE TABLE "medications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"vet_visit_id" uuid,
	"practice_id" uuid,
	"prescribed_by_veterinarian_id" uuid,
	"prescription_reference" text,
	"active_substance" text NOT NULL,
	"product_name" text,
	"medication_class" text NOT NULL,
	"fei_list_status" text DEFAULT 'not_listed' NOT NULL,
	"dose_quantity" numeric(10,3) NOT NULL,
	"dose_unit" text NOT NULL,
	"route" text NOT NULL,
	"dose_interval_hours" integer,
	"started_on" date NOT NULL,
	"ended_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"withdrawal_period_days" integer,
	"withdrawal_ends_on" date,
	"requires_food_chain_exclusion" boolean DEFAULT false NOT NULL,
	"instructions" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "medications_dose_quantity_check" CHECK ("dose_quantity" > 0),
	CONSTRAINT "medications_dose_interval_hours_check" CHECK ("dose_interval_hours" > 0),
	CONSTRAINT "medications_withdrawal_period_days_check" CHECK ("withdrawal_period_days" >= 0),
	CONSTRAINT "medications_ended_on_check" CHECK ("ended_on" >= "started_on"),
	CONSTRAINT "medications_withdrawal_ends_on_check" CHECK ("withdrawal_ends_on" >= "started_on"),
	CONSTRAINT "medications_completed_ended_on_check" CHECK ("status" <> 'completed' or "ended_on" is not null),
	CONSTRAINT "medications_medication_class_check" CHECK ("medication_class" in ('nsaid', 'antimicrobial', 'corticosteroid', 'sedative_analgesic', 'anthelmintic', 'gastroprotectant', 'bronchodilator', 'antihistamine', 'hormonal', 'joint_therapy', 'bisphosphonate', 'anticonvulsant', 'local_anaesthetic', 'other')),
	CONSTRAINT "medications_fei_list_status_check" CHECK ("fei_list_status" in ('not_listed', 'controlled_medication', 'banned')),
	CONSTRAINT "medications_dose_unit_check" CHECK ("dose_unit" in ('mg', 'g', 'ml', 'iu', 'mg_per_kg', 'ml_per_kg', 'tablet', 'sachet', 'syringe', 'scoop')),
	CONSTRAINT "medications_route_check" CHECK ("route" in ('oral', 'intravenous', 'intramuscular', 'subcutaneous', 'intranasal', 'submucosal', 'topical', 'intra_articular', 'inhaled', 'ophthalmic', 'rectal', 'nasogastric', 'intrauterine', 'intralesional')),
	CONSTRAINT "medications_status_check" CHECK ("status" in ('active', 'completed', 'discontinued'))
);
--> statement-breakpoint
CREATE TABLE "surgeries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"health_record_id" uuid,
	"practice_id" uuid,
	"surgeon_veterinarian_id" uuid,
	"procedure_name" text NOT NULL,
	"anatomical_site" text,
	"anaesthesia_type" text NOT NULL,
	"urgency" text DEFAULT 'elective' NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"asa_grade" smallint,
	"scheduled_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"outcome" text,
	"complications" text,
	"discharged_on" date,
	"box_rest_days" integer,
	"total_cost" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surgeries_asa_grade_check" CHECK ("asa_grade" between 1 and 5),
	CONSTRAINT "surgeries_ended_at_check" CHECK ("ended_at" > "started_at"),
	CONSTRAINT "surgeries_completed_started_at_check" CHECK ("status" <> 'completed' or "started_at" is not null),
	CONSTRAINT "surgeries_completed_ended_at_check" CHECK ("status" <> 'completed' or "ended_at" is not null),
	CONSTRAINT "surgeries_outcome_completed_check" CHECK ("outcome" is null or "status" = 'completed'),
	CONSTRAINT "surgeries_box_rest_days_check" CHECK ("box_rest_days" >= 0),
	CONSTRAINT "surgeries_total_cost_check" CHECK ("total_cost" >= 0),
	CONSTRAINT "surgeries_anaesthesia_type_check" CHECK ("anaesthesia_type" in ('general', 'standing_sedation', 'local', 'regional')),
	CONSTRAINT "surgeries_urgency_check" CHECK ("urgency" in ('elective', 'urgent', 'emergency')),
	CONSTRAINT "surgeries_status_check" CHECK ("status" in ('scheduled', 'completed', 'cancelled', 'postponed')),
	CONSTRAINT "surgeries_outcome_check" CHECK ("outcome" in ('successful', 'complicated', 'unsuccessful', 'died', 'euthanised')),
	CONSTRAINT "surgeries_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "vaccinations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"vet_visit_id" uuid,
	"practice_id" uuid,
	"veterinarian_id" uuid,
	"vaccine_type" text NOT NULL,
	"product_name" text NOT NULL,
	"manufacturer" text,
	"batch_number" text,
	"batch_expires_on" date,
	"course_stage" text NOT NULL,
	"administered_on" date NOT NULL,
	"route" text DEFAULT 'intramuscular' NOT NULL,
	"injection_site" text,
	"dose_ml" numeric(5,2),
	"next_due_on" date,
	"recorded_in_passport" boolean DEFAULT false NOT NULL,
	"adverse_reaction" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vaccinations_next_due_on_check" CHECK ("next_due_on" > "administered_on"),
	CONSTRAINT "vaccinations_batch_expires_on_check" CHECK ("batch_expires_on" >= "administered_on"),
	CONSTRAINT "vaccinations_dose_ml_check" CHECK ("dose_ml" > 0),
	CONSTRAINT "vaccinations_vaccine_type_check" CHECK ("vaccine_type" in ('equine_influenza', 'tetanus', 'influenza_tetanus', 'equine_herpesvirus', 'strangles', 'equine_viral_arteritis', 'rotavirus', 'west_nile_virus', 'rabies', 'other')),
	CONSTRAINT "vaccinations_course_stage_check" CHECK ("course_stage" in ('primary_1', 'primary_2', 'primary_3', 'booster', 'single_dose')),
	CONSTRAINT "vaccinations_route_check" CHECK ("route" in ('oral', 'intravenous', 'intramuscular', 'subcutaneous', 'intranasal', 'submucosal', 'topical', 'intra_articular', 'inhaled', 'ophthalmic', 'rectal', 'nasogastric', 'intrauterine', 'intralesional'))
);
--> statement-breakpoint
CREATE TABLE "vet_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"practice_id" uuid NOT NULL,
	"veterinarian_id" uuid,
	"health_record_id" uuid,
	"requested_by_user_id" uuid,
	"external_visit_id" text,
	"visit_type" text NOT NULL,
	"setting" text DEFAULT 'ambulatory_yard' NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"scheduled_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"reason_for_visit" text,
	"clinical_findings" text,
	"treatment_summary" text,
	"follow_up_on" date,
	"total_charged" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vet_visits_ended_at_check" CHECK ("ended_at" >= "started_at"),
	CONSTRAINT "vet_visits_completed_started_at_check" CHECK ("status" <> 'completed' or "started_at" is not null),
	CONSTRAINT "vet_visits_total_charged_check" CHECK ("total_charged" >= 0),
	CONSTRAINT "vet_visits_visit_type_check" CHECK ("visit_type" in ('routine_check', 'vaccination', 'dental', 'lameness_workup', 'emergency', 'colic', 'follow_up', 'pre_purchase_examination', 'reproductive', 'post_operative', 'euthanasia', 'other')),
	CONSTRAINT "vet_visits_setting_check" CHECK ("setting" in ('ambulatory_yard', 'clinic', 'hospital_admission', 'competition_venue', 'telemedicine')),
	CONSTRAINT "vet_visits_status_check" CHECK ("status" in ('scheduled', 'in_progress', 'completed', 'cancelled', 'no_show')),
	CONSTRAINT "vet_visits_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "vital_signs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"vet_visit_id" uuid,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"source" text DEFAULT 'owner_manual' NOT NULL,
	"device_system" text,
	"external_reading_id" text,
	"temperature_c" numeric(3,1),
	"heart_rate_bpm" smallint,
	"respiratory_rate_per_min" smallint,
	"capillary_refill_seconds" numeric(3,1),
	"mucous_membrane_colour" text,
	"gut_sounds" text,
	"digital_pulse" text,
	"weight_kg" numeric(5,1),
	"body_condition_score" numeric(2,1),
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vital_signs_device_check" CHECK (("device_system" is null) = ("external_reading_id" is null)),
	CONSTRAINT "vital_signs_temperature_c_check" CHECK ("temperature_c" between 30 and 45),
	CONSTRAINT "vital_signs_heart_rate_bpm_check" CHECK ("heart_rate_bpm" between 10 and 250),
	CONSTRAINT "vital_signs_respiratory_rate_per_min_check" CHECK ("respiratory_rate_per_min" between 2 and 150),
	CONSTRAINT "vital_signs_capillary_refill_seconds_check" CHECK ("capillary_refill_seconds" between 0 and 10),
	CONSTRAINT "vital_signs_weight_kg_check" CHECK ("weight_kg" between 10 and 1500),
	CONSTRAINT "vital_signs_body_condition_score_check" CHECK ("body_condition_score" between 1 and 9),
	CONSTRAINT "vital_signs_measurement_check" CHECK ("temperature_c" is not null or "heart_rate_bpm" is not null or "respiratory_rate_per_min" is not null or "capillary_refill_seconds" is not null or "mucous_membrane_colour" is not null or "gut_sounds" is not null or "digital_pulse" is not null or "weight_kg" is not null or "body_condition_score" is not null),
	CONSTRAINT "vital_signs_source_check" CHECK ("source" in ('owner_manual', 'veterinary_exam', 'wearable_sensor', 'smart_thermometer', 'weighbridge', 'weight_tape')),
	CONSTRAINT "vital_signs_mucous_membrane_colour_check" CHECK ("mucous_membrane_colour" in ('pink', 'pale_pink', 'pale', 'injected', 'toxic', 'icteric', 'cyanotic')),
	CONSTRAINT "vital_signs_gut_sounds_check" CHECK ("gut_sounds" in ('normal', 'reduced', 'absent', 'increased')),
	CONSTRAINT "vital_signs_digital_pulse_check" CHECK ("digital_pulse" in ('normal', 'increased', 'bounding'))
);
--> statement-breakpoint
CREATE TABLE "brand_ambassadors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"tier" text DEFAULT 'community' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"referral_code_id" uuid,
	"featured_horse_id" uuid,
	"appointed_by_user_id" uuid,
	"country_code" char(2) NOT NULL,
	"commission_percent" numeric(5,2),
	"monthly_retainer_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"monthly_content_quota" smallint,
	"started_on" date NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brand_ambassadors_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "brand_ambassadors_commission_percent_check" CHECK ("commission_percent" > 0 and "commission_percent" <= 100),
	CONSTRAINT "brand_ambassadors_monthly_retainer_amount_check" CHECK ("monthly_retainer_amount" >= 0),
	CONSTRAINT "brand_ambassadors_monthly_content_quota_check" CHECK ("monthly_content_quota" >= 0),
	CONSTRAINT "brand_ambassadors_ended_on_check" CHECK ("ended_on" >= "started_on"),
	CONSTRAINT "brand_ambassadors_ended_status_check" CHECK ("status" <> 'ended' or "ended_on" is not null),
	CONSTRAINT "brand_ambassadors_ended_on_status_check" CHECK ("ended_on" is null or "status" = 'ended'),
	CONSTRAINT "brand_ambassadors_ended_on_end_reason_check" CHECK (("ended_on" is null) = ("end_reason" is null)),
	CONSTRAINT "brand_ambassadors_tier_check" CHECK ("tier" in ('community', 'regional', 'national', 'international')),
	CONSTRAINT "brand_ambassadors_status_check" CHECK ("status" in ('active', 'paused', 'ended')),
	CONSTRAINT "brand_ambassadors_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "brand_ambassadors_end_reason_check" CHECK ("end_reason" in ('term_completed', 'resigned', 'terminated', 'inactive', 'other'))
);
--> statement-breakpoint
CREATE TABLE "content_virality_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"content_table" text NOT NULL,
	"content_id" uuid NOT NULL,
	"metric_date" date NOT NULL,
	"campaign_id" uuid,
	"impression_count" integer DEFAULT 0 NOT NULL,
	"unique_viewer_count" integer DEFAULT 0 NOT NULL,
	"share_count" integer DEFAULT 0 NOT NULL,
	"click_count" integer DEFAULT 0 NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"signup_count" integer DEFAULT 0 NOT NULL,
	"share_rate_percent" numeric(5,2),
	"viral_coefficient" numeric(6,3),
	"avg_view_duration_ms" integer,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_virality_metrics_content_table_format_check" CHECK ("content_table" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "content_virality_metrics_impression_count_check" CHECK ("impression_count" >= 0),
	CONSTRAINT "content_virality_metrics_unique_viewer_count_check" CHECK ("unique_viewer_count" >= 0),
	CONSTRAINT "content_virality_metrics_share_count_check" CHECK ("share_count" >= 0),
	CONSTRAINT "content_virality_metrics_click_count_check" CHECK ("click_count" >= 0),
	CONSTRAINT "content_virality_metrics_comment_count_check" CHECK ("comment_count" >= 0),
	CONSTRAINT "content_virality_metrics_signup_count_check" CHECK ("signup_count" >= 0),
	CONSTRAINT "content_virality_metrics_share_rate_percent_check" CHECK ("share_rate_percent" between 0 and 100),
	CONSTRAINT "content_virality_metrics_viral_coefficient_check" CHECK ("viral_coefficient" >= 0),
	CONSTRAINT "content_virality_metrics_avg_view_duration_ms_check" CHECK ("avg_view_duration_ms" >= 0)
);
--> statement-breakpoint
CREATE TABLE "influencer_partnerships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"influencer_user_id" uuid,
	"influencer_name" text NOT NULL,
	"primary_network" text,
	"handle" text,
	"campaign_id" uuid,
	"horse_id" uuid,
	"status" text DEFAULT 'proposed' NOT NULL,
	"fee_structure" text NOT NULL,
	"fee_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"commission_percent" numeric(5,2),
	"contract_starts_on" date NOT NULL,
	"contract_ends_on" date,
	"deliverables" jsonb DEFAULT '[]' NOT NULL,
	"source" text DEFAULT 'platform' NOT NULL,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "influencer_partnerships_handle_format_check" CHECK ("handle" ~ '^[^@\s]\S{0,99}$'),
	CONSTRAINT "influencer_partnerships_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "influencer_partnerships_handle_check" CHECK (("primary_network" is null) = ("handle" is null)),
	CONSTRAINT "influencer_partnerships_flat_fee_check" CHECK ("fee_structure" <> 'flat_fee' or "fee_amount" is not null),
	CONSTRAINT "influencer_partnerships_deliverable_fee_check" CHECK ("fee_structure" <> 'per_deliverable' or "fee_amount" is not null),
	CONSTRAINT "influencer_partnerships_revenue_share_check" CHECK ("fee_structure" <> 'revenue_share' or "commission_percent" is not null),
	CONSTRAINT "influencer_partnerships_commission_check" CHECK ("fee_structure" <> 'affiliate_commission' or "commission_percent" is not null),
	CONSTRAINT "influencer_partnerships_fee_amount_check" CHECK ("fee_amount" >= 0),
	CONSTRAINT "influencer_partnerships_commission_percent_check" CHECK ("commission_percent" > 0 and "commission_percent" <= 100),
	CONSTRAINT "influencer_partnerships_contract_ends_on_check" CHECK ("contract_ends_on" >= "contract_starts_on"),
	CONSTRAINT "influencer_partnerships_primary_network_check" CHECK ("primary_network" in ('facebook', 'instagram', 'x', 'tiktok', 'youtube', 'linkedin', 'pinterest', 'threads', 'snapchat', 'whatsapp', 'messenger', 'email', 'sms', 'other')),
	CONSTRAINT "influencer_partnerships_status_check" CHECK ("status" in ('proposed', 'negotiating', 'contracted', 'active', 'completed', 'terminated', 'declined')),
	CONSTRAINT "influencer_partnerships_fee_structure_check" CHECK ("fee_structure" in ('flat_fee', 'per_deliverable', 'revenue_share', 'gifted', 'affiliate_commission')),
	CONSTRAINT "influencer_partnerships_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "influencer_partnerships_source_check" CHECK ("source" in ('platform', 'grin', 'aspire', 'creatoriq', 'upfluence', 'manual_import'))
);
--> statement-breakpoint
CREATE TABLE "marketing_attribution" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"conversion_type" text NOT NULL,
	"source" text DEFAULT 'platform' NOT NULL,
	"conversion_event_id" text NOT NULL,
	"subscription_id" uuid,
	"purchase_order_id" uuid,
	"touch_model" text NOT NULL,
	"touch_sequence" smallint DEFAULT 1 NOT NULL,
	"credit_percent" numeric(5,2) NOT NULL,
	"channel" text NOT NULL,
	"utm_source" text,
	"utm_medium" text,
	"utm_campaign" text,
	"campaign_id" uuid,
	"influencer_partnership_id" uuid,
	"touched_at" timestamp with time zone NOT NULL,
	"converted_at" timestamp with time zone NOT NULL,
	"conversion_value" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marketing_attribution_conversion_event_id_format_check" CHECK ("conversion_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "marketing_attribution_touch_sequence_check" CHECK ("touch_sequence" > 0),
	CONSTRAINT "marketing_attribution_credit_percent_check" CHECK ("credit_percent" > 0 and "credit_percent" <= 100),
	CONSTRAINT "marketing_attribution_utm_source_check" CHECK (char_length("utm_source") between 1 and 255),
	CONSTRAINT "marketing_attribution_utm_medium_check" CHECK (char_length("utm_medium") between 1 and 255),
	CONSTRAINT "marketing_attribution_utm_campaign_check" CHECK (char_length("utm_campaign") between 1 and 255),
	CONSTRAINT "marketing_attribution_converted_at_check" CHECK ("converted_at" >= "touched_at"),
	CONSTRAINT "marketing_attribution_conversion_value_check" CHECK ("conversion_value" >= 0),
	CONSTRAINT "marketing_attribution_conversion_type_check" CHECK ("conversion_type" in ('signup', 'subscription_started', 'subscription_upgraded', 'purchase', 'horse_listed', 'booking', 'lead')),
	CONSTRAINT "marketing_attribution_source_check" CHECK ("source" in ('platform', 'ga4', 'segment', 'appsflyer', 'branch', 'adjust', 'meta_ads', 'google_ads')),
	CONSTRAINT "marketing_attribution_touch_model_check" CHECK ("touch_model" in ('first_touch', 'last_touch', 'linear', 'time_decay', 'position_based')),
	CONSTRAINT "marketing_attribution_channel_check" CHECK ("channel" in ('direct', 'organic_search', 'paid_search', 'organic_social', 'paid_social', 'email', 'sms', 'push', 'referral', 'affiliate', 'influencer', 'display', 'video', 'print', 'event', 'other')),
	CONSTRAINT "marketing_attribution_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "referral_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"program_id" uuid NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"code" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"max_uses" integer,
	"use_count" integer DEFAULT 0 NOT NULL,
	"share_url" text,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_codes_code_format_check" CHECK ("code" ~ '^[A-Z0-9][A-Z0-9-]{3,31}$'),
	CONSTRAINT "referral_codes_share_url_format_check" CHECK ("share_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "referral_codes_max_uses_check" CHECK ("max_uses" > 0),
	CONSTRAINT "referral_codes_use_count_check" CHECK ("use_count" >= 0),
	CONSTRAINT "referral_codes_expires_at_check" CHECK ("expires_at" > "issued_at"),
	CONSTRAINT "referral_codes_revoked_at_check" CHECK ("revoked_at" >= "issued_at"),
	CONSTRAINT "referral_codes_revoked_status_check" CHECK ("status" <> 'revoked' or "revoked_at" is not null),
	CONSTRAINT "referral_codes_revoke_reason_check" CHECK ("revoke_reason" is null or "revoked_at" is not null),
	CONSTRAINT "referral_codes_status_check" CHECK ("status" in ('active', 'paused', 'revoked', 'expired'))
);
--> statement-breakpoint
CREATE TABLE "referral_programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"sponsor_practice_id" uuid,
	"created_by_user_id" uuid,
	"qualifying_event" text DEFAULT 'signup' NOT NULL,
	"qualification_window_days" integer,
	"referrer_reward_type" text NOT NULL,
	"referrer_reward_amount" numeric(14,2),
	"referrer_reward_percent" numeric(5,2),
	"referee_reward_type" text DEFAULT 'none' NOT NULL,
	"referee_reward_amount" numeric(14,2),
	"referee_reward_percent" numeric(5,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"terms_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_programs_code_format_check" CHECK ("code" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "referral_programs_terms_url_format_check" CHECK ("terms_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "referral_programs_referrer_amount_check" CHECK ("referrer_reward_type" <> 'fixed_amount' or "referrer_reward_amount" is not null),
	CONSTRAINT "referral_programs_referrer_amount_only_check" CHECK ("referrer_reward_amount" is null or "referrer_reward_type" = 'fixed_amount'),
	CONSTRAINT "referral_programs_referrer_percent_check" CHECK ("referrer_reward_type" <> 'percent_discount' or "referrer_reward_percent" is not null),
	CONSTRAINT "referral_programs_referrer_percent_only_check" CHECK ("referrer_reward_percent" is null or "referrer_reward_type" = 'percent_discount'),
	CONSTRAINT "referral_programs_referee_amount_check" CHECK ("referee_reward_type" <> 'fixed_amount' or "referee_reward_amount" is not null),
	CONSTRAINT "referral_programs_referee_amount_only_check" CHECK ("referee_reward_amount" is null or "referee_reward_type" = 'fixed_amount'),
	CONSTRAINT "referral_programs_referee_percent_check" CHECK ("referee_reward_type" <> 'percent_discount' or "referee_reward_percent" is not null),
	CONSTRAINT "referral_programs_referee_percent_only_check" CHECK ("referee_reward_percent" is null or "referee_reward_type" = 'percent_discount'),
	CONSTRAINT "referral_programs_referrer_reward_amount_check" CHECK ("referrer_reward_amount" > 0),
	CONSTRAINT "referral_programs_referee_reward_amount_check" CHECK ("referee_reward_amount" > 0),
	CONSTRAINT "referral_programs_referrer_reward_percent_check" CHECK ("referrer_reward_percent" > 0 and "referrer_reward_percent" <= 100),
	CONSTRAINT "referral_programs_referee_reward_percent_check" CHECK ("referee_reward_percent" > 0 and "referee_reward_percent" <= 100),
	CONSTRAINT "referral_programs_qualification_window_days_check" CHECK ("qualification_window_days" > 0),
	CONSTRAINT "referral_programs_ends_on_check" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "referral_programs_status_check" CHECK ("status" in ('draft', 'active', 'paused', 'ended')),
	CONSTRAINT "referral_programs_qualifying_event_check" CHECK ("qualifying_event" in ('signup', 'email_verified', 'horse_added', 'first_subscription_payment', 'first_purchase', 'first_booking')),
	CONSTRAINT "referral_programs_referrer_reward_type_check" CHECK ("referrer_reward_type" in ('none', 'fixed_amount', 'percent_discount')),
	CONSTRAINT "referral_programs_referee_reward_type_check" CHECK ("referee_reward_type" in ('none', 'fixed_amount', 'percent_discount')),
	CONSTRAINT "referral_programs_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "referral_tracking" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"program_id" uuid NOT NULL,
	"referral_code_id" uuid,
	"referrer_user_id" uuid NOT NULL,
	"referred_user_id" uuid,
	"status" text DEFAULT 'clicked' NOT NULL,
	"clicked_at" timestamp with time zone,
	"signed_up_at" timestamp with time zone,
	"qualified_at" timestamp with time zone,
	"rewarded_at" timestamp with time zone,
	"qualifying_subscription_id" uuid,
	"qualifying_order_id" uuid,
	"referrer_reward_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"rejection_reason" text,
	"source" text DEFAULT 'platform' NOT NULL,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_tracking_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "referral_tracking_signed_up_at_check" CHECK ("signed_up_at" >= "clicked_at"),
	CONSTRAINT "referral_tracking_qualified_at_check" CHECK ("qualified_at" >= "signed_up_at"),
	CONSTRAINT "referral_tracking_rewarded_at_check" CHECK ("rewarded_at" >= "qualified_at"),
	CONSTRAINT "referral_tracking_signed_up_status_check" CHECK ("status" <> 'signed_up' or "signed_up_at" is not null),
	CONSTRAINT "referral_tracking_qualified_status_check" CHECK ("status" <> 'qualified' or "qualified_at" is not null),
	CONSTRAINT "referral_tracking_rewarded_status_check" CHECK ("status" <> 'rewarded' or "rewarded_at" is not null),
	CONSTRAINT "referral_tracking_reward_qualified_check" CHECK ("rewarded_at" is null or "qualified_at" is not null),
	CONSTRAINT "referral_tracking_rejected_reason_check" CHECK ("status" <> 'rejected' or "rejection_reason" is not null),
	CONSTRAINT "referral_tracking_rejection_status_check" CHECK ("rejection_reason" is null or "status" = 'rejected'),
	CONSTRAINT "referral_tracking_referrer_reward_amount_check" CHECK ("referrer_reward_amount" >= 0),
	CONSTRAINT "referral_tracking_status_check" CHECK ("status" in ('clicked', 'signed_up', 'qualified', 'rewarded', 'expired', 'rejected')),
	CONSTRAINT "referral_tracking_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "referral_tracking_rejection_reason_check" CHECK ("rejection_reason" in ('self_referral', 'duplicate_account', 'existing_customer', 'fraud_suspected', 'outside_window', 'programme_ended', 'limit_reached', 'other')),
	CONSTRAINT "referral_tracking_source_check" CHECK ("source" in ('platform', 'friendbuy', 'referralcandy', 'rewardful', 'tolt', 'manual_import'))
);
--> statement-breakpoint
CREATE TABLE "social_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"shared_by_user_id" uuid NOT NULL,
	"network" text NOT NULL,
	"network_post_id" text,
	"share_method" text NOT NULL,
	"content_table" text NOT NULL,
	"content_id" uuid NOT NULL,
	"campaign_id" uuid,
	"referral_code_id" uuid,
	"share_url" text NOT NULL,
	"post_url" text,
	"shared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"impression_count" integer DEFAULT 0 NOT NULL,
	"click_count" integer DEFAULT 0 NOT NULL,
	"reshare_count" integer DEFAULT 0 NOT NULL,
	"source_updated_at" timestamp with time zone,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "social_shares_network_post_id_format_check" CHECK ("network_post_id" ~ '^\S{1,255}$'),
	CONSTRAINT "social_shares_content_table_format_check" CHECK ("content_table" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "social_shares_share_url_format_check" CHECK ("share_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "social_shares_post_url_format_check" CHECK ("post_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "social_shares_impression_count_check" CHECK ("impression_count" >= 0),
	CONSTRAINT "social_shares_click_count_check" CHECK ("click_count" >= 0),
	CONSTRAINT "social_shares_reshare_count_check" CHECK ("reshare_count" >= 0),
	CONSTRAINT "social_shares_removed_at_check" CHECK ("removed_at" >= "shared_at"),
	CONSTRAINT "social_shares_network_check" CHECK ("network" in ('facebook', 'instagram', 'x', 'tiktok', 'youtube', 'linkedin', 'pinterest', 'threads', 'snapchat', 'whatsapp', 'messenger', 'email', 'sms', 'other')),
	CONSTRAINT "social_shares_share_method_check" CHECK ("share_method" in ('native_share_sheet', 'copy_link', 'network_button', 'qr_code', 'auto_post'))
);
--> statement-breakpoint
CREATE TABLE "user_generated_content" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"creator_user_id" uuid,
	"creator_handle" text,
	"horse_id" uuid,
	"campaign_id" uuid,
	"content_kind" text NOT NULL,
	"caption" text,
	"media_url" text,
	"source" text DEFAULT 'platform_upload' NOT NULL,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"rights_status" text DEFAULT 'not_requested' NOT NULL,
	"licence_type" text,
	"licence_expires_at" timestamp with time zone,
	"moderation_status" text DEFAULT 'pending' NOT NULL,
	"moderation_reason" text,
	"moderated_at" timestamp with time zone,
	"moderated_by_user_id" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_generated_content_creator_handle_format_check" CHECK ("creator_handle" ~ '^[^@\s]\S{0,99}$'),
	CONSTRAINT "user_generated_content_media_url_format_check" CHECK ("media_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "user_generated_content_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "user_generated_content_creator_check" CHECK ("creator_user_id" is not null or "creator_handle" is not null),
	CONSTRAINT "user_generated_content_licence_check" CHECK ("rights_status" <> 'granted' or "licence_type" is not null),
	CONSTRAINT "user_generated_content_moderated_at_check" CHECK ("moderated_at" >= "submitted_at"),
	CONSTRAINT "user_generated_content_rejection_reason_check" CHECK ("moderation_status" <> 'rejected' or "moderation_reason" is not null),
	CONSTRAINT "user_generated_content_approved_at_check" CHECK ("moderation_status" <> 'approved' or "moderated_at" is not null),
	CONSTRAINT "user_generated_content_moderated_by_check" CHECK ("moderated_by_user_id" is null or "moderated_at" is not null),
	CONSTRAINT "user_generated_content_content_kind_check" CHECK ("content_kind" in ('photo', 'video', 'reel', 'story', 'review', 'testimonial', 'blog_post')),
	CONSTRAINT "user_generated_content_source_check" CHECK ("source" in ('platform_upload', 'instagram', 'tiktok', 'facebook', 'youtube', 'x')),
	CONSTRAINT "user_generated_content_rights_status_check" CHECK ("rights_status" in ('not_requested', 'requested', 'granted', 'declined', 'revoked', 'expired')),
	CONSTRAINT "user_generated_content_licence_type_check" CHECK ("licence_type" in ('platform_display', 'organic_marketing', 'paid_advertising', 'exclusive', 'cc_by')),
	CONSTRAINT "user_generated_content_moderation_status_check" CHECK ("moderation_status" in ('pending', 'approved', 'flagged', 'rejected', 'removed')),
	CONSTRAINT "user_generated_content_moderation_reason_check" CHECK ("moderation_reason" in ('animal_welfare', 'unsafe_riding', 'nudity', 'violence', 'harassment', 'copyright', 'spam', 'misleading', 'off_topic', 'other'))
);
--> statement-breakpoint
CREATE TABLE "viral_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"campaign_type" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"referral_program_id" uuid,
	"created_by_user_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"budget_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"hashtag" text,
	"seed_user_count" integer DEFAULT 0 NOT NULL,
	"invites_sent_count" integer DEFAULT 0 NOT NULL,
	"conversion_count" integer DEFAULT 0 NOT NULL,
	"k_factor" numeric(6,3),
	"viral_cycle_time_hours" numeric(8,2),
	"metrics_computed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "viral_campaigns_code_format_check" CHECK ("code" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "viral_campaigns_hashtag_format_check" CHECK ("hashtag" ~ '^[^#\s]\S{0,138}$'),
	CONSTRAINT "viral_campaigns_ends_at_check" CHECK ("ends_at" > "starts_at"),
	CONSTRAINT "viral_campaigns_budget_amount_check" CHECK ("budget_amount" >= 0),
	CONSTRAINT "viral_campaigns_seed_user_count_check" CHECK ("seed_user_count" >= 0),
	CONSTRAINT "viral_campaigns_invites_sent_count_check" CHECK ("invites_sent_count" >= 0),
	CONSTRAINT "viral_campaigns_conversion_count_check" CHECK ("conversion_count" >= 0),
	CONSTRAINT "viral_campaigns_k_factor_check" CHECK ("k_factor" >= 0),
	CONSTRAINT "viral_campaigns_viral_cycle_time_hours_check" CHECK ("viral_cycle_time_hours" > 0),
	CONSTRAINT "viral_campaigns_metrics_computed_at_check" CHECK ("k_factor" is null or "metrics_computed_at" is not null),
	CONSTRAINT "viral_campaigns_campaign_type_check" CHECK ("campaign_type" in ('referral_push', 'share_to_win', 'photo_contest', 'challenge', 'giveaway', 'waitlist', 'ambassador_drive', 'influencer_launch', 'event_promotion', 'other')),
	CONSTRAINT "viral_campaigns_status_check" CHECK ("status" in ('draft', 'scheduled', 'active', 'paused', 'completed', 'cancelled')),
	CONSTRAINT "viral_campaigns_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "viral_loop_tracking" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"inviter_user_id" uuid NOT NULL,
	"invitee_user_id" uuid,
	"campaign_id" uuid,
	"referral_code_id" uuid,
	"parent_loop_id" uuid,
	"loop_type" text NOT NULL,
	"channel" text NOT NULL,
	"invite_token_hash" text NOT NULL,
	"invitee_contact_hash" text,
	"stage" text DEFAULT 'sent' NOT NULL,
	"generation" smallint DEFAULT 1 NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"activated_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "viral_loop_tracking_invite_token_hash_format_check" CHECK ("invite_token_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "viral_loop_tracking_invitee_contact_hash_format_check" CHECK ("invitee_contact_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "viral_loop_tracking_generation_check" CHECK ("generation" > 0),
	CONSTRAINT "viral_loop_tracking_opened_at_check" CHECK ("opened_at" >= "sent_at"),
	CONSTRAINT "viral_loop_tracking_accepted_at_check" CHECK ("accepted_at" >= "sent_at"),
	CONSTRAINT "viral_loop_tracking_activated_at_check" CHECK ("activated_at" >= "accepted_at"),
	CONSTRAINT "viral_loop_tracking_expires_at_check" CHECK ("expires_at" > "sent_at"),
	CONSTRAINT "viral_loop_tracking_accepted_stage_check" CHECK ("stage" <> 'accepted' or "accepted_at" is not null),
	CONSTRAINT "viral_loop_tracking_activated_stage_check" CHECK ("stage" <> 'activated' or "activated_at" is not null),
	CONSTRAINT "viral_loop_tracking_activation_accepted_check" CHECK ("activated_at" is null or "accepted_at" is not null),
	CONSTRAINT "viral_loop_tracking_self_invite_check" CHECK ("invitee_user_id" <> "inviter_user_id"),
	CONSTRAINT "viral_loop_tracking_parent_loop_check" CHECK ("parent_loop_id" <> "id"),
	CONSTRAINT "viral_loop_tracking_loop_type_check" CHECK ("loop_type" in ('referral_invite', 'yard_member_invite', 'co_owner_invite', 'vet_invite', 'horse_share_invite', 'event_invite')),
	CONSTRAINT "viral_loop_tracking_channel_check" CHECK ("channel" in ('email', 'sms', 'whatsapp', 'messenger', 'link', 'qr_code', 'in_app', 'social_post')),
	CONSTRAINT "viral_loop_tracking_stage_check" CHECK ("stage" in ('sent', 'opened', 'accepted', 'activated', 'expired', 'bounced'))
);
--> statement-breakpoint
CREATE TABLE "billing_addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"label" text,
	"full_name" text NOT NULL,
	"company_name" text,
	"vat_number" text,
	"address_line1" text NOT NULL,
	"address_line2" text,
	"city" text NOT NULL,
	"region" text,
	"postal_code" text,
	"country_code" char(2) NOT NULL,
	"email" text,
	"phone" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billing_addresses_vat_number_format_check" CHECK ("vat_number" ~ '^[A-Z]{2}[0-9A-Z+*]{2,13}$'),
	CONSTRAINT "billing_addresses_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "billing_addresses_email_format_check" CHECK ("email" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "billing_addresses_phone_format_check" CHECK ("phone" ~ '^\+[1-9][0-9]{1,14}$')
);
--> statement-breakpoint
CREATE TABLE "invoice_line_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"invoice_id" uuid NOT NULL,
	"line_number" integer NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"horse_id" uuid,
	"service_id" uuid,
	"product_code" text,
	"quantity" numeric(12,3) DEFAULT '1.000' NOT NULL,
	"unit" text DEFAULT 'each' NOT NULL,
	"unit_price" numeric(14,2) NOT NULL,
	"discount_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"net_amount" numeric(14,2) NOT NULL,
	"tax_rate_percent" numeric(5,2) DEFAULT '0.00' NOT NULL,
	"tax_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_line_items_line_number_check" CHECK ("line_number" > 0),
	CONSTRAINT "invoice_line_items_quantity_check" CHECK ("quantity" > 0),
	CONSTRAINT "invoice_line_items_unit_price_check" CHECK ("unit_price" >= 0),
	CONSTRAINT "invoice_line_items_discount_amount_check" CHECK ("discount_amount" >= 0),
	CONSTRAINT "invoice_line_items_net_amount_check" CHECK ("net_amount" >= 0),
	CONSTRAINT "invoice_line_items_tax_rate_percent_check" CHECK ("tax_rate_percent" between 0 and 100),
	CONSTRAINT "invoice_line_items_tax_amount_check" CHECK ("tax_amount" >= 0),
	CONSTRAINT "invoice_line_items_net_check" CHECK ("net_amount" = round("quantity" * "unit_price", 2) - "discount_amount"),
	CONSTRAINT "invoice_line_items_category_check" CHECK ("category" in ('horse', 'veterinary_service', 'medication', 'farriery', 'dentistry', 'physiotherapy', 'livery', 'feed_bedding', 'tack_equipment', 'transport', 'insurance', 'competition_entry', 'subscription', 'delivery', 'other')),
	CONSTRAINT "invoice_line_items_unit_check" CHECK ("unit" in ('each', 'hour', 'day', 'week', 'month', 'kg', 'tonne', 'bale', 'bag', 'litre', 'ml', 'dose', 'km'))
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"invoice_number" text NOT NULL,
	"seller_practice_id" uuid,
	"seller_user_id" uuid,
	"buyer_user_id" uuid NOT NULL,
	"purchase_order_id" uuid,
	"billing_address_id" uuid,
	"veterinarian_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"issued_on" date NOT NULL,
	"due_on" date,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"subtotal_amount" numeric(14,2) NOT NULL,
	"tax_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"total_amount" numeric(14,2) NOT NULL,
	"paid_at" timestamp with time zone,
	"voided_at" timestamp with time zone,
	"source_system" text,
	"external_invoice_id" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_invoice_number_format_check" CHECK ("invoice_number" ~ '^[A-Z0-9][A-Z0-9/-]{2,39}$'),
	CONSTRAINT "invoices_seller_check" CHECK (("seller_practice_id" is null) <> ("seller_user_id" is null)),
	CONSTRAINT "invoices_self_billing_check" CHECK ("seller_user_id" <> "buyer_user_id"),
	CONSTRAINT "invoices_due_on_check" CHECK ("due_on" >= "issued_on"),
	CONSTRAINT "invoices_subtotal_amount_check" CHECK ("subtotal_amount" >= 0),
	CONSTRAINT "invoices_tax_amount_check" CHECK ("tax_amount" >= 0),
	CONSTRAINT "invoices_total_amount_check" CHECK ("total_amount" >= 0),
	CONSTRAINT "invoices_total_check" CHECK ("total_amount" = "subtotal_amount" + "tax_amount"),
	CONSTRAINT "invoices_paid_at_check" CHECK ("status" <> 'paid' or "paid_at" is not null),
	CONSTRAINT "invoices_voided_at_check" CHECK ("status" <> 'void' or "voided_at" is not null),
	CONSTRAINT "invoices_voided_at_status_check" CHECK ("voided_at" is null or "status" = 'void'),
	CONSTRAINT "invoices_external_invoice_check" CHECK (("source_system" is null) = ("external_invoice_id" is null)),
	CONSTRAINT "invoices_source_system_format_check" CHECK ("source_system" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "invoices_external_invoice_id_format_check" CHECK ("external_invoice_id" ~ '^\S{1,255}$'),
	CONSTRAINT "invoices_status_check" CHECK ("status" in ('draft', 'open', 'partially_paid', 'paid', 'void', 'uncollectible')),
	CONSTRAINT "invoices_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "payment_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"invoice_id" uuid NOT NULL,
	"transaction_id" uuid,
	"payer_user_id" uuid,
	"payer_name" text,
	"recorded_by_user_id" uuid,
	"method" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"received_on" date NOT NULL,
	"cleared_on" date,
	"reference" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_records_amount_check" CHECK ("amount" > 0),
	CONSTRAINT "payment_records_cleared_on_check" CHECK ("status" <> 'cleared' or "cleared_on" is not null),
	CONSTRAINT "payment_records_cleared_after_received_check" CHECK ("cleared_on" >= "received_on"),
	CONSTRAINT "payment_records_cheque_number_check" CHECK ("method" <> 'cheque' or "reference" is not null),
	CONSTRAINT "payment_records_method_check" CHECK ("method" in ('card', 'bank_transfer', 'sepa_direct_debit', 'bacs_direct_debit', 'cash', 'cheque', 'paypal', 'insurance_settlement', 'other')),
	CONSTRAINT "payment_records_status_check" CHECK ("status" in ('pending', 'cleared', 'bounced', 'reversed')),
	CONSTRAINT "payment_records_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "purchase_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_reference" text NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"horse_id" uuid,
	"seller_practice_id" uuid,
	"seller_name" text NOT NULL,
	"purchase_order_id" uuid,
	"invoice_id" uuid,
	"quantity" numeric(12,3) DEFAULT '1.000' NOT NULL,
	"amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"purchased_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_history_source_reference_format_check" CHECK ("source_reference" ~ '^\S{1,255}$'),
	CONSTRAINT "purchase_history_quantity_check" CHECK ("quantity" > 0),
	CONSTRAINT "purchase_history_amount_check" CHECK ("amount" >= 0),
	CONSTRAINT "purchase_history_source_check" CHECK ("source" in ('platform_order', 'platform_invoice', 'subscription', 'auction', 'marketplace', 'retailer_import', 'manual')),
	CONSTRAINT "purchase_history_category_check" CHECK ("category" in ('horse', 'veterinary_service', 'medication', 'farriery', 'dentistry', 'physiotherapy', 'livery', 'feed_bedding', 'tack_equipment', 'transport', 'insurance', 'competition_entry', 'subscription', 'delivery', 'other')),
	CONSTRAINT "purchase_history_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "purchase_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"order_number" text NOT NULL,
	"buyer_user_id" uuid NOT NULL,
	"seller_practice_id" uuid,
	"seller_user_id" uuid,
	"order_type" text NOT NULL,
	"horse_id" uuid,
	"shipping_address_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"subtotal_amount" numeric(14,2) NOT NULL,
	"shipping_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"tax_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"total_amount" numeric(14,2) NOT NULL,
	"ordered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expected_delivery_on" date,
	"cancelled_at" timestamp with time zone,
	"cancellation_reason" text,
	"source_system" text,
	"external_order_id" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_orders_order_number_format_check" CHECK ("order_number" ~ '^[A-Z0-9][A-Z0-9/-]{2,39}$'),
	CONSTRAINT "purchase_orders_seller_check" CHECK (("seller_practice_id" is null) <> ("seller_user_id" is null)),
	CONSTRAINT "purchase_orders_self_purchase_check" CHECK ("seller_user_id" <> "buyer_user_id"),
	CONSTRAINT "purchase_orders_subtotal_amount_check" CHECK ("subtotal_amount" >= 0),
	CONSTRAINT "purchase_orders_shipping_amount_check" CHECK ("shipping_amount" >= 0),
	CONSTRAINT "purchase_orders_tax_amount_check" CHECK ("tax_amount" >= 0),
	CONSTRAINT "purchase_orders_total_amount_check" CHECK ("total_amount" >= 0),
	CONSTRAINT "purchase_orders_total_check" CHECK ("total_amount" = "subtotal_amount" + "shipping_amount" + "tax_amount"),
	CONSTRAINT "purchase_orders_cancelled_at_check" CHECK ("status" <> 'cancelled' or "cancelled_at" is not null),
	CONSTRAINT "purchase_orders_cancelled_at_status_check" CHECK ("cancelled_at" is null or "status" = 'cancelled'),
	CONSTRAINT "purchase_orders_cancellation_reason_check" CHECK ("cancellation_reason" is null or "status" = 'cancelled'),
	CONSTRAINT "purchase_orders_cancelled_after_ordered_check" CHECK ("cancelled_at" >= "ordered_at"),
	CONSTRAINT "purchase_orders_external_order_check" CHECK (("source_system" is null) = ("external_order_id" is null)),
	CONSTRAINT "purchase_orders_source_system_format_check" CHECK ("source_system" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "purchase_orders_external_order_id_format_check" CHECK ("external_order_id" ~ '^\S{1,255}$'),
	CONSTRAINT "purchase_orders_order_type_check" CHECK ("order_type" in ('horse_purchase', 'goods', 'services', 'livery', 'mixed')),
	CONSTRAINT "purchase_orders_status_check" CHECK ("status" in ('draft', 'submitted', 'confirmed', 'partially_fulfilled', 'fulfilled', 'cancelled', 'closed')),
	CONSTRAINT "purchase_orders_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"transaction_id" uuid NOT NULL,
	"invoice_id" uuid,
	"processor" text,
	"processor_refund_id" text,
	"amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by_user_id" uuid,
	"approved_by_user_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"failure_reason" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refunds_amount_check" CHECK ("amount" > 0),
	CONSTRAINT "refunds_processor_refund_check" CHECK (("processor" is null) = ("processor_refund_id" is null)),
	CONSTRAINT "refunds_processor_refund_id_format_check" CHECK ("processor_refund_id" ~ '^\S{1,255}$'),
	CONSTRAINT "refunds_processed_at_check" CHECK ("status" <> 'succeeded' or "processed_at" is not null),
	CONSTRAINT "refunds_processed_after_requested_check" CHECK ("processed_at" >= "requested_at"),
	CONSTRAINT "refunds_failure_reason_check" CHECK ("failure_reason" is null or "status" = 'failed'),
	CONSTRAINT "refunds_processor_check" CHECK ("processor" in ('stripe', 'adyen', 'paypal', 'braintree', 'worldpay', 'global_payments', 'sumup', 'gocardless', 'bank_transfer', 'manual')),
	CONSTRAINT "refunds_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "refunds_reason_check" CHECK ("reason" in ('requested_by_customer', 'duplicate', 'fraudulent', 'order_cancelled', 'goods_returned', 'service_not_provided', 'pricing_error', 'failed_vetting', 'other')),
	CONSTRAINT "refunds_status_check" CHECK ("status" in ('pending', 'requires_action', 'succeeded', 'failed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "shipping_addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"label" text,
	"recipient_name" text NOT NULL,
	"company_name" text,
	"address_line1" text NOT NULL,
	"address_line2" text,
	"city" text NOT NULL,
	"region" text,
	"postal_code" text,
	"country_code" char(2) NOT NULL,
	"phone" text,
	"delivery_instructions" text,
	"latitude" numeric(9,6),
	"longitude" numeric(9,6),
	"lorry_access" boolean DEFAULT false NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shipping_addresses_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "shipping_addresses_phone_format_check" CHECK ("phone" ~ '^\+[1-9][0-9]{1,14}$'),
	CONSTRAINT "shipping_addresses_latitude_check" CHECK ("latitude" between -90 and 90),
	CONSTRAINT "shipping_addresses_longitude_check" CHECK ("longitude" between -180 and 180),
	CONSTRAINT "shipping_addresses_coordinates_check" CHECK (("latitude" is null) = ("longitude" is null))
);
--> statement-breakpoint
CREATE TABLE "subscription_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"subscription_id" uuid NOT NULL,
	"transaction_id" uuid,
	"provider" text NOT NULL,
	"provider_invoice_id" text NOT NULL,
	"billing_reason" text DEFAULT 'subscription_cycle' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"amount_due" numeric(14,2) NOT NULL,
	"tax_amount" numeric(14,2) DEFAULT '0.00' NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"attempt_count" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"last_failure_code" text,
	"hosted_invoice_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscription_payments_provider_invoice_id_format_check" CHECK ("provider_invoice_id" ~ '^\S{1,255}$'),
	CONSTRAINT "subscription_payments_period_check" CHECK ("period_end" > "period_start"),
	CONSTRAINT "subscription_payments_amount_due_check" CHECK ("amount_due" >= 0),
	CONSTRAINT "subscription_payments_tax_amount_check" CHECK ("tax_amount" >= 0),
	CONSTRAINT "subscription_payments_attempt_count_check" CHECK ("attempt_count" >= 0),
	CONSTRAINT "subscription_payments_paid_at_check" CHECK ("status" <> 'paid' or "paid_at" is not null),
	CONSTRAINT "subscription_payments_next_attempt_at_check" CHECK ("next_attempt_at" is null or "status" = 'open'),
	CONSTRAINT "subscription_payments_hosted_invoice_url_format_check" CHECK ("hosted_invoice_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "subscription_payments_provider_check" CHECK ("provider" in ('stripe', 'paddle', 'braintree', 'apple_app_store', 'google_play', 'manual')),
	CONSTRAINT "subscription_payments_billing_reason_check" CHECK ("billing_reason" in ('subscription_create', 'subscription_cycle', 'subscription_update', 'manual')),
	CONSTRAINT "subscription_payments_status_check" CHECK ("status" in ('open', 'paid', 'void', 'uncollectible')),
	CONSTRAINT "subscription_payments_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "transaction_audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_type" text NOT NULL,
	"actor_user_id" uuid,
	"processor" text,
	"processor_event_id" text,
	"previous_status" text,
	"new_status" text,
	"changes" jsonb DEFAULT '{}' NOT NULL,
	"reason" text,
	"request_id" text,
	"ip_address" inet,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transaction_audit_log_actor_user_check" CHECK ("actor_user_id" is null or "actor_type" = 'user'),
	CONSTRAINT "transaction_audit_log_processor_event_check" CHECK (("processor" is null) = ("processor_event_id" is null)),
	CONSTRAINT "transaction_audit_log_webhook_event_check" CHECK ("processor_event_id" is null or "actor_type" = 'processor_webhook'),
	CONSTRAINT "transaction_audit_log_processor_event_id_format_check" CHECK ("processor_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "transaction_audit_log_new_status_check" CHECK ("action" <> 'status_changed' or "new_status" is not null),
	CONSTRAINT "transaction_audit_log_status_change_check" CHECK ("new_status" <> "previous_status"),
	CONSTRAINT "transaction_audit_log_entity_type_check" CHECK ("entity_type" in ('purchase_orders', 'invoices', 'invoice_line_items', 'transactions', 'refunds', 'payment_records', 'subscription_payments', 'billing_addresses', 'shipping_addresses')),
	CONSTRAINT "transaction_audit_log_action_check" CHECK ("action" in ('created', 'updated', 'status_changed', 'deleted', 'issued', 'payment_applied', 'refund_issued', 'voided', 'exported')),
	CONSTRAINT "transaction_audit_log_actor_type_check" CHECK ("actor_type" in ('user', 'system', 'processor_webhook', 'integration')),
	CONSTRAINT "transaction_audit_log_processor_check" CHECK ("processor" in ('stripe', 'adyen', 'paypal', 'braintree', 'worldpay', 'global_payments', 'sumup', 'gocardless', 'bank_transfer', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"payer_user_id" uuid NOT NULL,
	"purchase_order_id" uuid,
	"invoice_id" uuid,
	"payment_method_id" uuid,
	"processor" text NOT NULL,
	"processor_transaction_id" text NOT NULL,
	"kind" text DEFAULT 'payment' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"amount" numeric(14,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"processor_fee_amount" numeric(14,2),
	"settlement_amount" numeric(14,2),
	"settlement_currency" char(3),
	"statement_descriptor" text,
	"failure_code" text,
	"failure_message" text,
	"initiated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"processor_metadata" jsonb DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transactions_processor_transaction_id_format_check" CHECK ("processor_transaction_id" ~ '^\S{1,255}$'),
	CONSTRAINT "transactions_amount_check" CHECK ("amount" > 0),
	CONSTRAINT "transactions_processor_fee_amount_check" CHECK ("processor_fee_amount" >= 0),
	CONSTRAINT "transactions_settlement_amount_check" CHECK ("settlement_amount" > 0),
	CONSTRAINT "transactions_settlement_check" CHECK (("settlement_amount" is null) = ("settlement_currency" is null)),
	CONSTRAINT "transactions_fee_currency_check" CHECK ("processor_fee_amount" is null or "settlement_currency" is not null),
	CONSTRAINT "transactions_statement_descriptor_check" CHECK (char_length("statement_descriptor") between 5 and 22),
	CONSTRAINT "transactions_failure_code_check" CHECK ("failure_code" is null or "status" = 'failed'),
	CONSTRAINT "transactions_completed_at_check" CHECK ("status" <> 'succeeded' or "completed_at" is not null),
	CONSTRAINT "transactions_completed_after_initiated_check" CHECK ("completed_at" >= "initiated_at"),
	CONSTRAINT "transactions_processor_check" CHECK ("processor" in ('stripe', 'adyen', 'paypal', 'braintree', 'worldpay', 'global_payments', 'sumup', 'gocardless', 'bank_transfer', 'manual')),
	CONSTRAINT "transactions_kind_check" CHECK ("kind" in ('payment', 'deposit', 'instalment', 'subscription')),
	CONSTRAINT "transactions_status_check" CHECK ("status" in ('pending', 'requires_action', 'authorized', 'succeeded', 'failed', 'cancelled')),
	CONSTRAINT "transactions_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "transactions_settlement_currency_check" CHECK ("settlement_currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "ai_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"horse_id" uuid,
	"model_id" uuid NOT NULL,
	"session_id" uuid,
	"channel" text NOT NULL,
	"external_thread_id" text,
	"topic" text DEFAULT 'general' NOT NULL,
	"title" text,
	"status" text DEFAULT 'active' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_message_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"message_count" integer DEFAULT 0 NOT NULL,
	"total_input_tokens" integer DEFAULT 0 NOT NULL,
	"total_output_tokens" integer DEFAULT 0 NOT NULL,
	"total_cost" numeric(14,6) DEFAULT '0' NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_conversations_external_thread_id_format_check" CHECK ("external_thread_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_conversations_last_message_at_check" CHECK ("last_message_at" >= "started_at"),
	CONSTRAINT "ai_conversations_ended_at_check" CHECK ("ended_at" >= "started_at"),
	CONSTRAINT "ai_conversations_closed_check" CHECK ("status" <> 'closed' or "ended_at" is not null),
	CONSTRAINT "ai_conversations_message_count_check" CHECK ("message_count" >= 0),
	CONSTRAINT "ai_conversations_total_input_tokens_check" CHECK ("total_input_tokens" >= 0),
	CONSTRAINT "ai_conversations_total_output_tokens_check" CHECK ("total_output_tokens" >= 0),
	CONSTRAINT "ai_conversations_total_cost_check" CHECK ("total_cost" >= 0),
	CONSTRAINT "ai_conversations_channel_check" CHECK ("channel" in ('web', 'ios', 'android', 'whatsapp', 'sms', 'voice', 'email', 'api')),
	CONSTRAINT "ai_conversations_topic_check" CHECK ("topic" in ('general', 'horse_health', 'training', 'nutrition', 'buying_selling', 'find_provider', 'competitions', 'yard_management', 'billing_support')),
	CONSTRAINT "ai_conversations_status_check" CHECK ("status" in ('active', 'archived', 'closed', 'flagged')),
	CONSTRAINT "ai_conversations_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "ai_insights_cache" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"cache_key" text NOT NULL,
	"insight_type" text NOT NULL,
	"user_id" uuid,
	"horse_id" uuid,
	"model_id" uuid NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"structured_payload" jsonb DEFAULT '{}' NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"invalidated_at" timestamp with time zone,
	"hit_count" integer DEFAULT 0 NOT NULL,
	"generation_latency_ms" integer,
	"generation_cost" numeric(14,6),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_insights_cache_cache_key_format_check" CHECK ("cache_key" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "ai_insights_cache_locale_format_check" CHECK ("locale" ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
	CONSTRAINT "ai_insights_cache_expires_at_check" CHECK ("expires_at" > "generated_at"),
	CONSTRAINT "ai_insights_cache_invalidated_at_check" CHECK ("invalidated_at" >= "generated_at"),
	CONSTRAINT "ai_insights_cache_hit_count_check" CHECK ("hit_count" >= 0),
	CONSTRAINT "ai_insights_cache_generation_latency_ms_check" CHECK ("generation_latency_ms" >= 0),
	CONSTRAINT "ai_insights_cache_generation_cost_check" CHECK ("generation_cost" >= 0),
	CONSTRAINT "ai_insights_cache_insight_type_check" CHECK ("insight_type" in ('horse_health_summary', 'training_progress', 'market_valuation', 'provider_comparison', 'spending_summary', 'yard_overview', 'competition_readiness')),
	CONSTRAINT "ai_insights_cache_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "ai_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"conversation_id" uuid NOT NULL,
	"sequence_number" integer NOT NULL,
	"role" text NOT NULL,
	"content" text NOT NULL,
	"model_id" uuid,
	"provider_response_id" text,
	"input_tokens" integer,
	"output_tokens" integer,
	"latency_ms" integer,
	"cost" numeric(14,6),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"finish_reason" text,
	"tool_calls" jsonb DEFAULT '[]' NOT NULL,
	"tool_call_id" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_messages_sequence_number_check" CHECK ("sequence_number" >= 0),
	CONSTRAINT "ai_messages_assistant_model_check" CHECK ("role" <> 'assistant' or "model_id" is not null),
	CONSTRAINT "ai_messages_finish_reason_role_check" CHECK ("finish_reason" is null or "role" = 'assistant'),
	CONSTRAINT "ai_messages_tool_call_id_check" CHECK ("role" <> 'tool' or "tool_call_id" is not null),
	CONSTRAINT "ai_messages_tool_call_role_check" CHECK ("tool_call_id" is null or "role" = 'tool'),
	CONSTRAINT "ai_messages_provider_response_id_format_check" CHECK ("provider_response_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_messages_tool_call_id_format_check" CHECK ("tool_call_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_messages_input_tokens_check" CHECK ("input_tokens" >= 0),
	CONSTRAINT "ai_messages_output_tokens_check" CHECK ("output_tokens" >= 0),
	CONSTRAINT "ai_messages_latency_ms_check" CHECK ("latency_ms" >= 0),
	CONSTRAINT "ai_messages_cost_check" CHECK ("cost" >= 0),
	CONSTRAINT "ai_messages_role_check" CHECK ("role" in ('system', 'user', 'assistant', 'tool')),
	CONSTRAINT "ai_messages_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "ai_messages_finish_reason_check" CHECK ("finish_reason" in ('stop', 'length', 'tool_calls', 'content_filter', 'error', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "ai_model_performance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"model_id" uuid NOT NULL,
	"evaluation_type" text NOT NULL,
	"segment" text DEFAULT 'all' NOT NULL,
	"evaluation_dataset" text,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"sample_count" integer NOT NULL,
	"precision_score" numeric(5,4),
	"recall_score" numeric(5,4),
	"f1_score" numeric(5,4),
	"ndcg_at10" numeric(5,4),
	"click_through_rate_percent" numeric(5,2),
	"error_rate_percent" numeric(5,2),
	"latency_p_50_ms" integer,
	"latency_p_95_ms" integer,
	"total_cost" numeric(14,6),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"additional_metrics" jsonb DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_model_performance_segment_format_check" CHECK ("segment" ~ '^(all|[a-z][a-z_]{1,30}:[a-z0-9][a-z0-9_-]{0,60})$'),
	CONSTRAINT "ai_model_performance_evaluation_dataset_format_check" CHECK ("evaluation_dataset" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "ai_model_performance_window_check" CHECK ("window_end" > "window_start"),
	CONSTRAINT "ai_model_performance_sample_count_check" CHECK ("sample_count" >= 0),
	CONSTRAINT "ai_model_performance_precision_score_check" CHECK ("precision_score" between 0 and 1),
	CONSTRAINT "ai_model_performance_recall_score_check" CHECK ("recall_score" between 0 and 1),
	CONSTRAINT "ai_model_performance_f1_score_check" CHECK ("f1_score" between 0 and 1),
	CONSTRAINT "ai_model_performance_ndcg_at10_check" CHECK ("ndcg_at10" between 0 and 1),
	CONSTRAINT "ai_model_performance_click_through_rate_percent_check" CHECK ("click_through_rate_percent" between 0 and 100),
	CONSTRAINT "ai_model_performance_error_rate_percent_check" CHECK ("error_rate_percent" between 0 and 100),
	CONSTRAINT "ai_model_performance_latency_p_50_ms_check" CHECK ("latency_p_50_ms" >= 0),
	CONSTRAINT "ai_model_performance_latency_p_95_ms_check" CHECK ("latency_p_95_ms" >= 0),
	CONSTRAINT "ai_model_performance_latency_check" CHECK ("latency_p_95_ms" >= "latency_p_50_ms"),
	CONSTRAINT "ai_model_performance_total_cost_check" CHECK ("total_cost" >= 0),
	CONSTRAINT "ai_model_performance_evaluation_type_check" CHECK ("evaluation_type" in ('offline_benchmark', 'online_ab_test', 'shadow', 'production_monitoring', 'human_review')),
	CONSTRAINT "ai_model_performance_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "ai_model_rankings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"task" text NOT NULL,
	"model_id" uuid NOT NULL,
	"performance_id" uuid,
	"ranking_method" text NOT NULL,
	"rank_position" integer NOT NULL,
	"composite_score" numeric(5,4) NOT NULL,
	"quality_score" numeric(5,4),
	"latency_score" numeric(5,4),
	"cost_score" numeric(5,4),
	"is_default" boolean DEFAULT false NOT NULL,
	"traffic_share_percent" numeric(5,2) DEFAULT '0.00' NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"decided_by_user_id" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_model_rankings_rank_position_check" CHECK ("rank_position" > 0),
	CONSTRAINT "ai_model_rankings_composite_score_check" CHECK ("composite_score" between 0 and 1),
	CONSTRAINT "ai_model_rankings_quality_score_check" CHECK ("quality_score" between 0 and 1),
	CONSTRAINT "ai_model_rankings_latency_score_check" CHECK ("latency_score" between 0 and 1),
	CONSTRAINT "ai_model_rankings_cost_score_check" CHECK ("cost_score" between 0 and 1),
	CONSTRAINT "ai_model_rankings_traffic_share_percent_check" CHECK ("traffic_share_percent" between 0 and 100),
	CONSTRAINT "ai_model_rankings_valid_to_check" CHECK ("valid_to" > "valid_from"),
	CONSTRAINT "ai_model_rankings_task_check" CHECK ("task" in ('chat_assistant', 'question_answering', 'recommendation', 'feed_ranking', 'content_ranking', 'preference_learning', 'prediction', 'insight_generation', 'reminder_scheduling', 'image_analysis', 'embedding', 'moderation')),
	CONSTRAINT "ai_model_rankings_ranking_method_check" CHECK ("ranking_method" in ('weighted_composite', 'elo_arena', 'human_preference', 'ab_test'))
);
--> statement-breakpoint
CREATE TABLE "ai_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"model_name" text NOT NULL,
	"model_version" text NOT NULL,
	"provider" text NOT NULL,
	"provider_model_id" text,
	"task" text NOT NULL,
	"status" text DEFAULT 'development' NOT NULL,
	"licence" text NOT NULL,
	"context_window_tokens" integer,
	"input_price_per_million_tokens" numeric(14,6),
	"output_price_per_million_tokens" numeric(14,6),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"released_on" date,
	"deprecated_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"model_card_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_models_model_name_format_check" CHECK ("model_name" ~ '^[a-z0-9][a-z0-9._-]{1,99}$'),
	CONSTRAINT "ai_models_model_version_format_check" CHECK ("model_version" ~ '^[0-9A-Za-z][0-9A-Za-z._+-]{0,63}$'),
	CONSTRAINT "ai_models_provider_model_id_format_check" CHECK ("provider_model_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_models_context_window_tokens_check" CHECK ("context_window_tokens" > 0),
	CONSTRAINT "ai_models_input_price_per_million_tokens_check" CHECK ("input_price_per_million_tokens" >= 0),
	CONSTRAINT "ai_models_output_price_per_million_tokens_check" CHECK ("output_price_per_million_tokens" >= 0),
	CONSTRAINT "ai_models_retired_at_check" CHECK ("retired_at" >= "deprecated_at"),
	CONSTRAINT "ai_models_retired_status_check" CHECK ("status" <> 'retired' or "retired_at" is not null),
	CONSTRAINT "ai_models_deprecated_status_check" CHECK ("status" <> 'deprecated' or "deprecated_at" is not null),
	CONSTRAINT "ai_models_model_card_url_format_check" CHECK ("model_card_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "ai_models_provider_check" CHECK ("provider" in ('in_house', 'openai', 'anthropic', 'google', 'mistral', 'meta', 'cohere', 'aws_bedrock', 'azure_openai', 'other')),
	CONSTRAINT "ai_models_task_check" CHECK ("task" in ('chat_assistant', 'question_answering', 'recommendation', 'feed_ranking', 'content_ranking', 'preference_learning', 'prediction', 'insight_generation', 'reminder_scheduling', 'image_analysis', 'embedding', 'moderation')),
	CONSTRAINT "ai_models_status_check" CHECK ("status" in ('development', 'shadow', 'active', 'deprecated', 'retired')),
	CONSTRAINT "ai_models_licence_check" CHECK ("licence" in ('proprietary_api', 'proprietary_in_house', 'apache_2_0', 'mit', 'llama_community', 'gemma_terms', 'cc_by_nc_4_0', 'other')),
	CONSTRAINT "ai_models_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "ai_predictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"model_id" uuid NOT NULL,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"source_updated_at" timestamp with time zone,
	"prediction_type" text NOT NULL,
	"horse_id" uuid NOT NULL,
	"horizon_ends_on" date,
	"predicted_value" numeric(14,4) NOT NULL,
	"value_unit" text NOT NULL,
	"value_currency" char(3),
	"confidence" numeric(4,3) NOT NULL,
	"input_features" jsonb DEFAULT '{}' NOT NULL,
	"predicted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome_status" text DEFAULT 'pending' NOT NULL,
	"actual_value" numeric(14,4),
	"outcome_observed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_predictions_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_predictions_money_currency_check" CHECK ("value_unit" <> 'money' or "value_currency" is not null),
	CONSTRAINT "ai_predictions_currency_unit_check" CHECK ("value_currency" is null or "value_unit" = 'money'),
	CONSTRAINT "ai_predictions_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "ai_predictions_outcome_observed_at_check" CHECK ("outcome_observed_at" >= "predicted_at"),
	CONSTRAINT "ai_predictions_actual_value_check" CHECK ("actual_value" is null or "outcome_observed_at" is not null),
	CONSTRAINT "ai_predictions_outcome_check" CHECK ("outcome_status" = 'pending' or "outcome_observed_at" is not null),
	CONSTRAINT "ai_predictions_source_check" CHECK ("source" in ('in_house_batch', 'in_house_online', 'vertex_ai', 'sagemaker', 'databricks')),
	CONSTRAINT "ai_predictions_prediction_type_check" CHECK ("prediction_type" in ('lameness_risk', 'colic_risk', 'sale_price', 'competition_placing', 'foaling_date', 'weight_change', 'vaccination_lapse', 'vetting_pass')),
	CONSTRAINT "ai_predictions_value_unit_check" CHECK ("value_unit" in ('probability', 'money', 'kg', 'days', 'placing', 'percent', 'score')),
	CONSTRAINT "ai_predictions_value_currency_check" CHECK ("value_currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "ai_predictions_outcome_status_check" CHECK ("outcome_status" in ('pending', 'correct', 'incorrect', 'partially_correct', 'unverifiable'))
);
--> statement-breakpoint
CREATE TABLE "ai_queries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"request_id" text NOT NULL,
	"user_id" uuid,
	"session_id" uuid,
	"horse_id" uuid,
	"model_id" uuid NOT NULL,
	"query_type" text NOT NULL,
	"surface" text NOT NULL,
	"query_text" text NOT NULL,
	"response_text" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"input_tokens" integer,
	"output_tokens" integer,
	"latency_ms" integer,
	"cost" numeric(14,6),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_queries_request_id_format_check" CHECK ("request_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_queries_completed_at_check" CHECK ("status" <> 'completed' or "completed_at" is not null),
	CONSTRAINT "ai_queries_completed_after_requested_check" CHECK ("completed_at" >= "requested_at"),
	CONSTRAINT "ai_queries_input_tokens_check" CHECK ("input_tokens" >= 0),
	CONSTRAINT "ai_queries_output_tokens_check" CHECK ("output_tokens" >= 0),
	CONSTRAINT "ai_queries_latency_ms_check" CHECK ("latency_ms" >= 0),
	CONSTRAINT "ai_queries_cost_check" CHECK ("cost" >= 0),
	CONSTRAINT "ai_queries_query_type_check" CHECK ("query_type" in ('search', 'question', 'summarise', 'compare', 'extract', 'translate', 'image_analysis')),
	CONSTRAINT "ai_queries_surface_check" CHECK ("surface" in ('search_bar', 'horse_page', 'health_record', 'provider_page', 'listing_page', 'yard_dashboard', 'api')),
	CONSTRAINT "ai_queries_status_check" CHECK ("status" in ('pending', 'completed', 'failed', 'refused', 'timed_out')),
	CONSTRAINT "ai_queries_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "ai_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"source_updated_at" timestamp with time zone,
	"personalized_feed_id" uuid,
	"surface" text NOT NULL,
	"horse_id" uuid,
	"item_type" text NOT NULL,
	"recommended_horse_id" uuid,
	"recommended_practice_id" uuid,
	"item_entity_type" text,
	"item_entity_id" uuid,
	"title" text NOT NULL,
	"rationale" text,
	"score" numeric(5,4) NOT NULL,
	"rank_position" integer,
	"status" text DEFAULT 'pending' NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_recommendations_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_recommendations_horse_item_check" CHECK ("item_type" <> 'horse' or "recommended_horse_id" is not null),
	CONSTRAINT "ai_recommendations_horse_item_type_check" CHECK ("recommended_horse_id" is null or "item_type" = 'horse'),
	CONSTRAINT "ai_recommendations_provider_item_check" CHECK ("item_type" <> 'provider' or "recommended_practice_id" is not null),
	CONSTRAINT "ai_recommendations_item_entity_check" CHECK (("item_entity_type" is null) = ("item_entity_id" is null)),
	CONSTRAINT "ai_recommendations_item_entity_type_format_check" CHECK ("item_entity_type" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "ai_recommendations_score_check" CHECK ("score" between 0 and 1),
	CONSTRAINT "ai_recommendations_rank_position_check" CHECK ("rank_position" > 0),
	CONSTRAINT "ai_recommendations_expires_at_check" CHECK ("expires_at" > "generated_at"),
	CONSTRAINT "ai_recommendations_source_check" CHECK ("source" in ('in_house_engine', 'aws_personalize', 'google_recommendations_ai', 'algolia_recommend', 'recombee')),
	CONSTRAINT "ai_recommendations_surface_check" CHECK ("surface" in ('home_feed', 'horse_page', 'search_results', 'provider_directory', 'email_digest', 'push', 'assistant')),
	CONSTRAINT "ai_recommendations_item_type_check" CHECK ("item_type" in ('horse', 'provider', 'content', 'listing', 'event', 'product', 'care_action')),
	CONSTRAINT "ai_recommendations_status_check" CHECK ("status" in ('pending', 'shown', 'clicked', 'accepted', 'dismissed', 'expired'))
);
--> statement-breakpoint
CREATE TABLE "ai_training_data" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"dataset_name" text NOT NULL,
	"dataset_version" text NOT NULL,
	"split" text NOT NULL,
	"source_type" text NOT NULL,
	"source_name" text NOT NULL,
	"external_id" text,
	"source_record_type" text,
	"source_record_id" uuid,
	"storage_key" text NOT NULL,
	"content_sha256" text NOT NULL,
	"licence" text NOT NULL,
	"licence_reference" text,
	"lawful_basis" text NOT NULL,
	"consent_recorded_at" timestamp with time zone,
	"contributor_user_id" uuid,
	"collected_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_training_data_dataset_name_format_check" CHECK ("dataset_name" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "ai_training_data_dataset_version_format_check" CHECK ("dataset_version" ~ '^[0-9A-Za-z][0-9A-Za-z._+-]{0,63}$'),
	CONSTRAINT "ai_training_data_source_name_format_check" CHECK ("source_name" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "ai_training_data_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "ai_training_data_source_record_check" CHECK (("source_record_type" is null) = ("source_record_id" is null)),
	CONSTRAINT "ai_training_data_source_record_type_format_check" CHECK ("source_record_type" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "ai_training_data_content_sha256_format_check" CHECK ("content_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "ai_training_data_licence_reference_check" CHECK ("licence" <> 'commercial_licence' or "licence_reference" is not null),
	CONSTRAINT "ai_training_data_consent_check" CHECK ("lawful_basis" <> 'consent' or "consent_recorded_at" is not null),
	CONSTRAINT "ai_training_data_collected_at_check" CHECK ("collected_at" >= "consent_recorded_at"),
	CONSTRAINT "ai_training_data_split_check" CHECK ("split" in ('train', 'validation', 'test')),
	CONSTRAINT "ai_training_data_source_type_check" CHECK ("source_type" in ('platform_records', 'user_content', 'licensed_dataset', 'public_dataset', 'partner_feed', 'synthetic', 'human_annotation')),
	CONSTRAINT "ai_training_data_licence_check" CHECK ("licence" in ('platform_terms', 'commercial_licence', 'cc0_1_0', 'cc_by_4_0', 'cc_by_sa_4_0', 'odbl_1_0', 'public_domain')),
	CONSTRAINT "ai_training_data_lawful_basis_check" CHECK ("lawful_basis" in ('consent', 'contract', 'legitimate_interest', 'not_personal_data'))
);
--> statement-breakpoint
CREATE TABLE "content_rankings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"ranking_list" text NOT NULL,
	"segment" text DEFAULT 'all' NOT NULL,
	"content_type" text NOT NULL,
	"content_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"rank_position" integer NOT NULL,
	"score" numeric(7,6) NOT NULL,
	"popularity_score" numeric(5,4),
	"freshness_score" numeric(5,4),
	"quality_score" numeric(5,4),
	"impression_count" integer DEFAULT 0 NOT NULL,
	"engagement_count" integer DEFAULT 0 NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_rankings_segment_format_check" CHECK ("segment" ~ '^(all|[a-z][a-z_]{1,30}:[a-z0-9][a-z0-9_-]{0,60})$'),
	CONSTRAINT "content_rankings_rank_position_check" CHECK ("rank_position" > 0),
	CONSTRAINT "content_rankings_score_check" CHECK ("score" between 0 and 1),
	CONSTRAINT "content_rankings_popularity_score_check" CHECK ("popularity_score" between 0 and 1),
	CONSTRAINT "content_rankings_freshness_score_check" CHECK ("freshness_score" between 0 and 1),
	CONSTRAINT "content_rankings_quality_score_check" CHECK ("quality_score" between 0 and 1),
	CONSTRAINT "content_rankings_impression_count_check" CHECK ("impression_count" >= 0),
	CONSTRAINT "content_rankings_engagement_count_check" CHECK ("engagement_count" >= 0),
	CONSTRAINT "content_rankings_valid_to_check" CHECK ("valid_to" > "valid_from"),
	CONSTRAINT "content_rankings_ranking_list_check" CHECK ("ranking_list" in ('trending', 'top_rated', 'most_helpful', 'rising', 'local_popular', 'new_and_notable')),
	CONSTRAINT "content_rankings_content_type_check" CHECK ("content_type" in ('article', 'video', 'forum_thread', 'social_post', 'podcast_episode', 'course', 'listing', 'event'))
);
--> statement-breakpoint
CREATE TABLE "personalized_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"feed_type" text NOT NULL,
	"model_id" uuid NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"item_count" integer DEFAULT 0 NOT NULL,
	"refresh_interval_minutes" integer DEFAULT 360 NOT NULL,
	"last_generated_at" timestamp with time zone,
	"last_generation_ms" integer,
	"next_refresh_at" timestamp with time zone,
	"last_viewed_at" timestamp with time zone,
	"freshness_weight" numeric(4,3) DEFAULT '0.300' NOT NULL,
	"diversity_weight" numeric(4,3) DEFAULT '0.200' NOT NULL,
	"muted_topics" jsonb DEFAULT '[]' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personalized_feeds_current_version_check" CHECK ("current_version" >= 0),
	CONSTRAINT "personalized_feeds_item_count_check" CHECK ("item_count" >= 0),
	CONSTRAINT "personalized_feeds_refresh_interval_minutes_check" CHECK ("refresh_interval_minutes" > 0),
	CONSTRAINT "personalized_feeds_last_generation_ms_check" CHECK ("last_generation_ms" >= 0),
	CONSTRAINT "personalized_feeds_generation_check" CHECK ("last_generation_ms" is null or "last_generated_at" is not null),
	CONSTRAINT "personalized_feeds_next_refresh_at_check" CHECK ("next_refresh_at" >= "last_generated_at"),
	CONSTRAINT "personalized_feeds_freshness_weight_check" CHECK ("freshness_weight" between 0 and 1),
	CONSTRAINT "personalized_feeds_diversity_weight_check" CHECK ("diversity_weight" between 0 and 1),
	CONSTRAINT "personalized_feeds_feed_type_check" CHECK ("feed_type" in ('home', 'marketplace', 'horse_care', 'providers_nearby', 'learning', 'events')),
	CONSTRAINT "personalized_feeds_status_check" CHECK ("status" in ('active', 'paused', 'disabled'))
);
--> statement-breakpoint
CREATE TABLE "recommendation_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"recommendation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"source" text NOT NULL,
	"external_event_id" text NOT NULL,
	"feedback_type" text NOT NULL,
	"rating" smallint,
	"reason_code" text,
	"comment" text,
	"surface" text NOT NULL,
	"position_shown" integer,
	"dwell_time_ms" integer,
	"converted_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendation_feedback_external_event_id_format_check" CHECK ("external_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "recommendation_feedback_rating_check" CHECK ("rating" between 1 and 5),
	CONSTRAINT "recommendation_feedback_rating_required_check" CHECK ("feedback_type" <> 'rating' or "rating" is not null),
	CONSTRAINT "recommendation_feedback_rating_type_check" CHECK ("rating" is null or "feedback_type" = 'rating'),
	CONSTRAINT "recommendation_feedback_conversion_check" CHECK ("converted_amount" is null or "feedback_type" = 'converted'),
	CONSTRAINT "recommendation_feedback_converted_amount_check" CHECK ("converted_amount" >= 0),
	CONSTRAINT "recommendation_feedback_position_shown_check" CHECK ("position_shown" > 0),
	CONSTRAINT "recommendation_feedback_dwell_time_ms_check" CHECK ("dwell_time_ms" >= 0),
	CONSTRAINT "recommendation_feedback_source_check" CHECK ("source" in ('web_app', 'mobile_app', 'email_tracking', 'segment', 'rudderstack', 'import')),
	CONSTRAINT "recommendation_feedback_feedback_type_check" CHECK ("feedback_type" in ('thumbs_up', 'thumbs_down', 'rating', 'saved', 'clicked', 'dismissed', 'not_interested', 'converted', 'reported')),
	CONSTRAINT "recommendation_feedback_reason_code_check" CHECK ("reason_code" in ('not_relevant', 'already_have', 'too_expensive', 'too_far_away', 'wrong_discipline', 'wrong_level', 'seen_before', 'inappropriate', 'inaccurate', 'other')),
	CONSTRAINT "recommendation_feedback_surface_check" CHECK ("surface" in ('home_feed', 'horse_page', 'search_results', 'provider_directory', 'email_digest', 'push', 'assistant')),
	CONSTRAINT "recommendation_feedback_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "smart_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"reminder_key" text NOT NULL,
	"horse_id" uuid,
	"model_id" uuid NOT NULL,
	"recommendation_id" uuid,
	"source_entity_type" text,
	"source_entity_id" uuid,
	"reminder_type" text NOT NULL,
	"title" text NOT NULL,
	"due_on" date,
	"scheduled_for" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"confidence" numeric(4,3),
	"status" text DEFAULT 'scheduled' NOT NULL,
	"snoozed_until" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "smart_reminders_reminder_key_format_check" CHECK ("reminder_key" ~ '^[a-z0-9][a-z0-9_:.-]{1,199}$'),
	CONSTRAINT "smart_reminders_source_entity_check" CHECK (("source_entity_type" is null) = ("source_entity_id" is null)),
	CONSTRAINT "smart_reminders_source_entity_type_format_check" CHECK ("source_entity_type" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "smart_reminders_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "smart_reminders_snoozed_until_check" CHECK ("status" <> 'snoozed' or "snoozed_until" is not null),
	CONSTRAINT "smart_reminders_snoozed_status_check" CHECK ("snoozed_until" is null or "status" = 'snoozed'),
	CONSTRAINT "smart_reminders_sent_at_check" CHECK ("status" <> 'sent' or "sent_at" is not null),
	CONSTRAINT "smart_reminders_completed_at_check" CHECK ("status" <> 'completed' or "completed_at" is not null),
	CONSTRAINT "smart_reminders_reminder_type_check" CHECK ("reminder_type" in ('farrier_visit', 'dental_check', 'vaccination_due', 'worming', 'saddle_fit', 'insurance_renewal', 'subscription_renewal', 'entry_deadline', 'feed_reorder', 'follow_up')),
	CONSTRAINT "smart_reminders_channel_check" CHECK ("channel" in ('push', 'email', 'sms', 'in_app', 'whatsapp')),
	CONSTRAINT "smart_reminders_status_check" CHECK ("status" in ('scheduled', 'sent', 'snoozed', 'completed', 'dismissed', 'cancelled', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "user_preference_learning" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"preference_value" text NOT NULL,
	"affinity_score" numeric(5,4) NOT NULL,
	"confidence" numeric(4,3) NOT NULL,
	"evidence_count" integer DEFAULT 0 NOT NULL,
	"signal_breakdown" jsonb DEFAULT '{}' NOT NULL,
	"last_signal_at" timestamp with time zone,
	"decay_half_life_days" integer,
	"is_explicit" boolean DEFAULT false NOT NULL,
	"user_confirmation" text,
	"model_id" uuid,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_preference_learning_preference_value_check" CHECK (char_length("preference_value") between 1 and 100),
	CONSTRAINT "user_preference_learning_affinity_score_check" CHECK ("affinity_score" between -1 and 1),
	CONSTRAINT "user_preference_learning_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "user_preference_learning_evidence_count_check" CHECK ("evidence_count" >= 0),
	CONSTRAINT "user_preference_learning_decay_half_life_days_check" CHECK ("decay_half_life_days" > 0),
	CONSTRAINT "user_preference_learning_valid_to_check" CHECK ("valid_to" > "valid_from"),
	CONSTRAINT "user_preference_learning_dimension_check" CHECK ("dimension" in ('discipline', 'breed', 'horse_age_band', 'horse_height_band', 'price_band', 'rider_level', 'location_radius_km', 'provider_type', 'content_topic', 'content_format', 'notification_time')),
	CONSTRAINT "user_preference_learning_user_confirmation_check" CHECK ("user_confirmation" in ('confirmed', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "cache_configuration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text NOT NULL,
	"cache_name" text NOT NULL,
	"engine" text NOT NULL,
	"strategy" text DEFAULT 'cache_aside' NOT NULL,
	"key_prefix" text,
	"ttl_seconds" integer,
	"stale_while_revalidate_seconds" integer,
	"eviction_policy" text NOT NULL,
	"invalidation" text DEFAULT 'ttl_only' NOT NULL,
	"max_memory_bytes" bigint,
	"max_entries" integer,
	"compression_enabled" boolean DEFAULT false NOT NULL,
	"target_hit_rate_percent" numeric(5,2),
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"changed_by_user_id" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cache_configuration_cache_name_format_check" CHECK ("cache_name" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "cache_configuration_ttl_seconds_check" CHECK ("ttl_seconds" > 0),
	CONSTRAINT "cache_configuration_ttl_required_check" CHECK ("invalidation" <> 'ttl_only' or "ttl_seconds" is not null),
	CONSTRAINT "cache_configuration_stale_while_revalidate_seconds_check" CHECK ("stale_while_revalidate_seconds" >= 0),
	CONSTRAINT "cache_configuration_max_memory_bytes_check" CHECK ("max_memory_bytes" > 0),
	CONSTRAINT "cache_configuration_max_entries_check" CHECK ("max_entries" > 0),
	CONSTRAINT "cache_configuration_target_hit_rate_percent_check" CHECK ("target_hit_rate_percent" between 0 and 100),
	CONSTRAINT "cache_configuration_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "cache_configuration_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "cache_configuration_engine_check" CHECK ("engine" in ('redis', 'valkey', 'memcached', 'in_process', 'cdn', 'http_proxy')),
	CONSTRAINT "cache_configuration_strategy_check" CHECK ("strategy" in ('cache_aside', 'read_through', 'write_through', 'write_behind', 'refresh_ahead')),
	CONSTRAINT "cache_configuration_eviction_policy_check" CHECK ("eviction_policy" in ('noeviction', 'allkeys_lru', 'allkeys_lfu', 'allkeys_random', 'volatile_lru', 'volatile_lfu', 'volatile_random', 'volatile_ttl', 'lru', 'lfu', 'fifo')),
	CONSTRAINT "cache_configuration_invalidation_check" CHECK ("invalidation" in ('ttl_only', 'event_driven', 'write_invalidate', 'manual_purge'))
);
--> statement-breakpoint
CREATE TABLE "capacity_planning" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"resource" text NOT NULL,
	"unit" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"forecast_method" text NOT NULL,
	"current_usage" numeric(20,4),
	"current_capacity" numeric(20,4),
	"forecast_peak_demand" numeric(20,4) NOT NULL,
	"planned_capacity" numeric(20,4),
	"headroom_percent" numeric(7,2),
	"growth_percent" numeric(7,2),
	"confidence_percent" numeric(5,2),
	"estimated_monthly_cost" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"demand_events" jsonb DEFAULT '[]' NOT NULL,
	"assumptions" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"prepared_by_user_id" uuid,
	"approved_by_user_id" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "capacity_planning_period_end_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "capacity_planning_current_usage_check" CHECK ("current_usage" >= 0),
	CONSTRAINT "capacity_planning_current_capacity_check" CHECK ("current_capacity" >= 0),
	CONSTRAINT "capacity_planning_forecast_peak_demand_check" CHECK ("forecast_peak_demand" >= 0),
	CONSTRAINT "capacity_planning_planned_capacity_check" CHECK ("planned_capacity" >= 0),
	CONSTRAINT "capacity_planning_headroom_percent_check" CHECK ("headroom_percent" >= 0),
	CONSTRAINT "capacity_planning_growth_percent_check" CHECK ("growth_percent" >= -100),
	CONSTRAINT "capacity_planning_confidence_percent_check" CHECK ("confidence_percent" between 0 and 100),
	CONSTRAINT "capacity_planning_estimated_monthly_cost_check" CHECK ("estimated_monthly_cost" >= 0),
	CONSTRAINT "capacity_planning_approved_at_check" CHECK ("status" <> 'approved' or "approved_at" is not null),
	CONSTRAINT "capacity_planning_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "capacity_planning_resource_check" CHECK ("resource" in ('compute', 'memory', 'storage', 'database_connections', 'network_egress', 'request_throughput', 'queue_throughput', 'cache_memory')),
	CONSTRAINT "capacity_planning_unit_check" CHECK ("unit" in ('vcpu', 'bytes', 'connections', 'requests_per_second', 'messages_per_second', 'replicas', 'iops')),
	CONSTRAINT "capacity_planning_forecast_method_check" CHECK ("forecast_method" in ('linear_trend', 'seasonal_decomposition', 'ml_model', 'event_driven', 'manual_estimate')),
	CONSTRAINT "capacity_planning_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "capacity_planning_status_check" CHECK ("status" in ('draft', 'proposed', 'approved', 'provisioned', 'rejected', 'superseded'))
);
--> statement-breakpoint
CREATE TABLE "data_replication_status" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text NOT NULL,
	"stream_name" text NOT NULL,
	"replication_type" text NOT NULL,
	"mode" text DEFAULT 'asynchronous' NOT NULL,
	"source_endpoint" text NOT NULL,
	"target_endpoint" text NOT NULL,
	"source_region" text,
	"target_region" text,
	"state" text NOT NULL,
	"lag_seconds" numeric(12,3),
	"lag_bytes" bigint,
	"lag_alert_threshold_seconds" integer,
	"last_replicated_at" timestamp with time zone,
	"observed_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_replication_status_stream_name_format_check" CHECK ("stream_name" ~ '^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$'),
	CONSTRAINT "data_replication_status_endpoints_check" CHECK ("target_endpoint" <> "source_endpoint"),
	CONSTRAINT "data_replication_status_source_region_format_check" CHECK ("source_region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "data_replication_status_target_region_format_check" CHECK ("target_region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "data_replication_status_lag_seconds_check" CHECK ("lag_seconds" >= 0),
	CONSTRAINT "data_replication_status_lag_bytes_check" CHECK ("lag_bytes" >= 0),
	CONSTRAINT "data_replication_status_lag_alert_threshold_seconds_check" CHECK ("lag_alert_threshold_seconds" > 0),
	CONSTRAINT "data_replication_status_source_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "data_replication_status_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "data_replication_status_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "data_replication_status_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "data_replication_status_replication_type_check" CHECK ("replication_type" in ('physical_streaming', 'logical', 'snapshot_copy', 'object_storage', 'change_data_capture', 'cache_replica')),
	CONSTRAINT "data_replication_status_mode_check" CHECK ("mode" in ('synchronous', 'semi_synchronous', 'asynchronous')),
	CONSTRAINT "data_replication_status_state_check" CHECK ("state" in ('initialising', 'streaming', 'catching_up', 'paused', 'broken'))
);
--> statement-breakpoint
CREATE TABLE "disaster_recovery_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text DEFAULT 'production' NOT NULL,
	"plan_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"strategy" text NOT NULL,
	"rpo_seconds" integer NOT NULL,
	"rto_seconds" integer NOT NULL,
	"primary_region" text,
	"recovery_region" text,
	"backup_interval_minutes" integer,
	"backup_retention_days" integer,
	"runbook_url" text,
	"last_tested_on" date,
	"last_test_outcome" text,
	"next_test_due_on" date,
	"owner_user_id" uuid,
	"approved_by_user_id" uuid,
	"approved_at" timestamp with time zone,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disaster_recovery_plans_version_check" CHECK ("version" > 0),
	CONSTRAINT "disaster_recovery_plans_rpo_seconds_check" CHECK ("rpo_seconds" >= 0),
	CONSTRAINT "disaster_recovery_plans_rto_seconds_check" CHECK ("rto_seconds" >= 0),
	CONSTRAINT "disaster_recovery_plans_primary_region_format_check" CHECK ("primary_region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "disaster_recovery_plans_recovery_region_format_check" CHECK ("recovery_region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "disaster_recovery_plans_backup_interval_minutes_check" CHECK ("backup_interval_minutes" > 0),
	CONSTRAINT "disaster_recovery_plans_backup_retention_days_check" CHECK ("backup_retention_days" > 0),
	CONSTRAINT "disaster_recovery_plans_runbook_url_format_check" CHECK ("runbook_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "disaster_recovery_plans_last_test_check" CHECK (("last_tested_on" is null) = ("last_test_outcome" is null)),
	CONSTRAINT "disaster_recovery_plans_next_test_due_on_check" CHECK ("next_test_due_on" > "last_tested_on"),
	CONSTRAINT "disaster_recovery_plans_approved_at_check" CHECK ("status" <> 'approved' or "approved_at" is not null),
	CONSTRAINT "disaster_recovery_plans_approval_check" CHECK (("approved_by_user_id" is null) = ("approved_at" is null)),
	CONSTRAINT "disaster_recovery_plans_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "disaster_recovery_plans_status_check" CHECK ("status" in ('draft', 'approved', 'superseded', 'retired')),
	CONSTRAINT "disaster_recovery_plans_strategy_check" CHECK ("strategy" in ('backup_restore', 'pilot_light', 'warm_standby', 'active_active')),
	CONSTRAINT "disaster_recovery_plans_last_test_outcome_check" CHECK ("last_test_outcome" in ('passed', 'passed_with_issues', 'failed', 'aborted'))
);
--> statement-breakpoint
CREATE TABLE "disaster_recovery_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"plan_id" uuid NOT NULL,
	"test_type" text NOT NULL,
	"scenario" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	"outcome" text NOT NULL,
	"target_rpo_seconds" integer NOT NULL,
	"target_rto_seconds" integer NOT NULL,
	"achieved_rpo_seconds" integer,
	"achieved_rto_seconds" integer,
	"data_loss_detected" boolean DEFAULT false NOT NULL,
	"conducted_by_user_id" uuid,
	"findings" text,
	"follow_up_ticket" text,
	"report_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disaster_recovery_tests_completed_at_check" CHECK ("completed_at" >= "started_at"),
	CONSTRAINT "disaster_recovery_tests_target_rpo_seconds_check" CHECK ("target_rpo_seconds" >= 0),
	CONSTRAINT "disaster_recovery_tests_target_rto_seconds_check" CHECK ("target_rto_seconds" >= 0),
	CONSTRAINT "disaster_recovery_tests_achieved_rpo_seconds_check" CHECK ("achieved_rpo_seconds" >= 0),
	CONSTRAINT "disaster_recovery_tests_achieved_rto_seconds_check" CHECK ("achieved_rto_seconds" >= 0),
	CONSTRAINT "disaster_recovery_tests_report_url_format_check" CHECK ("report_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "disaster_recovery_tests_test_type_check" CHECK ("test_type" in ('tabletop', 'backup_restore', 'failover', 'region_failover', 'game_day')),
	CONSTRAINT "disaster_recovery_tests_outcome_check" CHECK ("outcome" in ('passed', 'passed_with_issues', 'failed', 'aborted'))
);
--> statement-breakpoint
CREATE TABLE "infrastructure_monitoring" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"host_name" text NOT NULL,
	"service_id" uuid,
	"environment" text NOT NULL,
	"source" text NOT NULL,
	"instance_id" text,
	"region" text,
	"availability_zone" text,
	"sampled_at" timestamp with time zone NOT NULL,
	"cpu_percent" numeric(5,2),
	"cpu_cores" integer,
	"memory_used_bytes" bigint,
	"memory_total_bytes" bigint,
	"disk_used_bytes" bigint,
	"disk_total_bytes" bigint,
	"load_average1m" numeric(8,2),
	"network_in_bytes_per_second" bigint,
	"network_out_bytes_per_second" bigint,
	"open_connections" integer,
	"host_status" text DEFAULT 'unknown' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "infrastructure_monitoring_host_name_format_check" CHECK ("host_name" ~ '^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$'),
	CONSTRAINT "infrastructure_monitoring_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "infrastructure_monitoring_instance_id_format_check" CHECK ("instance_id" ~ '^\S{1,255}$'),
	CONSTRAINT "infrastructure_monitoring_region_format_check" CHECK ("region" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "infrastructure_monitoring_cpu_percent_check" CHECK ("cpu_percent" between 0 and 100),
	CONSTRAINT "infrastructure_monitoring_cpu_cores_check" CHECK ("cpu_cores" > 0),
	CONSTRAINT "infrastructure_monitoring_memory_used_bytes_check" CHECK ("memory_used_bytes" >= 0),
	CONSTRAINT "infrastructure_monitoring_memory_total_bytes_check" CHECK ("memory_total_bytes" > 0),
	CONSTRAINT "infrastructure_monitoring_memory_check" CHECK ("memory_total_bytes" >= "memory_used_bytes"),
	CONSTRAINT "infrastructure_monitoring_disk_used_bytes_check" CHECK ("disk_used_bytes" >= 0),
	CONSTRAINT "infrastructure_monitoring_disk_total_bytes_check" CHECK ("disk_total_bytes" > 0),
	CONSTRAINT "infrastructure_monitoring_disk_check" CHECK ("disk_total_bytes" >= "disk_used_bytes"),
	CONSTRAINT "infrastructure_monitoring_load_average1m_check" CHECK ("load_average1m" >= 0),
	CONSTRAINT "infrastructure_monitoring_network_in_bytes_per_second_check" CHECK ("network_in_bytes_per_second" >= 0),
	CONSTRAINT "infrastructure_monitoring_network_out_bytes_per_second_check" CHECK ("network_out_bytes_per_second" >= 0),
	CONSTRAINT "infrastructure_monitoring_open_connections_check" CHECK ("open_connections" >= 0),
	CONSTRAINT "infrastructure_monitoring_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "infrastructure_monitoring_host_status_check" CHECK ("host_status" in ('healthy', 'degraded', 'unhealthy', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "load_balancing_config" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text NOT NULL,
	"load_balancer_name" text NOT NULL,
	"load_balancer_kind" text NOT NULL,
	"algorithm" text DEFAULT 'round_robin' NOT NULL,
	"health_check_protocol" text DEFAULT 'http' NOT NULL,
	"health_check_path" text,
	"health_check_port" integer,
	"health_check_interval_seconds" integer DEFAULT 30 NOT NULL,
	"health_check_timeout_seconds" integer DEFAULT 5 NOT NULL,
	"healthy_threshold" integer DEFAULT 3 NOT NULL,
	"unhealthy_threshold" integer DEFAULT 3 NOT NULL,
	"session_affinity" text DEFAULT 'none' NOT NULL,
	"affinity_cookie_ttl_seconds" integer,
	"connection_draining_seconds" integer DEFAULT 300 NOT NULL,
	"idle_timeout_seconds" integer DEFAULT 60 NOT NULL,
	"tls_terminated" boolean DEFAULT true NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"changed_by_user_id" uuid,
	"change_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "load_balancing_config_health_check_path_format_check" CHECK ("health_check_path" ~ '^\/\S*$'),
	CONSTRAINT "load_balancing_config_http_path_check" CHECK ("health_check_protocol" <> 'http' or "health_check_path" is not null),
	CONSTRAINT "load_balancing_config_https_path_check" CHECK ("health_check_protocol" <> 'https' or "health_check_path" is not null),
	CONSTRAINT "load_balancing_config_health_check_port_check" CHECK ("health_check_port" between 1 and 65535),
	CONSTRAINT "load_balancing_config_health_check_interval_seconds_check" CHECK ("health_check_interval_seconds" > 0),
	CONSTRAINT "load_balancing_config_health_check_timeout_seconds_check" CHECK ("health_check_timeout_seconds" > 0),
	CONSTRAINT "load_balancing_config_health_check_timing_check" CHECK ("health_check_interval_seconds" >= "health_check_timeout_seconds"),
	CONSTRAINT "load_balancing_config_healthy_threshold_check" CHECK ("healthy_threshold" > 0),
	CONSTRAINT "load_balancing_config_unhealthy_threshold_check" CHECK ("unhealthy_threshold" > 0),
	CONSTRAINT "load_balancing_config_affinity_cookie_ttl_seconds_check" CHECK ("affinity_cookie_ttl_seconds" > 0),
	CONSTRAINT "load_balancing_config_affinity_cookie_check" CHECK ("affinity_cookie_ttl_seconds" is null or "session_affinity" = 'cookie'),
	CONSTRAINT "load_balancing_config_connection_draining_seconds_check" CHECK ("connection_draining_seconds" >= 0),
	CONSTRAINT "load_balancing_config_idle_timeout_seconds_check" CHECK ("idle_timeout_seconds" > 0),
	CONSTRAINT "load_balancing_config_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "load_balancing_config_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "load_balancing_config_load_balancer_kind_check" CHECK ("load_balancer_kind" in ('application', 'network', 'dns', 'service_mesh', 'cdn_edge')),
	CONSTRAINT "load_balancing_config_algorithm_check" CHECK ("algorithm" in ('round_robin', 'weighted_round_robin', 'least_connections', 'least_outstanding_requests', 'least_response_time', 'ip_hash', 'consistent_hash', 'random')),
	CONSTRAINT "load_balancing_config_health_check_protocol_check" CHECK ("health_check_protocol" in ('http', 'https', 'tcp', 'grpc')),
	CONSTRAINT "load_balancing_config_session_affinity_check" CHECK ("session_affinity" in ('none', 'cookie', 'client_ip'))
);
--> statement-breakpoint
CREATE TABLE "platform_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_key" text NOT NULL,
	"display_name" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"tier" text DEFAULT 'tier_2' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"environments" text[] DEFAULT '{}'::text[] NOT NULL,
	"owning_team" text NOT NULL,
	"technical_owner_user_id" uuid,
	"on_call_schedule_ref" text,
	"vendor" text,
	"repository_url" text,
	"runbook_url" text,
	"slo_availability_percent" numeric(6,3),
	"slo_latency_p_99_ms" integer,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_services_service_key_format_check" CHECK ("service_key" ~ '^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$'),
	CONSTRAINT "platform_services_environments_check" CHECK ("environments" <@ array['production', 'staging', 'development']::text[]),
	CONSTRAINT "platform_services_repository_url_format_check" CHECK ("repository_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "platform_services_runbook_url_format_check" CHECK ("runbook_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "platform_services_slo_availability_percent_check" CHECK ("slo_availability_percent" > 0 and "slo_availability_percent" <= 100),
	CONSTRAINT "platform_services_slo_latency_p_99_ms_check" CHECK ("slo_latency_p_99_ms" > 0),
	CONSTRAINT "platform_services_retired_at_check" CHECK ("status" <> 'retired' or "retired_at" is not null),
	CONSTRAINT "platform_services_retired_at_status_check" CHECK ("retired_at" is null or "status" = 'retired'),
	CONSTRAINT "platform_services_kind_check" CHECK ("kind" in ('api', 'web_app', 'worker', 'scheduler', 'database', 'cache', 'message_broker', 'object_storage', 'search', 'gateway', 'external_api')),
	CONSTRAINT "platform_services_tier_check" CHECK ("tier" in ('tier_0', 'tier_1', 'tier_2', 'tier_3')),
	CONSTRAINT "platform_services_status_check" CHECK ("status" in ('planned', 'active', 'deprecated', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "queue_management" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"consumer_service_id" uuid,
	"environment" text NOT NULL,
	"queue_name" text NOT NULL,
	"broker" text NOT NULL,
	"queue_type" text DEFAULT 'standard' NOT NULL,
	"broker_queue_ref" text,
	"dead_letter_queue_id" uuid,
	"max_receive_count" integer,
	"visibility_timeout_seconds" integer,
	"message_retention_seconds" integer,
	"depth_alert_threshold" integer,
	"status" text DEFAULT 'active' NOT NULL,
	"current_depth" bigint,
	"in_flight_count" bigint,
	"consumer_count" integer,
	"dead_letter_count" bigint,
	"oldest_message_age_seconds" integer,
	"stats_observed_at" timestamp with time zone,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "queue_management_queue_name_format_check" CHECK ("queue_name" ~ '^\S{1,255}$'),
	CONSTRAINT "queue_management_broker_queue_ref_format_check" CHECK ("broker_queue_ref" ~ '^\S{1,255}$'),
	CONSTRAINT "queue_management_dead_letter_queue_check" CHECK ("dead_letter_queue_id" <> "id"),
	CONSTRAINT "queue_management_redrive_check" CHECK ("dead_letter_queue_id" is null or "max_receive_count" is not null),
	CONSTRAINT "queue_management_max_receive_count_check" CHECK ("max_receive_count" > 0),
	CONSTRAINT "queue_management_visibility_timeout_seconds_check" CHECK ("visibility_timeout_seconds" >= 0),
	CONSTRAINT "queue_management_message_retention_seconds_check" CHECK ("message_retention_seconds" > 0),
	CONSTRAINT "queue_management_depth_alert_threshold_check" CHECK ("depth_alert_threshold" > 0),
	CONSTRAINT "queue_management_current_depth_check" CHECK ("current_depth" >= 0),
	CONSTRAINT "queue_management_in_flight_count_check" CHECK ("in_flight_count" >= 0),
	CONSTRAINT "queue_management_consumer_count_check" CHECK ("consumer_count" >= 0),
	CONSTRAINT "queue_management_dead_letter_count_check" CHECK ("dead_letter_count" >= 0),
	CONSTRAINT "queue_management_oldest_message_age_seconds_check" CHECK ("oldest_message_age_seconds" >= 0),
	CONSTRAINT "queue_management_stats_observed_at_check" CHECK ("current_depth" is null or "stats_observed_at" is not null),
	CONSTRAINT "queue_management_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "queue_management_broker_check" CHECK ("broker" in ('sqs', 'rabbitmq', 'kafka', 'google_pubsub', 'azure_service_bus', 'redis_streams', 'postgres')),
	CONSTRAINT "queue_management_queue_type_check" CHECK ("queue_type" in ('standard', 'fifo', 'priority', 'delayed', 'dead_letter', 'stream')),
	CONSTRAINT "queue_management_status_check" CHECK ("status" in ('active', 'paused', 'draining', 'deprecated'))
);
--> statement-breakpoint
CREATE TABLE "rate_limiting_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text NOT NULL,
	"rule_key" text NOT NULL,
	"description" text,
	"scope" text NOT NULL,
	"subject_user_id" uuid,
	"endpoint_pattern" text,
	"http_methods" text[] DEFAULT '{}'::text[] NOT NULL,
	"requests_per_window" integer NOT NULL,
	"window_seconds" integer NOT NULL,
	"burst_limit" integer,
	"algorithm" text DEFAULT 'sliding_window' NOT NULL,
	"action" text DEFAULT 'reject' NOT NULL,
	"response_status_code" integer DEFAULT 429 NOT NULL,
	"retry_after_seconds" integer,
	"priority" integer DEFAULT 100 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rate_limiting_rules_rule_key_format_check" CHECK ("rule_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "rate_limiting_rules_subject_user_check" CHECK ("subject_user_id" is null or "scope" = 'user'),
	CONSTRAINT "rate_limiting_rules_http_methods_check" CHECK ("http_methods" <@ array['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']::text[]),
	CONSTRAINT "rate_limiting_rules_requests_per_window_check" CHECK ("requests_per_window" > 0),
	CONSTRAINT "rate_limiting_rules_window_seconds_check" CHECK ("window_seconds" > 0),
	CONSTRAINT "rate_limiting_rules_burst_limit_check" CHECK ("burst_limit" > 0),
	CONSTRAINT "rate_limiting_rules_response_status_code_check" CHECK ("response_status_code" between 400 and 599),
	CONSTRAINT "rate_limiting_rules_retry_after_seconds_check" CHECK ("retry_after_seconds" >= 0),
	CONSTRAINT "rate_limiting_rules_priority_check" CHECK ("priority" >= 0),
	CONSTRAINT "rate_limiting_rules_valid_to_check" CHECK ("valid_to" >= "valid_from"),
	CONSTRAINT "rate_limiting_rules_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "rate_limiting_rules_scope_check" CHECK ("scope" in ('global', 'ip_address', 'user', 'api_key', 'session', 'organisation', 'endpoint')),
	CONSTRAINT "rate_limiting_rules_algorithm_check" CHECK ("algorithm" in ('fixed_window', 'sliding_window', 'sliding_log', 'token_bucket', 'leaky_bucket')),
	CONSTRAINT "rate_limiting_rules_action_check" CHECK ("action" in ('reject', 'throttle', 'challenge', 'log_only'))
);
--> statement-breakpoint
CREATE TABLE "scaling_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"environment" text NOT NULL,
	"resource_kind" text DEFAULT 'deployment_replicas' NOT NULL,
	"trigger" text NOT NULL,
	"trigger_metric" text,
	"trigger_metric_value" numeric(20,4),
	"trigger_threshold" numeric(20,4),
	"from_replicas" integer NOT NULL,
	"to_replicas" integer NOT NULL,
	"min_replicas" integer,
	"max_replicas" integer,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"cause" text,
	"failure_reason" text,
	"initiated_by_user_id" uuid,
	"source" text,
	"external_event_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scaling_events_from_replicas_check" CHECK ("from_replicas" >= 0),
	CONSTRAINT "scaling_events_to_replicas_check" CHECK ("to_replicas" >= 0),
	CONSTRAINT "scaling_events_min_replicas_check" CHECK ("min_replicas" >= 0),
	CONSTRAINT "scaling_events_max_replicas_check" CHECK ("max_replicas" >= 0),
	CONSTRAINT "scaling_events_replica_bounds_check" CHECK ("max_replicas" >= "min_replicas"),
	CONSTRAINT "scaling_events_completed_at_check" CHECK ("completed_at" >= "started_at"),
	CONSTRAINT "scaling_events_succeeded_at_check" CHECK ("status" <> 'succeeded' or "completed_at" is not null),
	CONSTRAINT "scaling_events_failure_reason_check" CHECK ("status" <> 'failed' or "failure_reason" is not null),
	CONSTRAINT "scaling_events_initiated_by_check" CHECK ("initiated_by_user_id" is null or "trigger" = 'manual'),
	CONSTRAINT "scaling_events_source_event_check" CHECK (("source" is null) = ("external_event_id" is null)),
	CONSTRAINT "scaling_events_source_format_check" CHECK ("source" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "scaling_events_external_event_id_format_check" CHECK ("external_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "scaling_events_environment_check" CHECK ("environment" in ('production', 'staging', 'development')),
	CONSTRAINT "scaling_events_resource_kind_check" CHECK ("resource_kind" in ('deployment_replicas', 'instance_group', 'database_read_replicas', 'serverless_concurrency', 'queue_consumers')),
	CONSTRAINT "scaling_events_trigger_check" CHECK ("trigger" in ('cpu_utilisation', 'memory_utilisation', 'request_rate', 'response_latency', 'queue_depth', 'custom_metric', 'schedule', 'predictive', 'manual')),
	CONSTRAINT "scaling_events_status_check" CHECK ("status" in ('in_progress', 'succeeded', 'failed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "service_dependencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"service_id" uuid NOT NULL,
	"depends_on_service_id" uuid,
	"external_dependency_host" text,
	"criticality" text NOT NULL,
	"interaction" text NOT NULL,
	"description" text,
	"timeout_ms" integer,
	"max_retries" integer DEFAULT 0 NOT NULL,
	"circuit_breaker_enabled" boolean DEFAULT false NOT NULL,
	"fallback" text DEFAULT 'none' NOT NULL,
	"peak_requests_per_minute" integer,
	"discovered_by" text DEFAULT 'declared' NOT NULL,
	"last_observed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_dependencies_target_check" CHECK (("depends_on_service_id" is null) <> ("external_dependency_host" is null)),
	CONSTRAINT "service_dependencies_self_check" CHECK ("depends_on_service_id" <> "service_id"),
	CONSTRAINT "service_dependencies_external_dependency_host_format_check" CHECK ("external_dependency_host" ~ '^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$'),
	CONSTRAINT "service_dependencies_timeout_ms_check" CHECK ("timeout_ms" > 0),
	CONSTRAINT "service_dependencies_max_retries_check" CHECK ("max_retries" >= 0),
	CONSTRAINT "service_dependencies_peak_requests_per_minute_check" CHECK ("peak_requests_per_minute" >= 0),
	CONSTRAINT "service_dependencies_criticality_check" CHECK ("criticality" in ('hard', 'soft', 'optional')),
	CONSTRAINT "service_dependencies_interaction_check" CHECK ("interaction" in ('sync_http', 'grpc', 'async_message', 'database', 'cache', 'object_storage', 'dns', 'identity_provider', 'third_party_api')),
	CONSTRAINT "service_dependencies_fallback_check" CHECK ("fallback" in ('none', 'cached_response', 'default_value', 'degrade_feature', 'queue_and_retry', 'secondary_provider')),
	CONSTRAINT "service_dependencies_discovered_by_check" CHECK ("discovered_by" in ('declared', 'tracing', 'service_mesh', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "churn_prediction" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"subscription_id" uuid,
	"model_id" uuid NOT NULL,
	"scoring_run_id" text NOT NULL,
	"score" numeric(5,4) NOT NULL,
	"risk_band" text NOT NULL,
	"horizon_days" smallint DEFAULT 90 NOT NULL,
	"scored_at" timestamp with time zone NOT NULL,
	"superseded_at" timestamp with time zone,
	"top_factors" jsonb DEFAULT '[]' NOT NULL,
	"outcome" text,
	"outcome_observed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "churn_prediction_scoring_run_id_format_check" CHECK ("scoring_run_id" ~ '^\S{1,255}$'),
	CONSTRAINT "churn_prediction_score_check" CHECK ("score" between 0 and 1),
	CONSTRAINT "churn_prediction_horizon_days_check" CHECK ("horizon_days" > 0),
	CONSTRAINT "churn_prediction_superseded_at_check" CHECK ("superseded_at" >= "scored_at"),
	CONSTRAINT "churn_prediction_outcome_pair_check" CHECK (("outcome" is null) = ("outcome_observed_at" is null)),
	CONSTRAINT "churn_prediction_outcome_observed_at_check" CHECK ("outcome_observed_at" >= "scored_at"),
	CONSTRAINT "churn_prediction_risk_band_check" CHECK ("risk_band" in ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "churn_prediction_outcome_check" CHECK ("outcome" in ('retained', 'churned'))
);
--> statement-breakpoint
CREATE TABLE "email_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"retention_campaign_id" uuid,
	"segment_id" uuid,
	"name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"provider" text NOT NULL,
	"provider_campaign_id" text,
	"source_updated_at" timestamp with time zone,
	"subject_line" text NOT NULL,
	"preheader" text,
	"from_name" text NOT NULL,
	"from_email" text NOT NULL,
	"template_key" text,
	"send_mode" text DEFAULT 'scheduled' NOT NULL,
	"scheduled_local_date" date,
	"scheduled_local_time" time,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"scheduled_at" timestamp with time zone,
	"send_completed_at" timestamp with time zone,
	"sent_count" integer DEFAULT 0 NOT NULL,
	"delivered_count" integer DEFAULT 0 NOT NULL,
	"unique_open_count" integer DEFAULT 0 NOT NULL,
	"unique_click_count" integer DEFAULT 0 NOT NULL,
	"bounce_count" integer DEFAULT 0 NOT NULL,
	"unsubscribe_count" integer DEFAULT 0 NOT NULL,
	"complaint_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_campaigns_provider_campaign_id_format_check" CHECK ("provider_campaign_id" ~ '^\S{1,255}$'),
	CONSTRAINT "email_campaigns_subject_line_check" CHECK (char_length("subject_line") between 1 and 998),
	CONSTRAINT "email_campaigns_from_email_format_check" CHECK ("from_email" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "email_campaigns_template_key_format_check" CHECK ("template_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "email_campaigns_local_schedule_check" CHECK (("scheduled_local_date" is null) = ("scheduled_local_time" is null)),
	CONSTRAINT "email_campaigns_recipient_local_date_check" CHECK ("send_mode" <> 'recipient_local_time' or "scheduled_local_date" is not null),
	CONSTRAINT "email_campaigns_scheduled_at_check" CHECK ("status" <> 'scheduled' or "scheduled_at" is not null),
	CONSTRAINT "email_campaigns_send_completed_at_check" CHECK ("status" <> 'sent' or "send_completed_at" is not null),
	CONSTRAINT "email_campaigns_send_window_check" CHECK ("send_completed_at" >= "scheduled_at"),
	CONSTRAINT "email_campaigns_time_zone_format_check" CHECK ("time_zone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$'),
	CONSTRAINT "email_campaigns_sent_count_check" CHECK ("sent_count" >= 0),
	CONSTRAINT "email_campaigns_delivered_count_check" CHECK ("delivered_count" >= 0),
	CONSTRAINT "email_campaigns_unique_open_count_check" CHECK ("unique_open_count" >= 0),
	CONSTRAINT "email_campaigns_unique_click_count_check" CHECK ("unique_click_count" >= 0),
	CONSTRAINT "email_campaigns_bounce_count_check" CHECK ("bounce_count" >= 0),
	CONSTRAINT "email_campaigns_unsubscribe_count_check" CHECK ("unsubscribe_count" >= 0),
	CONSTRAINT "email_campaigns_complaint_count_check" CHECK ("complaint_count" >= 0),
	CONSTRAINT "email_campaigns_sent_delivered_check" CHECK ("sent_count" >= "delivered_count"),
	CONSTRAINT "email_campaigns_status_check" CHECK ("status" in ('draft', 'scheduled', 'sending', 'sent', 'paused', 'cancelled', 'failed')),
	CONSTRAINT "email_campaigns_provider_check" CHECK ("provider" in ('sendgrid', 'mailchimp', 'postmark', 'amazon_ses', 'mailgun', 'brevo', 'braze', 'customer_io', 'internal')),
	CONSTRAINT "email_campaigns_send_mode_check" CHECK ("send_mode" in ('immediate', 'scheduled', 'recipient_local_time'))
);
--> statement-breakpoint
CREATE TABLE "outreach_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"message_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"event_type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_event_id" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"clicked_url" text,
	"bounce_type" text,
	"provider_status_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outreach_events_provider_event_id_format_check" CHECK ("provider_event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "outreach_events_clicked_url_format_check" CHECK ("clicked_url" ~ '^[a-z][a-z0-9+.-]*:[^\s?#]+$'),
	CONSTRAINT "outreach_events_clicked_url_check" CHECK ("clicked_url" is null or "event_type" = 'clicked'),
	CONSTRAINT "outreach_events_bounce_only_check" CHECK ("bounce_type" is null or "event_type" = 'bounced'),
	CONSTRAINT "outreach_events_bounce_required_check" CHECK ("event_type" <> 'bounced' or "bounce_type" is not null),
	CONSTRAINT "outreach_events_channel_check" CHECK ("channel" in ('email', 'sms', 'push', 'in_app')),
	CONSTRAINT "outreach_events_event_type_check" CHECK ("event_type" in ('sent', 'delivered', 'deferred', 'opened', 'clicked', 'bounced', 'dropped', 'failed', 'unsubscribed', 'complained')),
	CONSTRAINT "outreach_events_provider_check" CHECK ("provider" in ('sendgrid', 'mailchimp', 'postmark', 'amazon_ses', 'mailgun', 'brevo', 'braze', 'customer_io', 'twilio', 'vonage', 'messagebird', 'esendex', 'textlocal', 'amazon_sns', 'fcm', 'apns', 'onesignal', 'expo', 'airship', 'internal')),
	CONSTRAINT "outreach_events_bounce_type_check" CHECK ("bounce_type" in ('hard', 'soft', 'block'))
);
--> statement-breakpoint
CREATE TABLE "outreach_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"retention_campaign_id" uuid,
	"email_campaign_id" uuid,
	"sms_campaign_id" uuid,
	"push_campaign_id" uuid,
	"trigger_id" uuid,
	"offer_id" uuid,
	"notification_id" uuid,
	"provider" text,
	"provider_message_id" text,
	"source_updated_at" timestamp with time zone,
	"consent_basis" text NOT NULL,
	"consent_given_at" timestamp with time zone,
	"status" text DEFAULT 'queued' NOT NULL,
	"suppression_reason" text,
	"bounce_type" text,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"first_opened_at" timestamp with time zone,
	"first_clicked_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"complained_at" timestamp with time zone,
	"open_count" integer DEFAULT 0 NOT NULL,
	"click_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outreach_messages_email_campaign_id_channel_check" CHECK ("email_campaign_id" is null or "channel" = 'email'),
	CONSTRAINT "outreach_messages_sms_campaign_id_channel_check" CHECK ("sms_campaign_id" is null or "channel" = 'sms'),
	CONSTRAINT "outreach_messages_push_campaign_id_channel_check" CHECK ("push_campaign_id" is null or "channel" = 'push'),
	CONSTRAINT "outreach_messages_notification_id_channel_check" CHECK ("notification_id" is null or "channel" = 'in_app'),
	CONSTRAINT "outreach_messages_provider_message_id_format_check" CHECK ("provider_message_id" ~ '^\S{1,255}$'),
	CONSTRAINT "outreach_messages_provider_message_check" CHECK ("provider_message_id" is null or "provider" is not null),
	CONSTRAINT "outreach_messages_sent_at_check" CHECK ("provider_message_id" is null or "sent_at" is not null),
	CONSTRAINT "outreach_messages_sent_status_check" CHECK ("status" <> 'sent' or "sent_at" is not null),
	CONSTRAINT "outreach_messages_delivered_status_check" CHECK ("status" <> 'delivered' or "delivered_at" is not null),
	CONSTRAINT "outreach_messages_consent_given_at_check" CHECK ("consent_basis" <> 'explicit_opt_in' or "consent_given_at" is not null),
	CONSTRAINT "outreach_messages_suppressed_reason_check" CHECK ("status" <> 'suppressed' or "suppression_reason" is not null),
	CONSTRAINT "outreach_messages_suppressed_status_check" CHECK ("suppression_reason" is null or "status" = 'suppressed'),
	CONSTRAINT "outreach_messages_bounced_type_check" CHECK ("status" <> 'bounced' or "bounce_type" is not null),
	CONSTRAINT "outreach_messages_sent_after_queued_check" CHECK ("sent_at" >= "queued_at"),
	CONSTRAINT "outreach_messages_open_count_check" CHECK ("open_count" >= 0),
	CONSTRAINT "outreach_messages_click_count_check" CHECK ("click_count" >= 0),
	CONSTRAINT "outreach_messages_channel_check" CHECK ("channel" in ('email', 'sms', 'push', 'in_app')),
	CONSTRAINT "outreach_messages_provider_check" CHECK ("provider" in ('sendgrid', 'mailchimp', 'postmark', 'amazon_ses', 'mailgun', 'brevo', 'braze', 'customer_io', 'twilio', 'vonage', 'messagebird', 'esendex', 'textlocal', 'amazon_sns', 'fcm', 'apns', 'onesignal', 'expo', 'airship', 'internal')),
	CONSTRAINT "outreach_messages_consent_basis_check" CHECK ("consent_basis" in ('explicit_opt_in', 'soft_opt_in', 'legitimate_interest', 'service_message')),
	CONSTRAINT "outreach_messages_status_check" CHECK ("status" in ('queued', 'suppressed', 'sent', 'delivered', 'bounced', 'failed')),
	CONSTRAINT "outreach_messages_suppression_reason_check" CHECK ("suppression_reason" in ('unsubscribed', 'no_consent', 'hard_bounced', 'spam_complaint', 'quiet_hours', 'frequency_cap', 'holdout_group', 'invalid_address', 'account_inactive')),
	CONSTRAINT "outreach_messages_bounce_type_check" CHECK ("bounce_type" in ('hard', 'soft', 'block'))
);
--> statement-breakpoint
CREATE TABLE "personalized_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"retention_campaign_id" uuid,
	"churn_prediction_id" uuid,
	"horse_id" uuid,
	"offer_code" text NOT NULL,
	"offer_type" text NOT NULL,
	"applies_to" text DEFAULT 'any' NOT NULL,
	"title" text NOT NULL,
	"discount_percent" numeric(5,2),
	"discount_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"free_days" integer,
	"status" text DEFAULT 'issued' NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"max_redemptions" integer DEFAULT 1 NOT NULL,
	"redemption_count" integer DEFAULT 0 NOT NULL,
	"redeemed_at" timestamp with time zone,
	"redeemed_purchase_order_id" uuid,
	"redeemed_subscription_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personalized_offers_offer_code_format_check" CHECK ("offer_code" ~ '^[A-Z0-9][A-Z0-9-]{3,31}$'),
	CONSTRAINT "personalized_offers_discount_percent_check" CHECK ("discount_percent" > 0 and "discount_percent" <= 100),
	CONSTRAINT "personalized_offers_discount_amount_check" CHECK ("discount_amount" > 0),
	CONSTRAINT "personalized_offers_free_days_check" CHECK ("free_days" > 0),
	CONSTRAINT "personalized_offers_percent_check" CHECK ("offer_type" <> 'percent_discount' or "discount_percent" is not null),
	CONSTRAINT "personalized_offers_amount_check" CHECK ("offer_type" <> 'amount_discount' or "discount_amount" is not null),
	CONSTRAINT "personalized_offers_free_period_check" CHECK ("offer_type" <> 'free_period' or "free_days" is not null),
	CONSTRAINT "personalized_offers_trial_extension_check" CHECK ("offer_type" <> 'trial_extension' or "free_days" is not null),
	CONSTRAINT "personalized_offers_valid_until_check" CHECK ("valid_until" > "valid_from"),
	CONSTRAINT "personalized_offers_max_redemptions_check" CHECK ("max_redemptions" > 0),
	CONSTRAINT "personalized_offers_redemption_count_check" CHECK ("redemption_count" >= 0),
	CONSTRAINT "personalized_offers_redemptions_check" CHECK ("max_redemptions" >= "redemption_count"),
	CONSTRAINT "personalized_offers_redeemed_at_check" CHECK ("status" <> 'redeemed' or "redeemed_at" is not null),
	CONSTRAINT "personalized_offers_offer_type_check" CHECK ("offer_type" in ('percent_discount', 'amount_discount', 'free_period', 'trial_extension', 'plan_upgrade', 'free_service')),
	CONSTRAINT "personalized_offers_applies_to_check" CHECK ("applies_to" in ('subscription', 'veterinary_service', 'marketplace', 'any')),
	CONSTRAINT "personalized_offers_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "personalized_offers_status_check" CHECK ("status" in ('issued', 'redeemed', 'expired', 'revoked'))
);
--> statement-breakpoint
CREATE TABLE "push_notification_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"retention_campaign_id" uuid,
	"segment_id" uuid,
	"name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"provider" text NOT NULL,
	"provider_campaign_id" text,
	"source_updated_at" timestamp with time zone,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"deep_link_url" text,
	"image_url" text,
	"platforms" text[] DEFAULT '{}'::text[] NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"ttl_seconds" integer,
	"send_mode" text DEFAULT 'scheduled' NOT NULL,
	"scheduled_local_date" date,
	"scheduled_local_time" time,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"scheduled_at" timestamp with time zone,
	"send_completed_at" timestamp with time zone,
	"targeted_device_count" integer DEFAULT 0 NOT NULL,
	"delivered_count" integer DEFAULT 0 NOT NULL,
	"open_count" integer DEFAULT 0 NOT NULL,
	"failed_count" integer DEFAULT 0 NOT NULL,
	"invalid_token_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "push_notification_campaigns_provider_campaign_id_format_check" CHECK ("provider_campaign_id" ~ '^\S{1,255}$'),
	CONSTRAINT "push_notification_campaigns_title_check" CHECK (char_length("title") between 1 and 250),
	CONSTRAINT "push_notification_campaigns_body_check" CHECK (char_length("body") between 1 and 4000),
	CONSTRAINT "push_notification_campaigns_deep_link_url_format_check" CHECK ("deep_link_url" ~ '^[a-z][a-z0-9+.-]*:\S+$'),
	CONSTRAINT "push_notification_campaigns_image_url_format_check" CHECK ("image_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "push_notification_campaigns_platforms_check" CHECK ("platforms" <@ array['ios', 'android', 'web']::text[]),
	CONSTRAINT "push_notification_campaigns_ttl_seconds_check" CHECK ("ttl_seconds" between 0 and 2419200),
	CONSTRAINT "push_notification_campaigns_local_schedule_check" CHECK (("scheduled_local_date" is null) = ("scheduled_local_time" is null)),
	CONSTRAINT "push_notification_campaigns_recipient_local_date_check" CHECK ("send_mode" <> 'recipient_local_time' or "scheduled_local_date" is not null),
	CONSTRAINT "push_notification_campaigns_scheduled_at_check" CHECK ("status" <> 'scheduled' or "scheduled_at" is not null),
	CONSTRAINT "push_notification_campaigns_send_completed_at_check" CHECK ("status" <> 'sent' or "send_completed_at" is not null),
	CONSTRAINT "push_notification_campaigns_send_window_check" CHECK ("send_completed_at" >= "scheduled_at"),
	CONSTRAINT "push_notification_campaigns_time_zone_format_check" CHECK ("time_zone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$'),
	CONSTRAINT "push_notification_campaigns_targeted_device_count_check" CHECK ("targeted_device_count" >= 0),
	CONSTRAINT "push_notification_campaigns_delivered_count_check" CHECK ("delivered_count" >= 0),
	CONSTRAINT "push_notification_campaigns_open_count_check" CHECK ("open_count" >= 0),
	CONSTRAINT "push_notification_campaigns_failed_count_check" CHECK ("failed_count" >= 0),
	CONSTRAINT "push_notification_campaigns_invalid_token_count_check" CHECK ("invalid_token_count" >= 0),
	CONSTRAINT "push_notification_campaigns_targeted_delivered_check" CHECK ("targeted_device_count" >= "delivered_count"),
	CONSTRAINT "push_notification_campaigns_status_check" CHECK ("status" in ('draft', 'scheduled', 'sending', 'sent', 'paused', 'cancelled', 'failed')),
	CONSTRAINT "push_notification_campaigns_provider_check" CHECK ("provider" in ('fcm', 'apns', 'onesignal', 'expo', 'braze', 'airship', 'internal')),
	CONSTRAINT "push_notification_campaigns_priority_check" CHECK ("priority" in ('normal', 'high')),
	CONSTRAINT "push_notification_campaigns_send_mode_check" CHECK ("send_mode" in ('immediate', 'scheduled', 'recipient_local_time'))
);
--> statement-breakpoint
CREATE TABLE "re_engagement_triggers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"trigger_type" text NOT NULL,
	"retention_campaign_id" uuid NOT NULL,
	"segment_id" uuid,
	"channel" text DEFAULT 'email' NOT NULL,
	"inactivity_days" integer,
	"days_before_event" integer,
	"churn_score_threshold" numeric(5,4),
	"cooldown_days" integer DEFAULT 30 NOT NULL,
	"max_fires_per_user" integer,
	"is_active" boolean DEFAULT true NOT NULL,
	"active_from" timestamp with time zone,
	"active_until" timestamp with time zone,
	"last_evaluated_at" timestamp with time zone,
	"fire_count" integer DEFAULT 0 NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "re_engagement_triggers_key_format_check" CHECK ("key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "re_engagement_triggers_inactivity_days_check" CHECK ("inactivity_days" > 0),
	CONSTRAINT "re_engagement_triggers_days_before_event_check" CHECK ("days_before_event" >= 0),
	CONSTRAINT "re_engagement_triggers_churn_score_threshold_check" CHECK ("churn_score_threshold" between 0 and 1),
	CONSTRAINT "re_engagement_triggers_cooldown_days_check" CHECK ("cooldown_days" >= 0),
	CONSTRAINT "re_engagement_triggers_max_fires_per_user_check" CHECK ("max_fires_per_user" > 0),
	CONSTRAINT "re_engagement_triggers_fire_count_check" CHECK ("fire_count" >= 0),
	CONSTRAINT "re_engagement_triggers_inactivity_threshold_check" CHECK ("trigger_type" <> 'inactivity' or "inactivity_days" is not null),
	CONSTRAINT "re_engagement_triggers_renewal_days_check" CHECK ("trigger_type" <> 'subscription_expiring' or "days_before_event" is not null),
	CONSTRAINT "re_engagement_triggers_trial_days_check" CHECK ("trigger_type" <> 'trial_ending' or "days_before_event" is not null),
	CONSTRAINT "re_engagement_triggers_churn_threshold_check" CHECK ("trigger_type" <> 'churn_risk' or "churn_score_threshold" is not null),
	CONSTRAINT "re_engagement_triggers_active_until_check" CHECK ("active_until" > "active_from"),
	CONSTRAINT "re_engagement_triggers_trigger_type_check" CHECK ("trigger_type" in ('inactivity', 'subscription_expiring', 'subscription_cancelled', 'payment_failed', 'trial_ending', 'onboarding_incomplete', 'horse_records_stale', 'churn_risk', 'usage_drop', 'milestone')),
	CONSTRAINT "re_engagement_triggers_channel_check" CHECK ("channel" in ('email', 'sms', 'push', 'in_app'))
);
--> statement-breakpoint
CREATE TABLE "retention_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"cohort_type" text NOT NULL,
	"cohort_key" text NOT NULL,
	"cohort_start_on" date,
	"segment_id" uuid,
	"retention_campaign_id" uuid,
	"metric" text NOT NULL,
	"period_unit" text DEFAULT 'month' NOT NULL,
	"period_number" smallint NOT NULL,
	"period_start_on" date NOT NULL,
	"period_end_on" date NOT NULL,
	"cohort_size" integer NOT NULL,
	"metric_value" numeric(16,4) NOT NULL,
	"value_unit" text NOT NULL,
	"value_currency" char(3),
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_metrics_segment_check" CHECK ("segment_id" is null or "cohort_type" = 'segment'),
	CONSTRAINT "retention_metrics_campaign_check" CHECK ("retention_campaign_id" is null or "cohort_type" = 'campaign'),
	CONSTRAINT "retention_metrics_period_number_check" CHECK ("period_number" >= 0),
	CONSTRAINT "retention_metrics_period_end_on_check" CHECK ("period_end_on" >= "period_start_on"),
	CONSTRAINT "retention_metrics_period_start_on_check" CHECK ("period_start_on" >= "cohort_start_on"),
	CONSTRAINT "retention_metrics_cohort_size_check" CHECK ("cohort_size" >= 0),
	CONSTRAINT "retention_metrics_amount_currency_check" CHECK ("value_unit" <> 'amount' or "value_currency" is not null),
	CONSTRAINT "retention_metrics_value_currency_unit_check" CHECK ("value_currency" is null or "value_unit" = 'amount'),
	CONSTRAINT "retention_metrics_cohort_type_check" CHECK ("cohort_type" in ('signup_month', 'first_subscription_month', 'subscription_plan', 'acquisition_channel', 'segment', 'campaign')),
	CONSTRAINT "retention_metrics_metric_check" CHECK ("metric" in ('cohort_size', 'active_users', 'retained_users', 'retention_rate', 'churned_users', 'churn_rate', 'reactivated_users', 'revenue', 'gross_revenue_retention', 'net_revenue_retention')),
	CONSTRAINT "retention_metrics_period_unit_check" CHECK ("period_unit" in ('day', 'week', 'month', 'quarter')),
	CONSTRAINT "retention_metrics_value_unit_check" CHECK ("value_unit" in ('count', 'percent', 'amount')),
	CONSTRAINT "retention_metrics_value_currency_check" CHECK ("value_currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "sms_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"retention_campaign_id" uuid,
	"segment_id" uuid,
	"name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"provider" text NOT NULL,
	"provider_campaign_id" text,
	"source_updated_at" timestamp with time zone,
	"sender_id" text NOT NULL,
	"message_body" text NOT NULL,
	"encoding" text DEFAULT 'gsm_7' NOT NULL,
	"segments_per_message" smallint DEFAULT 1 NOT NULL,
	"includes_opt_out" boolean DEFAULT true NOT NULL,
	"total_cost" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"send_mode" text DEFAULT 'scheduled' NOT NULL,
	"scheduled_local_date" date,
	"scheduled_local_time" time,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"scheduled_at" timestamp with time zone,
	"send_completed_at" timestamp with time zone,
	"sent_count" integer DEFAULT 0 NOT NULL,
	"delivered_count" integer DEFAULT 0 NOT NULL,
	"failed_count" integer DEFAULT 0 NOT NULL,
	"opt_out_count" integer DEFAULT 0 NOT NULL,
	"click_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sms_campaigns_provider_campaign_id_format_check" CHECK ("provider_campaign_id" ~ '^\S{1,255}$'),
	CONSTRAINT "sms_campaigns_sender_id_format_check" CHECK ("sender_id" ~ '^(\+[1-9][0-9]{1,14}|[A-Za-z0-9]([A-Za-z0-9 ]{0,9}[A-Za-z0-9])?)$'),
	CONSTRAINT "sms_campaigns_message_body_check" CHECK (char_length("message_body") between 1 and 1600),
	CONSTRAINT "sms_campaigns_segments_per_message_check" CHECK ("segments_per_message" > 0),
	CONSTRAINT "sms_campaigns_total_cost_check" CHECK ("total_cost" >= 0),
	CONSTRAINT "sms_campaigns_local_schedule_check" CHECK (("scheduled_local_date" is null) = ("scheduled_local_time" is null)),
	CONSTRAINT "sms_campaigns_recipient_local_date_check" CHECK ("send_mode" <> 'recipient_local_time' or "scheduled_local_date" is not null),
	CONSTRAINT "sms_campaigns_scheduled_at_check" CHECK ("status" <> 'scheduled' or "scheduled_at" is not null),
	CONSTRAINT "sms_campaigns_send_completed_at_check" CHECK ("status" <> 'sent' or "send_completed_at" is not null),
	CONSTRAINT "sms_campaigns_send_window_check" CHECK ("send_completed_at" >= "scheduled_at"),
	CONSTRAINT "sms_campaigns_time_zone_format_check" CHECK ("time_zone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$'),
	CONSTRAINT "sms_campaigns_sent_count_check" CHECK ("sent_count" >= 0),
	CONSTRAINT "sms_campaigns_delivered_count_check" CHECK ("delivered_count" >= 0),
	CONSTRAINT "sms_campaigns_failed_count_check" CHECK ("failed_count" >= 0),
	CONSTRAINT "sms_campaigns_opt_out_count_check" CHECK ("opt_out_count" >= 0),
	CONSTRAINT "sms_campaigns_click_count_check" CHECK ("click_count" >= 0),
	CONSTRAINT "sms_campaigns_sent_delivered_check" CHECK ("sent_count" >= "delivered_count"),
	CONSTRAINT "sms_campaigns_status_check" CHECK ("status" in ('draft', 'scheduled', 'sending', 'sent', 'paused', 'cancelled', 'failed')),
	CONSTRAINT "sms_campaigns_provider_check" CHECK ("provider" in ('twilio', 'vonage', 'messagebird', 'esendex', 'textlocal', 'amazon_sns', 'internal')),
	CONSTRAINT "sms_campaigns_encoding_check" CHECK ("encoding" in ('gsm_7', 'ucs_2')),
	CONSTRAINT "sms_campaigns_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "sms_campaigns_send_mode_check" CHECK ("send_mode" in ('immediate', 'scheduled', 'recipient_local_time'))
);
--> statement-breakpoint
CREATE TABLE "user_retention_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"objective" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"practice_id" uuid,
	"segment_id" uuid,
	"suppression_segment_id" uuid,
	"owner_user_id" uuid,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"holdout_percent" numeric(5,2) DEFAULT '0.00' NOT NULL,
	"frequency_cap_per_week" smallint,
	"budget_amount" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"target_retention_percent" numeric(5,2),
	"launched_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_retention_campaigns_key_format_check" CHECK ("key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "user_retention_campaigns_time_zone_format_check" CHECK ("time_zone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$'),
	CONSTRAINT "user_retention_campaigns_ends_on_check" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "user_retention_campaigns_suppression_check" CHECK ("suppression_segment_id" <> "segment_id"),
	CONSTRAINT "user_retention_campaigns_holdout_percent_check" CHECK ("holdout_percent" between 0 and 100),
	CONSTRAINT "user_retention_campaigns_frequency_cap_per_week_check" CHECK ("frequency_cap_per_week" > 0),
	CONSTRAINT "user_retention_campaigns_budget_amount_check" CHECK ("budget_amount" >= 0),
	CONSTRAINT "user_retention_campaigns_target_retention_percent_check" CHECK ("target_retention_percent" between 0 and 100),
	CONSTRAINT "user_retention_campaigns_launched_at_check" CHECK ("status" <> 'active' or "launched_at" is not null),
	CONSTRAINT "user_retention_campaigns_completed_at_check" CHECK ("status" <> 'completed' or "completed_at" is not null),
	CONSTRAINT "user_retention_campaigns_completed_after_launch_check" CHECK ("completed_at" >= "launched_at"),
	CONSTRAINT "user_retention_campaigns_objective_check" CHECK ("objective" in ('onboarding', 'activation', 're_engagement', 'win_back', 'renewal', 'upgrade', 'loyalty', 'feedback')),
	CONSTRAINT "user_retention_campaigns_status_check" CHECK ("status" in ('draft', 'scheduled', 'active', 'paused', 'completed', 'cancelled')),
	CONSTRAINT "user_retention_campaigns_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "user_segment_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"segment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"entry_source" text DEFAULT 'rule_match' NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"exited_at" timestamp with time zone,
	"exit_reason" text,
	"is_holdout" boolean DEFAULT false NOT NULL,
	"match_score" numeric(5,4),
	"added_by_user_id" uuid,
	"last_evaluated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_segment_memberships_exited_at_check" CHECK ("exited_at" >= "entered_at"),
	CONSTRAINT "user_segment_memberships_exit_check" CHECK (("exited_at" is null) = ("exit_reason" is null)),
	CONSTRAINT "user_segment_memberships_match_score_check" CHECK ("match_score" between 0 and 1),
	CONSTRAINT "user_segment_memberships_entry_source_check" CHECK ("entry_source" in ('rule_match', 'list_import', 'manual', 'model_score', 'source_sync')),
	CONSTRAINT "user_segment_memberships_exit_reason_check" CHECK ("exit_reason" in ('no_longer_matches', 'removed_manually', 'opted_out', 'segment_archived', 'user_erased'))
);
--> statement-breakpoint
CREATE TABLE "user_segments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"segment_type" text DEFAULT 'rule_based' NOT NULL,
	"purpose" text DEFAULT 'targeting' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"definition" jsonb DEFAULT '{}' NOT NULL,
	"refresh_interval_minutes" integer,
	"member_count" integer DEFAULT 0 NOT NULL,
	"last_computed_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"source" text DEFAULT 'platform' NOT NULL,
	"external_segment_id" text,
	"source_updated_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_segments_key_format_check" CHECK ("key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "user_segments_external_segment_id_format_check" CHECK ("external_segment_id" ~ '^\S{1,255}$'),
	CONSTRAINT "user_segments_refresh_interval_minutes_check" CHECK ("refresh_interval_minutes" > 0),
	CONSTRAINT "user_segments_member_count_check" CHECK ("member_count" >= 0),
	CONSTRAINT "user_segments_archived_at_check" CHECK ("status" <> 'archived' or "archived_at" is not null),
	CONSTRAINT "user_segments_archived_status_check" CHECK ("archived_at" is null or "status" = 'archived'),
	CONSTRAINT "user_segments_segment_type_check" CHECK ("segment_type" in ('rule_based', 'static_list', 'model_based')),
	CONSTRAINT "user_segments_purpose_check" CHECK ("purpose" in ('targeting', 'suppression', 'holdout', 'analysis')),
	CONSTRAINT "user_segments_status_check" CHECK ("status" in ('draft', 'active', 'archived')),
	CONSTRAINT "user_segments_source_check" CHECK ("source" in ('platform', 'braze', 'segment', 'hubspot', 'customer_io', 'mailchimp', 'csv_import'))
);
--> statement-breakpoint
CREATE TABLE "community_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"title" text NOT NULL,
	"description" text,
	"event_type" text NOT NULL,
	"format" text DEFAULT 'in_person' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"timezone" text NOT NULL,
	"venue_name" text,
	"address" text,
	"country_code" char(2),
	"latitude" numeric(9,6),
	"longitude" numeric(9,6),
	"online_url" text,
	"organizer_user_id" uuid,
	"host_practice_id" uuid,
	"group_id" uuid,
	"capacity" integer,
	"attendee_count" integer DEFAULT 0 NOT NULL,
	"ticket_price" numeric(14,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"registration_url" text,
	"registration_closes_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancellation_reason" text,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_events_title_check" CHECK (char_length("title") between 1 and 200),
	CONSTRAINT "community_events_ends_at_check" CHECK ("ends_at" >= "starts_at"),
	CONSTRAINT "community_events_timezone_format_check" CHECK ("timezone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$'),
	CONSTRAINT "community_events_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "community_events_latitude_check" CHECK ("latitude" between -90 and 90),
	CONSTRAINT "community_events_longitude_check" CHECK ("longitude" between -180 and 180),
	CONSTRAINT "community_events_coordinates_check" CHECK (("latitude" is null) = ("longitude" is null)),
	CONSTRAINT "community_events_online_url_format_check" CHECK ("online_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "community_events_registration_url_format_check" CHECK ("registration_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "community_events_venue_check" CHECK ("format" <> 'in_person' or "venue_name" is not null),
	CONSTRAINT "community_events_online_url_check" CHECK ("format" <> 'online' or "online_url" is not null),
	CONSTRAINT "community_events_capacity_check" CHECK ("capacity" > 0),
	CONSTRAINT "community_events_attendee_count_check" CHECK ("attendee_count" >= 0),
	CONSTRAINT "community_events_ticket_price_check" CHECK ("ticket_price" >= 0),
	CONSTRAINT "community_events_registration_closes_check" CHECK ("ends_at" >= "registration_closes_at"),
	CONSTRAINT "community_events_cancelled_at_check" CHECK ("status" <> 'cancelled' or "cancelled_at" is not null),
	CONSTRAINT "community_events_cancellation_reason_check" CHECK ("cancellation_reason" is null or "cancelled_at" is not null),
	CONSTRAINT "community_events_source_pair_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "community_events_external_id_format_check" CHECK ("external_id" ~ '^\S{1,200}$'),
	CONSTRAINT "community_events_source_updated_at_check" CHECK ("source_updated_at" is null or "external_id" is not null),
	CONSTRAINT "community_events_event_type_check" CHECK ("event_type" in ('clinic', 'show', 'hunter_trial', 'hunt_meet', 'pony_club_rally', 'fun_ride', 'trail_ride', 'talk', 'webinar', 'meetup', 'open_day', 'fundraiser', 'other')),
	CONSTRAINT "community_events_format_check" CHECK ("format" in ('in_person', 'online', 'hybrid')),
	CONSTRAINT "community_events_status_check" CHECK ("status" in ('draft', 'published', 'postponed', 'cancelled', 'completed')),
	CONSTRAINT "community_events_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "community_events_source_check" CHECK ("source" in ('horse_sport_ireland', 'eventing_ireland', 'show_jumping_ireland', 'irish_pony_club', 'british_eventing', 'british_showjumping', 'ics_feed', 'partner_api'))
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"invited_by_user_id" uuid,
	"join_answers" jsonb DEFAULT '[]' NOT NULL,
	"joined_at" timestamp with time zone,
	"left_at" timestamp with time zone,
	"removal_reason" text,
	"banned_until" timestamp with time zone,
	"notification_level" text DEFAULT 'highlights' NOT NULL,
	"last_read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_members_left_at_check" CHECK ("left_at" >= "joined_at"),
	CONSTRAINT "group_members_active_joined_at_check" CHECK ("status" <> 'active' or "joined_at" is not null),
	CONSTRAINT "group_members_left_left_at_check" CHECK ("status" <> 'left' or "left_at" is not null),
	CONSTRAINT "group_members_removed_left_at_check" CHECK ("status" <> 'removed' or "left_at" is not null),
	CONSTRAINT "group_members_banned_left_at_check" CHECK ("status" <> 'banned' or "left_at" is not null),
	CONSTRAINT "group_members_banned_until_check" CHECK ("banned_until" is null or "status" = 'banned'),
	CONSTRAINT "group_members_banned_until_order_check" CHECK ("banned_until" > "left_at"),
	CONSTRAINT "group_members_role_check" CHECK ("role" in ('owner', 'admin', 'moderator', 'member')),
	CONSTRAINT "group_members_status_check" CHECK ("status" in ('invited', 'requested', 'active', 'left', 'removed', 'banned')),
	CONSTRAINT "group_members_notification_level_check" CHECK ("notification_level" in ('all', 'highlights', 'mentions', 'none'))
);
--> statement-breakpoint
CREATE TABLE "group_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"group_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"horse_id" uuid,
	"community_event_id" uuid,
	"post_type" text DEFAULT 'discussion' NOT NULL,
	"title" text,
	"body" text,
	"media" jsonb DEFAULT '[]' NOT NULL,
	"approval_status" text DEFAULT 'approved' NOT NULL,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"moderation_status" text DEFAULT 'visible' NOT NULL,
	"moderated_at" timestamp with time zone,
	"is_pinned" boolean DEFAULT false NOT NULL,
	"like_count" integer DEFAULT 0 NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"content_erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_posts_title_check" CHECK (char_length("title") between 1 and 200),
	CONSTRAINT "group_posts_body_check" CHECK (char_length("body") between 1 and 63206),
	CONSTRAINT "group_posts_rejected_reviewed_at_check" CHECK ("approval_status" <> 'rejected' or "reviewed_at" is not null),
	CONSTRAINT "group_posts_reviewed_by_check" CHECK ("reviewed_by_user_id" is null or "reviewed_at" is not null),
	CONSTRAINT "group_posts_removed_moderated_at_check" CHECK ("moderation_status" <> 'removed' or "moderated_at" is not null),
	CONSTRAINT "group_posts_like_count_check" CHECK ("like_count" >= 0),
	CONSTRAINT "group_posts_comment_count_check" CHECK ("comment_count" >= 0),
	CONSTRAINT "group_posts_edited_at_check" CHECK ("edited_at" >= "published_at"),
	CONSTRAINT "group_posts_erased_deleted_check" CHECK ("content_erased_at" is null or "deleted_at" is not null),
	CONSTRAINT "group_posts_content_erased_at_check" CHECK ("content_erased_at" >= "deleted_at"),
	CONSTRAINT "group_posts_erased_content_check" CHECK ("content_erased_at" is null or ("body" is null and "media" = '[]'::jsonb)),
	CONSTRAINT "group_posts_post_type_check" CHECK ("post_type" in ('discussion', 'question', 'announcement', 'photo', 'event', 'for_sale', 'wanted', 'lost_and_found')),
	CONSTRAINT "group_posts_approval_status_check" CHECK ("approval_status" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "group_posts_moderation_status_check" CHECK ("moderation_status" in ('visible', 'pending_review', 'flagged', 'hidden', 'removed'))
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"description" text,
	"group_type" text NOT NULL,
	"privacy" text DEFAULT 'public' NOT NULL,
	"join_policy" text DEFAULT 'open' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"requires_post_approval" boolean DEFAULT false NOT NULL,
	"rules" text,
	"country_code" char(2),
	"region" text,
	"host_practice_id" uuid,
	"created_by_user_id" uuid,
	"member_count" integer DEFAULT 0 NOT NULL,
	"post_count" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "groups_name_check" CHECK (char_length("name") between 1 and 100),
	CONSTRAINT "groups_slug_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "groups_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "groups_member_count_check" CHECK ("member_count" >= 0),
	CONSTRAINT "groups_post_count_check" CHECK ("post_count" >= 0),
	CONSTRAINT "groups_archived_at_check" CHECK ("status" <> 'archived' or "archived_at" is not null),
	CONSTRAINT "groups_source_pair_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "groups_external_id_format_check" CHECK ("external_id" ~ '^\S{1,200}$'),
	CONSTRAINT "groups_source_updated_at_check" CHECK ("source_updated_at" is null or "external_id" is not null),
	CONSTRAINT "groups_group_type_check" CHECK ("group_type" in ('discipline', 'breed', 'yard', 'riding_club', 'pony_club', 'hunt', 'regional', 'buy_and_sell', 'support', 'practice_clients', 'other')),
	CONSTRAINT "groups_privacy_check" CHECK ("privacy" in ('public', 'private', 'secret')),
	CONSTRAINT "groups_join_policy_check" CHECK ("join_policy" in ('open', 'request', 'invite_only')),
	CONSTRAINT "groups_status_check" CHECK ("status" in ('active', 'archived', 'suspended')),
	CONSTRAINT "groups_source_check" CHECK ("source" in ('irish_pony_club', 'airc', 'british_riding_clubs', 'pony_club_uk', 'partner_api'))
);
--> statement-breakpoint
CREATE TABLE "horse_tags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"horse_id" uuid NOT NULL,
	"tagged_by_user_id" uuid,
	"social_post_id" uuid,
	"group_post_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"show_on_horse_page" boolean DEFAULT true NOT NULL,
	"media_index" integer,
	"x_percent" numeric(5,2),
	"y_percent" numeric(5,2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "horse_tags_post_key" UNIQUE NULLS NOT DISTINCT("horse_id","social_post_id","group_post_id"),
	CONSTRAINT "horse_tags_post_check" CHECK (("social_post_id" is null) <> ("group_post_id" is null)),
	CONSTRAINT "horse_tags_declined_reviewed_at_check" CHECK ("status" <> 'declined' or "reviewed_at" is not null),
	CONSTRAINT "horse_tags_reviewed_by_check" CHECK ("reviewed_by_user_id" is null or "reviewed_at" is not null),
	CONSTRAINT "horse_tags_media_index_check" CHECK ("media_index" >= 0),
	CONSTRAINT "horse_tags_x_percent_check" CHECK ("x_percent" between 0 and 100),
	CONSTRAINT "horse_tags_y_percent_check" CHECK ("y_percent" between 0 and 100),
	CONSTRAINT "horse_tags_position_check" CHECK (("x_percent" is null) = ("y_percent" is null)),
	CONSTRAINT "horse_tags_position_media_check" CHECK ("x_percent" is null or "media_index" is not null),
	CONSTRAINT "horse_tags_status_check" CHECK ("status" in ('pending', 'approved', 'declined', 'removed'))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"recipient_user_id" uuid NOT NULL,
	"actor_user_id" uuid,
	"horse_id" uuid,
	"notification_type" text NOT NULL,
	"category" text NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"action_path" text,
	"subject_type" text,
	"subject_id" uuid,
	"payload" jsonb DEFAULT '{}' NOT NULL,
	"source" text NOT NULL,
	"source_reference" text NOT NULL,
	"source_updated_at" timestamp with time zone,
	"grouping_key" text,
	"actor_count" integer DEFAULT 1 NOT NULL,
	"delivered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seen_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_title_check" CHECK (char_length("title") between 1 and 200),
	CONSTRAINT "notifications_action_path_format_check" CHECK ("action_path" ~ '^\/\S*$'),
	CONSTRAINT "notifications_subject_check" CHECK (("subject_type" is null) = ("subject_id" is null)),
	CONSTRAINT "notifications_subject_type_format_check" CHECK ("subject_type" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "notifications_source_reference_format_check" CHECK ("source_reference" ~ '^\S{1,200}$'),
	CONSTRAINT "notifications_actor_count_check" CHECK ("actor_count" >= 0),
	CONSTRAINT "notifications_seen_at_check" CHECK ("seen_at" >= "delivered_at"),
	CONSTRAINT "notifications_read_at_check" CHECK ("read_at" >= "delivered_at"),
	CONSTRAINT "notifications_expires_at_check" CHECK ("expires_at" > "delivered_at"),
	CONSTRAINT "notifications_notification_type_check" CHECK ("notification_type" in ('post_liked', 'post_commented', 'comment_replied', 'mentioned', 'tagged', 'new_follower', 'follow_request', 'follow_accepted', 'group_invitation', 'group_join_request', 'group_post', 'message_received', 'event_reminder', 'event_changed', 'health_reminder', 'health_alert', 'billing', 'campaign', 'system')),
	CONSTRAINT "notifications_category_check" CHECK ("category" in ('social', 'messages', 'groups', 'events', 'health', 'billing', 'marketing', 'system')),
	CONSTRAINT "notifications_priority_check" CHECK ("priority" in ('low', 'normal', 'high', 'urgent')),
	CONSTRAINT "notifications_source_check" CHECK ("source" in ('social', 'health', 'billing', 'outreach_campaign', 'platform'))
);
--> statement-breakpoint
CREATE TABLE "private_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"sender_user_id" uuid NOT NULL,
	"recipient_user_id" uuid,
	"practice_id" uuid,
	"conversation_key" uuid NOT NULL,
	"reply_to_message_id" uuid,
	"horse_id" uuid,
	"body" text,
	"attachments" jsonb DEFAULT '[]' NOT NULL,
	"client_message_id" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	"edited_at" timestamp with time zone,
	"sender_deleted_at" timestamp with time zone,
	"recipient_deleted_at" timestamp with time zone,
	"moderation_status" text DEFAULT 'visible' NOT NULL,
	"content_erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "private_messages_recipient_check" CHECK ("recipient_user_id" <> "sender_user_id"),
	CONSTRAINT "private_messages_reply_to_check" CHECK ("reply_to_message_id" <> "id"),
	CONSTRAINT "private_messages_body_check" CHECK (char_length("body") between 1 and 20000),
	CONSTRAINT "private_messages_client_message_id_format_check" CHECK ("client_message_id" ~ '^\S{1,200}$'),
	CONSTRAINT "private_messages_delivered_at_check" CHECK ("delivered_at" >= "sent_at"),
	CONSTRAINT "private_messages_read_at_check" CHECK ("read_at" >= "sent_at"),
	CONSTRAINT "private_messages_edited_at_check" CHECK ("edited_at" >= "sent_at"),
	CONSTRAINT "private_messages_erased_content_check" CHECK ("content_erased_at" is null or ("body" is null and "attachments" = '[]'::jsonb)),
	CONSTRAINT "private_messages_moderation_status_check" CHECK ("moderation_status" in ('visible', 'pending_review', 'flagged', 'hidden', 'removed'))
);
--> statement-breakpoint
CREATE TABLE "social_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"post_id" uuid,
	"group_post_id" uuid,
	"author_user_id" uuid NOT NULL,
	"parent_comment_id" uuid,
	"body" text,
	"moderation_status" text DEFAULT 'visible' NOT NULL,
	"moderated_at" timestamp with time zone,
	"like_count" integer DEFAULT 0 NOT NULL,
	"reply_count" integer DEFAULT 0 NOT NULL,
	"is_accepted_answer" boolean DEFAULT false NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"content_erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "social_comments_target_check" CHECK (("post_id" is null) <> ("group_post_id" is null)),
	CONSTRAINT "social_comments_parent_comment_id_check" CHECK ("parent_comment_id" <> "id"),
	CONSTRAINT "social_comments_body_check" CHECK (char_length("body") between 1 and 8000),
	CONSTRAINT "social_comments_removed_moderated_at_check" CHECK ("moderation_status" <> 'removed' or "moderated_at" is not null),
	CONSTRAINT "social_comments_like_count_check" CHECK ("like_count" >= 0),
	CONSTRAINT "social_comments_reply_count_check" CHECK ("reply_count" >= 0),
	CONSTRAINT "social_comments_erased_deleted_check" CHECK ("content_erased_at" is null or "deleted_at" is not null),
	CONSTRAINT "social_comments_content_erased_at_check" CHECK ("content_erased_at" >= "deleted_at"),
	CONSTRAINT "social_comments_erased_content_check" CHECK ("content_erased_at" is null or "body" is null),
	CONSTRAINT "social_comments_moderation_status_check" CHECK ("moderation_status" in ('visible', 'pending_review', 'flagged', 'hidden', 'removed'))
);
--> statement-breakpoint
CREATE TABLE "social_likes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"post_id" uuid,
	"comment_id" uuid,
	"group_post_id" uuid,
	"message_id" uuid,
	"reaction" text DEFAULT 'like' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "social_likes_user_target_key" UNIQUE NULLS NOT DISTINCT("user_id","post_id","comment_id","group_post_id","message_id"),
	CONSTRAINT "social_likes_target_check" CHECK (num_nonnulls("post_id", "comment_id", "group_post_id", "message_id") = 1),
	CONSTRAINT "social_likes_reaction_check" CHECK ("reaction" in ('like', 'love', 'celebrate', 'support', 'insightful', 'funny'))
);
--> statement-breakpoint
CREATE TABLE "social_moderation_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"content_type" text NOT NULL,
	"content_id" uuid NOT NULL,
	"group_id" uuid,
	"action" text NOT NULL,
	"actor_type" text NOT NULL,
	"actor_user_id" uuid,
	"subject_user_id" uuid,
	"reason" text,
	"policy_reference" text,
	"previous_status" text,
	"new_status" text,
	"notes" text,
	"report_count" integer DEFAULT 0 NOT NULL,
	"provider" text,
	"provider_decision_id" text,
	"confidence_score" numeric(5,4),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "social_moderation_actions_moderator_check" CHECK ("actor_type" <> 'moderator' or "actor_user_id" is not null),
	CONSTRAINT "social_moderation_actions_group_admin_check" CHECK ("actor_type" <> 'group_admin' or "actor_user_id" is not null),
	CONSTRAINT "social_moderation_actions_member_check" CHECK ("actor_type" <> 'member' or "actor_user_id" is not null),
	CONSTRAINT "social_moderation_actions_automated_provider_check" CHECK ("provider" is null or "actor_type" = 'automated'),
	CONSTRAINT "social_moderation_actions_decision_check" CHECK (("provider" is null) = ("provider_decision_id" is null)),
	CONSTRAINT "social_moderation_actions_provider_decision_id_format_check" CHECK ("provider_decision_id" ~ '^\S{1,200}$'),
	CONSTRAINT "social_moderation_actions_confidence_check" CHECK ("confidence_score" is null or "actor_type" = 'automated'),
	CONSTRAINT "social_moderation_actions_confidence_score_check" CHECK ("confidence_score" between 0 and 1),
	CONSTRAINT "social_moderation_actions_status_change_check" CHECK ("new_status" <> "previous_status"),
	CONSTRAINT "social_moderation_actions_report_count_check" CHECK ("report_count" >= 0),
	CONSTRAINT "social_moderation_actions_content_type_check" CHECK ("content_type" in ('social_posts', 'social_comments', 'group_posts', 'private_messages', 'groups', 'community_events', 'user_profiles')),
	CONSTRAINT "social_moderation_actions_action_check" CHECK ("action" in ('reported', 'auto_flagged', 'held_for_review', 'approved', 'hidden', 'removed', 'restored', 'user_warned', 'user_suspended', 'banned_from_group', 'escalated')),
	CONSTRAINT "social_moderation_actions_actor_type_check" CHECK ("actor_type" in ('member', 'group_admin', 'moderator', 'automated')),
	CONSTRAINT "social_moderation_actions_reason_check" CHECK ("reason" in ('spam', 'scam', 'harassment', 'hate_speech', 'animal_welfare', 'misinformation', 'nudity', 'violence', 'privacy', 'copyright', 'off_topic', 'other')),
	CONSTRAINT "social_moderation_actions_previous_status_check" CHECK ("previous_status" in ('visible', 'pending_review', 'flagged', 'hidden', 'removed')),
	CONSTRAINT "social_moderation_actions_new_status_check" CHECK ("new_status" in ('visible', 'pending_review', 'flagged', 'hidden', 'removed')),
	CONSTRAINT "social_moderation_actions_provider_check" CHECK ("provider" in ('hive', 'aws_rekognition', 'openai_moderation', 'perspective'))
);
--> statement-breakpoint
CREATE TABLE "social_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"author_user_id" uuid NOT NULL,
	"horse_id" uuid,
	"shared_post_id" uuid,
	"post_type" text DEFAULT 'status' NOT NULL,
	"body" text,
	"link_url" text,
	"media" jsonb DEFAULT '[]' NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"moderation_status" text DEFAULT 'visible' NOT NULL,
	"moderated_at" timestamp with time zone,
	"is_pinned" boolean DEFAULT false NOT NULL,
	"like_count" integer DEFAULT 0 NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"share_count" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"content_erased_at" timestamp with time zone,
	"source" text,
	"external_id" text,
	"source_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "social_posts_body_check" CHECK (char_length("body") between 1 and 63206),
	CONSTRAINT "social_posts_link_url_format_check" CHECK ("link_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "social_posts_link_url_check" CHECK ("post_type" <> 'link' or "link_url" is not null),
	CONSTRAINT "social_posts_shared_post_id_check" CHECK ("shared_post_id" <> "id"),
	CONSTRAINT "social_posts_removed_moderated_at_check" CHECK ("moderation_status" <> 'removed' or "moderated_at" is not null),
	CONSTRAINT "social_posts_like_count_check" CHECK ("like_count" >= 0),
	CONSTRAINT "social_posts_comment_count_check" CHECK ("comment_count" >= 0),
	CONSTRAINT "social_posts_share_count_check" CHECK ("share_count" >= 0),
	CONSTRAINT "social_posts_edited_at_check" CHECK ("edited_at" >= "published_at"),
	CONSTRAINT "social_posts_erased_deleted_check" CHECK ("content_erased_at" is null or "deleted_at" is not null),
	CONSTRAINT "social_posts_content_erased_at_check" CHECK ("content_erased_at" >= "deleted_at"),
	CONSTRAINT "social_posts_erased_content_check" CHECK ("content_erased_at" is null or ("body" is null and "media" = '[]'::jsonb)),
	CONSTRAINT "social_posts_source_pair_check" CHECK (("source" is null) = ("external_id" is null)),
	CONSTRAINT "social_posts_external_id_format_check" CHECK ("external_id" ~ '^\S{1,200}$'),
	CONSTRAINT "social_posts_source_updated_at_check" CHECK ("source_updated_at" is null or "external_id" is not null),
	CONSTRAINT "social_posts_post_type_check" CHECK ("post_type" in ('status', 'photo', 'video', 'link', 'horse_update', 'competition_result', 'milestone', 'question', 'event_share')),
	CONSTRAINT "social_posts_visibility_check" CHECK ("visibility" in ('public', 'followers', 'private')),
	CONSTRAINT "social_posts_moderation_status_check" CHECK ("moderation_status" in ('visible', 'pending_review', 'flagged', 'hidden', 'removed')),
	CONSTRAINT "social_posts_source_check" CHECK ("source" in ('instagram', 'facebook', 'tiktok', 'youtube', 'x', 'threads'))
);
--> statement-breakpoint
CREATE TABLE "user_follows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"follower_user_id" uuid NOT NULL,
	"followed_user_id" uuid,
	"followed_horse_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"accepted_at" timestamp with time zone,
	"notifications_enabled" boolean DEFAULT true NOT NULL,
	"is_muted" boolean DEFAULT false NOT NULL,
	"origin" text DEFAULT 'profile' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_follows_pair_key" UNIQUE NULLS NOT DISTINCT("follower_user_id","followed_user_id","followed_horse_id"),
	CONSTRAINT "user_follows_target_check" CHECK (("followed_user_id" is null) <> ("followed_horse_id" is null)),
	CONSTRAINT "user_follows_self_check" CHECK ("followed_user_id" <> "follower_user_id"),
	CONSTRAINT "user_follows_accepted_at_check" CHECK ("accepted_at" is null or "status" = 'active'),
	CONSTRAINT "user_follows_status_check" CHECK ("status" in ('pending', 'active')),
	CONSTRAINT "user_follows_origin_check" CHECK ("origin" in ('profile', 'suggestion', 'search', 'group', 'event', 'contacts_import', 'horse_page'))
);
--> statement-breakpoint
CREATE TABLE "user_tags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"tagged_user_id" uuid NOT NULL,
	"tagged_by_user_id" uuid,
	"social_post_id" uuid,
	"group_post_id" uuid,
	"tagged_as" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"responded_at" timestamp with time zone,
	"show_on_profile" boolean DEFAULT true NOT NULL,
	"media_index" integer,
	"x_percent" numeric(5,2),
	"y_percent" numeric(5,2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_tags_post_key" UNIQUE NULLS NOT DISTINCT("tagged_user_id","social_post_id","group_post_id"),
	CONSTRAINT "user_tags_post_check" CHECK (("social_post_id" is null) <> ("group_post_id" is null)),
	CONSTRAINT "user_tags_declined_responded_at_check" CHECK ("status" <> 'declined' or "responded_at" is not null),
	CONSTRAINT "user_tags_media_index_check" CHECK ("media_index" >= 0),
	CONSTRAINT "user_tags_x_percent_check" CHECK ("x_percent" between 0 and 100),
	CONSTRAINT "user_tags_y_percent_check" CHECK ("y_percent" between 0 and 100),
	CONSTRAINT "user_tags_position_check" CHECK (("x_percent" is null) = ("y_percent" is null)),
	CONSTRAINT "user_tags_position_media_check" CHECK ("x_percent" is null or "media_index" is not null),
	CONSTRAINT "user_tags_tagged_as_check" CHECK ("tagged_as" in ('rider', 'owner', 'trainer', 'groom', 'breeder', 'farrier', 'veterinarian', 'photographer', 'spectator', 'other')),
	CONSTRAINT "user_tags_status_check" CHECK ("status" in ('pending', 'approved', 'declined', 'removed'))
);
--> statement-breakpoint
ALTER TABLE "user_profiles" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "admin_actions_admin_user_id_idx" ON "admin_actions" ("admin_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "admin_actions_subject_user_id_idx" ON "admin_actions" ("subject_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "admin_actions_approved_by_admin_user_id_idx" ON "admin_actions" ("approved_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "admin_actions_target_idx" ON "admin_actions" ("target_table","target_row_id","occurred_at");--> statement-breakpoint
CREATE INDEX "admin_actions_request_id_idx" ON "admin_actions" ("request_id") WHERE "request_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "admin_users_user_id_key" ON "admin_users" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "admin_users_identity_provider_external_id_key" ON "admin_users" ("identity_provider","external_id");--> statement-breakpoint
CREATE INDEX "admin_users_granted_by_admin_user_id_idx" ON "admin_users" ("granted_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "admin_users_current_role_idx" ON "admin_users" ("role") WHERE "active_until" is null;--> statement-breakpoint
CREATE INDEX "admin_users_access_review_due_on_idx" ON "admin_users" ("access_review_due_on") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "api_usage_stats_user_id_idx" ON "api_usage_stats" ("user_id","bucket_start");--> statement-breakpoint
CREATE INDEX "api_usage_stats_api_client_key_idx" ON "api_usage_stats" ("api_client_key","bucket_start");--> statement-breakpoint
CREATE INDEX "api_usage_stats_endpoint_idx" ON "api_usage_stats" ("endpoint","http_method","bucket_start");--> statement-breakpoint
CREATE INDEX "api_usage_stats_server_errors_idx" ON "api_usage_stats" ("bucket_start") WHERE "server_error_count" > 0;--> statement-breakpoint
CREATE INDEX "audit_trail_row_idx" ON "audit_trail" ("table_name","row_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_trail_actor_user_id_idx" ON "audit_trail" ("actor_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_trail_impersonator_user_id_idx" ON "audit_trail" ("impersonator_user_id");--> statement-breakpoint
CREATE INDEX "audit_trail_request_id_idx" ON "audit_trail" ("request_id") WHERE "request_id" is not null;--> statement-breakpoint
CREATE INDEX "audit_trail_occurred_at_idx" ON "audit_trail" ("occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_trail_source_system_external_event_id_key" ON "audit_trail" ("source_system","external_event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "database_backups_source_external_backup_id_key" ON "database_backups" ("source","external_backup_id");--> statement-breakpoint
CREATE INDEX "database_backups_parent_backup_id_idx" ON "database_backups" ("parent_backup_id");--> statement-breakpoint
CREATE INDEX "database_backups_triggered_by_admin_user_id_idx" ON "database_backups" ("triggered_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "database_backups_database_idx" ON "database_backups" ("database_name","environment","started_at");--> statement-breakpoint
CREATE INDEX "database_backups_retain_until_idx" ON "database_backups" ("retain_until") WHERE "status" = 'completed';--> statement-breakpoint
CREATE UNIQUE INDEX "error_logs_tracker_external_issue_id_key" ON "error_logs" ("tracker","external_issue_id");--> statement-breakpoint
CREATE INDEX "error_logs_fingerprint_idx" ON "error_logs" ("fingerprint");--> statement-breakpoint
CREATE INDEX "error_logs_assigned_admin_user_id_idx" ON "error_logs" ("assigned_admin_user_id");--> statement-breakpoint
CREATE INDEX "error_logs_unresolved_idx" ON "error_logs" ("environment","last_seen_at") WHERE "status" = 'unresolved';--> statement-breakpoint
CREATE UNIQUE INDEX "feature_flags_key_environment_key" ON "feature_flags" ("key","environment");--> statement-breakpoint
CREATE INDEX "feature_flags_owner_admin_user_id_idx" ON "feature_flags" ("owner_admin_user_id");--> statement-breakpoint
CREATE INDEX "feature_flags_remove_by_idx" ON "feature_flags" ("remove_by") WHERE "status" <> 'archived';--> statement-breakpoint
CREATE INDEX "performance_monitoring_target_idx" ON "performance_monitoring" ("target","window_start");--> statement-breakpoint
CREATE INDEX "performance_monitoring_window_start_idx" ON "performance_monitoring" ("window_start");--> statement-breakpoint
CREATE UNIQUE INDEX "system_alerts_source_dedup_key_fired_at_key" ON "system_alerts" ("source","dedup_key","fired_at");--> statement-breakpoint
CREATE UNIQUE INDEX "system_alerts_open_key" ON "system_alerts" ("source","dedup_key") WHERE "status" <> 'resolved';--> statement-breakpoint
CREATE INDEX "system_alerts_open_idx" ON "system_alerts" ("severity","fired_at") WHERE "status" <> 'resolved';--> statement-breakpoint
CREATE INDEX "system_alerts_acknowledged_by_admin_user_id_idx" ON "system_alerts" ("acknowledged_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "system_alerts_system_health_metric_id_idx" ON "system_alerts" ("system_health_metric_id");--> statement-breakpoint
CREATE INDEX "system_alerts_error_log_id_idx" ON "system_alerts" ("error_log_id");--> statement-breakpoint
CREATE INDEX "system_alerts_fired_at_idx" ON "system_alerts" ("environment","fired_at");--> statement-breakpoint
CREATE UNIQUE INDEX "system_config_key_environment_version_key" ON "system_config" ("key","environment","version");--> statement-breakpoint
CREATE UNIQUE INDEX "system_config_current_key" ON "system_config" ("key","environment") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "system_config_changed_by_admin_user_id_idx" ON "system_config" ("changed_by_admin_user_id");--> statement-breakpoint
CREATE INDEX "system_health_metrics_series_idx" ON "system_health_metrics" ("component","metric_name","sampled_at");--> statement-breakpoint
CREATE INDEX "system_health_metrics_unhealthy_idx" ON "system_health_metrics" ("sampled_at") WHERE "health_status" in ('warning', 'critical');--> statement-breakpoint
CREATE UNIQUE INDEX "access_control_lists_current_grant_key" ON "access_control_lists" ("resource_type",coalesce("resource_id", '00000000-0000-0000-0000-000000000000'::uuid),"permission",coalesce("principal_user_id", "principal_practice_id", '00000000-0000-0000-0000-000000000000'::uuid),coalesce("principal_role", '')) WHERE "revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "access_control_lists_source_external_id_key" ON "access_control_lists" ("source","external_id");--> statement-breakpoint
CREATE INDEX "access_control_lists_resource_idx" ON "access_control_lists" ("resource_type","resource_id");--> statement-breakpoint
CREATE INDEX "access_control_lists_principal_user_id_idx" ON "access_control_lists" ("principal_user_id");--> statement-breakpoint
CREATE INDEX "access_control_lists_principal_practice_id_idx" ON "access_control_lists" ("principal_practice_id");--> statement-breakpoint
CREATE INDEX "access_control_lists_granted_by_user_id_idx" ON "access_control_lists" ("granted_by_user_id");--> statement-breakpoint
CREATE INDEX "access_control_lists_revoked_by_user_id_idx" ON "access_control_lists" ("revoked_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "authentication_logs_provider_event_id_key" ON "authentication_logs" ("identity_provider","provider_event_id");--> statement-breakpoint
CREATE INDEX "authentication_logs_user_id_occurred_at_idx" ON "authentication_logs" ("user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "authentication_logs_failed_identifier_idx" ON "authentication_logs" ("attempted_identifier_hash","occurred_at") WHERE "outcome" = 'failure';--> statement-breakpoint
CREATE INDEX "authentication_logs_failed_ip_address_idx" ON "authentication_logs" ("ip_address","occurred_at") WHERE "outcome" = 'failure';--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_records_current_control_key" ON "compliance_records" ("framework","framework_version","control_id") WHERE "superseded_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_records_source_external_id_key" ON "compliance_records" ("source","external_id");--> statement-breakpoint
CREATE INDEX "compliance_records_control_history_idx" ON "compliance_records" ("framework","control_id","assessed_on");--> statement-breakpoint
CREATE INDEX "compliance_records_security_audit_id_idx" ON "compliance_records" ("security_audit_id");--> statement-breakpoint
CREATE INDEX "compliance_records_assessed_by_user_id_idx" ON "compliance_records" ("assessed_by_user_id");--> statement-breakpoint
CREATE INDEX "compliance_records_owner_user_id_idx" ON "compliance_records" ("owner_user_id");--> statement-breakpoint
CREATE INDEX "compliance_records_next_review_on_idx" ON "compliance_records" ("next_review_on") WHERE "superseded_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "data_privacy_requests_source_external_id_key" ON "data_privacy_requests" ("source","external_id");--> statement-breakpoint
CREATE INDEX "data_privacy_requests_subject_user_id_idx" ON "data_privacy_requests" ("subject_user_id","received_at");--> statement-breakpoint
CREATE INDEX "data_privacy_requests_handled_by_user_id_idx" ON "data_privacy_requests" ("handled_by_user_id");--> statement-breakpoint
CREATE INDEX "data_privacy_requests_open_due_at_idx" ON "data_privacy_requests" ("due_at") WHERE "status" in ('received', 'awaiting_identity', 'in_progress');--> statement-breakpoint
CREATE UNIQUE INDEX "data_retention_policies_in_force_key" ON "data_retention_policies" ("table_name") WHERE "effective_to" is null;--> statement-breakpoint
CREATE INDEX "data_retention_policies_table_name_idx" ON "data_retention_policies" ("table_name","effective_from");--> statement-breakpoint
CREATE INDEX "data_retention_policies_security_policy_id_idx" ON "data_retention_policies" ("security_policy_id");--> statement-breakpoint
CREATE INDEX "data_retention_policies_owner_user_id_idx" ON "data_retention_policies" ("owner_user_id");--> statement-breakpoint
CREATE INDEX "data_retention_policies_job_idx" ON "data_retention_policies" ("last_applied_at") WHERE "is_enabled" and "effective_to" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "encryption_keys_kms_provider_key_id_key" ON "encryption_keys" ("kms_provider","kms_key_id");--> statement-breakpoint
CREATE INDEX "encryption_keys_replaced_by_key_id_idx" ON "encryption_keys" ("replaced_by_key_id");--> statement-breakpoint
CREATE INDEX "encryption_keys_custodian_user_id_idx" ON "encryption_keys" ("custodian_user_id");--> statement-breakpoint
CREATE INDEX "encryption_keys_rotation_due_idx" ON "encryption_keys" ("last_rotated_at","key_created_at") WHERE "status" = 'active' and "rotation_period_days" is not null;--> statement-breakpoint
CREATE INDEX "gdpr_compliance_user_id_purpose_captured_at_idx" ON "gdpr_compliance" ("user_id","purpose","captured_at");--> statement-breakpoint
CREATE INDEX "gdpr_compliance_security_policy_id_idx" ON "gdpr_compliance" ("security_policy_id");--> statement-breakpoint
CREATE INDEX "gdpr_compliance_recorded_by_user_id_idx" ON "gdpr_compliance" ("recorded_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gdpr_compliance_source_external_id_key" ON "gdpr_compliance" ("source","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "security_audits_audit_reference_key" ON "security_audits" ("audit_reference");--> statement-breakpoint
CREATE UNIQUE INDEX "security_audits_source_external_id_key" ON "security_audits" ("source","external_id");--> statement-breakpoint
CREATE INDEX "security_audits_commissioned_by_user_id_idx" ON "security_audits" ("commissioned_by_user_id");--> statement-breakpoint
CREATE INDEX "security_audits_open_period_end_idx" ON "security_audits" ("period_end") WHERE "status" in ('planned', 'in_progress', 'reporting');--> statement-breakpoint
CREATE UNIQUE INDEX "security_policies_policy_key_version_key" ON "security_policies" ("policy_key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "security_policies_in_force_key" ON "security_policies" ("policy_key") WHERE "status" = 'approved' and "effective_to" is null;--> statement-breakpoint
CREATE INDEX "security_policies_approved_by_user_id_idx" ON "security_policies" ("approved_by_user_id");--> statement-breakpoint
CREATE INDEX "security_policies_owner_user_id_idx" ON "security_policies" ("owner_user_id");--> statement-breakpoint
CREATE INDEX "security_policies_next_review_on_idx" ON "security_policies" ("next_review_on") WHERE "status" = 'approved';--> statement-breakpoint
CREATE UNIQUE INDEX "session_security_session_id_key" ON "session_security" ("session_id");--> statement-breakpoint
CREATE INDEX "session_security_authentication_log_id_idx" ON "session_security" ("authentication_log_id");--> statement-breakpoint
CREATE INDEX "session_security_revoked_by_user_id_idx" ON "session_security" ("revoked_by_user_id");--> statement-breakpoint
CREATE INDEX "session_security_open_risk_idx" ON "session_security" ("risk_score") WHERE "revoked_at" is null and "risk_level" in ('high', 'critical');--> statement-breakpoint
CREATE INDEX "dental_records_horse_id_idx" ON "dental_records" ("horse_id","examined_on");--> statement-breakpoint
CREATE INDEX "dental_records_vet_visit_id_idx" ON "dental_records" ("vet_visit_id");--> statement-breakpoint
CREATE INDEX "dental_records_practice_id_idx" ON "dental_records" ("practice_id");--> statement-breakpoint
CREATE INDEX "dental_records_veterinarian_id_idx" ON "dental_records" ("veterinarian_id");--> statement-breakpoint
CREATE INDEX "health_alerts_horse_id_idx" ON "health_alerts" ("horse_id","triggered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "health_alerts_open_source_key" ON "health_alerts" ("horse_id","alert_type","source_table","source_id") WHERE "status" in ('open', 'acknowledged');--> statement-breakpoint
CREATE INDEX "health_alerts_acknowledged_by_user_id_idx" ON "health_alerts" ("acknowledged_by_user_id");--> statement-breakpoint
CREATE INDEX "health_protocol_assignments_protocol_id_idx" ON "health_protocol_assignments" ("protocol_id");--> statement-breakpoint
CREATE INDEX "health_protocol_assignments_horse_id_idx" ON "health_protocol_assignments" ("horse_id","started_on");--> statement-breakpoint
CREATE UNIQUE INDEX "health_protocol_assignments_current_key" ON "health_protocol_assignments" ("horse_id","protocol_id") WHERE "status" in ('planned', 'active');--> statement-breakpoint
CREATE INDEX "health_protocol_assignments_health_record_id_idx" ON "health_protocol_assignments" ("health_record_id");--> statement-breakpoint
CREATE INDEX "health_protocol_assignments_assigned_by_user_id_idx" ON "health_protocol_assignments" ("assigned_by_user_id");--> statement-breakpoint
CREATE INDEX "health_protocol_assignments_supervising_vet_id_idx" ON "health_protocol_assignments" ("supervising_veterinarian_id");--> statement-breakpoint
CREATE UNIQUE INDEX "health_protocols_practice_id_protocol_code_version_key" ON "health_protocols" ("practice_id","protocol_code","version");--> statement-breakpoint
CREATE INDEX "health_protocols_authored_by_user_id_idx" ON "health_protocols" ("authored_by_user_id");--> statement-breakpoint
CREATE INDEX "health_protocols_active_type_idx" ON "health_protocols" ("protocol_type") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "health_records_horse_id_idx" ON "health_records" ("horse_id","diagnosed_on");--> statement-breakpoint
CREATE INDEX "health_records_practice_id_idx" ON "health_records" ("practice_id");--> statement-breakpoint
CREATE INDEX "health_records_veterinarian_id_idx" ON "health_records" ("veterinarian_id");--> statement-breakpoint
CREATE INDEX "health_records_recorded_by_user_id_idx" ON "health_records" ("recorded_by_user_id");--> statement-breakpoint
CREATE INDEX "health_records_open_idx" ON "health_records" ("horse_id") WHERE "status" <> 'resolved';--> statement-breakpoint
CREATE UNIQUE INDEX "health_records_source_system_external_record_id_key" ON "health_records" ("source_system","external_record_id");--> statement-breakpoint
CREATE INDEX "health_reminders_horse_id_idx" ON "health_reminders" ("horse_id","due_on");--> statement-breakpoint
CREATE INDEX "health_reminders_recipient_user_id_idx" ON "health_reminders" ("recipient_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "health_reminders_vaccination_id_recipient_user_id_key" ON "health_reminders" ("vaccination_id","recipient_user_id");--> statement-breakpoint
CREATE INDEX "health_reminders_medication_id_idx" ON "health_reminders" ("medication_id");--> statement-breakpoint
CREATE INDEX "health_reminders_pending_idx" ON "health_reminders" ("remind_at") WHERE "status" = 'scheduled';--> statement-breakpoint
CREATE UNIQUE INDEX "health_statistics_horse_id_period_type_period_start_key" ON "health_statistics" ("horse_id","period_type","period_start");--> statement-breakpoint
CREATE INDEX "injuries_horse_id_idx" ON "injuries" ("horse_id","occurred_on");--> statement-breakpoint
CREATE INDEX "injuries_health_record_id_idx" ON "injuries" ("health_record_id");--> statement-breakpoint
CREATE INDEX "injuries_vet_visit_id_idx" ON "injuries" ("vet_visit_id");--> statement-breakpoint
CREATE INDEX "injuries_reported_by_user_id_idx" ON "injuries" ("reported_by_user_id");--> statement-breakpoint
CREATE INDEX "injuries_treated_by_veterinarian_id_idx" ON "injuries" ("treated_by_veterinarian_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lab_results_laboratory_code_accession_number_test_code_key" ON "lab_results" ("laboratory_code","accession_number","test_code");--> statement-breakpoint
CREATE INDEX "lab_results_horse_id_idx" ON "lab_results" ("horse_id","collected_at");--> statement-breakpoint
CREATE INDEX "lab_results_vet_visit_id_idx" ON "lab_results" ("vet_visit_id");--> statement-breakpoint
CREATE INDEX "lab_results_health_record_id_idx" ON "lab_results" ("health_record_id");--> statement-breakpoint
CREATE INDEX "lab_results_requested_by_veterinarian_id_idx" ON "lab_results" ("requested_by_veterinarian_id");--> statement-breakpoint
CREATE INDEX "lameness_exams_horse_id_idx" ON "lameness_exams" ("horse_id","examined_on");--> statement-breakpoint
CREATE INDEX "lameness_exams_vet_visit_id_idx" ON "lameness_exams" ("vet_visit_id");--> statement-breakpoint
CREATE INDEX "lameness_exams_health_record_id_idx" ON "lameness_exams" ("health_record_id");--> statement-breakpoint
CREATE INDEX "lameness_exams_veterinarian_id_idx" ON "lameness_exams" ("veterinarian_id");--> statement-breakpoint
CREATE INDEX "medications_horse_id_idx" ON "medications" ("horse_id","started_on");--> statement-breakpoint
CREATE INDEX "medications_vet_visit_id_idx" ON "medications" ("vet_visit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "medications_practice_id_prescription_reference_key" ON "medications" ("practice_id","prescription_reference");--> statement-breakpoint
CREATE INDEX "medications_prescribed_by_veterinarian_id_idx" ON "medications" ("prescribed_by_veterinarian_id");--> statement-breakpoint
CREATE INDEX "medications_withdrawal_idx" ON "medications" ("horse_id","withdrawal_ends_on") WHERE "withdrawal_ends_on" is not null;--> statement-breakpoint
CREATE INDEX "surgeries_horse_id_idx" ON "surgeries" ("horse_id","started_at");--> statement-breakpoint
CREATE INDEX "surgeries_health_record_id_idx" ON "surgeries" ("health_record_id");--> statement-breakpoint
CREATE INDEX "surgeries_practice_id_idx" ON "surgeries" ("practice_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "surgeries_surgeon_veterinarian_id_idx" ON "surgeries" ("surgeon_veterinarian_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vaccinations_horse_id_vaccine_type_administered_on_key" ON "vaccinations" ("horse_id","vaccine_type","administered_on");--> statement-breakpoint
CREATE INDEX "vaccinations_vet_visit_id_idx" ON "vaccinations" ("vet_visit_id");--> statement-breakpoint
CREATE INDEX "vaccinations_practice_id_idx" ON "vaccinations" ("practice_id");--> statement-breakpoint
CREATE INDEX "vaccinations_veterinarian_id_idx" ON "vaccinations" ("veterinarian_id");--> statement-breakpoint
CREATE INDEX "vaccinations_next_due_on_idx" ON "vaccinations" ("next_due_on") WHERE "next_due_on" is not null;--> statement-breakpoint
CREATE INDEX "vet_visits_horse_id_idx" ON "vet_visits" ("horse_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "vet_visits_practice_id_external_visit_id_key" ON "vet_visits" ("practice_id","external_visit_id");--> statement-breakpoint
CREATE INDEX "vet_visits_veterinarian_id_idx" ON "vet_visits" ("veterinarian_id");--> statement-breakpoint
CREATE INDEX "vet_visits_health_record_id_idx" ON "vet_visits" ("health_record_id");--> statement-breakpoint
CREATE INDEX "vet_visits_requested_by_user_id_idx" ON "vet_visits" ("requested_by_user_id");--> statement-breakpoint
CREATE INDEX "vet_visits_scheduled_idx" ON "vet_visits" ("practice_id","scheduled_at") WHERE "status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "vital_signs_horse_id_idx" ON "vital_signs" ("horse_id","recorded_at");--> statement-breakpoint
CREATE INDEX "vital_signs_vet_visit_id_idx" ON "vital_signs" ("vet_visit_id");--> statement-breakpoint
CREATE INDEX "vital_signs_recorded_by_user_id_idx" ON "vital_signs" ("recorded_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vital_signs_device_system_external_reading_id_key" ON "vital_signs" ("device_system","external_reading_id");--> statement-breakpoint
CREATE INDEX "brand_ambassadors_user_id_idx" ON "brand_ambassadors" ("user_id","started_on");--> statement-breakpoint
CREATE UNIQUE INDEX "brand_ambassadors_current_key" ON "brand_ambassadors" ("user_id") WHERE "ended_on" is null;--> statement-breakpoint
CREATE INDEX "brand_ambassadors_referral_code_id_idx" ON "brand_ambassadors" ("referral_code_id");--> statement-breakpoint
CREATE INDEX "brand_ambassadors_featured_horse_id_idx" ON "brand_ambassadors" ("featured_horse_id");--> statement-breakpoint
CREATE INDEX "brand_ambassadors_appointed_by_user_id_idx" ON "brand_ambassadors" ("appointed_by_user_id");--> statement-breakpoint
CREATE INDEX "brand_ambassadors_current_country_idx" ON "brand_ambassadors" ("country_code","tier") WHERE "ended_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "content_virality_metrics_content_day_key" ON "content_virality_metrics" ("content_table","content_id","metric_date");--> statement-breakpoint
CREATE INDEX "content_virality_metrics_metric_date_idx" ON "content_virality_metrics" ("metric_date","share_count");--> statement-breakpoint
CREATE INDEX "content_virality_metrics_campaign_id_idx" ON "content_virality_metrics" ("campaign_id","metric_date");--> statement-breakpoint
CREATE UNIQUE INDEX "influencer_partnerships_source_external_id_key" ON "influencer_partnerships" ("source","external_id");--> statement-breakpoint
CREATE INDEX "influencer_partnerships_influencer_user_id_idx" ON "influencer_partnerships" ("influencer_user_id","contract_starts_on");--> statement-breakpoint
CREATE INDEX "influencer_partnerships_campaign_id_idx" ON "influencer_partnerships" ("campaign_id");--> statement-breakpoint
CREATE INDEX "influencer_partnerships_horse_id_idx" ON "influencer_partnerships" ("horse_id");--> statement-breakpoint
CREATE INDEX "influencer_partnerships_running_idx" ON "influencer_partnerships" ("contract_ends_on") WHERE "status" in ('contracted', 'active');--> statement-breakpoint
CREATE UNIQUE INDEX "marketing_attribution_event_touch_key" ON "marketing_attribution" ("source","conversion_event_id","touch_model","touch_sequence");--> statement-breakpoint
CREATE INDEX "marketing_attribution_user_id_idx" ON "marketing_attribution" ("user_id","converted_at");--> statement-breakpoint
CREATE INDEX "marketing_attribution_subscription_id_idx" ON "marketing_attribution" ("subscription_id");--> statement-breakpoint
CREATE INDEX "marketing_attribution_purchase_order_id_idx" ON "marketing_attribution" ("purchase_order_id");--> statement-breakpoint
CREATE INDEX "marketing_attribution_campaign_id_idx" ON "marketing_attribution" ("campaign_id","converted_at");--> statement-breakpoint
CREATE INDEX "marketing_attribution_influencer_partnership_id_idx" ON "marketing_attribution" ("influencer_partnership_id","converted_at");--> statement-breakpoint
CREATE INDEX "marketing_attribution_utm_idx" ON "marketing_attribution" ("utm_source","utm_medium","converted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_codes_code_key" ON "referral_codes" ("code");--> statement-breakpoint
CREATE INDEX "referral_codes_program_id_idx" ON "referral_codes" ("program_id");--> statement-breakpoint
CREATE INDEX "referral_codes_owner_user_id_idx" ON "referral_codes" ("owner_user_id","issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_codes_active_owner_key" ON "referral_codes" ("program_id","owner_user_id") WHERE "status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "referral_programs_code_key" ON "referral_programs" ("code");--> statement-breakpoint
CREATE INDEX "referral_programs_sponsor_practice_id_idx" ON "referral_programs" ("sponsor_practice_id");--> statement-breakpoint
CREATE INDEX "referral_programs_created_by_user_id_idx" ON "referral_programs" ("created_by_user_id");--> statement-breakpoint
CREATE INDEX "referral_programs_active_idx" ON "referral_programs" ("starts_on","ends_on") WHERE "status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "referral_tracking_source_external_id_key" ON "referral_tracking" ("source","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_tracking_live_referred_user_key" ON "referral_tracking" ("program_id","referred_user_id") WHERE "status" not in ('rejected', 'expired');--> statement-breakpoint
CREATE INDEX "referral_tracking_program_id_idx" ON "referral_tracking" ("program_id","status");--> statement-breakpoint
CREATE INDEX "referral_tracking_referral_code_id_idx" ON "referral_tracking" ("referral_code_id");--> statement-breakpoint
CREATE INDEX "referral_tracking_referrer_user_id_idx" ON "referral_tracking" ("referrer_user_id","created_at");--> statement-breakpoint
CREATE INDEX "referral_tracking_referred_user_id_idx" ON "referral_tracking" ("referred_user_id");--> statement-breakpoint
CREATE INDEX "referral_tracking_qualifying_subscription_id_idx" ON "referral_tracking" ("qualifying_subscription_id");--> statement-breakpoint
CREATE INDEX "referral_tracking_qualifying_order_id_idx" ON "referral_tracking" ("qualifying_order_id");--> statement-breakpoint
CREATE INDEX "referral_tracking_reward_queue_idx" ON "referral_tracking" ("qualified_at") WHERE "status" = 'qualified';--> statement-breakpoint
CREATE UNIQUE INDEX "social_shares_network_post_id_key" ON "social_shares" ("network","network_post_id");--> statement-breakpoint
CREATE INDEX "social_shares_shared_by_user_id_idx" ON "social_shares" ("shared_by_user_id","shared_at");--> statement-breakpoint
CREATE INDEX "social_shares_content_idx" ON "social_shares" ("content_table","content_id","shared_at");--> statement-breakpoint
CREATE INDEX "social_shares_campaign_id_idx" ON "social_shares" ("campaign_id");--> statement-breakpoint
CREATE INDEX "social_shares_referral_code_id_idx" ON "social_shares" ("referral_code_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_generated_content_source_external_id_key" ON "user_generated_content" ("source","external_id");--> statement-breakpoint
CREATE INDEX "user_generated_content_creator_user_id_idx" ON "user_generated_content" ("creator_user_id","submitted_at");--> statement-breakpoint
CREATE INDEX "user_generated_content_horse_id_idx" ON "user_generated_content" ("horse_id","submitted_at");--> statement-breakpoint
CREATE INDEX "user_generated_content_campaign_id_idx" ON "user_generated_content" ("campaign_id");--> statement-breakpoint
CREATE INDEX "user_generated_content_moderated_by_user_id_idx" ON "user_generated_content" ("moderated_by_user_id");--> statement-breakpoint
CREATE INDEX "user_generated_content_moderation_queue_idx" ON "user_generated_content" ("submitted_at") WHERE "moderation_status" in ('pending', 'flagged');--> statement-breakpoint
CREATE INDEX "user_generated_content_reusable_idx" ON "user_generated_content" ("licence_type","licence_expires_at") WHERE "rights_status" = 'granted' and "moderation_status" = 'approved';--> statement-breakpoint
CREATE UNIQUE INDEX "viral_campaigns_code_key" ON "viral_campaigns" ("code");--> statement-breakpoint
CREATE INDEX "viral_campaigns_referral_program_id_idx" ON "viral_campaigns" ("referral_program_id");--> statement-breakpoint
CREATE INDEX "viral_campaigns_created_by_user_id_idx" ON "viral_campaigns" ("created_by_user_id");--> statement-breakpoint
CREATE INDEX "viral_campaigns_active_idx" ON "viral_campaigns" ("ends_at") WHERE "status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "viral_loop_tracking_invite_token_hash_key" ON "viral_loop_tracking" ("invite_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "viral_loop_tracking_open_invite_key" ON "viral_loop_tracking" ("inviter_user_id","loop_type","invitee_contact_hash") WHERE "stage" in ('sent', 'opened');--> statement-breakpoint
CREATE INDEX "viral_loop_tracking_inviter_user_id_idx" ON "viral_loop_tracking" ("inviter_user_id","sent_at");--> statement-breakpoint
CREATE INDEX "viral_loop_tracking_invitee_user_id_idx" ON "viral_loop_tracking" ("invitee_user_id");--> statement-breakpoint
CREATE INDEX "viral_loop_tracking_campaign_id_idx" ON "viral_loop_tracking" ("campaign_id","sent_at");--> statement-breakpoint
CREATE INDEX "viral_loop_tracking_referral_code_id_idx" ON "viral_loop_tracking" ("referral_code_id");--> statement-breakpoint
CREATE INDEX "viral_loop_tracking_parent_loop_id_idx" ON "viral_loop_tracking" ("parent_loop_id");--> statement-breakpoint
CREATE INDEX "viral_loop_tracking_open_expires_at_idx" ON "viral_loop_tracking" ("expires_at") WHERE "stage" in ('sent', 'opened');--> statement-breakpoint
CREATE INDEX "billing_addresses_user_id_idx" ON "billing_addresses" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "billing_addresses_user_id_default_key" ON "billing_addresses" ("user_id") WHERE "is_default" and "archived_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_line_items_invoice_id_line_number_key" ON "invoice_line_items" ("invoice_id","line_number");--> statement-breakpoint
CREATE INDEX "invoice_line_items_horse_id_idx" ON "invoice_line_items" ("horse_id");--> statement-breakpoint
CREATE INDEX "invoice_line_items_service_id_idx" ON "invoice_line_items" ("service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_seller_invoice_number_key" ON "invoices" (coalesce("seller_practice_id", "seller_user_id"),"invoice_number");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_source_system_external_invoice_id_key" ON "invoices" ("source_system","external_invoice_id");--> statement-breakpoint
CREATE INDEX "invoices_seller_practice_id_idx" ON "invoices" ("seller_practice_id","issued_on");--> statement-breakpoint
CREATE INDEX "invoices_seller_user_id_idx" ON "invoices" ("seller_user_id");--> statement-breakpoint
CREATE INDEX "invoices_buyer_user_id_idx" ON "invoices" ("buyer_user_id","issued_on");--> statement-breakpoint
CREATE INDEX "invoices_purchase_order_id_idx" ON "invoices" ("purchase_order_id");--> statement-breakpoint
CREATE INDEX "invoices_billing_address_id_idx" ON "invoices" ("billing_address_id");--> statement-breakpoint
CREATE INDEX "invoices_veterinarian_id_idx" ON "invoices" ("veterinarian_id");--> statement-breakpoint
CREATE INDEX "invoices_receivable_due_on_idx" ON "invoices" ("due_on") WHERE "status" in ('open', 'partially_paid');--> statement-breakpoint
CREATE UNIQUE INDEX "payment_records_transaction_id_invoice_id_key" ON "payment_records" ("transaction_id","invoice_id");--> statement-breakpoint
CREATE INDEX "payment_records_invoice_id_idx" ON "payment_records" ("invoice_id","received_on");--> statement-breakpoint
CREATE INDEX "payment_records_payer_user_id_idx" ON "payment_records" ("payer_user_id");--> statement-breakpoint
CREATE INDEX "payment_records_recorded_by_user_id_idx" ON "payment_records" ("recorded_by_user_id");--> statement-breakpoint
CREATE INDEX "payment_records_uncleared_idx" ON "payment_records" ("received_on") WHERE "status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "purchase_history_user_id_source_reference_key" ON "purchase_history" ("user_id","source","source_reference");--> statement-breakpoint
CREATE INDEX "purchase_history_user_id_purchased_at_idx" ON "purchase_history" ("user_id","purchased_at");--> statement-breakpoint
CREATE INDEX "purchase_history_horse_id_idx" ON "purchase_history" ("horse_id","purchased_at");--> statement-breakpoint
CREATE INDEX "purchase_history_seller_practice_id_idx" ON "purchase_history" ("seller_practice_id");--> statement-breakpoint
CREATE INDEX "purchase_history_purchase_order_id_idx" ON "purchase_history" ("purchase_order_id");--> statement-breakpoint
CREATE INDEX "purchase_history_invoice_id_idx" ON "purchase_history" ("invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "purchase_orders_order_number_key" ON "purchase_orders" ("order_number");--> statement-breakpoint
CREATE UNIQUE INDEX "purchase_orders_source_system_external_order_id_key" ON "purchase_orders" ("source_system","external_order_id");--> statement-breakpoint
CREATE INDEX "purchase_orders_buyer_user_id_idx" ON "purchase_orders" ("buyer_user_id","ordered_at");--> statement-breakpoint
CREATE INDEX "purchase_orders_seller_practice_id_idx" ON "purchase_orders" ("seller_practice_id","ordered_at");--> statement-breakpoint
CREATE INDEX "purchase_orders_seller_user_id_idx" ON "purchase_orders" ("seller_user_id");--> statement-breakpoint
CREATE INDEX "purchase_orders_horse_id_idx" ON "purchase_orders" ("horse_id");--> statement-breakpoint
CREATE INDEX "purchase_orders_shipping_address_id_idx" ON "purchase_orders" ("shipping_address_id");--> statement-breakpoint
CREATE INDEX "purchase_orders_open_idx" ON "purchase_orders" ("seller_practice_id","ordered_at") WHERE "status" in ('submitted', 'confirmed', 'partially_fulfilled');--> statement-breakpoint
CREATE UNIQUE INDEX "refunds_processor_refund_id_key" ON "refunds" ("processor","processor_refund_id");--> statement-breakpoint
CREATE INDEX "refunds_transaction_id_idx" ON "refunds" ("transaction_id");--> statement-breakpoint
CREATE INDEX "refunds_invoice_id_idx" ON "refunds" ("invoice_id");--> statement-breakpoint
CREATE INDEX "refunds_requested_by_user_id_idx" ON "refunds" ("requested_by_user_id");--> statement-breakpoint
CREATE INDEX "refunds_approved_by_user_id_idx" ON "refunds" ("approved_by_user_id");--> statement-breakpoint
CREATE INDEX "refunds_outstanding_idx" ON "refunds" ("requested_at") WHERE "status" in ('pending', 'requires_action');--> statement-breakpoint
CREATE INDEX "shipping_addresses_user_id_idx" ON "shipping_addresses" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shipping_addresses_user_id_default_key" ON "shipping_addresses" ("user_id") WHERE "is_default" and "archived_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "subscription_payments_provider_invoice_id_key" ON "subscription_payments" ("provider","provider_invoice_id");--> statement-breakpoint
CREATE INDEX "subscription_payments_subscription_id_idx" ON "subscription_payments" ("subscription_id","period_start");--> statement-breakpoint
CREATE INDEX "subscription_payments_transaction_id_idx" ON "subscription_payments" ("transaction_id");--> statement-breakpoint
CREATE INDEX "subscription_payments_retry_idx" ON "subscription_payments" ("next_attempt_at") WHERE "status" = 'open';--> statement-breakpoint
CREATE INDEX "transaction_audit_log_entity_idx" ON "transaction_audit_log" ("entity_type","entity_id","occurred_at");--> statement-breakpoint
CREATE INDEX "transaction_audit_log_actor_user_id_idx" ON "transaction_audit_log" ("actor_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transaction_audit_log_processor_event_id_key" ON "transaction_audit_log" ("processor","processor_event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transactions_processor_transaction_id_key" ON "transactions" ("processor","processor_transaction_id");--> statement-breakpoint
CREATE INDEX "transactions_payer_user_id_idx" ON "transactions" ("payer_user_id","initiated_at");--> statement-breakpoint
CREATE INDEX "transactions_purchase_order_id_idx" ON "transactions" ("purchase_order_id");--> statement-breakpoint
CREATE INDEX "transactions_invoice_id_idx" ON "transactions" ("invoice_id");--> statement-breakpoint
CREATE INDEX "transactions_payment_method_id_idx" ON "transactions" ("payment_method_id");--> statement-breakpoint
CREATE INDEX "transactions_unsettled_idx" ON "transactions" ("initiated_at") WHERE "status" in ('pending', 'requires_action', 'authorized');--> statement-breakpoint
CREATE INDEX "ai_conversations_user_id_idx" ON "ai_conversations" ("user_id","last_message_at");--> statement-breakpoint
CREATE INDEX "ai_conversations_horse_id_idx" ON "ai_conversations" ("horse_id");--> statement-breakpoint
CREATE INDEX "ai_conversations_model_id_idx" ON "ai_conversations" ("model_id");--> statement-breakpoint
CREATE INDEX "ai_conversations_session_id_idx" ON "ai_conversations" ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_conversations_channel_external_thread_id_key" ON "ai_conversations" ("channel","external_thread_id");--> statement-breakpoint
CREATE INDEX "ai_conversations_flagged_idx" ON "ai_conversations" ("last_message_at") WHERE "status" = 'flagged';--> statement-breakpoint
CREATE UNIQUE INDEX "ai_insights_cache_cache_key_key" ON "ai_insights_cache" ("cache_key");--> statement-breakpoint
CREATE INDEX "ai_insights_cache_user_id_idx" ON "ai_insights_cache" ("user_id","insight_type");--> statement-breakpoint
CREATE INDEX "ai_insights_cache_horse_id_idx" ON "ai_insights_cache" ("horse_id","insight_type");--> statement-breakpoint
CREATE INDEX "ai_insights_cache_model_id_idx" ON "ai_insights_cache" ("model_id");--> statement-breakpoint
CREATE INDEX "ai_insights_cache_expires_at_idx" ON "ai_insights_cache" ("expires_at") WHERE "invalidated_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "ai_messages_conversation_id_sequence_number_key" ON "ai_messages" ("conversation_id","sequence_number");--> statement-breakpoint
CREATE INDEX "ai_messages_model_id_idx" ON "ai_messages" ("model_id","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_model_performance_window_key" ON "ai_model_performance" ("model_id","evaluation_type","segment","window_start","window_end");--> statement-breakpoint
CREATE INDEX "ai_model_performance_window_end_idx" ON "ai_model_performance" ("evaluation_type","window_end");--> statement-breakpoint
CREATE INDEX "ai_model_rankings_model_id_idx" ON "ai_model_rankings" ("model_id","valid_from");--> statement-breakpoint
CREATE INDEX "ai_model_rankings_performance_id_idx" ON "ai_model_rankings" ("performance_id");--> statement-breakpoint
CREATE INDEX "ai_model_rankings_decided_by_user_id_idx" ON "ai_model_rankings" ("decided_by_user_id");--> statement-breakpoint
CREATE INDEX "ai_model_rankings_task_idx" ON "ai_model_rankings" ("task","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_model_rankings_current_key" ON "ai_model_rankings" ("task","model_id") WHERE "valid_to" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "ai_model_rankings_current_default_key" ON "ai_model_rankings" ("task") WHERE "valid_to" is null and "is_default";--> statement-breakpoint
CREATE UNIQUE INDEX "ai_models_model_name_model_version_key" ON "ai_models" ("model_name","model_version");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_models_provider_model_id_key" ON "ai_models" ("provider","provider_model_id");--> statement-breakpoint
CREATE INDEX "ai_models_task_idx" ON "ai_models" ("task","status") WHERE "status" in ('shadow', 'active');--> statement-breakpoint
CREATE UNIQUE INDEX "ai_predictions_source_external_id_key" ON "ai_predictions" ("source","external_id");--> statement-breakpoint
CREATE INDEX "ai_predictions_model_id_idx" ON "ai_predictions" ("model_id","predicted_at");--> statement-breakpoint
CREATE INDEX "ai_predictions_horse_id_idx" ON "ai_predictions" ("horse_id","prediction_type","predicted_at");--> statement-breakpoint
CREATE INDEX "ai_predictions_pending_idx" ON "ai_predictions" ("horizon_ends_on") WHERE "outcome_status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "ai_queries_request_id_key" ON "ai_queries" ("request_id");--> statement-breakpoint
CREATE INDEX "ai_queries_user_id_idx" ON "ai_queries" ("user_id","requested_at");--> statement-breakpoint
CREATE INDEX "ai_queries_session_id_idx" ON "ai_queries" ("session_id");--> statement-breakpoint
CREATE INDEX "ai_queries_horse_id_idx" ON "ai_queries" ("horse_id");--> statement-breakpoint
CREATE INDEX "ai_queries_model_id_idx" ON "ai_queries" ("model_id","requested_at");--> statement-breakpoint
CREATE INDEX "ai_queries_pending_idx" ON "ai_queries" ("requested_at") WHERE "status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "ai_recommendations_source_external_id_key" ON "ai_recommendations" ("source","external_id");--> statement-breakpoint
CREATE INDEX "ai_recommendations_user_id_idx" ON "ai_recommendations" ("user_id","generated_at");--> statement-breakpoint
CREATE INDEX "ai_recommendations_model_id_idx" ON "ai_recommendations" ("model_id");--> statement-breakpoint
CREATE INDEX "ai_recommendations_personalized_feed_id_idx" ON "ai_recommendations" ("personalized_feed_id","rank_position");--> statement-breakpoint
CREATE INDEX "ai_recommendations_horse_id_idx" ON "ai_recommendations" ("horse_id");--> statement-breakpoint
CREATE INDEX "ai_recommendations_recommended_horse_id_idx" ON "ai_recommendations" ("recommended_horse_id");--> statement-breakpoint
CREATE INDEX "ai_recommendations_recommended_practice_id_idx" ON "ai_recommendations" ("recommended_practice_id");--> statement-breakpoint
CREATE INDEX "ai_recommendations_item_entity_idx" ON "ai_recommendations" ("item_entity_type","item_entity_id");--> statement-breakpoint
CREATE INDEX "ai_recommendations_live_idx" ON "ai_recommendations" ("user_id","surface","score") WHERE "status" in ('pending', 'shown');--> statement-breakpoint
CREATE UNIQUE INDEX "ai_training_data_dataset_item_key" ON "ai_training_data" ("dataset_name","dataset_version","content_sha256");--> statement-breakpoint
CREATE INDEX "ai_training_data_source_idx" ON "ai_training_data" ("source_name","external_id");--> statement-breakpoint
CREATE INDEX "ai_training_data_source_record_idx" ON "ai_training_data" ("source_record_type","source_record_id");--> statement-breakpoint
CREATE INDEX "ai_training_data_contributor_user_id_idx" ON "ai_training_data" ("contributor_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "content_rankings_current_key" ON "content_rankings" ("ranking_list","segment","content_type","content_id") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "content_rankings_list_idx" ON "content_rankings" ("ranking_list","segment","rank_position") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "content_rankings_content_idx" ON "content_rankings" ("content_type","content_id","valid_from");--> statement-breakpoint
CREATE INDEX "content_rankings_model_id_idx" ON "content_rankings" ("model_id");--> statement-breakpoint
CREATE UNIQUE INDEX "personalized_feeds_user_id_feed_type_key" ON "personalized_feeds" ("user_id","feed_type");--> statement-breakpoint
CREATE INDEX "personalized_feeds_model_id_idx" ON "personalized_feeds" ("model_id");--> statement-breakpoint
CREATE INDEX "personalized_feeds_next_refresh_at_idx" ON "personalized_feeds" ("next_refresh_at") WHERE "status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "recommendation_feedback_source_external_event_id_key" ON "recommendation_feedback" ("source","external_event_id");--> statement-breakpoint
CREATE INDEX "recommendation_feedback_recommendation_id_idx" ON "recommendation_feedback" ("recommendation_id","occurred_at");--> statement-breakpoint
CREATE INDEX "recommendation_feedback_user_id_idx" ON "recommendation_feedback" ("user_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "smart_reminders_user_id_reminder_key_key" ON "smart_reminders" ("user_id","reminder_key");--> statement-breakpoint
CREATE INDEX "smart_reminders_horse_id_idx" ON "smart_reminders" ("horse_id","due_on");--> statement-breakpoint
CREATE INDEX "smart_reminders_model_id_idx" ON "smart_reminders" ("model_id");--> statement-breakpoint
CREATE INDEX "smart_reminders_recommendation_id_idx" ON "smart_reminders" ("recommendation_id");--> statement-breakpoint
CREATE INDEX "smart_reminders_source_entity_idx" ON "smart_reminders" ("source_entity_type","source_entity_id");--> statement-breakpoint
CREATE INDEX "smart_reminders_due_idx" ON "smart_reminders" ("scheduled_for") WHERE "status" = 'scheduled';--> statement-breakpoint
CREATE UNIQUE INDEX "user_preference_learning_current_key" ON "user_preference_learning" ("user_id","dimension","preference_value") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "user_preference_learning_user_id_idx" ON "user_preference_learning" ("user_id","dimension","valid_from");--> statement-breakpoint
CREATE INDEX "user_preference_learning_model_id_idx" ON "user_preference_learning" ("model_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cache_configuration_current_key" ON "cache_configuration" ("service_id","environment","cache_name") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "cache_configuration_service_id_idx" ON "cache_configuration" ("service_id","environment","valid_from");--> statement-breakpoint
CREATE INDEX "cache_configuration_changed_by_user_id_idx" ON "cache_configuration" ("changed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "capacity_planning_committed_key" ON "capacity_planning" ("service_id","environment","resource","period_start") WHERE "status" in ('approved', 'provisioned');--> statement-breakpoint
CREATE INDEX "capacity_planning_service_id_idx" ON "capacity_planning" ("service_id","period_start");--> statement-breakpoint
CREATE INDEX "capacity_planning_prepared_by_user_id_idx" ON "capacity_planning" ("prepared_by_user_id");--> statement-breakpoint
CREATE INDEX "capacity_planning_approved_by_user_id_idx" ON "capacity_planning" ("approved_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "data_replication_status_stream_key" ON "data_replication_status" ("service_id","environment","stream_name");--> statement-breakpoint
CREATE UNIQUE INDEX "data_replication_status_source_external_id_key" ON "data_replication_status" ("source","external_id");--> statement-breakpoint
CREATE INDEX "data_replication_status_unhealthy_idx" ON "data_replication_status" ("environment","state") WHERE "state" in ('catching_up', 'paused', 'broken');--> statement-breakpoint
CREATE UNIQUE INDEX "disaster_recovery_plans_service_id_version_key" ON "disaster_recovery_plans" ("service_id","environment","version");--> statement-breakpoint
CREATE UNIQUE INDEX "disaster_recovery_plans_approved_key" ON "disaster_recovery_plans" ("service_id","environment") WHERE "status" = 'approved';--> statement-breakpoint
CREATE INDEX "disaster_recovery_plans_owner_user_id_idx" ON "disaster_recovery_plans" ("owner_user_id");--> statement-breakpoint
CREATE INDEX "disaster_recovery_plans_approved_by_user_id_idx" ON "disaster_recovery_plans" ("approved_by_user_id");--> statement-breakpoint
CREATE INDEX "disaster_recovery_plans_test_due_idx" ON "disaster_recovery_plans" ("next_test_due_on") WHERE "status" = 'approved';--> statement-breakpoint
CREATE UNIQUE INDEX "disaster_recovery_tests_plan_id_started_at_key" ON "disaster_recovery_tests" ("plan_id","started_at");--> statement-breakpoint
CREATE INDEX "disaster_recovery_tests_conducted_by_user_id_idx" ON "disaster_recovery_tests" ("conducted_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "infrastructure_monitoring_host_name_sampled_at_key" ON "infrastructure_monitoring" ("host_name","sampled_at");--> statement-breakpoint
CREATE INDEX "infrastructure_monitoring_service_id_idx" ON "infrastructure_monitoring" ("service_id","sampled_at");--> statement-breakpoint
CREATE INDEX "infrastructure_monitoring_unhealthy_idx" ON "infrastructure_monitoring" ("environment","sampled_at") WHERE "host_status" in ('degraded', 'unhealthy');--> statement-breakpoint
CREATE UNIQUE INDEX "load_balancing_config_current_key" ON "load_balancing_config" ("service_id","environment") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "load_balancing_config_service_id_idx" ON "load_balancing_config" ("service_id","environment","valid_from");--> statement-breakpoint
CREATE INDEX "load_balancing_config_changed_by_user_id_idx" ON "load_balancing_config" ("changed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_services_service_key_key" ON "platform_services" ("service_key");--> statement-breakpoint
CREATE INDEX "platform_services_technical_owner_user_id_idx" ON "platform_services" ("technical_owner_user_id");--> statement-breakpoint
CREATE INDEX "platform_services_active_tier_idx" ON "platform_services" ("tier") WHERE "status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "queue_management_environment_broker_queue_name_key" ON "queue_management" ("environment","broker","queue_name");--> statement-breakpoint
CREATE UNIQUE INDEX "queue_management_broker_queue_ref_key" ON "queue_management" ("broker","broker_queue_ref");--> statement-breakpoint
CREATE INDEX "queue_management_service_id_idx" ON "queue_management" ("service_id","environment");--> statement-breakpoint
CREATE INDEX "queue_management_consumer_service_id_idx" ON "queue_management" ("consumer_service_id");--> statement-breakpoint
CREATE INDEX "queue_management_dead_letter_queue_id_idx" ON "queue_management" ("dead_letter_queue_id");--> statement-breakpoint
CREATE INDEX "queue_management_dead_letters_idx" ON "queue_management" ("environment","dead_letter_count") WHERE "dead_letter_count" > 0;--> statement-breakpoint
CREATE UNIQUE INDEX "rate_limiting_rules_current_key" ON "rate_limiting_rules" ("service_id","environment","rule_key") WHERE "valid_to" is null;--> statement-breakpoint
CREATE INDEX "rate_limiting_rules_service_id_idx" ON "rate_limiting_rules" ("service_id","environment","valid_from");--> statement-breakpoint
CREATE INDEX "rate_limiting_rules_subject_user_id_idx" ON "rate_limiting_rules" ("subject_user_id");--> statement-breakpoint
CREATE INDEX "rate_limiting_rules_created_by_user_id_idx" ON "rate_limiting_rules" ("created_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scaling_events_source_external_event_id_key" ON "scaling_events" ("source","external_event_id");--> statement-breakpoint
CREATE INDEX "scaling_events_service_id_idx" ON "scaling_events" ("service_id","environment","started_at");--> statement-breakpoint
CREATE INDEX "scaling_events_initiated_by_user_id_idx" ON "scaling_events" ("initiated_by_user_id");--> statement-breakpoint
CREATE INDEX "scaling_events_in_progress_idx" ON "scaling_events" ("started_at") WHERE "status" = 'in_progress';--> statement-breakpoint
CREATE UNIQUE INDEX "service_dependencies_pair_key" ON "service_dependencies" ("service_id",coalesce("depends_on_service_id"::text, "external_dependency_host"));--> statement-breakpoint
CREATE INDEX "service_dependencies_depends_on_service_id_idx" ON "service_dependencies" ("depends_on_service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "churn_prediction_user_id_model_run_key" ON "churn_prediction" ("user_id","model_id","scoring_run_id");--> statement-breakpoint
CREATE UNIQUE INDEX "churn_prediction_current_key" ON "churn_prediction" ("user_id","model_id") WHERE "superseded_at" is null;--> statement-breakpoint
CREATE INDEX "churn_prediction_model_id_idx" ON "churn_prediction" ("model_id","scored_at");--> statement-breakpoint
CREATE INDEX "churn_prediction_subscription_id_idx" ON "churn_prediction" ("subscription_id");--> statement-breakpoint
CREATE INDEX "churn_prediction_current_score_idx" ON "churn_prediction" ("model_id","score") WHERE "superseded_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "email_campaigns_provider_campaign_id_key" ON "email_campaigns" ("provider","provider_campaign_id");--> statement-breakpoint
CREATE INDEX "email_campaigns_retention_campaign_id_idx" ON "email_campaigns" ("retention_campaign_id");--> statement-breakpoint
CREATE INDEX "email_campaigns_segment_id_idx" ON "email_campaigns" ("segment_id");--> statement-breakpoint
CREATE INDEX "email_campaigns_scheduled_idx" ON "email_campaigns" ("scheduled_at") WHERE "status" = 'scheduled';--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_events_provider_event_id_key" ON "outreach_events" ("provider","provider_event_id");--> statement-breakpoint
CREATE INDEX "outreach_events_message_id_idx" ON "outreach_events" ("message_id","occurred_at");--> statement-breakpoint
CREATE INDEX "outreach_events_user_id_idx" ON "outreach_events" ("user_id","channel","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_messages_provider_message_id_key" ON "outreach_messages" ("provider","provider_message_id");--> statement-breakpoint
CREATE INDEX "outreach_messages_user_id_idx" ON "outreach_messages" ("user_id","queued_at");--> statement-breakpoint
CREATE INDEX "outreach_messages_retention_campaign_id_idx" ON "outreach_messages" ("retention_campaign_id");--> statement-breakpoint
CREATE INDEX "outreach_messages_email_campaign_id_idx" ON "outreach_messages" ("email_campaign_id");--> statement-breakpoint
CREATE INDEX "outreach_messages_sms_campaign_id_idx" ON "outreach_messages" ("sms_campaign_id");--> statement-breakpoint
CREATE INDEX "outreach_messages_push_campaign_id_idx" ON "outreach_messages" ("push_campaign_id");--> statement-breakpoint
CREATE INDEX "outreach_messages_trigger_id_idx" ON "outreach_messages" ("trigger_id","user_id","queued_at");--> statement-breakpoint
CREATE INDEX "outreach_messages_offer_id_idx" ON "outreach_messages" ("offer_id");--> statement-breakpoint
CREATE INDEX "outreach_messages_notification_id_idx" ON "outreach_messages" ("notification_id");--> statement-breakpoint
CREATE INDEX "outreach_messages_queued_idx" ON "outreach_messages" ("queued_at") WHERE "status" = 'queued';--> statement-breakpoint
CREATE INDEX "outreach_messages_opted_out_idx" ON "outreach_messages" ("user_id","channel") WHERE "unsubscribed_at" is not null or "complained_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "personalized_offers_offer_code_key" ON "personalized_offers" ("offer_code");--> statement-breakpoint
CREATE INDEX "personalized_offers_user_id_idx" ON "personalized_offers" ("user_id","valid_until");--> statement-breakpoint
CREATE UNIQUE INDEX "personalized_offers_open_per_campaign_key" ON "personalized_offers" ("user_id","retention_campaign_id") WHERE "status" = 'issued';--> statement-breakpoint
CREATE INDEX "personalized_offers_retention_campaign_id_idx" ON "personalized_offers" ("retention_campaign_id");--> statement-breakpoint
CREATE INDEX "personalized_offers_churn_prediction_id_idx" ON "personalized_offers" ("churn_prediction_id");--> statement-breakpoint
CREATE INDEX "personalized_offers_horse_id_idx" ON "personalized_offers" ("horse_id");--> statement-breakpoint
CREATE INDEX "personalized_offers_redeemed_purchase_order_id_idx" ON "personalized_offers" ("redeemed_purchase_order_id");--> statement-breakpoint
CREATE INDEX "personalized_offers_redeemed_subscription_id_idx" ON "personalized_offers" ("redeemed_subscription_id");--> statement-breakpoint
CREATE INDEX "personalized_offers_expiring_idx" ON "personalized_offers" ("valid_until") WHERE "status" = 'issued';--> statement-breakpoint
CREATE UNIQUE INDEX "push_notification_campaigns_provider_campaign_id_key" ON "push_notification_campaigns" ("provider","provider_campaign_id");--> statement-breakpoint
CREATE INDEX "push_notification_campaigns_retention_campaign_id_idx" ON "push_notification_campaigns" ("retention_campaign_id");--> statement-breakpoint
CREATE INDEX "push_notification_campaigns_segment_id_idx" ON "push_notification_campaigns" ("segment_id");--> statement-breakpoint
CREATE INDEX "push_notification_campaigns_scheduled_idx" ON "push_notification_campaigns" ("scheduled_at") WHERE "status" = 'scheduled';--> statement-breakpoint
CREATE UNIQUE INDEX "re_engagement_triggers_key_key" ON "re_engagement_triggers" ("key");--> statement-breakpoint
CREATE INDEX "re_engagement_triggers_retention_campaign_id_idx" ON "re_engagement_triggers" ("retention_campaign_id");--> statement-breakpoint
CREATE INDEX "re_engagement_triggers_segment_id_idx" ON "re_engagement_triggers" ("segment_id");--> statement-breakpoint
CREATE INDEX "re_engagement_triggers_created_by_user_id_idx" ON "re_engagement_triggers" ("created_by_user_id");--> statement-breakpoint
CREATE INDEX "re_engagement_triggers_active_idx" ON "re_engagement_triggers" ("trigger_type") WHERE "is_active";--> statement-breakpoint
CREATE UNIQUE INDEX "retention_metrics_cohort_metric_period_key" ON "retention_metrics" ("cohort_type","cohort_key","metric","period_unit","period_number");--> statement-breakpoint
CREATE INDEX "retention_metrics_segment_id_idx" ON "retention_metrics" ("segment_id");--> statement-breakpoint
CREATE INDEX "retention_metrics_retention_campaign_id_idx" ON "retention_metrics" ("retention_campaign_id");--> statement-breakpoint
CREATE INDEX "retention_metrics_metric_period_idx" ON "retention_metrics" ("metric","period_start_on");--> statement-breakpoint
CREATE UNIQUE INDEX "sms_campaigns_provider_campaign_id_key" ON "sms_campaigns" ("provider","provider_campaign_id");--> statement-breakpoint
CREATE INDEX "sms_campaigns_retention_campaign_id_idx" ON "sms_campaigns" ("retention_campaign_id");--> statement-breakpoint
CREATE INDEX "sms_campaigns_segment_id_idx" ON "sms_campaigns" ("segment_id");--> statement-breakpoint
CREATE INDEX "sms_campaigns_scheduled_idx" ON "sms_campaigns" ("scheduled_at") WHERE "status" = 'scheduled';--> statement-breakpoint
CREATE UNIQUE INDEX "user_retention_campaigns_key_key" ON "user_retention_campaigns" ("key");--> statement-breakpoint
CREATE INDEX "user_retention_campaigns_practice_id_idx" ON "user_retention_campaigns" ("practice_id");--> statement-breakpoint
CREATE INDEX "user_retention_campaigns_segment_id_idx" ON "user_retention_campaigns" ("segment_id");--> statement-breakpoint
CREATE INDEX "user_retention_campaigns_suppression_segment_id_idx" ON "user_retention_campaigns" ("suppression_segment_id");--> statement-breakpoint
CREATE INDEX "user_retention_campaigns_owner_user_id_idx" ON "user_retention_campaigns" ("owner_user_id");--> statement-breakpoint
CREATE INDEX "user_retention_campaigns_running_idx" ON "user_retention_campaigns" ("ends_on") WHERE "status" in ('scheduled', 'active', 'paused');--> statement-breakpoint
CREATE INDEX "user_segment_memberships_segment_id_idx" ON "user_segment_memberships" ("segment_id","entered_at");--> statement-breakpoint
CREATE INDEX "user_segment_memberships_user_id_idx" ON "user_segment_memberships" ("user_id","entered_at");--> statement-breakpoint
CREATE INDEX "user_segment_memberships_added_by_user_id_idx" ON "user_segment_memberships" ("added_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_segment_memberships_current_key" ON "user_segment_memberships" ("segment_id","user_id") WHERE "exited_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "user_segments_key_key" ON "user_segments" ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "user_segments_source_external_segment_id_key" ON "user_segments" ("source","external_segment_id");--> statement-breakpoint
CREATE INDEX "user_segments_created_by_user_id_idx" ON "user_segments" ("created_by_user_id");--> statement-breakpoint
CREATE INDEX "user_segments_active_purpose_idx" ON "user_segments" ("purpose") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "community_events_starts_at_idx" ON "community_events" ("starts_at") WHERE "status" = 'published';--> statement-breakpoint
CREATE INDEX "community_events_country_starts_at_idx" ON "community_events" ("country_code","starts_at");--> statement-breakpoint
CREATE INDEX "community_events_organizer_user_id_idx" ON "community_events" ("organizer_user_id","starts_at");--> statement-breakpoint
CREATE INDEX "community_events_host_practice_id_idx" ON "community_events" ("host_practice_id","starts_at");--> statement-breakpoint
CREATE INDEX "community_events_group_id_idx" ON "community_events" ("group_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "community_events_source_external_id_key" ON "community_events" ("source","external_id");--> statement-breakpoint
CREATE INDEX "group_members_group_id_idx" ON "group_members" ("group_id","status");--> statement-breakpoint
CREATE INDEX "group_members_user_id_idx" ON "group_members" ("user_id");--> statement-breakpoint
CREATE INDEX "group_members_invited_by_user_id_idx" ON "group_members" ("invited_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_members_current_key" ON "group_members" ("group_id","user_id") WHERE "status" in ('invited', 'requested', 'active');--> statement-breakpoint
CREATE INDEX "group_members_requests_idx" ON "group_members" ("group_id","created_at") WHERE "status" = 'requested';--> statement-breakpoint
CREATE INDEX "group_posts_group_id_idx" ON "group_posts" ("group_id","published_at");--> statement-breakpoint
CREATE INDEX "group_posts_feed_idx" ON "group_posts" ("group_id","is_pinned","published_at") WHERE "approval_status" = 'approved' and "moderation_status" = 'visible' and "deleted_at" is null;--> statement-breakpoint
CREATE INDEX "group_posts_pending_idx" ON "group_posts" ("group_id","created_at") WHERE "approval_status" = 'pending';--> statement-breakpoint
CREATE INDEX "group_posts_author_user_id_idx" ON "group_posts" ("author_user_id","published_at");--> statement-breakpoint
CREATE INDEX "group_posts_horse_id_idx" ON "group_posts" ("horse_id");--> statement-breakpoint
CREATE INDEX "group_posts_community_event_id_idx" ON "group_posts" ("community_event_id");--> statement-breakpoint
CREATE INDEX "group_posts_reviewed_by_user_id_idx" ON "group_posts" ("reviewed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "groups_slug_key" ON "groups" ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "groups_source_external_id_key" ON "groups" ("source","external_id");--> statement-breakpoint
CREATE INDEX "groups_host_practice_id_idx" ON "groups" ("host_practice_id");--> statement-breakpoint
CREATE INDEX "groups_created_by_user_id_idx" ON "groups" ("created_by_user_id");--> statement-breakpoint
CREATE INDEX "groups_directory_idx" ON "groups" ("group_type","country_code","region") WHERE "status" = 'active' and "privacy" <> 'secret';--> statement-breakpoint
CREATE INDEX "horse_tags_tagged_by_user_id_idx" ON "horse_tags" ("tagged_by_user_id");--> statement-breakpoint
CREATE INDEX "horse_tags_reviewed_by_user_id_idx" ON "horse_tags" ("reviewed_by_user_id");--> statement-breakpoint
CREATE INDEX "horse_tags_social_post_id_idx" ON "horse_tags" ("social_post_id");--> statement-breakpoint
CREATE INDEX "horse_tags_group_post_id_idx" ON "horse_tags" ("group_post_id");--> statement-breakpoint
CREATE INDEX "horse_tags_pending_idx" ON "horse_tags" ("horse_id","created_at") WHERE "status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_source_reference_key" ON "notifications" ("recipient_user_id","source","source_reference");--> statement-breakpoint
CREATE INDEX "notifications_recipient_user_id_idx" ON "notifications" ("recipient_user_id","delivered_at");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" ("recipient_user_id","delivered_at") WHERE "read_at" is null and "archived_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_actor_user_id_idx" ON "notifications" ("actor_user_id");--> statement-breakpoint
CREATE INDEX "notifications_horse_id_idx" ON "notifications" ("horse_id");--> statement-breakpoint
CREATE INDEX "notifications_subject_idx" ON "notifications" ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "private_messages_sender_user_id_idx" ON "private_messages" ("sender_user_id","sent_at");--> statement-breakpoint
CREATE INDEX "private_messages_recipient_user_id_idx" ON "private_messages" ("recipient_user_id","sent_at");--> statement-breakpoint
CREATE INDEX "private_messages_practice_id_idx" ON "private_messages" ("practice_id","sent_at");--> statement-breakpoint
CREATE INDEX "private_messages_conversation_idx" ON "private_messages" ("conversation_key","sent_at");--> statement-breakpoint
CREATE INDEX "private_messages_reply_to_message_id_idx" ON "private_messages" ("reply_to_message_id");--> statement-breakpoint
CREATE INDEX "private_messages_horse_id_idx" ON "private_messages" ("horse_id");--> statement-breakpoint
CREATE INDEX "private_messages_unread_idx" ON "private_messages" ("recipient_user_id") WHERE "read_at" is null and "recipient_deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "private_messages_client_message_id_key" ON "private_messages" ("sender_user_id","client_message_id");--> statement-breakpoint
CREATE INDEX "social_comments_post_id_idx" ON "social_comments" ("post_id","created_at");--> statement-breakpoint
CREATE INDEX "social_comments_group_post_id_idx" ON "social_comments" ("group_post_id","created_at");--> statement-breakpoint
CREATE INDEX "social_comments_author_user_id_idx" ON "social_comments" ("author_user_id","created_at");--> statement-breakpoint
CREATE INDEX "social_comments_parent_comment_id_idx" ON "social_comments" ("parent_comment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "social_comments_accepted_answer_key" ON "social_comments" (coalesce("post_id", "group_post_id")) WHERE "is_accepted_answer";--> statement-breakpoint
CREATE INDEX "social_comments_moderation_queue_idx" ON "social_comments" ("moderation_status","created_at") WHERE "moderation_status" in ('pending_review', 'flagged');--> statement-breakpoint
CREATE INDEX "social_likes_post_id_idx" ON "social_likes" ("post_id");--> statement-breakpoint
CREATE INDEX "social_likes_comment_id_idx" ON "social_likes" ("comment_id");--> statement-breakpoint
CREATE INDEX "social_likes_group_post_id_idx" ON "social_likes" ("group_post_id");--> statement-breakpoint
CREATE INDEX "social_likes_message_id_idx" ON "social_likes" ("message_id");--> statement-breakpoint
CREATE INDEX "social_moderation_actions_content_idx" ON "social_moderation_actions" ("content_type","content_id","occurred_at");--> statement-breakpoint
CREATE INDEX "social_moderation_actions_group_id_idx" ON "social_moderation_actions" ("group_id","occurred_at");--> statement-breakpoint
CREATE INDEX "social_moderation_actions_actor_user_id_idx" ON "social_moderation_actions" ("actor_user_id");--> statement-breakpoint
CREATE INDEX "social_moderation_actions_subject_user_id_idx" ON "social_moderation_actions" ("subject_user_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "social_moderation_actions_provider_decision_key" ON "social_moderation_actions" ("provider","provider_decision_id");--> statement-breakpoint
CREATE INDEX "social_posts_author_user_id_idx" ON "social_posts" ("author_user_id","published_at");--> statement-breakpoint
CREATE INDEX "social_posts_horse_id_idx" ON "social_posts" ("horse_id","published_at");--> statement-breakpoint
CREATE INDEX "social_posts_shared_post_id_idx" ON "social_posts" ("shared_post_id");--> statement-breakpoint
CREATE UNIQUE INDEX "social_posts_source_external_id_key" ON "social_posts" ("source","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "social_posts_pinned_key" ON "social_posts" ("author_user_id") WHERE "is_pinned" and "deleted_at" is null;--> statement-breakpoint
CREATE INDEX "social_posts_public_feed_idx" ON "social_posts" ("published_at") WHERE "visibility" = 'public' and "moderation_status" = 'visible' and "deleted_at" is null;--> statement-breakpoint
CREATE INDEX "social_posts_moderation_queue_idx" ON "social_posts" ("moderation_status","created_at") WHERE "moderation_status" in ('pending_review', 'flagged');--> statement-breakpoint
CREATE INDEX "user_follows_followed_user_id_idx" ON "user_follows" ("followed_user_id","status");--> statement-breakpoint
CREATE INDEX "user_follows_followed_horse_id_idx" ON "user_follows" ("followed_horse_id");--> statement-breakpoint
CREATE INDEX "user_follows_pending_idx" ON "user_follows" ("followed_user_id","created_at") WHERE "status" = 'pending';--> statement-breakpoint
CREATE INDEX "user_tags_tagged_by_user_id_idx" ON "user_tags" ("tagged_by_user_id");--> statement-breakpoint
CREATE INDEX "user_tags_social_post_id_idx" ON "user_tags" ("social_post_id");--> statement-breakpoint
CREATE INDEX "user_tags_group_post_id_idx" ON "user_tags" ("group_post_id");--> statement-breakpoint
CREATE INDEX "user_tags_pending_idx" ON "user_tags" ("tagged_user_id","created_at") WHERE "status" = 'pending';--> statement-breakpoint
ALTER TABLE "admin_actions" ADD CONSTRAINT "admin_actions_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("admin_user_id") REFERENCES "admin_users"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "admin_actions" ADD CONSTRAINT "admin_actions_subject_user_id_user_profiles_id_fkey" FOREIGN KEY ("subject_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "admin_actions" ADD CONSTRAINT "admin_actions_approved_by_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("approved_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "admin_users" ADD CONSTRAINT "admin_users_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "admin_users" ADD CONSTRAINT "admin_users_granted_by_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("granted_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "api_usage_stats" ADD CONSTRAINT "api_usage_stats_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "audit_trail" ADD CONSTRAINT "audit_trail_actor_user_id_user_profiles_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "audit_trail" ADD CONSTRAINT "audit_trail_impersonator_user_id_user_profiles_id_fkey" FOREIGN KEY ("impersonator_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "database_backups" ADD CONSTRAINT "database_backups_parent_backup_id_database_backups_id_fkey" FOREIGN KEY ("parent_backup_id") REFERENCES "database_backups"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "database_backups" ADD CONSTRAINT "database_backups_triggered_by_admin_user_id_fkey" FOREIGN KEY ("triggered_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "error_logs" ADD CONSTRAINT "error_logs_assigned_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("assigned_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feature_flags" ADD CONSTRAINT "feature_flags_owner_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("owner_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "system_alerts" ADD CONSTRAINT "system_alerts_error_log_id_error_logs_id_fkey" FOREIGN KEY ("error_log_id") REFERENCES "error_logs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "system_alerts" ADD CONSTRAINT "system_alerts_acknowledged_by_admin_user_id_fkey" FOREIGN KEY ("acknowledged_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "system_alerts" ADD CONSTRAINT "system_alerts_system_health_metric_id_fkey" FOREIGN KEY ("system_health_metric_id") REFERENCES "system_health_metrics"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "system_config" ADD CONSTRAINT "system_config_changed_by_admin_user_id_admin_users_id_fkey" FOREIGN KEY ("changed_by_admin_user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "access_control_lists" ADD CONSTRAINT "access_control_lists_principal_user_id_user_profiles_id_fkey" FOREIGN KEY ("principal_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "access_control_lists" ADD CONSTRAINT "access_control_lists_granted_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("granted_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "access_control_lists" ADD CONSTRAINT "access_control_lists_revoked_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("revoked_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "access_control_lists" ADD CONSTRAINT "access_control_lists_principal_practice_id_fkey" FOREIGN KEY ("principal_practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "authentication_logs" ADD CONSTRAINT "authentication_logs_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "compliance_records" ADD CONSTRAINT "compliance_records_security_audit_id_security_audits_id_fkey" FOREIGN KEY ("security_audit_id") REFERENCES "security_audits"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "compliance_records" ADD CONSTRAINT "compliance_records_assessed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("assessed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "compliance_records" ADD CONSTRAINT "compliance_records_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "data_privacy_requests" ADD CONSTRAINT "data_privacy_requests_subject_user_id_user_profiles_id_fkey" FOREIGN KEY ("subject_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "data_privacy_requests" ADD CONSTRAINT "data_privacy_requests_handled_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("handled_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "data_retention_policies" ADD CONSTRAINT "data_retention_policies_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "data_retention_policies" ADD CONSTRAINT "data_retention_policies_security_policy_id_fkey" FOREIGN KEY ("security_policy_id") REFERENCES "security_policies"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "encryption_keys" ADD CONSTRAINT "encryption_keys_replaced_by_key_id_encryption_keys_id_fkey" FOREIGN KEY ("replaced_by_key_id") REFERENCES "encryption_keys"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "encryption_keys" ADD CONSTRAINT "encryption_keys_custodian_user_id_user_profiles_id_fkey" FOREIGN KEY ("custodian_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "gdpr_compliance" ADD CONSTRAINT "gdpr_compliance_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "gdpr_compliance" ADD CONSTRAINT "gdpr_compliance_security_policy_id_security_policies_id_fkey" FOREIGN KEY ("security_policy_id") REFERENCES "security_policies"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "gdpr_compliance" ADD CONSTRAINT "gdpr_compliance_recorded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "security_audits" ADD CONSTRAINT "security_audits_commissioned_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("commissioned_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "security_policies" ADD CONSTRAINT "security_policies_approved_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "security_policies" ADD CONSTRAINT "security_policies_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "session_security" ADD CONSTRAINT "session_security_session_id_user_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "user_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "session_security" ADD CONSTRAINT "session_security_revoked_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("revoked_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "session_security" ADD CONSTRAINT "session_security_authentication_log_id_fkey" FOREIGN KEY ("authentication_log_id") REFERENCES "authentication_logs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "dental_records" ADD CONSTRAINT "dental_records_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "dental_records" ADD CONSTRAINT "dental_records_vet_visit_id_vet_visits_id_fkey" FOREIGN KEY ("vet_visit_id") REFERENCES "vet_visits"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "dental_records" ADD CONSTRAINT "dental_records_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "dental_records" ADD CONSTRAINT "dental_records_veterinarian_id_veterinarians_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "health_alerts" ADD CONSTRAINT "health_alerts_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "health_alerts" ADD CONSTRAINT "health_alerts_acknowledged_by_user_id_fkey" FOREIGN KEY ("acknowledged_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "health_protocol_assignments" ADD CONSTRAINT "health_protocol_assignments_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "health_protocol_assignments" ADD CONSTRAINT "health_protocol_assignments_protocol_id_fkey" FOREIGN KEY ("protocol_id") REFERENCES "health_protocols"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "health_protocol_assignments" ADD CONSTRAINT "health_protocol_assignments_health_record_id_fkey" FOREIGN KEY ("health_record_id") REFERENCES "health_records"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "health_protocol_assignments" ADD CONSTRAINT "health_protocol_assignments_assigned_by_user_id_fkey" FOREIGN KEY ("assigned_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "health_protocol_assignments" ADD CONSTRAINT "health_protocol_assignments_supervising_vet_id_fkey" FOREIGN KEY ("supervising_veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "health_protocols" ADD CONSTRAINT "health_protocols_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "health_protocols" ADD CONSTRAINT "health_protocols_authored_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("authored_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "health_records" ADD CONSTRAINT "health_records_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "health_records" ADD CONSTRAINT "health_records_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "health_records" ADD CONSTRAINT "health_records_veterinarian_id_veterinarians_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "health_records" ADD CONSTRAINT "health_records_recorded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "health_reminders" ADD CONSTRAINT "health_reminders_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "health_reminders" ADD CONSTRAINT "health_reminders_recipient_user_id_user_profiles_id_fkey" FOREIGN KEY ("recipient_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "health_reminders" ADD CONSTRAINT "health_reminders_vaccination_id_vaccinations_id_fkey" FOREIGN KEY ("vaccination_id") REFERENCES "vaccinations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "health_reminders" ADD CONSTRAINT "health_reminders_medication_id_medications_id_fkey" FOREIGN KEY ("medication_id") REFERENCES "medications"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "health_statistics" ADD CONSTRAINT "health_statistics_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "injuries" ADD CONSTRAINT "injuries_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "injuries" ADD CONSTRAINT "injuries_health_record_id_health_records_id_fkey" FOREIGN KEY ("health_record_id") REFERENCES "health_records"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "injuries" ADD CONSTRAINT "injuries_vet_visit_id_vet_visits_id_fkey" FOREIGN KEY ("vet_visit_id") REFERENCES "vet_visits"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "injuries" ADD CONSTRAINT "injuries_reported_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("reported_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "injuries" ADD CONSTRAINT "injuries_treated_by_veterinarian_id_veterinarians_id_fkey" FOREIGN KEY ("treated_by_veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "lab_results" ADD CONSTRAINT "lab_results_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "lab_results" ADD CONSTRAINT "lab_results_vet_visit_id_vet_visits_id_fkey" FOREIGN KEY ("vet_visit_id") REFERENCES "vet_visits"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "lab_results" ADD CONSTRAINT "lab_results_health_record_id_health_records_id_fkey" FOREIGN KEY ("health_record_id") REFERENCES "health_records"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "lab_results" ADD CONSTRAINT "lab_results_requested_by_veterinarian_id_fkey" FOREIGN KEY ("requested_by_veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "lameness_exams" ADD CONSTRAINT "lameness_exams_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "lameness_exams" ADD CONSTRAINT "lameness_exams_vet_visit_id_vet_visits_id_fkey" FOREIGN KEY ("vet_visit_id") REFERENCES "vet_visits"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "lameness_exams" ADD CONSTRAINT "lameness_exams_health_record_id_health_records_id_fkey" FOREIGN KEY ("health_record_id") REFERENCES "health_records"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "lameness_exams" ADD CONSTRAINT "lameness_exams_veterinarian_id_veterinarians_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "medications" ADD CONSTRAINT "medications_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "medications" ADD CONSTRAINT "medications_vet_visit_id_vet_visits_id_fkey" FOREIGN KEY ("vet_visit_id") REFERENCES "vet_visits"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "medications" ADD CONSTRAINT "medications_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "medications" ADD CONSTRAINT "medications_prescribed_by_veterinarian_id_fkey" FOREIGN KEY ("prescribed_by_veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "surgeries" ADD CONSTRAINT "surgeries_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "surgeries" ADD CONSTRAINT "surgeries_health_record_id_health_records_id_fkey" FOREIGN KEY ("health_record_id") REFERENCES "health_records"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "surgeries" ADD CONSTRAINT "surgeries_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "surgeries" ADD CONSTRAINT "surgeries_surgeon_veterinarian_id_veterinarians_id_fkey" FOREIGN KEY ("surgeon_veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "vaccinations" ADD CONSTRAINT "vaccinations_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "vaccinations" ADD CONSTRAINT "vaccinations_vet_visit_id_vet_visits_id_fkey" FOREIGN KEY ("vet_visit_id") REFERENCES "vet_visits"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "vaccinations" ADD CONSTRAINT "vaccinations_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "vaccinations" ADD CONSTRAINT "vaccinations_veterinarian_id_veterinarians_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "vet_visits" ADD CONSTRAINT "vet_visits_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "vet_visits" ADD CONSTRAINT "vet_visits_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "vet_visits" ADD CONSTRAINT "vet_visits_veterinarian_id_veterinarians_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "vet_visits" ADD CONSTRAINT "vet_visits_health_record_id_health_records_id_fkey" FOREIGN KEY ("health_record_id") REFERENCES "health_records"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "vet_visits" ADD CONSTRAINT "vet_visits_requested_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("requested_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "vital_signs" ADD CONSTRAINT "vital_signs_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "vital_signs" ADD CONSTRAINT "vital_signs_vet_visit_id_vet_visits_id_fkey" FOREIGN KEY ("vet_visit_id") REFERENCES "vet_visits"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "vital_signs" ADD CONSTRAINT "vital_signs_recorded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "brand_ambassadors" ADD CONSTRAINT "brand_ambassadors_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "brand_ambassadors" ADD CONSTRAINT "brand_ambassadors_referral_code_id_referral_codes_id_fkey" FOREIGN KEY ("referral_code_id") REFERENCES "referral_codes"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "brand_ambassadors" ADD CONSTRAINT "brand_ambassadors_featured_horse_id_horses_id_fkey" FOREIGN KEY ("featured_horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "brand_ambassadors" ADD CONSTRAINT "brand_ambassadors_appointed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("appointed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "content_virality_metrics" ADD CONSTRAINT "content_virality_metrics_campaign_id_viral_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "viral_campaigns"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "influencer_partnerships" ADD CONSTRAINT "influencer_partnerships_campaign_id_viral_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "viral_campaigns"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "influencer_partnerships" ADD CONSTRAINT "influencer_partnerships_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "influencer_partnerships" ADD CONSTRAINT "influencer_partnerships_influencer_user_id_fkey" FOREIGN KEY ("influencer_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "marketing_attribution" ADD CONSTRAINT "marketing_attribution_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "marketing_attribution" ADD CONSTRAINT "marketing_attribution_campaign_id_viral_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "viral_campaigns"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "marketing_attribution" ADD CONSTRAINT "marketing_attribution_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "user_subscriptions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "marketing_attribution" ADD CONSTRAINT "marketing_attribution_purchase_order_id_fkey" FOREIGN KEY ("purchase_order_id") REFERENCES "purchase_orders"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "marketing_attribution" ADD CONSTRAINT "marketing_attribution_influencer_partnership_id_fkey" FOREIGN KEY ("influencer_partnership_id") REFERENCES "influencer_partnerships"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "referral_codes" ADD CONSTRAINT "referral_codes_program_id_referral_programs_id_fkey" FOREIGN KEY ("program_id") REFERENCES "referral_programs"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "referral_codes" ADD CONSTRAINT "referral_codes_owner_user_id_user_profiles_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "referral_programs" ADD CONSTRAINT "referral_programs_sponsor_practice_id_vet_practices_id_fkey" FOREIGN KEY ("sponsor_practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "referral_programs" ADD CONSTRAINT "referral_programs_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "referral_tracking" ADD CONSTRAINT "referral_tracking_program_id_referral_programs_id_fkey" FOREIGN KEY ("program_id") REFERENCES "referral_programs"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "referral_tracking" ADD CONSTRAINT "referral_tracking_referral_code_id_referral_codes_id_fkey" FOREIGN KEY ("referral_code_id") REFERENCES "referral_codes"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "referral_tracking" ADD CONSTRAINT "referral_tracking_referrer_user_id_user_profiles_id_fkey" FOREIGN KEY ("referrer_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "referral_tracking" ADD CONSTRAINT "referral_tracking_referred_user_id_user_profiles_id_fkey" FOREIGN KEY ("referred_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "referral_tracking" ADD CONSTRAINT "referral_tracking_qualifying_order_id_purchase_orders_id_fkey" FOREIGN KEY ("qualifying_order_id") REFERENCES "purchase_orders"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "referral_tracking" ADD CONSTRAINT "referral_tracking_qualifying_subscription_id_fkey" FOREIGN KEY ("qualifying_subscription_id") REFERENCES "user_subscriptions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "social_shares" ADD CONSTRAINT "social_shares_shared_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("shared_by_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "social_shares" ADD CONSTRAINT "social_shares_campaign_id_viral_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "viral_campaigns"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "social_shares" ADD CONSTRAINT "social_shares_referral_code_id_referral_codes_id_fkey" FOREIGN KEY ("referral_code_id") REFERENCES "referral_codes"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_generated_content" ADD CONSTRAINT "user_generated_content_creator_user_id_user_profiles_id_fkey" FOREIGN KEY ("creator_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_generated_content" ADD CONSTRAINT "user_generated_content_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_generated_content" ADD CONSTRAINT "user_generated_content_campaign_id_viral_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "viral_campaigns"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_generated_content" ADD CONSTRAINT "user_generated_content_moderated_by_user_id_fkey" FOREIGN KEY ("moderated_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "viral_campaigns" ADD CONSTRAINT "viral_campaigns_referral_program_id_referral_programs_id_fkey" FOREIGN KEY ("referral_program_id") REFERENCES "referral_programs"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "viral_campaigns" ADD CONSTRAINT "viral_campaigns_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "viral_loop_tracking" ADD CONSTRAINT "viral_loop_tracking_inviter_user_id_user_profiles_id_fkey" FOREIGN KEY ("inviter_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "viral_loop_tracking" ADD CONSTRAINT "viral_loop_tracking_campaign_id_viral_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "viral_campaigns"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "viral_loop_tracking" ADD CONSTRAINT "viral_loop_tracking_referral_code_id_referral_codes_id_fkey" FOREIGN KEY ("referral_code_id") REFERENCES "referral_codes"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "viral_loop_tracking" ADD CONSTRAINT "viral_loop_tracking_parent_loop_id_viral_loop_tracking_id_fkey" FOREIGN KEY ("parent_loop_id") REFERENCES "viral_loop_tracking"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "viral_loop_tracking" ADD CONSTRAINT "viral_loop_tracking_invitee_user_id_fkey" FOREIGN KEY ("invitee_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "billing_addresses" ADD CONSTRAINT "billing_addresses_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "invoice_line_items" ADD CONSTRAINT "invoice_line_items_invoice_id_invoices_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "invoice_line_items" ADD CONSTRAINT "invoice_line_items_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "invoice_line_items" ADD CONSTRAINT "invoice_line_items_service_id_provider_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "provider_services"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_seller_practice_id_vet_practices_id_fkey" FOREIGN KEY ("seller_practice_id") REFERENCES "vet_practices"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_seller_user_id_user_profiles_id_fkey" FOREIGN KEY ("seller_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_buyer_user_id_user_profiles_id_fkey" FOREIGN KEY ("buyer_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_purchase_order_id_purchase_orders_id_fkey" FOREIGN KEY ("purchase_order_id") REFERENCES "purchase_orders"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_billing_address_id_billing_addresses_id_fkey" FOREIGN KEY ("billing_address_id") REFERENCES "billing_addresses"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_veterinarian_id_veterinarians_id_fkey" FOREIGN KEY ("veterinarian_id") REFERENCES "veterinarians"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "payment_records" ADD CONSTRAINT "payment_records_invoice_id_invoices_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_records" ADD CONSTRAINT "payment_records_transaction_id_transactions_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "payment_records" ADD CONSTRAINT "payment_records_payer_user_id_user_profiles_id_fkey" FOREIGN KEY ("payer_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "payment_records" ADD CONSTRAINT "payment_records_recorded_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "purchase_history" ADD CONSTRAINT "purchase_history_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "purchase_history" ADD CONSTRAINT "purchase_history_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "purchase_history" ADD CONSTRAINT "purchase_history_seller_practice_id_vet_practices_id_fkey" FOREIGN KEY ("seller_practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "purchase_history" ADD CONSTRAINT "purchase_history_purchase_order_id_purchase_orders_id_fkey" FOREIGN KEY ("purchase_order_id") REFERENCES "purchase_orders"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "purchase_history" ADD CONSTRAINT "purchase_history_invoice_id_invoices_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_buyer_user_id_user_profiles_id_fkey" FOREIGN KEY ("buyer_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_seller_practice_id_vet_practices_id_fkey" FOREIGN KEY ("seller_practice_id") REFERENCES "vet_practices"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_seller_user_id_user_profiles_id_fkey" FOREIGN KEY ("seller_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_shipping_address_id_shipping_addresses_id_fkey" FOREIGN KEY ("shipping_address_id") REFERENCES "shipping_addresses"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_transaction_id_transactions_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_invoice_id_invoices_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_requested_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("requested_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_approved_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "shipping_addresses" ADD CONSTRAINT "shipping_addresses_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "subscription_payments" ADD CONSTRAINT "subscription_payments_transaction_id_transactions_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "subscription_payments" ADD CONSTRAINT "subscription_payments_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "user_subscriptions"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "transaction_audit_log" ADD CONSTRAINT "transaction_audit_log_actor_user_id_user_profiles_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_payer_user_id_user_profiles_id_fkey" FOREIGN KEY ("payer_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_purchase_order_id_purchase_orders_id_fkey" FOREIGN KEY ("purchase_order_id") REFERENCES "purchase_orders"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_invoice_id_invoices_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_payment_method_id_user_payment_methods_id_fkey" FOREIGN KEY ("payment_method_id") REFERENCES "user_payment_methods"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_conversations" ADD CONSTRAINT "ai_conversations_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_conversations" ADD CONSTRAINT "ai_conversations_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_conversations" ADD CONSTRAINT "ai_conversations_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_conversations" ADD CONSTRAINT "ai_conversations_session_id_user_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "user_sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_insights_cache" ADD CONSTRAINT "ai_insights_cache_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_insights_cache" ADD CONSTRAINT "ai_insights_cache_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_insights_cache" ADD CONSTRAINT "ai_insights_cache_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_messages" ADD CONSTRAINT "ai_messages_conversation_id_ai_conversations_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "ai_conversations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_messages" ADD CONSTRAINT "ai_messages_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_model_performance" ADD CONSTRAINT "ai_model_performance_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_model_rankings" ADD CONSTRAINT "ai_model_rankings_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_model_rankings" ADD CONSTRAINT "ai_model_rankings_decided_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("decided_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_model_rankings" ADD CONSTRAINT "ai_model_rankings_performance_id_fkey" FOREIGN KEY ("performance_id") REFERENCES "ai_model_performance"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_predictions" ADD CONSTRAINT "ai_predictions_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_predictions" ADD CONSTRAINT "ai_predictions_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_queries" ADD CONSTRAINT "ai_queries_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_queries" ADD CONSTRAINT "ai_queries_session_id_user_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "user_sessions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_queries" ADD CONSTRAINT "ai_queries_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "ai_queries" ADD CONSTRAINT "ai_queries_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_recommendations" ADD CONSTRAINT "ai_recommendations_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_recommendations" ADD CONSTRAINT "ai_recommendations_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "ai_recommendations" ADD CONSTRAINT "ai_recommendations_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_recommendations" ADD CONSTRAINT "ai_recommendations_recommended_horse_id_horses_id_fkey" FOREIGN KEY ("recommended_horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_recommendations" ADD CONSTRAINT "ai_recommendations_personalized_feed_id_fkey" FOREIGN KEY ("personalized_feed_id") REFERENCES "personalized_feeds"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_recommendations" ADD CONSTRAINT "ai_recommendations_recommended_practice_id_fkey" FOREIGN KEY ("recommended_practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ai_training_data" ADD CONSTRAINT "ai_training_data_contributor_user_id_user_profiles_id_fkey" FOREIGN KEY ("contributor_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "content_rankings" ADD CONSTRAINT "content_rankings_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "personalized_feeds" ADD CONSTRAINT "personalized_feeds_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "personalized_feeds" ADD CONSTRAINT "personalized_feeds_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "recommendation_feedback" ADD CONSTRAINT "recommendation_feedback_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "recommendation_feedback" ADD CONSTRAINT "recommendation_feedback_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "ai_recommendations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "smart_reminders" ADD CONSTRAINT "smart_reminders_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "smart_reminders" ADD CONSTRAINT "smart_reminders_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "smart_reminders" ADD CONSTRAINT "smart_reminders_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "smart_reminders" ADD CONSTRAINT "smart_reminders_recommendation_id_ai_recommendations_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "ai_recommendations"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_preference_learning" ADD CONSTRAINT "user_preference_learning_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_preference_learning" ADD CONSTRAINT "user_preference_learning_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "cache_configuration" ADD CONSTRAINT "cache_configuration_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cache_configuration" ADD CONSTRAINT "cache_configuration_changed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("changed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "capacity_planning" ADD CONSTRAINT "capacity_planning_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "capacity_planning" ADD CONSTRAINT "capacity_planning_prepared_by_user_id_fkey" FOREIGN KEY ("prepared_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "capacity_planning" ADD CONSTRAINT "capacity_planning_approved_by_user_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "data_replication_status" ADD CONSTRAINT "data_replication_status_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "disaster_recovery_plans" ADD CONSTRAINT "disaster_recovery_plans_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "disaster_recovery_plans" ADD CONSTRAINT "disaster_recovery_plans_owner_user_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "disaster_recovery_plans" ADD CONSTRAINT "disaster_recovery_plans_approved_by_user_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "disaster_recovery_tests" ADD CONSTRAINT "disaster_recovery_tests_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "disaster_recovery_plans"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "disaster_recovery_tests" ADD CONSTRAINT "disaster_recovery_tests_conducted_by_user_id_fkey" FOREIGN KEY ("conducted_by_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "infrastructure_monitoring" ADD CONSTRAINT "infrastructure_monitoring_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "load_balancing_config" ADD CONSTRAINT "load_balancing_config_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "load_balancing_config" ADD CONSTRAINT "load_balancing_config_changed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("changed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "platform_services" ADD CONSTRAINT "platform_services_technical_owner_user_id_fkey" FOREIGN KEY ("technical_owner_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "queue_management" ADD CONSTRAINT "queue_management_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "queue_management" ADD CONSTRAINT "queue_management_consumer_service_id_platform_services_id_fkey" FOREIGN KEY ("consumer_service_id") REFERENCES "platform_services"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "queue_management" ADD CONSTRAINT "queue_management_dead_letter_queue_id_queue_management_id_fkey" FOREIGN KEY ("dead_letter_queue_id") REFERENCES "queue_management"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "rate_limiting_rules" ADD CONSTRAINT "rate_limiting_rules_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "rate_limiting_rules" ADD CONSTRAINT "rate_limiting_rules_subject_user_id_user_profiles_id_fkey" FOREIGN KEY ("subject_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "rate_limiting_rules" ADD CONSTRAINT "rate_limiting_rules_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "scaling_events" ADD CONSTRAINT "scaling_events_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "scaling_events" ADD CONSTRAINT "scaling_events_initiated_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("initiated_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "service_dependencies" ADD CONSTRAINT "service_dependencies_service_id_platform_services_id_fkey" FOREIGN KEY ("service_id") REFERENCES "platform_services"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "service_dependencies" ADD CONSTRAINT "service_dependencies_depends_on_service_id_fkey" FOREIGN KEY ("depends_on_service_id") REFERENCES "platform_services"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "churn_prediction" ADD CONSTRAINT "churn_prediction_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "churn_prediction" ADD CONSTRAINT "churn_prediction_subscription_id_user_subscriptions_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "user_subscriptions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "churn_prediction" ADD CONSTRAINT "churn_prediction_model_id_ai_models_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ai_models"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "email_campaigns" ADD CONSTRAINT "email_campaigns_retention_campaign_id_fkey" FOREIGN KEY ("retention_campaign_id") REFERENCES "user_retention_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "email_campaigns" ADD CONSTRAINT "email_campaigns_segment_id_user_segments_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "user_segments"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "outreach_events" ADD CONSTRAINT "outreach_events_message_id_outreach_messages_id_fkey" FOREIGN KEY ("message_id") REFERENCES "outreach_messages"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "outreach_events" ADD CONSTRAINT "outreach_events_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "outreach_messages" ADD CONSTRAINT "outreach_messages_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "outreach_messages" ADD CONSTRAINT "outreach_messages_retention_campaign_id_fkey" FOREIGN KEY ("retention_campaign_id") REFERENCES "user_retention_campaigns"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "outreach_messages" ADD CONSTRAINT "outreach_messages_email_campaign_id_email_campaigns_id_fkey" FOREIGN KEY ("email_campaign_id") REFERENCES "email_campaigns"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "outreach_messages" ADD CONSTRAINT "outreach_messages_sms_campaign_id_sms_campaigns_id_fkey" FOREIGN KEY ("sms_campaign_id") REFERENCES "sms_campaigns"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "outreach_messages" ADD CONSTRAINT "outreach_messages_push_campaign_id_fkey" FOREIGN KEY ("push_campaign_id") REFERENCES "push_notification_campaigns"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "outreach_messages" ADD CONSTRAINT "outreach_messages_trigger_id_re_engagement_triggers_id_fkey" FOREIGN KEY ("trigger_id") REFERENCES "re_engagement_triggers"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "outreach_messages" ADD CONSTRAINT "outreach_messages_offer_id_personalized_offers_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "personalized_offers"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "outreach_messages" ADD CONSTRAINT "outreach_messages_notification_id_notifications_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "personalized_offers" ADD CONSTRAINT "personalized_offers_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "personalized_offers" ADD CONSTRAINT "personalized_offers_retention_campaign_id_fkey" FOREIGN KEY ("retention_campaign_id") REFERENCES "user_retention_campaigns"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "personalized_offers" ADD CONSTRAINT "personalized_offers_churn_prediction_id_fkey" FOREIGN KEY ("churn_prediction_id") REFERENCES "churn_prediction"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "personalized_offers" ADD CONSTRAINT "personalized_offers_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "personalized_offers" ADD CONSTRAINT "personalized_offers_redeemed_purchase_order_id_fkey" FOREIGN KEY ("redeemed_purchase_order_id") REFERENCES "purchase_orders"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "personalized_offers" ADD CONSTRAINT "personalized_offers_redeemed_subscription_id_fkey" FOREIGN KEY ("redeemed_subscription_id") REFERENCES "user_subscriptions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "push_notification_campaigns" ADD CONSTRAINT "push_notification_campaigns_retention_campaign_id_fkey" FOREIGN KEY ("retention_campaign_id") REFERENCES "user_retention_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "push_notification_campaigns" ADD CONSTRAINT "push_notification_campaigns_segment_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "user_segments"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "re_engagement_triggers" ADD CONSTRAINT "re_engagement_triggers_retention_campaign_id_fkey" FOREIGN KEY ("retention_campaign_id") REFERENCES "user_retention_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "re_engagement_triggers" ADD CONSTRAINT "re_engagement_triggers_segment_id_user_segments_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "user_segments"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "re_engagement_triggers" ADD CONSTRAINT "re_engagement_triggers_created_by_user_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "retention_metrics" ADD CONSTRAINT "retention_metrics_segment_id_user_segments_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "user_segments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "retention_metrics" ADD CONSTRAINT "retention_metrics_retention_campaign_id_fkey" FOREIGN KEY ("retention_campaign_id") REFERENCES "user_retention_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "sms_campaigns" ADD CONSTRAINT "sms_campaigns_retention_campaign_id_fkey" FOREIGN KEY ("retention_campaign_id") REFERENCES "user_retention_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "sms_campaigns" ADD CONSTRAINT "sms_campaigns_segment_id_user_segments_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "user_segments"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "user_retention_campaigns" ADD CONSTRAINT "user_retention_campaigns_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_retention_campaigns" ADD CONSTRAINT "user_retention_campaigns_segment_id_user_segments_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "user_segments"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "user_retention_campaigns" ADD CONSTRAINT "user_retention_campaigns_suppression_segment_id_fkey" FOREIGN KEY ("suppression_segment_id") REFERENCES "user_segments"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "user_retention_campaigns" ADD CONSTRAINT "user_retention_campaigns_owner_user_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_segment_memberships" ADD CONSTRAINT "user_segment_memberships_segment_id_user_segments_id_fkey" FOREIGN KEY ("segment_id") REFERENCES "user_segments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_segment_memberships" ADD CONSTRAINT "user_segment_memberships_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_segment_memberships" ADD CONSTRAINT "user_segment_memberships_added_by_user_id_fkey" FOREIGN KEY ("added_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_segments" ADD CONSTRAINT "user_segments_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "community_events" ADD CONSTRAINT "community_events_organizer_user_id_user_profiles_id_fkey" FOREIGN KEY ("organizer_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "community_events" ADD CONSTRAINT "community_events_host_practice_id_vet_practices_id_fkey" FOREIGN KEY ("host_practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "community_events" ADD CONSTRAINT "community_events_group_id_groups_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_groups_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_invited_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("invited_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "group_posts" ADD CONSTRAINT "group_posts_group_id_groups_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "group_posts" ADD CONSTRAINT "group_posts_author_user_id_user_profiles_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "group_posts" ADD CONSTRAINT "group_posts_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "group_posts" ADD CONSTRAINT "group_posts_community_event_id_community_events_id_fkey" FOREIGN KEY ("community_event_id") REFERENCES "community_events"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "group_posts" ADD CONSTRAINT "group_posts_reviewed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_host_practice_id_vet_practices_id_fkey" FOREIGN KEY ("host_practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_created_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horse_tags" ADD CONSTRAINT "horse_tags_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_tags" ADD CONSTRAINT "horse_tags_tagged_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("tagged_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "horse_tags" ADD CONSTRAINT "horse_tags_social_post_id_social_posts_id_fkey" FOREIGN KEY ("social_post_id") REFERENCES "social_posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_tags" ADD CONSTRAINT "horse_tags_group_post_id_group_posts_id_fkey" FOREIGN KEY ("group_post_id") REFERENCES "group_posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "horse_tags" ADD CONSTRAINT "horse_tags_reviewed_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_user_id_user_profiles_id_fkey" FOREIGN KEY ("recipient_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_user_id_user_profiles_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "private_messages" ADD CONSTRAINT "private_messages_sender_user_id_user_profiles_id_fkey" FOREIGN KEY ("sender_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "private_messages" ADD CONSTRAINT "private_messages_recipient_user_id_user_profiles_id_fkey" FOREIGN KEY ("recipient_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "private_messages" ADD CONSTRAINT "private_messages_practice_id_vet_practices_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "vet_practices"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "private_messages" ADD CONSTRAINT "private_messages_reply_to_message_id_private_messages_id_fkey" FOREIGN KEY ("reply_to_message_id") REFERENCES "private_messages"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "private_messages" ADD CONSTRAINT "private_messages_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "social_comments" ADD CONSTRAINT "social_comments_post_id_social_posts_id_fkey" FOREIGN KEY ("post_id") REFERENCES "social_posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "social_comments" ADD CONSTRAINT "social_comments_group_post_id_group_posts_id_fkey" FOREIGN KEY ("group_post_id") REFERENCES "group_posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "social_comments" ADD CONSTRAINT "social_comments_author_user_id_user_profiles_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "social_comments" ADD CONSTRAINT "social_comments_parent_comment_id_social_comments_id_fkey" FOREIGN KEY ("parent_comment_id") REFERENCES "social_comments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "social_likes" ADD CONSTRAINT "social_likes_user_id_user_profiles_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "social_likes" ADD CONSTRAINT "social_likes_post_id_social_posts_id_fkey" FOREIGN KEY ("post_id") REFERENCES "social_posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "social_likes" ADD CONSTRAINT "social_likes_comment_id_social_comments_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "social_comments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "social_likes" ADD CONSTRAINT "social_likes_group_post_id_group_posts_id_fkey" FOREIGN KEY ("group_post_id") REFERENCES "group_posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "social_likes" ADD CONSTRAINT "social_likes_message_id_private_messages_id_fkey" FOREIGN KEY ("message_id") REFERENCES "private_messages"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "social_moderation_actions" ADD CONSTRAINT "social_moderation_actions_group_id_groups_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "social_moderation_actions" ADD CONSTRAINT "social_moderation_actions_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "social_moderation_actions" ADD CONSTRAINT "social_moderation_actions_subject_user_id_fkey" FOREIGN KEY ("subject_user_id") REFERENCES "user_profiles"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "social_posts" ADD CONSTRAINT "social_posts_author_user_id_user_profiles_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "social_posts" ADD CONSTRAINT "social_posts_horse_id_horses_id_fkey" FOREIGN KEY ("horse_id") REFERENCES "horses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "social_posts" ADD CONSTRAINT "social_posts_shared_post_id_social_posts_id_fkey" FOREIGN KEY ("shared_post_id") REFERENCES "social_posts"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_follows" ADD CONSTRAINT "user_follows_follower_user_id_user_profiles_id_fkey" FOREIGN KEY ("follower_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_follows" ADD CONSTRAINT "user_follows_followed_user_id_user_profiles_id_fkey" FOREIGN KEY ("followed_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_follows" ADD CONSTRAINT "user_follows_followed_horse_id_horses_id_fkey" FOREIGN KEY ("followed_horse_id") REFERENCES "horses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_tags" ADD CONSTRAINT "user_tags_tagged_user_id_user_profiles_id_fkey" FOREIGN KEY ("tagged_user_id") REFERENCES "user_profiles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_tags" ADD CONSTRAINT "user_tags_tagged_by_user_id_user_profiles_id_fkey" FOREIGN KEY ("tagged_by_user_id") REFERENCES "user_profiles"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_tags" ADD CONSTRAINT "user_tags_social_post_id_social_posts_id_fkey" FOREIGN KEY ("social_post_id") REFERENCES "social_posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_tags" ADD CONSTRAINT "user_tags_group_post_id_group_posts_id_fkey" FOREIGN KEY ("group_post_id") REFERENCES "group_posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "vet_practices" ADD CONSTRAINT "vet_practices_timezone_format_check" CHECK ("timezone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$');--> statement-breakpoint
ALTER TABLE "user_profiles" ADD CONSTRAINT "user_profiles_timezone_format_check" CHECK ("timezone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$');--> statement-breakpoint
ALTER TABLE "user_profiles" ADD CONSTRAINT "user_profiles_status_erased_at_check" CHECK ("status" <> 'erased' or "erased_at" is not null);--> statement-breakpoint
ALTER TABLE "user_profiles" ADD CONSTRAINT "user_profiles_erased_at_status_check" CHECK ("erased_at" is null or "status" = 'erased');--> statement-breakpoint
ALTER TABLE "user_profiles" DROP CONSTRAINT "user_profiles_status_check", ADD CONSTRAINT "user_profiles_status_check" CHECK ("status" in ('pending', 'active', 'suspended', 'deactivated', 'erased'));
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purchases_assert_invoice_reconciled(target uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  invoice record;
  line_net numeric;
  line_tax numeric;
BEGIN
  SELECT status, subtotal_amount, tax_amount INTO invoice FROM invoices WHERE id = target;
  IF NOT FOUND OR invoice.status = 'draft' THEN
    RETURN;
  END IF;
  SELECT coalesce(sum(net_amount), 0), coalesce(sum(tax_amount), 0) INTO line_net, line_tax
    FROM invoice_line_items WHERE invoice_id = target;
  IF line_net <> invoice.subtotal_amount OR line_tax <> invoice.tax_amount THEN
    RAISE EXCEPTION 'invoice %: lines sum to % net and % tax, the invoice says % and %',
      target, line_net, line_tax, invoice.subtotal_amount, invoice.tax_amount
      USING ERRCODE = 'check_violation', CONSTRAINT = 'invoices_lines_reconcile_check', TABLE = 'invoices';
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purchases_invoice_reconcile_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'invoices' THEN
    PERFORM purchases_assert_invoice_reconciled(NEW.id);
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM purchases_assert_invoice_reconciled(OLD.invoice_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM purchases_assert_invoice_reconciled(NEW.invoice_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS invoices_reconcile ON invoices;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER invoices_reconcile AFTER INSERT OR UPDATE OF status, subtotal_amount, tax_amount ON invoices
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION purchases_invoice_reconcile_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS invoice_line_items_reconcile ON invoice_line_items;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER invoice_line_items_reconcile AFTER INSERT OR UPDATE OR DELETE ON invoice_line_items
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION purchases_invoice_reconcile_trigger();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purchases_assert_refunds_within_payment(target uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  paid record;
  collected numeric;
  refunded numeric;
BEGIN
  -- Locks the transaction: concurrent refunds of it are judged one after the other, each seeing the other's.
  SELECT amount, currency, status INTO paid FROM transactions WHERE id = target FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF EXISTS (SELECT FROM refunds WHERE transaction_id = target AND currency <> paid.currency) THEN
    RAISE EXCEPTION 'transaction %: a refund is not in its currency %', target, paid.currency
      USING ERRCODE = 'check_violation', CONSTRAINT = 'refunds_payment_currency_check', TABLE = 'refunds';
  END IF;
  collected := CASE WHEN paid.status = 'succeeded' THEN paid.amount ELSE 0 END;
  SELECT coalesce(sum(amount), 0) INTO refunded FROM refunds
    WHERE transaction_id = target AND status IN ('pending', 'requires_action', 'succeeded');
  IF refunded > collected THEN
    RAISE EXCEPTION 'transaction %: refunds total % %, more than the % collected', target, refunded, paid.currency, collected
      USING ERRCODE = 'check_violation', CONSTRAINT = 'refunds_within_payment_check', TABLE = 'refunds';
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purchases_refund_reconcile_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'transactions' THEN
    PERFORM purchases_assert_refunds_within_payment(NEW.id);
  ELSE
    PERFORM purchases_assert_refunds_within_payment(NEW.transaction_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS refunds_reconcile ON refunds;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER refunds_reconcile AFTER INSERT OR UPDATE OF transaction_id, amount, currency, status ON refunds
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION purchases_refund_reconcile_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS transactions_refunds_reconcile ON transactions;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER transactions_refunds_reconcile AFTER UPDATE OF amount, currency, status ON transactions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION purchases_refund_reconcile_trigger();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation', TABLE = TG_TABLE_NAME;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS transaction_audit_log_append_only ON transaction_audit_log;
--> statement-breakpoint
CREATE TRIGGER transaction_audit_log_append_only BEFORE UPDATE OR DELETE ON transaction_audit_log FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS social_moderation_actions_append_only ON social_moderation_actions;
--> statement-breakpoint
CREATE TRIGGER social_moderation_actions_append_only BEFORE UPDATE OR DELETE ON social_moderation_actions FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS ai_training_data_append_only ON ai_training_data;
--> statement-breakpoint
CREATE TRIGGER ai_training_data_append_only BEFORE UPDATE OR DELETE ON ai_training_data FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS admin_actions_append_only ON admin_actions;
--> statement-breakpoint
CREATE TRIGGER admin_actions_append_only BEFORE UPDATE OR DELETE ON admin_actions FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_trail_append_only ON audit_trail;
--> statement-breakpoint
CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE ON audit_trail FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS outreach_events_append_only ON outreach_events;
--> statement-breakpoint
CREATE TRIGGER outreach_events_append_only BEFORE UPDATE OR DELETE ON outreach_events FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS marketing_attribution_append_only ON marketing_attribution;
--> statement-breakpoint
CREATE TRIGGER marketing_attribution_append_only BEFORE UPDATE OR DELETE ON marketing_attribution FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS disaster_recovery_tests_append_only ON disaster_recovery_tests;
--> statement-breakpoint
CREATE TRIGGER disaster_recovery_tests_append_only BEFORE UPDATE OR DELETE ON disaster_recovery_tests FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS authentication_logs_append_only ON authentication_logs;
--> statement-breakpoint
CREATE TRIGGER authentication_logs_append_only BEFORE UPDATE OR DELETE ON authentication_logs FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS gdpr_compliance_append_only ON gdpr_compliance;
--> statement-breakpoint
CREATE TRIGGER gdpr_compliance_append_only BEFORE UPDATE OR DELETE ON gdpr_compliance FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
