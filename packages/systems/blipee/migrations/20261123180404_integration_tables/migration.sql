CREATE TABLE "agent_ml_requests" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"agent_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"request_type" text NOT NULL,
	"input_data" jsonb NOT NULL,
	"prediction" jsonb,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "network_intelligence_cache" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"cache_key" text NOT NULL CONSTRAINT "network_intelligence_cache_cache_key_key" UNIQUE,
	"cache_type" text NOT NULL,
	"data" jsonb NOT NULL,
	"organization_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulatory_compliance" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"regulation" text NOT NULL,
	"jurisdiction" text NOT NULL,
	"status" text NOT NULL,
	"last_assessment" timestamp with time zone,
	"next_deadline" timestamp with time zone,
	"compliance_data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agent_ml_requests" ADD CONSTRAINT "agent_ml_requests_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "autonomous_agents"("id");--> statement-breakpoint
ALTER TABLE "agent_ml_requests" ADD CONSTRAINT "agent_ml_requests_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ml_models"("id");--> statement-breakpoint
ALTER TABLE "agent_ml_requests" ADD CONSTRAINT "agent_ml_requests_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id");--> statement-breakpoint
ALTER TABLE "network_intelligence_cache" ADD CONSTRAINT "network_intelligence_cache_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id");--> statement-breakpoint
ALTER TABLE "regulatory_compliance" ADD CONSTRAINT "regulatory_compliance_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id");