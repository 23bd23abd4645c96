CREATE TABLE "agent_actions_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"agent_type" varchar(50) NOT NULL,
	"agent_instance_id" uuid,
	"action_type" varchar(100) NOT NULL,
	"user_id" uuid,
	"context_id" uuid,
	"context_type" varchar(50),
	"model_used" varchar(100),
	"input_tokens" integer,
	"output_tokens" integer,
	"cost_usd" numeric(10,6),
	"latency_ms" integer,
	"input_data" jsonb,
	"output_data" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "agent_instances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"agent_type" varchar(50) NOT NULL,
	"user_id" uuid,
	"config_json" jsonb,
	"prompt_version" varchar(50),
	"status" varchar(50) DEFAULT 'active',
	"last_active_at" timestamp with time zone DEFAULT now(),
	"created_at" timestamp with time zone DEFAULT now(),
	"terminated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "innovators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL CONSTRAINT "innovators_user_id_key" UNIQUE,
	"company_name" varchar(255) NOT NULL,
	"solution_description" text,
	"categories" text[],
	"target_customer_profile" text,
	"video_url" varchar(500),
	"credits_balance" integer DEFAULT 0,
	"active" boolean DEFAULT true,
	"created_at" timestamp with time zone DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "prospects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" varchar(255) NOT NULL,
	"company" varchar(255),
	"title" varchar(255),
	"linkedin_url" varchar(500),
	"email" varchar(255),
	"mutual_connections" jsonb,
	"last_researched_at" timestamp with time zone,
	"users_researching" uuid[],
	"created_at" timestamp with time zone DEFAULT now()
);
--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "messages_since_summary" integer DEFAULT 0;--> statement-breakpoint
CREATE INDEX "idx_log_agent_time" ON "agent_actions_log" ("agent_type","created_at" DESC);--> statement-breakpoint
CREATE INDEX "idx_log_user" ON "agent_actions_log" ("user_id","created_at" DESC);--> statement-breakpoint
CREATE INDEX "idx_log_cost" ON "agent_actions_log" ("created_at","cost_usd") WHERE cost_usd IS NOT NULL;--> statement-breakpoint
CREATE INDEX "idx_instances_type_user" ON "agent_instances" ("agent_type","user_id");--> statement-breakpoint
CREATE INDEX "idx_instances_active" ON "agent_instances" ("agent_type","status") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "idx_innovators_categories" ON "innovators" USING gin ("categories");--> statement-breakpoint
CREATE INDEX "idx_innovators_active" ON "innovators" ("active","created_at" DESC);--> statement-breakpoint
CREATE INDEX "idx_prospects_linkedin" ON "prospects" ("linkedin_url");--> statement-breakpoint
ALTER TABLE "agent_actions_log" ADD CONSTRAINT "agent_actions_log_agent_instance_id_fkey" FOREIGN KEY ("agent_instance_id") REFERENCES "agent_instances"("id");--> statement-breakpoint
ALTER TABLE "agent_actions_log" ADD CONSTRAINT "agent_actions_log_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "agent_instances" ADD CONSTRAINT "agent_instances_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "innovators" ADD CONSTRAINT "innovators_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");