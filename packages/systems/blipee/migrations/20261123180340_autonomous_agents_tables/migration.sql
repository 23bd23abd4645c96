CREATE TABLE "agent_approvals" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"action_type" text NOT NULL,
	"action_payload" jsonb NOT NULL,
	"risk_level" text DEFAULT 'medium' NOT NULL,
	"rationale" text NOT NULL,
	"expected_impact" jsonb,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_approvals_risk_level_check" CHECK ("risk_level" in ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "agent_approvals_status_check" CHECK ("status" in ('pending', 'approved', 'rejected', 'expired', 'cancelled')),
	CONSTRAINT "agent_approvals_requested_at_expires_at_check" CHECK ("expires_at" > "requested_at"),
	CONSTRAINT "agent_approvals_requested_at_decided_at_check" CHECK ("decided_at" >= "requested_at"),
	CONSTRAINT "agent_approvals_approved_decided_at_check" CHECK ("status" <> 'approved' or "decided_at" is not null),
	CONSTRAINT "agent_approvals_rejected_decided_at_check" CHECK ("status" <> 'rejected' or "decided_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "agent_errors" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"task_id" uuid,
	"error_type" text NOT NULL,
	"severity" text DEFAULT 'medium' NOT NULL,
	"message" text NOT NULL,
	"stack_trace" text,
	"context" jsonb DEFAULT '{}' NOT NULL,
	"retry_count" integer DEFAULT 0 NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolution_notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_errors_severity_check" CHECK ("severity" in ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "agent_errors_retry_count_check" CHECK ("retry_count" >= 0),
	CONSTRAINT "agent_errors_occurred_at_resolved_at_check" CHECK ("resolved_at" >= "occurred_at")
);
--> statement-breakpoint
CREATE TABLE "agent_execution_logs" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"task_id" uuid,
	"step" integer NOT NULL,
	"action" text NOT NULL,
	"level" text DEFAULT 'info' NOT NULL,
	"message" text NOT NULL,
	"input" jsonb,
	"output" jsonb,
	"duration_ms" integer,
	"tokens_used" integer,
	"cost_usd" numeric(12,6),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_execution_logs_level_check" CHECK ("level" in ('debug', 'info', 'warn', 'error')),
	CONSTRAINT "agent_execution_logs_step_check" CHECK ("step" >= 0),
	CONSTRAINT "agent_execution_logs_duration_ms_check" CHECK ("duration_ms" >= 0),
	CONSTRAINT "agent_execution_logs_tokens_used_check" CHECK ("tokens_used" >= 0),
	CONSTRAINT "agent_execution_logs_cost_usd_check" CHECK ("cost_usd" >= 0)
);
--> statement-breakpoint
CREATE TABLE "agent_knowledge" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"knowledge_type" text NOT NULL,
	"topic" text NOT NULL,
	"content" jsonb NOT NULL,
	"confidence" numeric(3,2) DEFAULT '0.50' NOT NULL,
	"source" text NOT NULL,
	"source_task_id" uuid,
	"usage_count" integer DEFAULT 0 NOT NULL,
	"last_used_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_knowledge_agent_id_knowledge_type_topic_key" UNIQUE("agent_id","knowledge_type","topic"),
	CONSTRAINT "agent_knowledge_knowledge_type_check" CHECK ("knowledge_type" in ('fact', 'preference', 'rule', 'insight')),
	CONSTRAINT "agent_knowledge_source_check" CHECK ("source" in ('task', 'human_feedback', 'document', 'external_data')),
	CONSTRAINT "agent_knowledge_confidence_check" CHECK ("confidence" between 0 and 1),
	CONSTRAINT "agent_knowledge_usage_count_check" CHECK ("usage_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "agent_tasks" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"parent_task_id" uuid,
	"task_type" text NOT NULL,
	"title" text NOT NULL,
	"priority" text DEFAULT 'medium' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"input" jsonb DEFAULT '{}' NOT NULL,
	"requires_approval" boolean DEFAULT false NOT NULL,
	"scheduled_for" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 3 NOT NULL,
	"external_ref" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_tasks_agent_id_external_ref_key" UNIQUE("agent_id","external_ref"),
	CONSTRAINT "agent_tasks_priority_check" CHECK ("priority" in ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "agent_tasks_status_check" CHECK ("status" in ('pending', 'running', 'awaiting_approval', 'completed', 'failed', 'cancelled')),
	CONSTRAINT "agent_tasks_attempts_check" CHECK ("attempts" >= 0),
	CONSTRAINT "agent_tasks_max_attempts_check" CHECK ("max_attempts" > 0),
	CONSTRAINT "agent_tasks_started_at_completed_at_check" CHECK ("completed_at" >= "started_at")
);
--> statement-breakpoint
CREATE TABLE "autonomous_agents" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"agent_type" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'active' NOT NULL,
	"autonomy_level" smallint DEFAULT 2 NOT NULL,
	"capabilities" text[] DEFAULT '{}'::text[] NOT NULL,
	"config" jsonb DEFAULT '{}' NOT NULL,
	"max_concurrent_tasks" integer DEFAULT 1 NOT NULL,
	"default_schedule" text,
	"last_heartbeat_at" timestamp with time zone,
	"health_score" numeric(3,2),
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "autonomous_agents_organization_id_name_key" UNIQUE("organization_id","name"),
	CONSTRAINT "autonomous_agents_agent_type_check" CHECK ("agent_type" in ('esg_chief_of_staff', 'compliance_guardian', 'carbon_hunter', 'supply_chain_investigator', 'custom')),
	CONSTRAINT "autonomous_agents_status_check" CHECK ("status" in ('active', 'paused', 'disabled', 'error')),
	CONSTRAINT "autonomous_agents_autonomy_level_check" CHECK ("autonomy_level" between 1 and 5),
	CONSTRAINT "autonomous_agents_max_concurrent_tasks_check" CHECK ("max_concurrent_tasks" > 0),
	CONSTRAINT "autonomous_agents_health_score_check" CHECK ("health_score" between 0 and 1)
);
--> statement-breakpoint
CREATE INDEX "agent_approvals_organization_id_idx" ON "agent_approvals" ("organization_id");--> statement-breakpoint
CREATE INDEX "agent_approvals_decided_by_idx" ON "agent_approvals" ("decided_by");--> statement-breakpoint
CREATE INDEX "agent_approvals_agent_id_idx" ON "agent_approvals" ("agent_id");--> statement-breakpoint
CREATE INDEX "agent_approvals_task_id_idx" ON "agent_approvals" ("task_id");--> statement-breakpoint
CREATE INDEX "agent_approvals_pending_idx" ON "agent_approvals" ("organization_id","requested_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "agent_errors_organization_id_idx" ON "agent_errors" ("organization_id");--> statement-breakpoint
CREATE INDEX "agent_errors_resolved_by_idx" ON "agent_errors" ("resolved_by");--> statement-breakpoint
CREATE INDEX "agent_errors_agent_id_idx" ON "agent_errors" ("agent_id");--> statement-breakpoint
CREATE INDEX "agent_errors_task_id_idx" ON "agent_errors" ("task_id");--> statement-breakpoint
CREATE INDEX "agent_errors_unresolved_idx" ON "agent_errors" ("organization_id","occurred_at") WHERE resolved_at IS NULL;--> statement-breakpoint
CREATE INDEX "agent_execution_logs_organization_id_idx" ON "agent_execution_logs" ("organization_id");--> statement-breakpoint
CREATE INDEX "agent_execution_logs_agent_created_idx" ON "agent_execution_logs" ("agent_id","created_at");--> statement-breakpoint
CREATE INDEX "agent_execution_logs_task_id_idx" ON "agent_execution_logs" ("task_id");--> statement-breakpoint
CREATE INDEX "agent_knowledge_organization_id_idx" ON "agent_knowledge" ("organization_id");--> statement-breakpoint
CREATE INDEX "agent_knowledge_source_task_id_idx" ON "agent_knowledge" ("source_task_id");--> statement-breakpoint
CREATE INDEX "agent_tasks_organization_id_idx" ON "agent_tasks" ("organization_id");--> statement-breakpoint
CREATE INDEX "agent_tasks_created_by_idx" ON "agent_tasks" ("created_by");--> statement-breakpoint
CREATE INDEX "agent_tasks_agent_id_idx" ON "agent_tasks" ("agent_id");--> statement-breakpoint
CREATE INDEX "agent_tasks_parent_task_id_idx" ON "agent_tasks" ("parent_task_id");--> statement-breakpoint
CREATE INDEX "agent_tasks_due_idx" ON "agent_tasks" ("scheduled_for") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "autonomous_agents_organization_id_idx" ON "autonomous_agents" ("organization_id");--> statement-breakpoint
CREATE INDEX "autonomous_agents_created_by_idx" ON "autonomous_agents" ("created_by");--> statement-breakpoint
ALTER TABLE "agent_approvals" ADD CONSTRAINT "agent_approvals_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_approvals" ADD CONSTRAINT "agent_approvals_decided_by_fkey" FOREIGN KEY ("decided_by") REFERENCES "auth"."users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_approvals" ADD CONSTRAINT "agent_approvals_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "autonomous_agents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_approvals" ADD CONSTRAINT "agent_approvals_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "agent_tasks"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_errors" ADD CONSTRAINT "agent_errors_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_errors" ADD CONSTRAINT "agent_errors_resolved_by_fkey" FOREIGN KEY ("resolved_by") REFERENCES "auth"."users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_errors" ADD CONSTRAINT "agent_errors_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "autonomous_agents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_errors" ADD CONSTRAINT "agent_errors_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "agent_tasks"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_execution_logs" ADD CONSTRAINT "agent_execution_logs_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_execution_logs" ADD CONSTRAINT "agent_execution_logs_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "autonomous_agents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_execution_logs" ADD CONSTRAINT "agent_execution_logs_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "agent_tasks"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_knowledge" ADD CONSTRAINT "agent_knowledge_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_knowledge" ADD CONSTRAINT "agent_knowledge_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "autonomous_agents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_knowledge" ADD CONSTRAINT "agent_knowledge_source_task_id_fkey" FOREIGN KEY ("source_task_id") REFERENCES "agent_tasks"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_tasks" ADD CONSTRAINT "agent_tasks_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_tasks" ADD CONSTRAINT "agent_tasks_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "auth"."users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "agent_tasks" ADD CONSTRAINT "agent_tasks_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "autonomous_agents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "agent_tasks" ADD CONSTRAINT "agent_tasks_parent_task_id_fkey" FOREIGN KEY ("parent_task_id") REFERENCES "agent_tasks"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "autonomous_agents" ADD CONSTRAINT "autonomous_agents_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "autonomous_agents" ADD CONSTRAINT "autonomous_agents_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "auth"."users"("id") ON DELETE SET NULL;