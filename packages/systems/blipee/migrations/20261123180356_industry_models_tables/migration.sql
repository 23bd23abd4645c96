CREATE TABLE "gri_standards" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"standard_code" text NOT NULL CONSTRAINT "gri_standards_standard_code_key" UNIQUE,
	"industry" text NOT NULL,
	"version" text NOT NULL,
	"topics" jsonb NOT NULL,
	"requirements" jsonb NOT NULL,
	"effective_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "industry_benchmarks" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"industry_code" text NOT NULL,
	"metric_name" text NOT NULL,
	"metric_type" text NOT NULL,
	"period" text NOT NULL,
	"statistics" jsonb NOT NULL,
	"sample_size" integer NOT NULL,
	"last_updated" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "industry_benchmarks_industry_code_metric_name_period_key" UNIQUE("industry_code","metric_name","period")
);
--> statement-breakpoint
CREATE TABLE "industry_models" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"industry_code" text NOT NULL CONSTRAINT "industry_models_industry_code_key" UNIQUE,
	"industry_name" text NOT NULL,
	"gri_standard" text,
	"model_type" text NOT NULL,
	"configuration" jsonb NOT NULL,
	"material_topics" jsonb NOT NULL,
	"benchmarks" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_industries" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"organization_id" uuid NOT NULL,
	"primary_industry" text NOT NULL,
	"secondary_industries" text[] DEFAULT '{}'::text[],
	"classification_confidence" numeric(3,2),
	"material_topics" jsonb,
	"custom_topics" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "industry_benchmarks" ADD CONSTRAINT "industry_benchmarks_industry_code_fkey" FOREIGN KEY ("industry_code") REFERENCES "industry_models"("industry_code");--> statement-breakpoint
ALTER TABLE "industry_models" ADD CONSTRAINT "industry_models_gri_standard_fkey" FOREIGN KEY ("gri_standard") REFERENCES "gri_standards"("standard_code");--> statement-breakpoint
ALTER TABLE "organization_industries" ADD CONSTRAINT "organization_industries_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "organization_industries" ADD CONSTRAINT "organization_industries_primary_industry_fkey" FOREIGN KEY ("primary_industry") REFERENCES "industry_models"("industry_code");