CREATE TABLE "user_priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"priority_rank" integer NOT NULL,
	"item_type" varchar(50) NOT NULL,
	"item_id" uuid NOT NULL,
	"value_score" numeric(5,2),
	"status" varchar(50) DEFAULT 'active',
	"created_at" timestamp with time zone DEFAULT now(),
	"expires_at" timestamp with time zone,
	"presented_at" timestamp with time zone,
	CONSTRAINT "user_priorities_user_id_item_type_item_id_key" UNIQUE("user_id","item_type","item_id")
);
--> statement-breakpoint
CREATE TABLE "solution_workflows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"request_description" text NOT NULL,
	"category" varchar(100),
	"current_step" varchar(100) DEFAULT 'initiated',
	"status" varchar(50) DEFAULT 'in_progress',
	"perplexity_results" jsonb,
	"matched_innovators" jsonb,
	"community_insights" jsonb,
	"expert_recommendations" jsonb,
	"pending_actions" jsonb DEFAULT '[]',
	"completed_actions" jsonb DEFAULT '[]',
	"next_action_at" timestamp with time zone,
	"conversation_id" uuid,
	"step_count" integer DEFAULT 0,
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "intro_opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"connector_user_id" uuid NOT NULL,
	"innovator_id" uuid,
	"prospect_name" varchar(255) NOT NULL,
	"prospect_company" varchar(255),
	"prospect_title" varchar(255),
	"prospect_linkedin_url" varchar(500),
	"intro_reason" text,
	"bounty_credits" integer DEFAULT 50,
	"match_score" numeric(5,2),
	"match_signals" jsonb,
	"status" varchar(50) DEFAULT 'open',
	"connector_response" text,
	"intro_method" varchar(50),
	"created_at" timestamp with time zone DEFAULT now(),
	"updated_at" timestamp with time zone DEFAULT now(),
	"expires_at" timestamp with time zone,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "community_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"requesting_agent_type" varchar(50) NOT NULL,
	"context_id" uuid,
	"context_type" varchar(50),
	"question" text NOT NULL,
	"category" varchar(100),
	"expertise_needed" text[],
	"target_user_ids" uuid[],
	"status" varchar(50) DEFAULT 'open',
	"responses_count" integer DEFAULT 0,
	"closed_loop_at" timestamp with time zone,
	"closed_loop_message" text,
	"metadata" jsonb,
	"created_at" timestamp with time zone DEFAULT now(),
	"expires_at" timestamp with time zone DEFAULT now() + interval '7 days'
);
--> statement-breakpoint
CREATE TABLE "community_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"request_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"response_text" text NOT NULL,
	"verbatim_answer" text,
	"status" varchar(50) DEFAULT 'provided',
	"usefulness_score" integer,
	"credits_awarded" integer DEFAULT 0,
	"credited_at" timestamp with time zone,
	"closed_loop_notified" boolean DEFAULT false,
	"created_at" timestamp with time zone DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "credit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	"event_type" varchar(100) NOT NULL,
	"reference_type" varchar(50),
	"reference_id" uuid,
	"idempotency_key" varchar(255) NOT NULL CONSTRAINT "credit_events_idempotency_key_key" UNIQUE,
	"description" text,
	"processed" boolean DEFAULT false,
	"created_at" timestamp with time zone DEFAULT now(),
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "idx_priorities_user_active" ON "user_priorities" ("user_id","status","priority_rank") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "idx_workflows_user" ON "solution_workflows" ("user_id","status");--> statement-breakpoint
CREATE INDEX "idx_workflows_next_action" ON "solution_workflows" ("next_action_at") WHERE status = 'in_progress';--> statement-breakpoint
CREATE INDEX "idx_intros_connector" ON "intro_opportunities" ("connector_user_id","status");--> statement-breakpoint
CREATE INDEX "idx_intros_innovator" ON "intro_opportunities" ("innovator_id","status");--> statement-breakpoint
CREATE INDEX "idx_intros_open" ON "intro_opportunities" ("status","expires_at") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "idx_community_requests_status" ON "community_requests" ("status","created_at" DESC);--> statement-breakpoint
CREATE INDEX "idx_community_requests_expertise" ON "community_requests" USING gin ("expertise_needed");--> statement-breakpoint
CREATE INDEX "idx_responses_request" ON "community_responses" ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "idx_responses_user" ON "community_responses" ("user_id","created_at" DESC);--> statement-breakpoint
CREATE INDEX "idx_credit_events_user" ON "credit_events" ("user_id","created_at" DESC);--> statement-breakpoint
CREATE INDEX "idx_credit_events_reference" ON "credit_events" ("reference_type","reference_id");--> statement-breakpoint
ALTER TABLE "user_priorities" ADD CONSTRAINT "user_priorities_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "solution_workflows" ADD CONSTRAINT "solution_workflows_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "intro_opportunities" ADD CONSTRAINT "intro_opportunities_connector_user_id_fkey" FOREIGN KEY ("connector_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "intro_opportunities" ADD CONSTRAINT "intro_opportunities_innovator_id_fkey" FOREIGN KEY ("innovator_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "community_responses" ADD CONSTRAINT "community_responses_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "community_requests"("id");--> statement-breakpoint
ALTER TABLE "community_responses" ADD CONSTRAINT "community_responses_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "credit_events" ADD CONSTRAINT "credit_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");
--> statement-breakpoint
-- The authoritative balance: the sum of a user's processed credit events.
CREATE OR REPLACE VIEW user_credit_balances AS
SELECT user_id,
       COALESCE(SUM(amount), 0)::integer AS balance,
       COUNT(*)::integer AS transaction_count,
       MAX(created_at) AS last_transaction_at
  FROM credit_events
 WHERE processed = true
 GROUP BY user_id;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION update_user_credit_cache() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users
     SET credit_balance = (SELECT COALESCE(SUM(amount), 0) FROM credit_events WHERE user_id = NEW.user_id AND processed = true)
   WHERE id = NEW.user_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS on_credit_event_processed ON credit_events;
--> statement-breakpoint
CREATE TRIGGER on_credit_event_processed AFTER INSERT OR UPDATE ON credit_events
  FOR EACH ROW WHEN (NEW.processed = true) EXECUTE FUNCTION update_user_credit_cache();
