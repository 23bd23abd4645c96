-- Designed tables the document names but does not give (README): user settings, the two-factor secret, platform
-- integrations and environment variables. No secret is stored in plain text: sealed values or secret-manager
-- references, and CHECKs that refuse anything else.
CREATE TABLE "two_factor_secrets" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL CONSTRAINT "two_factor_secrets_user_id_unique" UNIQUE,
	"sealed_secret" text NOT NULL,
	"key_id" varchar NOT NULL,
	"backup_code_hashes" text[] DEFAULT '{}'::text[] NOT NULL,
	"enabled_at" timestamp,
	"last_used_at" timestamp,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "two_factor_secrets_sealed_secret_format_check" CHECK ("sealed_secret" ~ '^v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/]{24,}={0,2}$')
);
--> statement-breakpoint
CREATE TABLE "user_settings" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL CONSTRAINT "user_settings_user_id_unique" UNIQUE,
	"language" varchar DEFAULT 'en' NOT NULL,
	"timezone" varchar,
	"profile_visibility" varchar DEFAULT 'public' NOT NULL,
	"email_notifications" boolean DEFAULT true NOT NULL,
	"push_notifications" boolean DEFAULT true NOT NULL,
	"event_reminders" boolean DEFAULT true NOT NULL,
	"show_in_dancer_search" boolean DEFAULT true NOT NULL,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "user_settings_profile_visibility_check" CHECK ("profile_visibility" in ('public', 'friends', 'private'))
);
--> statement-breakpoint
CREATE TABLE "environment_variables" (
	"id" serial PRIMARY KEY,
	"environment" varchar NOT NULL,
	"name" varchar NOT NULL,
	"kind" varchar NOT NULL,
	"value" text,
	"sealed_value" text,
	"key_id" varchar,
	"created_by" integer NOT NULL,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "environment_variables_environment_check" CHECK ("environment" in ('production', 'preview', 'development')),
	CONSTRAINT "environment_variables_kind_check" CHECK ("kind" in ('plain', 'secret')),
	CONSTRAINT "environment_variables_kind_value_check" CHECK ("kind" <> 'plain' or "value" is not null),
	CONSTRAINT "environment_variables_value_kind_check" CHECK ("value" is null or "kind" = 'plain'),
	CONSTRAINT "environment_variables_kind_sealed_value_check" CHECK ("kind" <> 'secret' or "sealed_value" is not null),
	CONSTRAINT "environment_variables_sealed_value_kind_check" CHECK ("sealed_value" is null or "kind" = 'secret'),
	CONSTRAINT "environment_variables_kind_key_id_check" CHECK ("kind" <> 'secret' or "key_id" is not null),
	CONSTRAINT "environment_variables_sealed_value_format_check" CHECK ("sealed_value" ~ '^v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/]{24,}={0,2}$')
);
--> statement-breakpoint
CREATE TABLE "platform_integrations" (
	"id" serial PRIMARY KEY,
	"user_id" integer NOT NULL,
	"provider" varchar NOT NULL,
	"account_name" varchar NOT NULL,
	"secret_ref" text NOT NULL,
	"scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" varchar DEFAULT 'active' NOT NULL,
	"last_verified_at" timestamp,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "platform_integrations_provider_check" CHECK ("provider" in ('vercel', 'railway', 'github', 'stripe', 'supabase', 'openai')),
	CONSTRAINT "platform_integrations_secret_ref_format_check" CHECK ("secret_ref" ~ '^(vault|aws-sm|gcp-sm|doppler):\/\/[A-Za-z0-9._\/-]+$')
);
--> statement-breakpoint
CREATE INDEX "two_factor_secrets_key_idx" ON "two_factor_secrets" ("key_id");--> statement-breakpoint
CREATE INDEX "environment_variables_created_by_idx" ON "environment_variables" ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_environment_variable" ON "environment_variables" ("environment","name");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_platform_integration" ON "platform_integrations" ("user_id","provider","account_name");--> statement-breakpoint
ALTER TABLE "two_factor_secrets" ADD CONSTRAINT "two_factor_secrets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "user_settings" ADD CONSTRAINT "user_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "environment_variables" ADD CONSTRAINT "environment_variables_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "platform_integrations" ADD CONSTRAINT "platform_integrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;