-- Validates the CHECKs the previous migration added NOT VALID: a scan under SHARE UPDATE EXCLUSIVE, which lets
-- reads and writes go on. A row that breaks one fails this migration (and nothing of it applies): find such rows
-- with the CHECK's condition negated, fix them, run again.
ALTER TABLE "agent_tasks" VALIDATE CONSTRAINT "agent_tasks_priority_check";
--> statement-breakpoint
ALTER TABLE "conversations" VALIDATE CONSTRAINT "conversations_phone_number_format_check";
--> statement-breakpoint
ALTER TABLE "message_queue" VALIDATE CONSTRAINT "message_queue_priority_check";
--> statement-breakpoint
ALTER TABLE "messages" VALIDATE CONSTRAINT "messages_role_check";
--> statement-breakpoint
ALTER TABLE "messages" VALIDATE CONSTRAINT "messages_direction_check";
--> statement-breakpoint
ALTER TABLE "users" VALIDATE CONSTRAINT "users_phone_number_format_check";
--> statement-breakpoint
ALTER TABLE "users" VALIDATE CONSTRAINT "users_poc_agent_type_check";
