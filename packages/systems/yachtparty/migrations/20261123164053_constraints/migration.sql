-- Added after the fact: indexes for the foreign keys that had none, and CHECKs for the enumerated columns and the
-- phone numbers. NOT VALID: the rows already in production are not scanned now, only new writes are checked;
-- the next migration validates the old rows (run it once a query shows none would fail).
CREATE INDEX IF NOT EXISTS "idx_log_agent_instance" ON "agent_actions_log" ("agent_instance_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_queue_superseded_by" ON "message_queue" ("superseded_by_message_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_queue_conversation_context" ON "message_queue" ("conversation_context_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_queue_delivered_message" ON "message_queue" ("delivered_message_id");--> statement-breakpoint
ALTER TABLE "agent_tasks" ADD CONSTRAINT "agent_tasks_priority_check" CHECK ("priority" in ('urgent', 'high', 'medium', 'low')) NOT VALID;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_phone_number_format_check" CHECK ("phone_number" ~ '^\+[1-9][0-9]{1,14}$') NOT VALID;--> statement-breakpoint
ALTER TABLE "message_queue" ADD CONSTRAINT "message_queue_priority_check" CHECK ("priority" in ('urgent', 'high', 'medium', 'low')) NOT VALID;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_role_check" CHECK ("role" in ('user', 'concierge', 'bouncer', 'innovator', 'system')) NOT VALID;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_direction_check" CHECK ("direction" in ('inbound', 'outbound')) NOT VALID;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_phone_number_format_check" CHECK ("phone_number" ~ '^\+[1-9][0-9]{1,14}$') NOT VALID;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_poc_agent_type_check" CHECK ("poc_agent_type" in ('bouncer', 'concierge', 'innovator')) NOT VALID;
