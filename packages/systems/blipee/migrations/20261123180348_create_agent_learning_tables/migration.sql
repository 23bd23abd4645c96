CREATE TABLE "agent_knowledge_base" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"content" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"source_url" text,
	"version" integer DEFAULT 1 NOT NULL,
	"is_published" boolean DEFAULT false NOT NULL,
	"retrieval_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_knowledge_base_organization_id_title_version_key" UNIQUE("organization_id","title","version"),
	CONSTRAINT "agent_knowledge_base_source_url_format_check" CHECK ("source_url" ~ '^https?:\/\/\S+$'),
	CONSTRAINT "agent_knowledge_base_version_check" CHECK ("version" > 0),
	CONSTRAINT "agent_knowledge_base_retrieval_count_check" CHECK ("retrieval_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "agent_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"outcome_type" text NOT NULL,
	"expected" jsonb,
	"actual" jsonb NOT NULL,
	"reward" numeric(4,3),
	"feedback_source" text NOT NULL,
	"feedback_by" uuid,
	"lessons" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_outcomes_task_id_feedback_source_key" UNIQUE("task_id","feedback_source"),
	CONSTRAINT "agent_outcomes_outcome_type_check" CHECK ("outcome_type" in ('success', 'partial', 'failure')),
	CONSTRAINT "agent_outcomes_feedback_source_check" CHECK ("feedback_source" in ('human', 'metric', 'system')),
	CONSTRAINT "agent_outcomes_reward_check" CHECK ("reward" between -1 and 1)
);
--> statement-breakpoint
CREATE TABLE "agent_patterns" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"pattern_type" text NOT NULL,
	"pattern_key" text NOT NULL,
	"description" text NOT NULL,
	"signature" jsonb NOT NULL,
	"occurrences" integer DEFAULT 1 NOT NULL,
	"success_rate" numeric(3,2),
	"confidence" numeric(3,2) DEFAULT '0.50' NOT NULL,
	"status" text DEFAULT 'candidate' NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_patterns_agent_id_pattern_key_key" UNIQUE("agent_id","pattern_key"),
	CONSTRAINT "agent_patterns_status_check" CHECK ("status" in ('candidate', 'validated', 'retired')),
	CONSTRAINT "agent_patterns_occurrences_check" CHECK ("occurrences" > 0),
	CONSTRAINT "agent_patterns_success_rate_check" CHECK ("success_rate" between 0 and 1),
	CONSTRAINT "agent_patterns_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "agent_patterns_first_seen_at_last_seen_at_check" CHECK ("last_seen_at" >= "first_seen_at")
);
--> statement-breakpoint
CREATE INDEX "agent_knowledge_base_organization_id_idx" ON "agent_knowledge_base" ("organization_id");--> statement-breakpoint
CREATE INDEX "agent_knowledge_base_created_by_idx" ON "agent_knowledge_base" ("created_by");--> statement-breakpoint
CREATE INDEX "agent_knowledge_base_updated_by_idx" ON "agent_knowledge_base" ("updated_by");--> statement-breakpoint
CREATE INDEX "agent_knowledge_base_tags_idx" ON "agent_knowledge_base" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "agent_outcomes_organization_id_idx" ON "agent_outcomes" ("organization_id");--> statement-breakpoint
CREATE INDEX "agent_outcomes_feedback_by_idx" ON "agent_outcomes" ("feedback_by");--> statement-breakpoint
CREATE INDEX "agent_outcomes_agent_recorded_idx" ON "agent_outcomes" ("agent_id","recorded_at");--> statement-breakpoint
CREATE INDEX "agent_patterns_organization_id_idx" ON "agent_patterns" ("organization_id");--> statement-breakpoint
ALTER TABLE "agent_knowledge_base" ADD CONSTRAINT "agent_knowledge_base_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_knowledge_base" ADD CONSTRAINT "agent_knowledge_base_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "auth"."users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_knowledge_base" ADD CONSTRAINT "agent_knowledge_base_updated_by_fkey" FOREIGN KEY ("updated_by") REFERENCES "auth"."users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_outcomes" ADD CONSTRAINT "agent_outcomes_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_outcomes" ADD CONSTRAINT "agent_outcomes_feedback_by_fkey" FOREIGN KEY ("feedback_by") REFERENCES "auth"."users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_outcomes" ADD CONSTRAINT "agent_outcomes_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "autonomous_agents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_outcomes" ADD CONSTRAINT "agent_outcomes_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "agent_tasks"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_patterns" ADD CONSTRAINT "agent_patterns_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_patterns" ADD CONSTRAINT "agent_patterns_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "autonomous_agents"("id") ON DELETE CASCADE;