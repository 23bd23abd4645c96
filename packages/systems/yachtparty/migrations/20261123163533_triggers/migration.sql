-- Migration 004 as deployed: every trigger of the system, re-created. handle_phone_number_change() is kept as
-- it was (it names a column no migration created, and updates its own row from a BEFORE trigger); migration
-- 0006 fixes both.
CREATE OR REPLACE FUNCTION notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify(
    'agent_events',
    json_build_object('id', NEW.id, 'event_type', NEW.event_type, 'aggregate_id', NEW.aggregate_id, 'payload', NEW.payload)::text
  );
  RETURN NEW;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS on_event_created ON events;
--> statement-breakpoint
CREATE TRIGGER on_event_created AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION notify_event();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION update_user_credit_cache() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users
     SET credit_balance = (SELECT COALESCE(SUM(amount), 0) FROM credit_events WHERE user_id = NEW.user_id AND processed = true)
   WHERE id = NEW.user_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS on_credit_event_processed ON credit_events;
--> statement-breakpoint
CREATE TRIGGER on_credit_event_processed AFTER INSERT OR UPDATE ON credit_events
  FOR EACH ROW WHEN (NEW.processed = true) EXECUTE FUNCTION update_user_credit_cache();
--> statement-breakpoint
-- Every 50 messages of a conversation: one summary task, and the counter starts again.
CREATE OR REPLACE FUNCTION check_conversation_summary() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  since_summary integer;
BEGIN
  UPDATE conversations
     SET messages_since_summary = COALESCE(messages_since_summary, 0) + 1
   WHERE id = NEW.conversation_id
  RETURNING messages_since_summary INTO since_summary;

  IF since_summary >= 50 THEN
    INSERT INTO agent_tasks (task_type, agent_type, scheduled_for, priority, context_json, created_by)
    VALUES ('create_conversation_summary', 'system', now(), 'medium',
            jsonb_build_object('conversation_id', NEW.conversation_id), 'conversation_summary_trigger');
    UPDATE conversations SET messages_since_summary = 0 WHERE id = NEW.conversation_id;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS on_message_count_check ON messages;
--> statement-breakpoint
CREATE TRIGGER on_message_count_check AFTER INSERT ON messages FOR EACH ROW EXECUTE FUNCTION check_conversation_summary();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION handle_phone_number_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users
     SET phone_number_history = phone_number_history || jsonb_build_object(
           'phone_number', OLD.phone_number, 'changed_at', now(), 'changed_reason', 'user_update')
   WHERE id = NEW.id;

  UPDATE conversations
     SET status = 'closed', updated_at = now()
   WHERE phone_number = OLD.phone_number AND user_id = NEW.id AND status = 'active';
  RETURN NEW;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS on_phone_change ON users;
--> statement-breakpoint
CREATE TRIGGER on_phone_change BEFORE UPDATE ON users
  FOR EACH ROW WHEN (OLD.phone_number IS DISTINCT FROM NEW.phone_number) EXECUTE FUNCTION handle_phone_number_change();
--> statement-breakpoint
-- The SMS critical path: an outbound 'pending' message is announced on 'send_sms' and marked 'queued_for_send'.
CREATE OR REPLACE FUNCTION notify_send_sms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.direction = 'outbound' AND NEW.status = 'pending' THEN
    PERFORM pg_notify('send_sms', row_to_json(NEW)::text);
    UPDATE messages SET status = 'queued_for_send' WHERE id = NEW.id;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS on_message_send ON messages;
--> statement-breakpoint
CREATE TRIGGER on_message_send AFTER INSERT ON messages FOR EACH ROW EXECUTE FUNCTION notify_send_sms();
