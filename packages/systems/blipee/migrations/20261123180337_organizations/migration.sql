CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
	"name" text NOT NULL,
	"slug" text NOT NULL CONSTRAINT "organizations_slug_key" UNIQUE,
	"industry" text,
	"country_code" char(2),
	"employee_count" integer,
	"reporting_currency" char(3) DEFAULT 'EUR' NOT NULL,
	"fiscal_year_start_month" smallint DEFAULT 1 NOT NULL,
	"tier" text DEFAULT 'starter' NOT NULL,
	"settings" jsonb DEFAULT '{}' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_tier_check" CHECK ("tier" in ('starter', 'professional', 'enterprise')),
	CONSTRAINT "organizations_fiscal_year_start_month_check" CHECK ("fiscal_year_start_month" between 1 and 12),
	CONSTRAINT "organizations_reporting_currency_check" CHECK ("reporting_currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "organizations_slug_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "organizations_country_code_format_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "organizations_employee_count_check" CHECK ("employee_count" >= 0)
);
--> statement-breakpoint
CREATE INDEX "organizations_created_by_idx" ON "organizations" ("created_by");--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "auth"."users"("id") ON DELETE SET NULL;