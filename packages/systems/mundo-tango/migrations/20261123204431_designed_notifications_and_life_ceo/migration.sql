-- Designed tables the document names (README): notifications, their preferences and the email queue (the four
-- notification tables less one), and the five Life CEO tables: tasks, milestones, recommendations, conversations
-- and their chat messages.
CREATE TABLE "email_queue" (
	"id" serial PRIMARY KEY,
	"user_id" integer,
	"notification_id" integer,
	"to_address" varchar NOT NULL,
	"to_name" varchar,
	"template_key" varchar NOT NULL,
	"subject" text NOT NULL,
	"payload" jsonb DEFAULT '{}' NOT NULL,
	"status" varchar DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"next_attempt_at" timestamp DEFAULT now() NOT NULL,
	"locked_at" timestamp,
	"idempotency_key" varchar NOT NULL CONSTRAINT "email_queue_idempotency_key_unique" UNIQUE,
	"provider" varchar,
	"provider_message_id" varchar CONSTRAINT "email_queue_provider_message_id_unique" UNIQUE,
	"last_error" text,
	"sent_at" timestamp,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "email_queue_to_address_format_check" CHECK ("to_address" ~ '^[^@\s]+@[^@\s]+$'),
	CONSTRAINT "email_queue_template_key_format_check" CHECK ("template_key" ~ '^[a-z][a-z0-9_]{1,62}$'),
	CONSTRAINT "email_queue_idempotency_key_format_check" CHECK ("idempotency_key" ~ '^\S{1,255}$'),
	CONSTRAINT "email_queue_provider_message_id_format_check" CHECK ("provider_message_id" ~ '^\S{1,255}$'),
	CONSTRAINT "email_queue_status_check" CHECK ("status" in ('queued', 'sending', 'sent', 'failed', 'cancelled')),
	CONSTRAINT "email_queue_attempts_check" CHECK ("attempts" >= 0),
	CONSTRAINT "email_queue_max_attempts_check" CHECK ("max_attempts" > 0),
	CONSTRAINT "email_queue_attempts_max_attempts_check" CHECK ("max_attempts" >= "attempts"),
	CONSTRAINT "email_queue_status_locked_at_check" CHECK ("status" <> 'sending' or "locked_at" is not null),
	CONSTRAINT "email_queue_locked_at_status_check" CHECK ("locked_at" is null or "status" = 'sending'),
	CONSTRAINT "email_queue_status_sent_at_check" CHECK ("status" <> 'sent' or "sent_at" is not null),
	CONSTRAINT "email_queue_sent_at_status_check" CHECK ("sent_at" is null or "status" = 'sent'),
	CONSTRAINT "email_queue_status_last_error_check" CHECK ("status" <> 'failed' or "last_error" is not null),
	CONSTRAINT "email_queue_created_at_sent_at_check" CHECK ("sent_at" >= "created_at")
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"type" varchar NOT NULL,
	"channel" varchar NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"frequency" varchar DEFAULT 'instant' NOT NULL,
	"muted_until" timestamp,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "notification_preferences_type_check" CHECK ("type" in ('like', 'comment', 'reply', 'share', 'follow', 'friend_request', 'friend_accepted', 'event_invite', 'event_reminder', 'event_update', 'message', 'mention', 'new_post', 'system')),
	CONSTRAINT "notification_preferences_channel_check" CHECK ("channel" in ('in_app', 'push', 'email', 'sms')),
	CONSTRAINT "notification_preferences_frequency_check" CHECK ("frequency" in ('instant', 'daily_digest', 'weekly_digest'))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"actor_id" integer,
	"type" varchar NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"link" text,
	"entity_type" varchar,
	"entity_id" integer,
	"dedupe_key" varchar,
	"data" jsonb DEFAULT '{}' NOT NULL,
	"seen_at" timestamp,
	"read_at" timestamp,
	"archived_at" timestamp,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_type_check" CHECK ("type" in ('like', 'comment', 'reply', 'share', 'follow', 'friend_request', 'friend_accepted', 'event_invite', 'event_reminder', 'event_update', 'message', 'mention', 'new_post', 'system')),
	CONSTRAINT "notifications_entity_type_check" CHECK ("entity_type" in ('post', 'comment', 'event', 'user', 'friend_request', 'friendship', 'chat_message', 'conversation', 'message')),
	CONSTRAINT "notifications_entity_type_entity_id_check" CHECK (("entity_type" is null) = ("entity_id" is null)),
	CONSTRAINT "notifications_user_id_actor_id_check" CHECK ("actor_id" <> "user_id"),
	CONSTRAINT "notifications_link_format_check" CHECK ("link" ~ '^(\/\S*|https?:\/\/\S+)$'),
	CONSTRAINT "notifications_created_at_read_at_check" CHECK ("read_at" >= "created_at")
);
--> statement-breakpoint
CREATE TABLE "life_ceo_chat_messages" (
	"id" serial PRIMARY KEY,
	"chat_id" integer NOT NULL,
	"role" varchar NOT NULL,
	"content" text NOT NULL,
	"client_message_id" varchar,
	"model" varchar,
	"tokens" integer,
	"latency_ms" integer,
	"metadata" jsonb,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "life_ceo_chat_messages_role_check" CHECK ("role" in ('user', 'assistant', 'system')),
	CONSTRAINT "life_ceo_chat_messages_tokens_check" CHECK ("tokens" >= 0),
	CONSTRAINT "life_ceo_chat_messages_latency_ms_check" CHECK ("latency_ms" >= 0),
	CONSTRAINT "life_ceo_chat_messages_model_role_check" CHECK ("model" is null or "role" = 'assistant'),
	CONSTRAINT "life_ceo_chat_messages_latency_ms_role_check" CHECK ("latency_ms" is null or "role" = 'assistant')
);
--> statement-breakpoint
CREATE TABLE "life_ceo_conversations" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"domain_id" integer NOT NULL,
	"title" text,
	"status" varchar DEFAULT 'active' NOT NULL,
	"summary" text,
	"message_count" integer DEFAULT 0 NOT NULL,
	"total_tokens" integer DEFAULT 0 NOT NULL,
	"last_message_at" timestamp,
	"archived_at" timestamp,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "life_ceo_conversations_status_check" CHECK ("status" in ('active', 'archived')),
	CONSTRAINT "life_ceo_conversations_message_count_check" CHECK ("message_count" >= 0),
	CONSTRAINT "life_ceo_conversations_total_tokens_check" CHECK ("total_tokens" >= 0),
	CONSTRAINT "life_ceo_conversations_status_archived_at_check" CHECK ("status" <> 'archived' or "archived_at" is not null),
	CONSTRAINT "life_ceo_conversations_archived_at_status_check" CHECK ("archived_at" is null or "status" = 'archived')
);
--> statement-breakpoint
CREATE TABLE "life_ceo_milestones" (
	"id" serial PRIMARY KEY,
	"goal_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"position" integer NOT NULL,
	"status" varchar DEFAULT 'pending' NOT NULL,
	"target_date" timestamp,
	"achieved_at" timestamp,
	"target_value" numeric(12,2),
	"current_value" numeric(12,2),
	"unit" varchar,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "life_ceo_milestones_status_check" CHECK ("status" in ('pending', 'achieved', 'missed')),
	CONSTRAINT "life_ceo_milestones_position_check" CHECK ("position" >= 0),
	CONSTRAINT "life_ceo_milestones_status_achieved_at_check" CHECK ("status" <> 'achieved' or "achieved_at" is not null),
	CONSTRAINT "life_ceo_milestones_achieved_at_status_check" CHECK ("achieved_at" is null or "status" = 'achieved'),
	CONSTRAINT "life_ceo_milestones_current_value_target_value_check" CHECK ("current_value" is null or "target_value" is not null),
	CONSTRAINT "life_ceo_milestones_unit_target_value_check" CHECK ("unit" is null or "target_value" is not null)
);
--> statement-breakpoint
CREATE TABLE "life_ceo_recommendations" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"domain_id" integer NOT NULL,
	"goal_id" integer,
	"kind" varchar DEFAULT 'action' NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"rationale" text,
	"model" varchar,
	"confidence" numeric(3,2),
	"priority" varchar DEFAULT 'medium' NOT NULL,
	"status" varchar DEFAULT 'pending' NOT NULL,
	"dedupe_key" varchar,
	"expires_at" timestamp,
	"accepted_at" timestamp,
	"dismissed_at" timestamp,
	"feedback" text,
	"metadata" jsonb,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "life_ceo_recommendations_kind_check" CHECK ("kind" in ('action', 'habit', 'insight', 'resource', 'warning')),
	CONSTRAINT "life_ceo_recommendations_priority_check" CHECK ("priority" in ('low', 'medium', 'high')),
	CONSTRAINT "life_ceo_recommendations_status_check" CHECK ("status" in ('pending', 'accepted', 'dismissed', 'expired')),
	CONSTRAINT "life_ceo_recommendations_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "life_ceo_recommendations_status_accepted_at_check" CHECK ("status" <> 'accepted' or "accepted_at" is not null),
	CONSTRAINT "life_ceo_recommendations_accepted_at_status_check" CHECK ("accepted_at" is null or "status" = 'accepted'),
	CONSTRAINT "life_ceo_recommendations_status_dismissed_at_check" CHECK ("status" <> 'dismissed' or "dismissed_at" is not null),
	CONSTRAINT "life_ceo_recommendations_dismissed_at_status_check" CHECK ("dismissed_at" is null or "status" = 'dismissed'),
	CONSTRAINT "life_ceo_recommendations_created_at_expires_at_check" CHECK ("expires_at" > "created_at")
);
--> statement-breakpoint
CREATE TABLE "life_ceo_tasks" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"domain_id" integer NOT NULL,
	"goal_id" integer,
	"recommendation_id" integer,
	"title" text NOT NULL,
	"description" text,
	"status" varchar DEFAULT 'todo' NOT NULL,
	"priority" varchar DEFAULT 'medium' NOT NULL,
	"due_at" timestamp,
	"completed_at" timestamp,
	"recurrence" varchar,
	"recurrence_interval" integer DEFAULT 1 NOT NULL,
	"recurrence_ends_at" timestamp,
	"estimated_minutes" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "life_ceo_tasks_status_check" CHECK ("status" in ('todo', 'in_progress', 'done', 'cancelled')),
	CONSTRAINT "life_ceo_tasks_priority_check" CHECK ("priority" in ('low', 'medium', 'high')),
	CONSTRAINT "life_ceo_tasks_recurrence_check" CHECK ("recurrence" in ('daily', 'weekly', 'monthly', 'yearly')),
	CONSTRAINT "life_ceo_tasks_status_completed_at_check" CHECK ("status" <> 'done' or "completed_at" is not null),
	CONSTRAINT "life_ceo_tasks_completed_at_status_check" CHECK ("completed_at" is null or "status" = 'done'),
	CONSTRAINT "life_ceo_tasks_recurrence_due_at_check" CHECK ("recurrence" is null or "due_at" is not null),
	CONSTRAINT "life_ceo_tasks_recurrence_ends_at_recurrence_check" CHECK ("recurrence_ends_at" is null or "recurrence" is not null),
	CONSTRAINT "life_ceo_tasks_due_at_recurrence_ends_at_check" CHECK ("recurrence_ends_at" >= "due_at"),
	CONSTRAINT "life_ceo_tasks_recurrence_interval_check" CHECK ("recurrence_interval" > 0),
	CONSTRAINT "life_ceo_tasks_estimated_minutes_check" CHECK ("estimated_minutes" > 0),
	CONSTRAINT "life_ceo_tasks_position_check" CHECK ("position" >= 0)
);
--> statement-breakpoint
CREATE INDEX "email_queue_user_idx" ON "email_queue" ("user_id");--> statement-breakpoint
CREATE INDEX "email_queue_notification_idx" ON "email_queue" ("notification_id");--> statement-breakpoint
CREATE INDEX "email_queue_due_idx" ON "email_queue" ("next_attempt_at") WHERE status = 'queued';--> statement-breakpoint
CREATE INDEX "email_queue_sending_idx" ON "email_queue" ("locked_at") WHERE status = 'sending';--> statement-breakpoint
CREATE UNIQUE INDEX "unique_notification_preference" ON "notification_preferences" ("user_id","type","channel");--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" ("user_id","created_at" DESC NULLS LAST) WHERE read_at is null;--> statement-breakpoint
CREATE INDEX "notifications_actor_idx" ON "notifications" ("actor_id");--> statement-breakpoint
CREATE INDEX "notifications_entity_idx" ON "notifications" ("entity_type","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_notification_dedupe" ON "notifications" ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "life_ceo_chat_messages_chat_created_idx" ON "life_ceo_chat_messages" ("chat_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_life_ceo_chat_client_message" ON "life_ceo_chat_messages" ("chat_id","client_message_id");--> statement-breakpoint
CREATE INDEX "life_ceo_conversations_user_last_message_idx" ON "life_ceo_conversations" ("user_id","last_message_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "life_ceo_conversations_domain_idx" ON "life_ceo_conversations" ("domain_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_life_ceo_milestone_position" ON "life_ceo_milestones" ("goal_id","position");--> statement-breakpoint
CREATE INDEX "life_ceo_recommendations_user_status_idx" ON "life_ceo_recommendations" ("user_id","status");--> statement-breakpoint
CREATE INDEX "life_ceo_recommendations_domain_idx" ON "life_ceo_recommendations" ("domain_id");--> statement-breakpoint
CREATE INDEX "life_ceo_recommendations_goal_idx" ON "life_ceo_recommendations" ("goal_id");--> statement-breakpoint
CREATE INDEX "life_ceo_recommendations_expiry_idx" ON "life_ceo_recommendations" ("expires_at") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "unique_life_ceo_recommendation" ON "life_ceo_recommendations" ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "life_ceo_tasks_user_due_idx" ON "life_ceo_tasks" ("user_id","due_at");--> statement-breakpoint
CREATE INDEX "life_ceo_tasks_open_idx" ON "life_ceo_tasks" ("user_id","due_at") WHERE status in ('todo', 'in_progress');--> statement-breakpoint
CREATE INDEX "life_ceo_tasks_domain_idx" ON "life_ceo_tasks" ("domain_id");--> statement-breakpoint
CREATE INDEX "life_ceo_tasks_goal_idx" ON "life_ceo_tasks" ("goal_id");--> statement-breakpoint
CREATE INDEX "life_ceo_tasks_recommendation_idx" ON "life_ceo_tasks" ("recommendation_id");--> statement-breakpoint
ALTER TABLE "email_queue" ADD CONSTRAINT "email_queue_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "email_queue" ADD CONSTRAINT "email_queue_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "life_ceo_chat_messages" ADD CONSTRAINT "life_ceo_chat_messages_chat_id_life_ceo_conversations_id_fk" FOREIGN KEY ("chat_id") REFERENCES "life_ceo_conversations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "life_ceo_conversations" ADD CONSTRAINT "life_ceo_conversations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "life_ceo_conversations" ADD CONSTRAINT "life_ceo_conversations_domain_id_life_ceo_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "life_ceo_domains"("id");--> statement-breakpoint
ALTER TABLE "life_ceo_milestones" ADD CONSTRAINT "life_ceo_milestones_goal_id_life_ceo_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "life_ceo_goals"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "life_ceo_recommendations" ADD CONSTRAINT "life_ceo_recommendations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "life_ceo_recommendations" ADD CONSTRAINT "life_ceo_recommendations_domain_id_life_ceo_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "life_ceo_domains"("id");--> statement-breakpoint
ALTER TABLE "life_ceo_recommendations" ADD CONSTRAINT "life_ceo_recommendations_goal_id_life_ceo_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "life_ceo_goals"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "life_ceo_tasks" ADD CONSTRAINT "life_ceo_tasks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "life_ceo_tasks" ADD CONSTRAINT "life_ceo_tasks_domain_id_life_ceo_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "life_ceo_domains"("id");--> statement-breakpoint
ALTER TABLE "life_ceo_tasks" ADD CONSTRAINT "life_ceo_tasks_goal_id_life_ceo_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "life_ceo_goals"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "life_ceo_tasks" ADD CONSTRAINT "life_ceo_tasks_recommendation_id_life_ceo_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "life_ceo_recommendations"("id") ON DELETE SET NULL;