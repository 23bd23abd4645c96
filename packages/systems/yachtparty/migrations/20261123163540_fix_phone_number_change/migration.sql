ALTER TABLE "users" ADD COLUMN "phone_number_history" jsonb DEFAULT '[]';
--> statement-breakpoint
-- The fix for handle_phone_number_change(): the history column exists now (above), and the trigger changes
-- NEW instead of updating its own row (from a BEFORE trigger that UPDATE failed with "tuple to be updated was
-- already modified by an operation triggered by the current command").
CREATE OR REPLACE FUNCTION handle_phone_number_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.phone_number_history := COALESCE(NEW.phone_number_history, '[]'::jsonb) || jsonb_build_array(jsonb_build_object(
    'phone_number', OLD.phone_number, 'changed_at', now(), 'changed_reason', 'user_update'));
  NEW.updated_at := now();

  UPDATE conversations
     SET status = 'closed', updated_at = now()
   WHERE phone_number = OLD.phone_number AND user_id = NEW.id AND status = 'active';
  RETURN NEW;
END $$;
