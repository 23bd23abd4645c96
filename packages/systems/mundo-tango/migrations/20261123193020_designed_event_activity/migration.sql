-- Designed tables the document names among the event tables (README): attendance, daily figures, reminders,
-- photos, reviews and tickets.
CREATE TABLE "event_analytics" (
	"id" serial PRIMARY KEY,
	"event_id" integer NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"unique_viewers" integer DEFAULT 0 NOT NULL,
	"rsvps_going" integer DEFAULT 0 NOT NULL,
	"rsvps_interested" integer DEFAULT 0 NOT NULL,
	"shares" integer DEFAULT 0 NOT NULL,
	"tickets_sold" integer DEFAULT 0 NOT NULL,
	"revenue" numeric(12,2) DEFAULT '0' NOT NULL,
	"computed_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "event_analytics_views_check" CHECK ("views" >= 0),
	CONSTRAINT "event_analytics_unique_viewers_check" CHECK ("unique_viewers" >= 0),
	CONSTRAINT "event_analytics_rsvps_going_check" CHECK ("rsvps_going" >= 0),
	CONSTRAINT "event_analytics_rsvps_interested_check" CHECK ("rsvps_interested" >= 0),
	CONSTRAINT "event_analytics_shares_check" CHECK ("shares" >= 0),
	CONSTRAINT "event_analytics_tickets_sold_check" CHECK ("tickets_sold" >= 0),
	CONSTRAINT "event_analytics_revenue_check" CHECK ("revenue" >= 0)
);
--> statement-breakpoint
CREATE TABLE "event_attendees" (
	"id" serial PRIMARY KEY,
	"event_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"rsvp_id" integer,
	"role" varchar DEFAULT 'dancer' NOT NULL,
	"check_in_method" varchar DEFAULT 'manual' NOT NULL,
	"checked_in_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "event_attendees_role_check" CHECK ("role" in ('dancer', 'dj', 'performer', 'teacher', 'organizer', 'volunteer')),
	CONSTRAINT "event_attendees_check_in_method_check" CHECK ("check_in_method" in ('qr', 'manual', 'ticket'))
);
--> statement-breakpoint
CREATE TABLE "event_photos" (
	"id" serial PRIMARY KEY,
	"event_id" integer NOT NULL,
	"uploader_id" integer NOT NULL,
	"image_url" text NOT NULL,
	"caption" text,
	"taken_at" timestamp,
	"is_cover" boolean DEFAULT false NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_reminders" (
	"id" serial PRIMARY KEY,
	"event_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"channel" varchar DEFAULT 'push' NOT NULL,
	"remind_at" timestamp NOT NULL,
	"status" varchar DEFAULT 'scheduled' NOT NULL,
	"sent_at" timestamp,
	"failure_reason" text,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "event_reminders_channel_check" CHECK ("channel" in ('push', 'email', 'sms')),
	CONSTRAINT "event_reminders_status_check" CHECK ("status" in ('scheduled', 'sent', 'failed', 'cancelled')),
	CONSTRAINT "event_reminders_sent_at_status_check" CHECK ("sent_at" is null or "status" = 'sent')
);
--> statement-breakpoint
CREATE TABLE "event_reviews" (
	"id" serial PRIMARY KEY,
	"event_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"rating" integer NOT NULL,
	"music_rating" integer,
	"floor_rating" integer,
	"comment" text,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "event_reviews_rating_check" CHECK ("rating" between 1 and 5),
	CONSTRAINT "event_reviews_music_rating_check" CHECK ("music_rating" between 1 and 5),
	CONSTRAINT "event_reviews_floor_rating_check" CHECK ("floor_rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "event_tickets" (
	"id" serial PRIMARY KEY,
	"event_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"ticket_type" varchar DEFAULT 'general' NOT NULL,
	"price" numeric(10,2) NOT NULL,
	"currency" char(3) NOT NULL,
	"status" varchar DEFAULT 'reserved' NOT NULL,
	"stripe_payment_intent_id" varchar CONSTRAINT "event_tickets_stripe_payment_intent_id_unique" UNIQUE,
	"code" varchar NOT NULL CONSTRAINT "event_tickets_code_unique" UNIQUE,
	"purchased_at" timestamp,
	"used_at" timestamp,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "event_tickets_ticket_type_check" CHECK ("ticket_type" in ('general', 'early_bird', 'vip', 'workshop_pass', 'full_pass')),
	CONSTRAINT "event_tickets_status_check" CHECK ("status" in ('reserved', 'paid', 'used', 'refunded', 'cancelled')),
	CONSTRAINT "event_tickets_price_check" CHECK ("price" >= 0),
	CONSTRAINT "event_tickets_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "event_tickets_used_at_status_check" CHECK ("used_at" is null or "status" = 'used')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "unique_event_analytics_day" ON "event_analytics" ("event_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_event_attendee" ON "event_attendees" ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "event_attendees_user_idx" ON "event_attendees" ("user_id");--> statement-breakpoint
CREATE INDEX "event_attendees_rsvp_idx" ON "event_attendees" ("rsvp_id");--> statement-breakpoint
CREATE INDEX "event_photos_event_idx" ON "event_photos" ("event_id");--> statement-breakpoint
CREATE INDEX "event_photos_uploader_idx" ON "event_photos" ("uploader_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_event_cover_photo" ON "event_photos" ("event_id") WHERE is_cover;--> statement-breakpoint
CREATE UNIQUE INDEX "unique_event_reminder" ON "event_reminders" ("event_id","user_id","channel");--> statement-breakpoint
CREATE INDEX "event_reminders_user_idx" ON "event_reminders" ("user_id");--> statement-breakpoint
CREATE INDEX "event_reminders_due_idx" ON "event_reminders" ("remind_at") WHERE status = 'scheduled';--> statement-breakpoint
CREATE UNIQUE INDEX "unique_event_review" ON "event_reviews" ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "event_reviews_user_idx" ON "event_reviews" ("user_id");--> statement-breakpoint
CREATE INDEX "event_tickets_event_idx" ON "event_tickets" ("event_id");--> statement-breakpoint
CREATE INDEX "event_tickets_user_idx" ON "event_tickets" ("user_id");--> statement-breakpoint
ALTER TABLE "event_analytics" ADD CONSTRAINT "event_analytics_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_attendees" ADD CONSTRAINT "event_attendees_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_attendees" ADD CONSTRAINT "event_attendees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_attendees" ADD CONSTRAINT "event_attendees_rsvp_id_event_rsvps_id_fk" FOREIGN KEY ("rsvp_id") REFERENCES "event_rsvps"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "event_photos" ADD CONSTRAINT "event_photos_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_photos" ADD CONSTRAINT "event_photos_uploader_id_users_id_fk" FOREIGN KEY ("uploader_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_reminders" ADD CONSTRAINT "event_reminders_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_reminders" ADD CONSTRAINT "event_reminders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_reviews" ADD CONSTRAINT "event_reviews_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_reviews" ADD CONSTRAINT "event_reviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_tickets" ADD CONSTRAINT "event_tickets_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_tickets" ADD CONSTRAINT "event_tickets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;