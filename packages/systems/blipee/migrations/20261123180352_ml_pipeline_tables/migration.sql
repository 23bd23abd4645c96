CREATE TABLE "ml_features" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"feature_set" text NOT NULL,
	"features" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"validity_period" interval DEFAULT '1 day' NOT NULL,
	"metadata" jsonb DEFAULT '{}',
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ml_model_performance" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"model_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"metric_type" text NOT NULL,
	"metric_value" numeric,
	"evaluation_data" jsonb,
	"evaluated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ml_models" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"model_type" text NOT NULL,
	"model_name" text NOT NULL,
	"version" text NOT NULL,
	"status" text DEFAULT 'training' NOT NULL,
	"framework" text DEFAULT 'tensorflow.js' NOT NULL,
	"architecture" jsonb NOT NULL,
	"hyperparameters" jsonb DEFAULT '{}' NOT NULL,
	"performance_metrics" jsonb,
	"training_data_info" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "ml_models_organization_id_model_type_version_key" UNIQUE("organization_id","model_type","version"),
	CONSTRAINT "ml_models_model_type_check" CHECK ("model_type" in ('emissions_prediction', 'anomaly_detection', 'optimization', 'recommendation')),
	CONSTRAINT "ml_models_status_check" CHECK ("status" in ('training', 'validating', 'active', 'deprecated', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "ml_predictions" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"prediction_type" text NOT NULL,
	"input_data" jsonb NOT NULL,
	"prediction" jsonb NOT NULL,
	"confidence" numeric(3,2),
	"actual_value" jsonb,
	"feedback" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ml_predictions_confidence_check" CHECK ("confidence" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "ml_training_jobs" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"model_type" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"config" jsonb NOT NULL,
	"progress" integer DEFAULT 0,
	"metrics" jsonb,
	"error_message" text,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ml_training_jobs_status_check" CHECK ("status" in ('queued', 'running', 'completed', 'failed', 'cancelled')),
	CONSTRAINT "ml_training_jobs_progress_check" CHECK ("progress" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "ml_features" ADD CONSTRAINT "ml_features_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ml_model_performance" ADD CONSTRAINT "ml_model_performance_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ml_models"("id");--> statement-breakpoint
ALTER TABLE "ml_model_performance" ADD CONSTRAINT "ml_model_performance_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ml_models" ADD CONSTRAINT "ml_models_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ml_models" ADD CONSTRAINT "ml_models_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "auth"."users"("id");--> statement-breakpoint
ALTER TABLE "ml_predictions" ADD CONSTRAINT "ml_predictions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "ml_predictions" ADD CONSTRAINT "ml_predictions_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ml_models"("id");--> statement-breakpoint
ALTER TABLE "ml_training_jobs" ADD CONSTRAINT "ml_training_jobs_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;