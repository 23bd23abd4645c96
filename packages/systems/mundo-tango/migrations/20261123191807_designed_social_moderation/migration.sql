-- Designed tables the document names under "Additional Social Tables" (README): shares, bookmarks, reports, the
-- moderation queue, edit history and daily virality figures.
CREATE TABLE "bookmarks" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"post_id" integer NOT NULL,
	"collection" varchar DEFAULT 'saved' NOT NULL,
	"note" text,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "edit_history" (
	"id" serial PRIMARY KEY,
	"post_id" integer NOT NULL,
	"editor_id" integer NOT NULL,
	"previous_content" text NOT NULL,
	"previous_rich_content" jsonb,
	"edited_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_queue" (
	"id" serial PRIMARY KEY,
	"target_type" varchar NOT NULL,
	"target_id" integer NOT NULL,
	"report_id" integer,
	"report_count" integer DEFAULT 1 NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"status" varchar DEFAULT 'pending' NOT NULL,
	"assigned_to" integer,
	"action" varchar,
	"notes" text,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"resolved_at" timestamp,
	CONSTRAINT "moderation_queue_target_type_check" CHECK ("target_type" in ('post', 'comment', 'user', 'event', 'message')),
	CONSTRAINT "moderation_queue_status_check" CHECK ("status" in ('pending', 'in_review', 'actioned', 'dismissed')),
	CONSTRAINT "moderation_queue_action_check" CHECK ("action" in ('none', 'hide', 'remove', 'warn', 'suspend')),
	CONSTRAINT "moderation_queue_priority_check" CHECK ("priority" >= 0),
	CONSTRAINT "moderation_queue_resolved_at_action_check" CHECK ("resolved_at" is null or "action" is not null),
	CONSTRAINT "moderation_queue_created_at_resolved_at_check" CHECK ("resolved_at" >= "created_at")
);
--> statement-breakpoint
CREATE TABLE "post_shares" (
	"id" serial PRIMARY KEY,
	"post_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"channel" varchar DEFAULT 'repost' NOT NULL,
	"platform" varchar,
	"message" text,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "post_shares_channel_check" CHECK ("channel" in ('repost', 'link', 'message', 'external'))
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" serial PRIMARY KEY,
	"reporter_id" integer NOT NULL,
	"target_type" varchar NOT NULL,
	"target_id" integer NOT NULL,
	"reason" varchar NOT NULL,
	"details" text,
	"status" varchar DEFAULT 'open' NOT NULL,
	"reviewed_by" integer,
	"reviewed_at" timestamp,
	"resolution" text,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "reports_target_type_check" CHECK ("target_type" in ('post', 'comment', 'user', 'event', 'message')),
	CONSTRAINT "reports_reason_check" CHECK ("reason" in ('spam', 'harassment', 'hate', 'nudity', 'violence', 'misinformation', 'impersonation', 'other')),
	CONSTRAINT "reports_status_check" CHECK ("status" in ('open', 'reviewing', 'resolved', 'dismissed')),
	CONSTRAINT "reports_reviewed_by_reviewed_at_check" CHECK ("reviewed_by" is null or "reviewed_at" is not null),
	CONSTRAINT "reports_created_at_reviewed_at_check" CHECK ("reviewed_at" >= "created_at")
);
--> statement-breakpoint
CREATE TABLE "viral_analytics" (
	"id" serial PRIMARY KEY,
	"post_id" integer NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"unique_viewers" integer DEFAULT 0 NOT NULL,
	"likes" integer DEFAULT 0 NOT NULL,
	"comments" integer DEFAULT 0 NOT NULL,
	"shares" integer DEFAULT 0 NOT NULL,
	"virality_score" numeric(5,2),
	"computed_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "viral_analytics_views_check" CHECK ("views" >= 0),
	CONSTRAINT "viral_analytics_unique_viewers_check" CHECK ("unique_viewers" >= 0),
	CONSTRAINT "viral_analytics_likes_check" CHECK ("likes" >= 0),
	CONSTRAINT "viral_analytics_comments_check" CHECK ("comments" >= 0),
	CONSTRAINT "viral_analytics_shares_check" CHECK ("shares" >= 0),
	CONSTRAINT "viral_analytics_virality_score_check" CHECK ("virality_score" between 0 and 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "unique_bookmark" ON "bookmarks" ("user_id","post_id");--> statement-breakpoint
CREATE INDEX "bookmarks_post_idx" ON "bookmarks" ("post_id");--> statement-breakpoint
CREATE INDEX "edit_history_post_idx" ON "edit_history" ("post_id","edited_at");--> statement-breakpoint
CREATE INDEX "edit_history_editor_idx" ON "edit_history" ("editor_id");--> statement-breakpoint
CREATE INDEX "moderation_queue_report_idx" ON "moderation_queue" ("report_id");--> statement-breakpoint
CREATE INDEX "moderation_queue_assigned_idx" ON "moderation_queue" ("assigned_to");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_open_moderation_item" ON "moderation_queue" ("target_type","target_id") WHERE status in ('pending', 'in_review');--> statement-breakpoint
CREATE INDEX "post_shares_post_idx" ON "post_shares" ("post_id");--> statement-breakpoint
CREATE INDEX "post_shares_user_idx" ON "post_shares" ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_report" ON "reports" ("reporter_id","target_type","target_id");--> statement-breakpoint
CREATE INDEX "reports_target_idx" ON "reports" ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "reports_reviewed_by_idx" ON "reports" ("reviewed_by");--> statement-breakpoint
CREATE INDEX "reports_open_idx" ON "reports" ("created_at") WHERE status in ('open', 'reviewing');--> statement-breakpoint
CREATE UNIQUE INDEX "unique_viral_analytics_day" ON "viral_analytics" ("post_id","day");--> statement-breakpoint
ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "edit_history" ADD CONSTRAINT "edit_history_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "edit_history" ADD CONSTRAINT "edit_history_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "moderation_queue" ADD CONSTRAINT "moderation_queue_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "moderation_queue" ADD CONSTRAINT "moderation_queue_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "post_shares" ADD CONSTRAINT "post_shares_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "post_shares" ADD CONSTRAINT "post_shares_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "viral_analytics" ADD CONSTRAINT "viral_analytics_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE;