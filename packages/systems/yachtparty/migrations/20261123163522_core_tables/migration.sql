-- gen_random_uuid() is built in from PostgreSQL 13; the original migration enabled pgcrypto for it. Enabled
-- where it can be (a server), skipped where it cannot (PGlite loads extensions from JavaScript).
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pgcrypto;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pgcrypto not enabled: %', SQLERRM;
END $$;
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"phone_number" varchar(20) NOT NULL CONSTRAINT "users_phone_number_key" UNIQUE,
	"email" varchar(255),
	"first_name" varchar(100),
	"last_name" varchar(100),
	"company" varchar(255),
	"title" varchar(255),
	"linkedin_url" varchar(500),
	"verified" boolean DEFAULT false,
	"innovator" boolean DEFAULT false,
	"expert_connector" boolean DEFAULT false,
	"expertise" text[],
	"poc_agent_id" varchar(50),
	"poc_agent_type" varchar(50),
	"quiet_hours_start" time,
	"quiet_hours_end" time,
	"timezone" varchar(50),
	"response_pattern" jsonb,
	"credit_balance" integer DEFAULT 0,
	"status_level" varchar(50) DEFAULT 'member',
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	"last_active_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"phone_number" varchar(20) NOT NULL,
	"status" varchar(50) DEFAULT 'active',
	"conversation_summary" text,
	"last_summary_message_id" uuid,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	"last_message_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"conversation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" varchar(50) NOT NULL,
	"content" text NOT NULL,
	"direction" varchar(20) NOT NULL,
	"twilio_message_sid" varchar(100),
	"status" varchar(50),
	"created_at" timestamp with time zone DEFAULT now(),
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"event_type" varchar(100) NOT NULL,
	"aggregate_id" uuid,
	"aggregate_type" varchar(50),
	"payload" jsonb NOT NULL,
	"metadata" jsonb,
	"processed" boolean DEFAULT false,
	"version" integer DEFAULT 1,
	"created_at" timestamp with time zone DEFAULT now(),
	"created_by" varchar(100)
);
--> statement-breakpoint
CREATE TABLE "agent_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"task_type" varchar(100) NOT NULL,
	"agent_type" varchar(50) NOT NULL,
	"user_id" uuid,
	"context_id" uuid,
	"context_type" varchar(50),
	"scheduled_for" timestamp with time zone NOT NULL,
	"priority" varchar(20) DEFAULT 'medium',
	"status" varchar(50) DEFAULT 'pending',
	"retry_count" integer DEFAULT 0,
	"max_retries" integer DEFAULT 3,
	"last_attempted_at" timestamp with time zone,
	"context_json" jsonb NOT NULL,
	"result_json" jsonb,
	"error_log" text,
	"created_at" timestamp with time zone DEFAULT now(),
	"created_by" varchar(100),
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "message_queue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"agent_id" varchar(100) NOT NULL,
	"message_data" jsonb NOT NULL,
	"final_message" text,
	"scheduled_for" timestamp with time zone NOT NULL,
	"priority" varchar(20) DEFAULT 'medium',
	"status" varchar(50) DEFAULT 'queued',
	"superseded_by_message_id" uuid,
	"superseded_reason" varchar(100),
	"conversation_context_id" uuid,
	"requires_fresh_context" boolean DEFAULT false,
	"sent_at" timestamp with time zone,
	"delivered_message_id" uuid,
	"created_at" timestamp with time zone DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "user_message_budget" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"messages_sent" integer DEFAULT 0,
	"last_message_at" timestamp with time zone,
	"daily_limit" integer DEFAULT 5,
	"hourly_limit" integer DEFAULT 2,
	"quiet_hours_enabled" boolean DEFAULT true,
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "user_message_budget_user_id_date_key" UNIQUE("user_id","date")
);
--> statement-breakpoint
CREATE INDEX "idx_users_phone" ON "users" ("phone_number");--> statement-breakpoint
CREATE INDEX "idx_users_verified" ON "users" ("verified");--> statement-breakpoint
CREATE INDEX "idx_users_poc_agent" ON "users" ("poc_agent_type","verified");--> statement-breakpoint
CREATE INDEX "idx_conversations_user" ON "conversations" ("user_id");--> statement-breakpoint
CREATE INDEX "idx_conversations_phone" ON "conversations" ("phone_number");--> statement-breakpoint
CREATE INDEX "idx_conversations_status" ON "conversations" ("status","updated_at");--> statement-breakpoint
CREATE INDEX "idx_messages_conversation" ON "messages" ("conversation_id","created_at" DESC);--> statement-breakpoint
CREATE INDEX "idx_messages_user" ON "messages" ("user_id","created_at" DESC);--> statement-breakpoint
CREATE INDEX "idx_messages_twilio" ON "messages" ("twilio_message_sid");--> statement-breakpoint
CREATE INDEX "idx_events_type" ON "events" ("event_type","created_at" DESC);--> statement-breakpoint
CREATE INDEX "idx_events_aggregate" ON "events" ("aggregate_type","aggregate_id","created_at" DESC);--> statement-breakpoint
CREATE INDEX "idx_events_processed" ON "events" ("processed","created_at") WHERE NOT processed;--> statement-breakpoint
CREATE INDEX "idx_events_created" ON "events" ("created_at" DESC);--> statement-breakpoint
CREATE INDEX "idx_tasks_due" ON "agent_tasks" ("status","scheduled_for","priority") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "idx_tasks_agent" ON "agent_tasks" ("agent_type","status","scheduled_for");--> statement-breakpoint
CREATE INDEX "idx_tasks_user" ON "agent_tasks" ("user_id","status");--> statement-breakpoint
CREATE INDEX "idx_tasks_context" ON "agent_tasks" ("context_type","context_id");--> statement-breakpoint
CREATE INDEX "idx_queue_user_pending" ON "message_queue" ("user_id","status","scheduled_for") WHERE status IN ('queued', 'approved');--> statement-breakpoint
CREATE INDEX "idx_queue_due" ON "message_queue" ("status","scheduled_for","priority") WHERE status = 'approved';--> statement-breakpoint
CREATE INDEX "idx_budget_user_date" ON "user_message_budget" ("user_id","date" DESC);--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id");--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "agent_tasks" ADD CONSTRAINT "agent_tasks_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "message_queue" ADD CONSTRAINT "message_queue_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "message_queue" ADD CONSTRAINT "message_queue_superseded_by_message_id_fkey" FOREIGN KEY ("superseded_by_message_id") REFERENCES "message_queue"("id");--> statement-breakpoint
ALTER TABLE "message_queue" ADD CONSTRAINT "message_queue_conversation_context_id_fkey" FOREIGN KEY ("conversation_context_id") REFERENCES "conversations"("id");--> statement-breakpoint
ALTER TABLE "message_queue" ADD CONSTRAINT "message_queue_delivered_message_id_fkey" FOREIGN KEY ("delivered_message_id") REFERENCES "messages"("id");--> statement-breakpoint
ALTER TABLE "user_message_budget" ADD CONSTRAINT "user_message_budget_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify(
    'agent_events',
    json_build_object('id', NEW.id, 'event_type', NEW.event_type, 'aggregate_id', NEW.aggregate_id, 'payload', NEW.payload)::text
  );
  RETURN NEW;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS on_event_created ON events;
--> statement-breakpoint
CREATE TRIGGER on_event_created AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION notify_event();
