-- Designed platform tables the document names (README): preview deployments (7 days), custom domains, analytics
-- events (deduplicated by the client's event id), team members, cost records (upserted by the provider's line id),
-- database backups, CI/CD pipelines and their runs.
CREATE TABLE "analytics_events" (
	"id" serial PRIMARY KEY,
	"event_id" varchar NOT NULL CONSTRAINT "analytics_events_event_id_unique" UNIQUE,
	"event_name" varchar NOT NULL,
	"platform" varchar DEFAULT 'web' NOT NULL,
	"user_id" integer,
	"anonymous_id" varchar,
	"session_id" varchar,
	"properties" jsonb DEFAULT '{}' NOT NULL,
	"page_path" text,
	"referrer" text,
	"user_agent" text,
	"country" char(2),
	"app_version" varchar,
	"occurred_at" timestamp NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "analytics_events_event_id_format_check" CHECK ("event_id" ~ '^\S{1,255}$'),
	CONSTRAINT "analytics_events_event_name_format_check" CHECK ("event_name" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "analytics_events_platform_check" CHECK ("platform" in ('web', 'ios', 'android', 'server')),
	CONSTRAINT "analytics_events_page_path_format_check" CHECK ("page_path" ~ '^\/\S*$'),
	CONSTRAINT "analytics_events_country_format_check" CHECK ("country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "cicd_pipelines" (
	"id" serial PRIMARY KEY,
	"name" varchar NOT NULL CONSTRAINT "cicd_pipelines_name_unique" UNIQUE,
	"description" text,
	"provider" varchar DEFAULT 'github_actions' NOT NULL,
	"repository" varchar NOT NULL,
	"branch_pattern" varchar DEFAULT 'main' NOT NULL,
	"trigger" varchar NOT NULL,
	"schedule" varchar,
	"workflow_path" text,
	"deploy_environment" varchar,
	"config" jsonb DEFAULT '{}' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" integer,
	"last_run_at" timestamp,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "cicd_pipelines_provider_check" CHECK ("provider" in ('github_actions', 'vercel', 'railway')),
	CONSTRAINT "cicd_pipelines_trigger_check" CHECK ("trigger" in ('push', 'pull_request', 'schedule', 'manual')),
	CONSTRAINT "cicd_pipelines_deploy_environment_check" CHECK ("deploy_environment" in ('production', 'preview', 'development')),
	CONSTRAINT "cicd_pipelines_repository_format_check" CHECK ("repository" ~ '^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$'),
	CONSTRAINT "cicd_pipelines_branch_pattern_check" CHECK (char_length("branch_pattern") >= 1),
	CONSTRAINT "cicd_pipelines_schedule_format_check" CHECK ("schedule" ~ '^\S+( \S+){4}$'),
	CONSTRAINT "cicd_pipelines_trigger_schedule_check" CHECK ("trigger" <> 'schedule' or "schedule" is not null),
	CONSTRAINT "cicd_pipelines_schedule_trigger_check" CHECK ("schedule" is null or "trigger" = 'schedule')
);
--> statement-breakpoint
CREATE TABLE "cicd_runs" (
	"id" serial PRIMARY KEY,
	"pipeline_id" integer NOT NULL,
	"deployment_id" integer,
	"run_number" integer NOT NULL,
	"provider_run_id" varchar CONSTRAINT "cicd_runs_provider_run_id_unique" UNIQUE,
	"commit_sha" varchar(40) NOT NULL,
	"commit_message" text,
	"branch" varchar NOT NULL,
	"pr_number" integer,
	"trigger" varchar NOT NULL,
	"triggered_by" integer,
	"status" varchar DEFAULT 'queued' NOT NULL,
	"queued_at" timestamp NOT NULL,
	"started_at" timestamp,
	"finished_at" timestamp,
	"duration_seconds" integer,
	"logs_url" text,
	"error_message" text,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "cicd_runs_trigger_check" CHECK ("trigger" in ('push', 'pull_request', 'schedule', 'manual')),
	CONSTRAINT "cicd_runs_status_check" CHECK ("status" in ('queued', 'running', 'success', 'failed', 'cancelled')),
	CONSTRAINT "cicd_runs_run_number_check" CHECK ("run_number" > 0),
	CONSTRAINT "cicd_runs_pr_number_check" CHECK ("pr_number" > 0),
	CONSTRAINT "cicd_runs_duration_seconds_check" CHECK ("duration_seconds" >= 0),
	CONSTRAINT "cicd_runs_provider_run_id_format_check" CHECK ("provider_run_id" ~ '^\S{1,255}$'),
	CONSTRAINT "cicd_runs_commit_sha_format_check" CHECK ("commit_sha" ~ '^[0-9a-f]{40}$'),
	CONSTRAINT "cicd_runs_logs_url_format_check" CHECK ("logs_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "cicd_runs_queued_at_started_at_check" CHECK ("started_at" >= "queued_at"),
	CONSTRAINT "cicd_runs_started_at_finished_at_check" CHECK ("finished_at" >= "started_at"),
	CONSTRAINT "cicd_runs_finished_at_check" CHECK (("status" in ('success', 'failed', 'cancelled')) = ("finished_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "cost_records" (
	"id" serial PRIMARY KEY,
	"provider" varchar NOT NULL,
	"service" varchar NOT NULL,
	"category" varchar DEFAULT 'other' NOT NULL,
	"environment" varchar,
	"external_id" varchar NOT NULL,
	"invoice_id" varchar,
	"description" text,
	"period_start" timestamp NOT NULL,
	"period_end" timestamp NOT NULL,
	"amount" numeric(12,2) NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"usage_quantity" numeric(18,6),
	"usage_unit" varchar,
	"raw_line" jsonb,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "cost_records_provider_check" CHECK ("provider" in ('vercel', 'railway', 'github', 'stripe', 'supabase', 'openai', 'anthropic', 'aws', 'cloudflare', 'other')),
	CONSTRAINT "cost_records_category_check" CHECK ("category" in ('compute', 'storage', 'bandwidth', 'database', 'ai', 'email', 'payments', 'ci', 'domains', 'other')),
	CONSTRAINT "cost_records_environment_check" CHECK ("environment" in ('production', 'preview', 'development')),
	CONSTRAINT "cost_records_external_id_format_check" CHECK ("external_id" ~ '^\S{1,255}$'),
	CONSTRAINT "cost_records_invoice_id_format_check" CHECK ("invoice_id" ~ '^\S{1,255}$'),
	CONSTRAINT "cost_records_period_start_period_end_check" CHECK ("period_end" >= "period_start"),
	CONSTRAINT "cost_records_amount_check" CHECK ("amount" >= 0),
	CONSTRAINT "cost_records_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "cost_records_usage_quantity_check" CHECK ("usage_quantity" >= 0),
	CONSTRAINT "cost_records_usage_quantity_usage_unit_check" CHECK (("usage_quantity" is null) = ("usage_unit" is null))
);
--> statement-breakpoint
CREATE TABLE "custom_domains" (
	"id" serial PRIMARY KEY,
	"domain" varchar NOT NULL CONSTRAINT "custom_domains_domain_unique" UNIQUE,
	"environment" varchar DEFAULT 'production' NOT NULL,
	"provider" varchar DEFAULT 'vercel' NOT NULL,
	"deployment_id" integer,
	"redirect_to_domain_id" integer,
	"is_primary" boolean DEFAULT false NOT NULL,
	"verification_status" varchar DEFAULT 'pending' NOT NULL,
	"dns_records" jsonb DEFAULT '[]' NOT NULL,
	"verified_at" timestamp,
	"last_checked_at" timestamp,
	"verification_error" text,
	"ssl_status" varchar DEFAULT 'pending' NOT NULL,
	"ssl_issuer" varchar,
	"ssl_expires_at" timestamp,
	"added_by" integer,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "custom_domains_domain_format_check" CHECK ("domain" ~ '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$'),
	CONSTRAINT "custom_domains_domain_check" CHECK (char_length("domain") <= 253),
	CONSTRAINT "custom_domains_environment_check" CHECK ("environment" in ('production', 'preview', 'development')),
	CONSTRAINT "custom_domains_provider_check" CHECK ("provider" in ('vercel', 'railway')),
	CONSTRAINT "custom_domains_verification_status_check" CHECK ("verification_status" in ('pending', 'verified', 'failed')),
	CONSTRAINT "custom_domains_ssl_status_check" CHECK ("ssl_status" in ('pending', 'provisioning', 'active', 'failed', 'expired')),
	CONSTRAINT "custom_domains_verification_status_verified_at_check" CHECK ("verification_status" <> 'verified' or "verified_at" is not null),
	CONSTRAINT "custom_domains_ssl_status_ssl_expires_at_check" CHECK ("ssl_status" <> 'active' or "ssl_expires_at" is not null),
	CONSTRAINT "custom_domains_redirect_check" CHECK ("redirect_to_domain_id" <> "id")
);
--> statement-breakpoint
CREATE TABLE "database_backups" (
	"id" serial PRIMARY KEY,
	"database_name" varchar NOT NULL,
	"environment" varchar DEFAULT 'production' NOT NULL,
	"kind" varchar NOT NULL,
	"status" varchar DEFAULT 'pending' NOT NULL,
	"trigger" varchar DEFAULT 'scheduled' NOT NULL,
	"base_backup_id" integer,
	"storage_url" text CONSTRAINT "database_backups_storage_url_unique" UNIQUE,
	"provider_backup_id" varchar CONSTRAINT "database_backups_provider_backup_id_unique" UNIQUE,
	"size_bytes" bigint,
	"checksum" varchar(64),
	"encrypted" boolean DEFAULT true NOT NULL,
	"encryption_key_id" varchar,
	"triggered_by" integer,
	"started_at" timestamp,
	"completed_at" timestamp,
	"expires_at" timestamp,
	"error_message" text,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "database_backups_environment_check" CHECK ("environment" in ('production', 'preview', 'development')),
	CONSTRAINT "database_backups_kind_check" CHECK ("kind" in ('full', 'incremental', 'snapshot')),
	CONSTRAINT "database_backups_status_check" CHECK ("status" in ('pending', 'running', 'completed', 'failed', 'deleted')),
	CONSTRAINT "database_backups_trigger_check" CHECK ("trigger" in ('scheduled', 'manual', 'pre_deploy')),
	CONSTRAINT "database_backups_storage_url_format_check" CHECK ("storage_url" ~ '^(s3|gs|r2|https):\/\/\S+$'),
	CONSTRAINT "database_backups_checksum_format_check" CHECK ("checksum" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "database_backups_provider_backup_id_format_check" CHECK ("provider_backup_id" ~ '^\S{1,255}$'),
	CONSTRAINT "database_backups_size_bytes_check" CHECK ("size_bytes" >= 0),
	CONSTRAINT "database_backups_kind_base_backup_id_check" CHECK ("kind" <> 'incremental' or "base_backup_id" is not null),
	CONSTRAINT "database_backups_base_backup_id_kind_check" CHECK ("base_backup_id" is null or "kind" = 'incremental'),
	CONSTRAINT "database_backups_base_check" CHECK ("base_backup_id" <> "id"),
	CONSTRAINT "database_backups_status_storage_url_check" CHECK ("status" <> 'completed' or "storage_url" is not null),
	CONSTRAINT "database_backups_status_size_bytes_check" CHECK ("status" <> 'completed' or "size_bytes" is not null),
	CONSTRAINT "database_backups_status_checksum_check" CHECK ("status" <> 'completed' or "checksum" is not null),
	CONSTRAINT "database_backups_status_completed_at_check" CHECK ("status" <> 'completed' or "completed_at" is not null),
	CONSTRAINT "database_backups_status_error_message_check" CHECK ("status" <> 'failed' or "error_message" is not null),
	CONSTRAINT "database_backups_started_at_completed_at_check" CHECK ("completed_at" >= "started_at"),
	CONSTRAINT "database_backups_started_at_expires_at_check" CHECK ("expires_at" > "started_at")
);
--> statement-breakpoint
CREATE TABLE "preview_deployments" (
	"id" serial PRIMARY KEY,
	"deployment_id" integer NOT NULL,
	"branch" varchar NOT NULL,
	"pr_number" integer,
	"pr_title" text,
	"commit_sha" varchar(40),
	"url" text NOT NULL CONSTRAINT "preview_deployments_url_unique" UNIQUE,
	"status" varchar DEFAULT 'pending' NOT NULL,
	"password_protected" boolean DEFAULT true NOT NULL,
	"ready_at" timestamp,
	"last_accessed_at" timestamp,
	"expires_at" timestamp DEFAULT (now() + interval '7 days') NOT NULL,
	"deleted_at" timestamp,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "preview_deployments_status_check" CHECK ("status" in ('pending', 'building', 'ready', 'failed', 'expired', 'deleted')),
	CONSTRAINT "preview_deployments_pr_number_check" CHECK ("pr_number" > 0),
	CONSTRAINT "preview_deployments_commit_sha_format_check" CHECK ("commit_sha" ~ '^[0-9a-f]{40}$'),
	CONSTRAINT "preview_deployments_url_format_check" CHECK ("url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "preview_deployments_created_at_expires_at_check" CHECK ("expires_at" > "created_at"),
	CONSTRAINT "preview_deployments_status_ready_at_check" CHECK ("status" <> 'ready' or "ready_at" is not null),
	CONSTRAINT "preview_deployments_status_deleted_at_check" CHECK ("status" <> 'deleted' or "deleted_at" is not null),
	CONSTRAINT "preview_deployments_deleted_at_status_check" CHECK ("deleted_at" is null or "status" = 'deleted')
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"invited_by" integer,
	"role" varchar DEFAULT 'viewer' NOT NULL,
	"permissions" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" varchar DEFAULT 'invited' NOT NULL,
	"title" varchar,
	"invite_token_hash" varchar CONSTRAINT "team_members_invite_token_hash_unique" UNIQUE,
	"invite_expires_at" timestamp,
	"invited_at" timestamp DEFAULT now() NOT NULL,
	"accepted_at" timestamp,
	"removed_at" timestamp,
	"last_active_at" timestamp,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "team_members_role_check" CHECK ("role" in ('owner', 'admin', 'developer', 'viewer')),
	CONSTRAINT "team_members_status_check" CHECK ("status" in ('invited', 'active', 'removed')),
	CONSTRAINT "team_members_permissions_check" CHECK ("permissions" <@ array['deploy_preview', 'deploy_production', 'rollback', 'manage_domains', 'manage_env_vars', 'manage_team', 'manage_billing', 'view_costs', 'view_analytics', 'manage_backups', 'restore_backups', 'manage_pipelines', 'trigger_pipelines']::text[]),
	CONSTRAINT "team_members_invite_token_hash_format_check" CHECK ("invite_token_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "team_members_invited_at_invite_expires_at_check" CHECK ("invite_expires_at" > "invited_at"),
	CONSTRAINT "team_members_invited_at_accepted_at_check" CHECK ("accepted_at" >= "invited_at"),
	CONSTRAINT "team_members_invited_at_removed_at_check" CHECK ("removed_at" >= "invited_at"),
	CONSTRAINT "team_members_status_accepted_at_check" CHECK ("status" <> 'active' or "accepted_at" is not null),
	CONSTRAINT "team_members_status_removed_at_check" CHECK ("status" <> 'removed' or "removed_at" is not null),
	CONSTRAINT "team_members_removed_at_status_check" CHECK ("removed_at" is null or "status" = 'removed')
);
--> statement-breakpoint
CREATE INDEX "analytics_events_name_time_idx" ON "analytics_events" ("event_name","occurred_at");--> statement-breakpoint
CREATE INDEX "analytics_events_user_time_idx" ON "analytics_events" ("user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "analytics_events_session_idx" ON "analytics_events" ("session_id");--> statement-breakpoint
CREATE INDEX "analytics_events_occurred_at_idx" ON "analytics_events" ("occurred_at");--> statement-breakpoint
CREATE INDEX "cicd_pipelines_created_by_idx" ON "cicd_pipelines" ("created_by");--> statement-breakpoint
CREATE INDEX "cicd_pipelines_repository_idx" ON "cicd_pipelines" ("repository");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_cicd_run_number" ON "cicd_runs" ("pipeline_id","run_number");--> statement-breakpoint
CREATE INDEX "cicd_runs_deployment_idx" ON "cicd_runs" ("deployment_id");--> statement-breakpoint
CREATE INDEX "cicd_runs_triggered_by_idx" ON "cicd_runs" ("triggered_by");--> statement-breakpoint
CREATE INDEX "cicd_runs_commit_idx" ON "cicd_runs" ("commit_sha");--> statement-breakpoint
CREATE INDEX "cicd_runs_active_idx" ON "cicd_runs" ("queued_at") WHERE status in ('queued', 'running');--> statement-breakpoint
CREATE UNIQUE INDEX "unique_cost_record" ON "cost_records" ("provider","external_id");--> statement-breakpoint
CREATE INDEX "cost_records_period_idx" ON "cost_records" ("period_start");--> statement-breakpoint
CREATE INDEX "cost_records_category_period_idx" ON "cost_records" ("category","period_start");--> statement-breakpoint
CREATE INDEX "cost_records_invoice_idx" ON "cost_records" ("invoice_id");--> statement-breakpoint
CREATE INDEX "custom_domains_deployment_idx" ON "custom_domains" ("deployment_id");--> statement-breakpoint
CREATE INDEX "custom_domains_redirect_to_idx" ON "custom_domains" ("redirect_to_domain_id");--> statement-breakpoint
CREATE INDEX "custom_domains_added_by_idx" ON "custom_domains" ("added_by");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_custom_domain_primary" ON "custom_domains" ("environment") WHERE is_primary;--> statement-breakpoint
CREATE INDEX "database_backups_base_backup_idx" ON "database_backups" ("base_backup_id");--> statement-breakpoint
CREATE INDEX "database_backups_triggered_by_idx" ON "database_backups" ("triggered_by");--> statement-breakpoint
CREATE INDEX "database_backups_database_started_idx" ON "database_backups" ("database_name","started_at");--> statement-breakpoint
CREATE INDEX "database_backups_expiry_idx" ON "database_backups" ("expires_at") WHERE status = 'completed';--> statement-breakpoint
CREATE UNIQUE INDEX "unique_preview_deployment" ON "preview_deployments" ("deployment_id");--> statement-breakpoint
CREATE INDEX "preview_deployments_branch_idx" ON "preview_deployments" ("branch");--> statement-breakpoint
CREATE INDEX "preview_deployments_pr_idx" ON "preview_deployments" ("pr_number");--> statement-breakpoint
CREATE INDEX "preview_deployments_expiry_idx" ON "preview_deployments" ("expires_at") WHERE status in ('pending', 'building', 'ready');--> statement-breakpoint
CREATE UNIQUE INDEX "unique_team_member" ON "team_members" ("user_id");--> statement-breakpoint
CREATE INDEX "team_members_invited_by_idx" ON "team_members" ("invited_by");--> statement-breakpoint
CREATE INDEX "team_members_role_idx" ON "team_members" ("role");--> statement-breakpoint
ALTER TABLE "analytics_events" ADD CONSTRAINT "analytics_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cicd_pipelines" ADD CONSTRAINT "cicd_pipelines_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cicd_runs" ADD CONSTRAINT "cicd_runs_pipeline_id_cicd_pipelines_id_fk" FOREIGN KEY ("pipeline_id") REFERENCES "cicd_pipelines"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cicd_runs" ADD CONSTRAINT "cicd_runs_deployment_id_deployments_id_fk" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cicd_runs" ADD CONSTRAINT "cicd_runs_triggered_by_users_id_fk" FOREIGN KEY ("triggered_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "custom_domains" ADD CONSTRAINT "custom_domains_deployment_id_deployments_id_fk" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "custom_domains" ADD CONSTRAINT "custom_domains_redirect_to_domain_id_custom_domains_id_fk" FOREIGN KEY ("redirect_to_domain_id") REFERENCES "custom_domains"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "custom_domains" ADD CONSTRAINT "custom_domains_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "database_backups" ADD CONSTRAINT "database_backups_base_backup_id_database_backups_id_fk" FOREIGN KEY ("base_backup_id") REFERENCES "database_backups"("id");--> statement-breakpoint
ALTER TABLE "database_backups" ADD CONSTRAINT "database_backups_triggered_by_users_id_fk" FOREIGN KEY ("triggered_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "preview_deployments" ADD CONSTRAINT "preview_deployments_deployment_id_deployments_id_fk" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE SET NULL;