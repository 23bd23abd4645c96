-- Designed tables the document names as the alternative messaging structure (README): conversations, their
-- participants (added), messages, typing indicators and delivery receipts.
CREATE TABLE "conversation_participants" (
	"id" serial PRIMARY KEY,
	"conversation_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"role" varchar DEFAULT 'member' NOT NULL,
	"muted" boolean DEFAULT false NOT NULL,
	"joined_at" timestamp DEFAULT now() NOT NULL,
	"left_at" timestamp,
	CONSTRAINT "conversation_participants_role_check" CHECK ("role" in ('member', 'admin')),
	CONSTRAINT "conversation_participants_joined_at_left_at_check" CHECK ("left_at" >= "joined_at")
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" serial PRIMARY KEY,
	"type" varchar DEFAULT 'direct' NOT NULL,
	"title" text,
	"created_by" integer,
	"last_message_at" timestamp,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "conversations_type_check" CHECK ("type" in ('direct', 'group')),
	CONSTRAINT "conversations_type_title_check" CHECK ("type" <> 'group' or "title" is not null)
);
--> statement-breakpoint
CREATE TABLE "delivery_receipts" (
	"id" serial PRIMARY KEY,
	"message_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"delivered_at" timestamp DEFAULT now() NOT NULL,
	"read_at" timestamp,
	CONSTRAINT "delivery_receipts_delivered_at_read_at_check" CHECK ("read_at" >= "delivered_at")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" serial PRIMARY KEY,
	"conversation_id" integer NOT NULL,
	"sender_id" integer NOT NULL,
	"client_message_id" varchar NOT NULL,
	"message_type" varchar DEFAULT 'text' NOT NULL,
	"content" text NOT NULL,
	"media_url" text,
	"reply_to_id" integer,
	"edited_at" timestamp,
	"deleted_at" timestamp,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "messages_message_type_check" CHECK ("message_type" in ('text', 'image', 'video', 'audio', 'file', 'system')),
	CONSTRAINT "messages_created_at_edited_at_check" CHECK ("edited_at" >= "created_at")
);
--> statement-breakpoint
CREATE TABLE "typing_indicators" (
	"id" serial PRIMARY KEY,
	"conversation_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"started_at" timestamp DEFAULT now() NOT NULL,
	"expires_at" timestamp NOT NULL,
	CONSTRAINT "typing_indicators_started_at_expires_at_check" CHECK ("expires_at" > "started_at")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "unique_conversation_participant" ON "conversation_participants" ("conversation_id","user_id");--> statement-breakpoint
CREATE INDEX "conversation_participants_user_idx" ON "conversation_participants" ("user_id");--> statement-breakpoint
CREATE INDEX "conversations_created_by_idx" ON "conversations" ("created_by");--> statement-breakpoint
CREATE INDEX "conversations_last_message_idx" ON "conversations" ("last_message_at");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_delivery_receipt" ON "delivery_receipts" ("message_id","user_id");--> statement-breakpoint
CREATE INDEX "delivery_receipts_user_idx" ON "delivery_receipts" ("user_id");--> statement-breakpoint
CREATE INDEX "messages_conversation_created_idx" ON "messages" ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_reply_to_idx" ON "messages" ("reply_to_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_client_message" ON "messages" ("sender_id","client_message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unique_typing_indicator" ON "typing_indicators" ("conversation_id","user_id");--> statement-breakpoint
CREATE INDEX "typing_indicators_user_idx" ON "typing_indicators" ("user_id");--> statement-breakpoint
ALTER TABLE "conversation_participants" ADD CONSTRAINT "conversation_participants_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "conversation_participants" ADD CONSTRAINT "conversation_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "delivery_receipts" ADD CONSTRAINT "delivery_receipts_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "delivery_receipts" ADD CONSTRAINT "delivery_receipts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_id_users_id_fk" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_reply_to_id_messages_id_fk" FOREIGN KEY ("reply_to_id") REFERENCES "messages"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "typing_indicators" ADD CONSTRAINT "typing_indicators_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "typing_indicators" ADD CONSTRAINT "typing_indicators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;