-- Migration 005: the batch functions pg_cron runs, and the monitoring functions. The jobs and the
-- cron_job_status view exist only where pg_cron does, so these migrations apply on PGlite, on a plain
-- PostgreSQL server and on one with pg_cron alike.
CREATE OR REPLACE FUNCTION process_tasks_batch() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  task record;
  published integer := 0;
BEGIN
  FOR task IN
    SELECT * FROM agent_tasks
     WHERE status = 'pending' AND scheduled_for <= now()
     ORDER BY CASE priority WHEN 'urgent' THEN 1 WHEN 'high' THEN 2 WHEN 'medium' THEN 3 WHEN 'low' THEN 4 ELSE 5 END,
              scheduled_for
     LIMIT 20
     FOR UPDATE SKIP LOCKED
  LOOP
    INSERT INTO events (event_type, aggregate_id, aggregate_type, payload, created_by)
    VALUES ('agent.task_ready', task.id, 'agent_task',
            jsonb_build_object('task_id', task.id, 'task_type', task.task_type, 'agent_type', task.agent_type,
                               'user_id', task.user_id, 'context', task.context_json),
            'process_tasks_batch');
    UPDATE agent_tasks SET status = 'processing', last_attempted_at = now() WHERE id = task.id;
    published := published + 1;
  END LOOP;
  RETURN published;
END $$;
--> statement-breakpoint
-- Approved queue entries that are due, within the user's daily budget: announced as message.ready_to_send.
CREATE OR REPLACE FUNCTION process_outbound_messages() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  queued record;
  published integer := 0;
BEGIN
  FOR queued IN
    SELECT q.* FROM message_queue q
     WHERE q.status = 'approved' AND q.scheduled_for <= now()
       AND NOT EXISTS (
         SELECT 1 FROM user_message_budget b
          WHERE b.user_id = q.user_id AND b.date = current_date AND b.messages_sent >= b.daily_limit)
     ORDER BY CASE q.priority WHEN 'urgent' THEN 1 WHEN 'high' THEN 2 WHEN 'medium' THEN 3 WHEN 'low' THEN 4 ELSE 5 END,
              q.scheduled_for
     LIMIT 50
     FOR UPDATE OF q SKIP LOCKED
  LOOP
    INSERT INTO events (event_type, aggregate_id, aggregate_type, payload, created_by)
    VALUES ('message.ready_to_send', queued.id, 'message_queue',
            jsonb_build_object('queue_id', queued.id, 'user_id', queued.user_id, 'agent_id', queued.agent_id,
                               'message', queued.final_message, 'priority', queued.priority),
            'process_outbound_messages');
    UPDATE message_queue SET status = 'sending' WHERE id = queued.id;
    published := published + 1;
  END LOOP;
  RETURN published;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION get_pending_tasks_count()
RETURNS TABLE (agent_type varchar, task_type varchar, pending_count bigint, oldest_scheduled_for timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT t.agent_type, t.task_type, count(*), min(t.scheduled_for)
    FROM agent_tasks t
   WHERE t.status = 'pending' AND t.scheduled_for <= now()
   GROUP BY t.agent_type, t.task_type
   ORDER BY count(*) DESC
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION get_queued_messages_count()
RETURNS TABLE (status varchar, queued_count bigint, oldest_scheduled_for timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT q.status, count(*), min(q.scheduled_for)
    FROM message_queue q
   WHERE q.status IN ('queued', 'approved')
   GROUP BY q.status
$$;
--> statement-breakpoint
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_cron;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_cron not available here: no jobs scheduled (%)', SQLERRM;
  END;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_cron') THEN
    PERFORM cron.schedule('process-agent-tasks', '*/2 * * * *', 'SELECT process_tasks_batch()');
    PERFORM cron.schedule('process-message-queue', '* * * * *', 'SELECT process_outbound_messages()');
    EXECUTE $view$
      CREATE OR REPLACE VIEW cron_job_status AS
      SELECT j.jobid, j.jobname, j.schedule, j.active,
             r.status AS last_status, r.start_time AS last_started_at, r.end_time AS last_ended_at, r.return_message
        FROM cron.job j
        LEFT JOIN LATERAL (
          SELECT d.status, d.start_time, d.end_time, d.return_message
            FROM cron.job_run_details d
           WHERE d.jobid = j.jobid
           ORDER BY d.start_time DESC
           LIMIT 1) r ON true
       WHERE j.jobname IN ('process-agent-tasks', 'process-message-queue')
    $view$;
  END IF;
END $$;
