-- Retention (the agent SDK retention policy): feedback 30 days, except unsafe feedback (safe_to_send = false),
-- kept 180 days for safety analysis; approvals 90 days, except pending ones, kept until resolved; queries 60
-- days, except slow ones (latency_ms > 200), kept 180 days for optimisation. Each function returns how many rows
-- it deleted; they run as their owner, so RLS and the immutability grants do not stop them.
CREATE FUNCTION purge_agent_feedback() RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  WITH deleted AS (
    DELETE FROM agent_feedback
     WHERE created_at < now() - interval '180 days'
        OR (created_at < now() - interval '30 days' AND safe_to_send IS DISTINCT FROM false)
    RETURNING 1)
  SELECT count(*) FROM deleted
$$;
--> statement-breakpoint
CREATE FUNCTION purge_agent_approvals() RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  WITH deleted AS (
    DELETE FROM agent_approvals WHERE created_at < now() - interval '90 days' AND status <> 'pending'
    RETURNING 1)
  SELECT count(*) FROM deleted
$$;
--> statement-breakpoint
CREATE FUNCTION purge_agent_queries() RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  WITH deleted AS (
    DELETE FROM agent_queries
     WHERE created_at < now() - interval '180 days'
        OR (created_at < now() - interval '60 days' AND (latency_ms IS NULL OR latency_ms <= 200))
    RETURNING 1)
  SELECT count(*) FROM deleted
$$;
--> statement-breakpoint
-- All three at once, logged to observability_logs as the policy asks (source 'retention').
CREATE FUNCTION run_agent_sdk_retention() RETURNS TABLE (table_name text, deleted bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  feedback bigint := purge_agent_feedback();
  approvals bigint := purge_agent_approvals();
  queries bigint := purge_agent_queries();
BEGIN
  INSERT INTO observability_logs (level, message, source, metadata)
  VALUES ('INFO', 'agent SDK retention cleanup', 'retention',
          jsonb_build_object('agent_feedback', feedback, 'agent_approvals', approvals, 'agent_queries', queries));
  RETURN QUERY VALUES ('agent_feedback', feedback), ('agent_approvals', approvals), ('agent_queries', queries);
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION purge_agent_feedback(), purge_agent_approvals(), purge_agent_queries(), run_agent_sdk_retention()
  FROM PUBLIC, anon, authenticated;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION purge_agent_feedback(), purge_agent_approvals(), purge_agent_queries(), run_agent_sdk_retention() TO service_role;
--> statement-breakpoint
-- The documented schedules, where pg_cron is installed (Supabase); elsewhere call the functions from a scheduler.
DO $$
BEGIN
  IF to_regnamespace('cron') IS NOT NULL THEN
    PERFORM cron.schedule('agent_feedback_retention', '0 2 * * 0', 'SELECT purge_agent_feedback()');
    PERFORM cron.schedule('agent_approvals_retention', '0 3 1 * *', 'SELECT purge_agent_approvals()');
    PERFORM cron.schedule('agent_queries_retention', '0 3 1 * *', 'SELECT purge_agent_queries()');
    PERFORM cron.schedule('refresh_daily_agent_metrics', '15 0 * * *', 'SELECT refresh_daily_agent_metrics()');
  END IF;
END $$;
