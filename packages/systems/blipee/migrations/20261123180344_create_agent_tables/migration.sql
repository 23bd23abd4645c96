CREATE TABLE "agent_configs" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"config" jsonb NOT NULL,
	"allowed_tools" text[] DEFAULT '{}'::text[] NOT NULL,
	"model_name" text,
	"temperature" numeric(3,2),
	"is_active" boolean DEFAULT false NOT NULL,
	"changed_by" uuid,
	"change_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_configs_agent_id_version_key" UNIQUE("agent_id","version"),
	CONSTRAINT "agent_configs_version_check" CHECK ("version" > 0),
	CONSTRAINT "agent_configs_temperature_check" CHECK ("temperature" between 0 and 2)
);
--> statement-breakpoint
CREATE TABLE "agent_events" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"event_key" text NOT NULL,
	"source" text NOT NULL,
	"payload" jsonb DEFAULT '{}' NOT NULL,
	"correlation_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_events_source_event_key_key" UNIQUE("source","event_key")
);
--> statement-breakpoint
CREATE TABLE "agent_results" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"result_type" text NOT NULL,
	"success" boolean NOT NULL,
	"summary" text NOT NULL,
	"data" jsonb DEFAULT '{}' NOT NULL,
	"confidence" numeric(3,2),
	"estimated_tco2e_avoided" numeric(14,3),
	"estimated_savings" numeric(14,2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_results_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "agent_results_estimated_tco2e_avoided_check" CHECK ("estimated_tco2e_avoided" >= 0)
);
--> statement-breakpoint
CREATE TABLE "agent_scheduled_tasks" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"name" text NOT NULL,
	"task_type" text NOT NULL,
	"cron_expression" text NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"priority" text DEFAULT 'medium' NOT NULL,
	"payload" jsonb DEFAULT '{}' NOT NULL,
	"is_enabled" boolean DEFAULT true NOT NULL,
	"last_run_at" timestamp with time zone,
	"next_run_at" timestamp with time zone,
	"last_task_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_scheduled_tasks_agent_id_name_key" UNIQUE("agent_id","name"),
	CONSTRAINT "agent_scheduled_tasks_priority_check" CHECK ("priority" in ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "agent_scheduled_tasks_time_zone_format_check" CHECK ("time_zone" ~ '^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$'),
	CONSTRAINT "agent_scheduled_tasks_last_run_at_next_run_at_check" CHECK ("next_run_at" >= "last_run_at")
);
--> statement-breakpoint
CREATE INDEX "agent_configs_organization_id_idx" ON "agent_configs" ("organization_id");--> statement-breakpoint
CREATE INDEX "agent_configs_changed_by_idx" ON "agent_configs" ("changed_by");--> statement-breakpoint
CREATE UNIQUE INDEX "agent_configs_active_idx" ON "agent_configs" ("agent_id") WHERE is_active;--> statement-breakpoint
CREATE INDEX "agent_events_organization_id_idx" ON "agent_events" ("organization_id");--> statement-breakpoint
CREATE INDEX "agent_events_agent_occurred_idx" ON "agent_events" ("agent_id","occurred_at");--> statement-breakpoint
CREATE INDEX "agent_results_organization_id_idx" ON "agent_results" ("organization_id");--> statement-breakpoint
CREATE INDEX "agent_results_agent_id_idx" ON "agent_results" ("agent_id");--> statement-breakpoint
CREATE INDEX "agent_results_task_id_idx" ON "agent_results" ("task_id");--> statement-breakpoint
CREATE INDEX "agent_scheduled_tasks_organization_id_idx" ON "agent_scheduled_tasks" ("organization_id");--> statement-breakpoint
CREATE INDEX "agent_scheduled_tasks_created_by_idx" ON "agent_scheduled_tasks" ("created_by");--> statement-breakpoint
CREATE INDEX "agent_scheduled_tasks_last_task_id_idx" ON "agent_scheduled_tasks" ("last_task_id");--> statement-breakpoint
CREATE INDEX "agent_scheduled_tasks_due_idx" ON "agent_scheduled_tasks" ("next_run_at") WHERE is_enabled;--> statement-breakpoint
ALTER TABLE "agent_configs" ADD CONSTRAINT "agent_configs_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_configs" ADD CONSTRAINT "agent_configs_changed_by_fkey" FOREIGN KEY ("changed_by") REFERENCES "auth"."users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_configs" ADD CONSTRAINT "agent_configs_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "autonomous_agents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_events" ADD CONSTRAINT "agent_events_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_events" ADD CONSTRAINT "agent_events_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "autonomous_agents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_results" ADD CONSTRAINT "agent_results_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_results" ADD CONSTRAINT "agent_results_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "autonomous_agents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_results" ADD CONSTRAINT "agent_results_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "agent_tasks"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_scheduled_tasks" ADD CONSTRAINT "agent_scheduled_tasks_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_scheduled_tasks" ADD CONSTRAINT "agent_scheduled_tasks_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "auth"."users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_scheduled_tasks" ADD CONSTRAINT "agent_scheduled_tasks_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "autonomous_agents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_scheduled_tasks" ADD CONSTRAINT "agent_scheduled_tasks_last_task_id_fkey" FOREIGN KEY ("last_task_id") REFERENCES "agent_tasks"("id") ON DELETE SET NULL;