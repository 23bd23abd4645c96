-- Designed platform tables the document names (README): agent tasks, agent communications (H2AC), validation
-- checks, user patterns, the prediction cache, feature flags with per-user overrides (added), pricing tiers and
-- user roles.
CREATE TABLE "agent_communications" (
	"id" serial PRIMARY KEY,
	"from_agent_id" integer,
	"from_user_id" integer,
	"to_agent_id" integer,
	"to_user_id" integer,
	"message_type" varchar DEFAULT 'instruction' NOT NULL,
	"subject" text,
	"content" text NOT NULL,
	"metadata" jsonb,
	"thread_id" integer,
	"in_reply_to_id" integer,
	"task_id" integer,
	"client_message_id" varchar CONSTRAINT "agent_communications_client_message_id_unique" UNIQUE,
	"read_at" timestamp,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "agent_communications_from_agent_id_from_user_id_check" CHECK (("from_agent_id" is null) <> ("from_user_id" is null)),
	CONSTRAINT "agent_communications_to_agent_id_to_user_id_check" CHECK (("to_agent_id" is null) <> ("to_user_id" is null)),
	CONSTRAINT "agent_communications_agent_check" CHECK ("from_agent_id" is not null or "to_agent_id" is not null),
	CONSTRAINT "agent_communications_self_check" CHECK ("to_agent_id" <> "from_agent_id"),
	CONSTRAINT "agent_communications_message_type_check" CHECK ("message_type" in ('instruction', 'question', 'answer', 'status_update', 'escalation', 'notification', 'handoff')),
	CONSTRAINT "agent_communications_content_check" CHECK (char_length("content") >= 1),
	CONSTRAINT "agent_communications_client_message_id_format_check" CHECK ("client_message_id" ~ '^\S{1,255}$'),
	CONSTRAINT "agent_communications_reply_check" CHECK ("id" <> "in_reply_to_id"),
	CONSTRAINT "agent_communications_created_at_read_at_check" CHECK ("read_at" >= "created_at")
);
--> statement-breakpoint
CREATE TABLE "agent_tasks" (
	"id" serial PRIMARY KEY,
	"agent_id" integer,
	"assigned_by" integer,
	"parent_task_id" integer,
	"title" text NOT NULL,
	"description" text,
	"task_type" varchar,
	"status" varchar DEFAULT 'pending' NOT NULL,
	"priority" varchar DEFAULT 'medium' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"due_at" timestamp,
	"assigned_at" timestamp,
	"started_at" timestamp,
	"completed_at" timestamp,
	"result" jsonb,
	"error" text,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "agent_tasks_status_check" CHECK ("status" in ('pending', 'assigned', 'in_progress', 'blocked', 'completed', 'failed', 'cancelled')),
	CONSTRAINT "agent_tasks_priority_check" CHECK ("priority" in ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "agent_tasks_status_agent_id_check" CHECK ("status" in ('pending', 'cancelled') or "agent_id" is not null),
	CONSTRAINT "agent_tasks_agent_id_assigned_at_check" CHECK ("agent_id" is null or "assigned_at" is not null),
	CONSTRAINT "agent_tasks_parent_check" CHECK ("id" <> "parent_task_id"),
	CONSTRAINT "agent_tasks_progress_check" CHECK ("progress" between 0 and 100),
	CONSTRAINT "agent_tasks_attempts_check" CHECK ("attempts" >= 0),
	CONSTRAINT "agent_tasks_status_completed_at_check" CHECK ("status" <> 'completed' or "completed_at" is not null),
	CONSTRAINT "agent_tasks_completed_at_status_check" CHECK ("completed_at" is null or "status" = 'completed'),
	CONSTRAINT "agent_tasks_status_error_check" CHECK ("status" <> 'failed' or "error" is not null),
	CONSTRAINT "agent_tasks_assigned_at_started_at_check" CHECK ("started_at" >= "assigned_at"),
	CONSTRAINT "agent_tasks_started_at_completed_at_check" CHECK ("completed_at" >= "started_at")
);
--> statement-breakpoint
CREATE TABLE "prediction_cache" (
	"id" serial PRIMARY KEY,
	"user_id" integer,
	"cache_key" varchar NOT NULL CONSTRAINT "prediction_cache_cache_key_unique" UNIQUE,
	"prediction_type" varchar NOT NULL,
	"payload" jsonb NOT NULL,
	"confidence" numeric(4,3),
	"model_version" varchar,
	"hit_count" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp DEFAULT now() NOT NULL,
	"expires_at" timestamp NOT NULL,
	"last_hit_at" timestamp,
	CONSTRAINT "prediction_cache_cache_key_format_check" CHECK ("cache_key" ~ '^\S{1,255}$'),
	CONSTRAINT "prediction_cache_prediction_type_check" CHECK ("prediction_type" in ('next_page', 'feed_ranking', 'event_recommendations', 'friend_suggestions', 'search_suggestions', 'notification_timing')),
	CONSTRAINT "prediction_cache_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "prediction_cache_hit_count_check" CHECK ("hit_count" >= 0),
	CONSTRAINT "prediction_cache_computed_at_expires_at_check" CHECK ("expires_at" > "computed_at")
);
--> statement-breakpoint
CREATE TABLE "user_patterns" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"pattern_type" varchar NOT NULL,
	"pattern_key" varchar NOT NULL,
	"confidence" numeric(4,3) DEFAULT '0' NOT NULL,
	"occurrences" integer DEFAULT 1 NOT NULL,
	"first_seen_at" timestamp DEFAULT now() NOT NULL,
	"last_seen_at" timestamp DEFAULT now() NOT NULL,
	"features" jsonb DEFAULT '{}' NOT NULL,
	"model_version" varchar,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "user_patterns_pattern_type_check" CHECK ("pattern_type" in ('navigation', 'schedule', 'content_preference', 'engagement', 'social', 'search', 'event_attendance', 'location')),
	CONSTRAINT "user_patterns_pattern_key_check" CHECK (char_length("pattern_key") between 1 and 255),
	CONSTRAINT "user_patterns_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "user_patterns_occurrences_check" CHECK ("occurrences" > 0),
	CONSTRAINT "user_patterns_first_seen_at_last_seen_at_check" CHECK ("last_seen_at" >= "first_seen_at")
);
--> statement-breakpoint
CREATE TABLE "validation_checks" (
	"id" serial PRIMARY KEY,
	"agent_id" integer NOT NULL,
	"task_id" integer,
	"run_id" varchar NOT NULL,
	"check_name" varchar NOT NULL,
	"category" varchar NOT NULL,
	"layer" integer,
	"target" text,
	"status" varchar NOT NULL,
	"score" integer,
	"message" text,
	"details" jsonb DEFAULT '{}' NOT NULL,
	"duration_ms" integer,
	"ran_at" timestamp DEFAULT now() NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "validation_checks_run_id_format_check" CHECK ("run_id" ~ '^\S{1,255}$'),
	CONSTRAINT "validation_checks_category_check" CHECK ("category" in ('functionality', 'ui', 'accessibility', 'performance', 'security', 'data_integrity', 'api', 'compliance', 'i18n')),
	CONSTRAINT "validation_checks_status_check" CHECK ("status" in ('passed', 'failed', 'warning', 'skipped')),
	CONSTRAINT "validation_checks_layer_check" CHECK ("layer" between 1 and 61),
	CONSTRAINT "validation_checks_score_check" CHECK ("score" between 0 and 100),
	CONSTRAINT "validation_checks_duration_ms_check" CHECK ("duration_ms" >= 0)
);
--> statement-breakpoint
CREATE TABLE "feature_flag_overrides" (
	"id" serial PRIMARY KEY,
	"flag_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"enabled" boolean NOT NULL,
	"reason" text,
	"created_by" integer,
	"expires_at" timestamp,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "feature_flag_overrides_created_at_expires_at_check" CHECK ("expires_at" > "created_at")
);
--> statement-breakpoint
CREATE TABLE "feature_flags" (
	"id" serial PRIMARY KEY,
	"key" varchar NOT NULL CONSTRAINT "feature_flags_key_unique" UNIQUE,
	"name" varchar NOT NULL,
	"description" text,
	"enabled" boolean DEFAULT false NOT NULL,
	"rollout_percentage" integer DEFAULT 0 NOT NULL,
	"targeting_rules" jsonb DEFAULT '[]' NOT NULL,
	"allowed_roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"environments" text[] DEFAULT '{production,preview,development}'::text[] NOT NULL,
	"owner_id" integer,
	"starts_at" timestamp,
	"ends_at" timestamp,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "feature_flags_key_format_check" CHECK ("key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "feature_flags_rollout_percentage_check" CHECK ("rollout_percentage" between 0 and 100),
	CONSTRAINT "feature_flags_allowed_roles_check" CHECK ("allowed_roles" <@ array['super_admin', 'admin', 'moderator', 'community_leader', 'organizer', 'teacher', 'dj', 'performer', 'photographer', 'host', 'volunteer', 'dancer']::text[]),
	CONSTRAINT "feature_flags_environments_check" CHECK ("environments" <@ array['production', 'preview', 'development']::text[]),
	CONSTRAINT "feature_flags_starts_at_ends_at_check" CHECK ("ends_at" > "starts_at")
);
--> statement-breakpoint
CREATE TABLE "pricing_tiers" (
	"id" serial PRIMARY KEY,
	"code" varchar NOT NULL CONSTRAINT "pricing_tiers_code_unique" UNIQUE,
	"name" varchar NOT NULL,
	"description" text,
	"monthly_price" numeric(12,2) DEFAULT '0' NOT NULL,
	"yearly_price" numeric(12,2),
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"features" text[] DEFAULT '{}'::text[] NOT NULL,
	"limits" jsonb DEFAULT '{}' NOT NULL,
	"trial_days" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"stripe_monthly_price_id" varchar CONSTRAINT "pricing_tiers_stripe_monthly_price_id_unique" UNIQUE,
	"stripe_yearly_price_id" varchar CONSTRAINT "pricing_tiers_stripe_yearly_price_id_unique" UNIQUE,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "pricing_tiers_code_format_check" CHECK ("code" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "pricing_tiers_monthly_price_check" CHECK ("monthly_price" >= 0),
	CONSTRAINT "pricing_tiers_yearly_price_check" CHECK ("yearly_price" >= 0),
	CONSTRAINT "pricing_tiers_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "pricing_tiers_trial_days_check" CHECK ("trial_days" >= 0),
	CONSTRAINT "pricing_tiers_sort_order_check" CHECK ("sort_order" >= 0),
	CONSTRAINT "pricing_tiers_stripe_monthly_price_id_format_check" CHECK ("stripe_monthly_price_id" ~ '^price_[A-Za-z0-9]+$'),
	CONSTRAINT "pricing_tiers_stripe_yearly_price_id_format_check" CHECK ("stripe_yearly_price_id" ~ '^price_[A-Za-z0-9]+$'),
	CONSTRAINT "pricing_tiers_stripe_yearly_price_id_yearly_price_check" CHECK ("stripe_yearly_price_id" is null or "yearly_price" is not null)
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"role" varchar NOT NULL,
	"scope" varchar DEFAULT 'global' NOT NULL,
	"granted_by" integer,
	"granted_at" timestamp DEFAULT now() NOT NULL,
	"expires_at" timestamp,
	"revoked_at" timestamp,
	"revoked_by" integer,
	"revoke_reason" text,
	"notes" text,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "user_roles_role_check" CHECK ("role" in ('super_admin', 'admin', 'moderator', 'community_leader', 'organizer', 'teacher', 'dj', 'performer', 'photographer', 'host', 'volunteer', 'dancer')),
	CONSTRAINT "user_roles_scope_format_check" CHECK ("scope" ~ '^(global|(city|community):[a-z0-9]+(-[a-z0-9]+)*)$'),
	CONSTRAINT "user_roles_granted_at_expires_at_check" CHECK ("expires_at" > "granted_at"),
	CONSTRAINT "user_roles_granted_at_revoked_at_check" CHECK ("revoked_at" >= "granted_at"),
	CONSTRAINT "user_roles_revoked_by_revoked_at_check" CHECK ("revoked_by" is null or "revoked_at" is not null),
	CONSTRAINT "user_roles_revoke_reason_revoked_at_check" CHECK ("revoke_reason" is null or "revoked_at" is not null)
);
--> statement-breakpoint
CREATE INDEX "agent_communications_from_agent_idx" ON "agent_communications" ("from_agent_id","created_at");--> statement-breakpoint
CREATE INDEX "agent_communications_from_user_idx" ON "agent_communications" ("from_user_id","created_at");--> statement-breakpoint
CREATE INDEX "agent_communications_to_agent_idx" ON "agent_communications" ("to_agent_id","created_at");--> statement-breakpoint
CREATE INDEX "agent_communications_to_user_idx" ON "agent_communications" ("to_user_id","created_at");--> statement-breakpoint
CREATE INDEX "agent_communications_thread_idx" ON "agent_communications" ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "agent_communications_in_reply_to_idx" ON "agent_communications" ("in_reply_to_id");--> statement-breakpoint
CREATE INDEX "agent_communications_task_idx" ON "agent_communications" ("task_id");--> statement-breakpoint
CREATE INDEX "agent_tasks_agent_status_idx" ON "agent_tasks" ("agent_id","status");--> statement-breakpoint
CREATE INDEX "agent_tasks_assigned_by_idx" ON "agent_tasks" ("assigned_by");--> statement-breakpoint
CREATE INDEX "agent_tasks_parent_idx" ON "agent_tasks" ("parent_task_id");--> statement-breakpoint
CREATE INDEX "agent_tasks_open_idx" ON "agent_tasks" ("priority","due_at") WHERE status in ('pending', 'assigned', 'in_progress', 'blocked');--> statement-breakpoint
CREATE INDEX "prediction_cache_user_type_idx" ON "prediction_cache" ("user_id","prediction_type");--> statement-breakpoint
CREATE INDEX "prediction_cache_expires_idx" ON "prediction_cache" ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_user_pattern" ON "user_patterns" ("user_id","pattern_type","pattern_key");--> statement-breakpoint
CREATE INDEX "user_patterns_type_key_idx" ON "user_patterns" ("pattern_type","pattern_key");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_validation_check" ON "validation_checks" ("agent_id","run_id","check_name");--> statement-breakpoint
CREATE INDEX "validation_checks_task_idx" ON "validation_checks" ("task_id");--> statement-breakpoint
CREATE INDEX "validation_checks_ran_at_idx" ON "validation_checks" ("ran_at");--> statement-breakpoint
CREATE INDEX "validation_checks_failed_idx" ON "validation_checks" ("category","ran_at") WHERE status = 'failed';--> statement-breakpoint
CREATE UNIQUE INDEX "unique_feature_flag_override" ON "feature_flag_overrides" ("flag_id","user_id");--> statement-breakpoint
CREATE INDEX "feature_flag_overrides_user_idx" ON "feature_flag_overrides" ("user_id");--> statement-breakpoint
CREATE INDEX "feature_flag_overrides_created_by_idx" ON "feature_flag_overrides" ("created_by");--> statement-breakpoint
CREATE INDEX "feature_flags_owner_idx" ON "feature_flags" ("owner_id");--> statement-breakpoint
CREATE INDEX "pricing_tiers_active_sort_idx" ON "pricing_tiers" ("sort_order") WHERE is_active;--> statement-breakpoint
CREATE UNIQUE INDEX "unique_user_role" ON "user_roles" ("user_id","role","scope");--> statement-breakpoint
CREATE INDEX "user_roles_role_scope_idx" ON "user_roles" ("role","scope") WHERE revoked_at is null;--> statement-breakpoint
CREATE INDEX "user_roles_granted_by_idx" ON "user_roles" ("granted_by");--> statement-breakpoint
CREATE INDEX "user_roles_revoked_by_idx" ON "user_roles" ("revoked_by");--> statement-breakpoint
ALTER TABLE "agent_communications" ADD CONSTRAINT "agent_communications_from_agent_id_esa_agents_id_fk" FOREIGN KEY ("from_agent_id") REFERENCES "esa_agents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_communications" ADD CONSTRAINT "agent_communications_from_user_id_users_id_fk" FOREIGN KEY ("from_user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_communications" ADD CONSTRAINT "agent_communications_to_agent_id_esa_agents_id_fk" FOREIGN KEY ("to_agent_id") REFERENCES "esa_agents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_communications" ADD CONSTRAINT "agent_communications_to_user_id_users_id_fk" FOREIGN KEY ("to_user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_communications" ADD CONSTRAINT "agent_communications_thread_id_agent_communications_id_fk" FOREIGN KEY ("thread_id") REFERENCES "agent_communications"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_communications" ADD CONSTRAINT "agent_communications_in_reply_to_id_agent_communications_id_fk" FOREIGN KEY ("in_reply_to_id") REFERENCES "agent_communications"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_communications" ADD CONSTRAINT "agent_communications_task_id_agent_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "agent_tasks"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_tasks" ADD CONSTRAINT "agent_tasks_agent_id_esa_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "esa_agents"("id");--> statement-breakpoint
ALTER TABLE "agent_tasks" ADD CONSTRAINT "agent_tasks_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_tasks" ADD CONSTRAINT "agent_tasks_parent_task_id_agent_tasks_id_fk" FOREIGN KEY ("parent_task_id") REFERENCES "agent_tasks"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "prediction_cache" ADD CONSTRAINT "prediction_cache_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_patterns" ADD CONSTRAINT "user_patterns_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "validation_checks" ADD CONSTRAINT "validation_checks_agent_id_esa_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "esa_agents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "validation_checks" ADD CONSTRAINT "validation_checks_task_id_agent_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "agent_tasks"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feature_flag_overrides" ADD CONSTRAINT "feature_flag_overrides_flag_id_feature_flags_id_fk" FOREIGN KEY ("flag_id") REFERENCES "feature_flags"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "feature_flag_overrides" ADD CONSTRAINT "feature_flag_overrides_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "feature_flag_overrides" ADD CONSTRAINT "feature_flag_overrides_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "feature_flags" ADD CONSTRAINT "feature_flags_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "users"("id") ON DELETE SET NULL;