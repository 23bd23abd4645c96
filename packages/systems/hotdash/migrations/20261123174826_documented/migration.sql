CREATE TABLE "agent_approvals" (
	"id" bigserial PRIMARY KEY,
	"conversation_id" text NOT NULL,
	"serialized" jsonb NOT NULL,
	"last_interruptions" jsonb DEFAULT '[]',
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_approvals_status_check" CHECK ("status" in ('pending', 'approved', 'rejected', 'expired'))
);
--> statement-breakpoint
ALTER TABLE "agent_approvals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agent_feedback" (
	"id" bigserial PRIMARY KEY,
	"conversation_id" text NOT NULL,
	"input_text" text NOT NULL,
	"model_draft" text NOT NULL,
	"safe_to_send" boolean,
	"labels" text[] DEFAULT '{}'::text[],
	"rubric" jsonb DEFAULT '{}',
	"annotator" text,
	"notes" text,
	"meta" jsonb DEFAULT '{}',
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agent_feedback" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agent_queries" (
	"id" bigserial PRIMARY KEY,
	"query" text NOT NULL,
	"result" jsonb NOT NULL,
	"conversation_id" text NOT NULL,
	"agent" text NOT NULL,
	"approved" boolean,
	"human_edited" boolean DEFAULT false,
	"latency_ms" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agent_queries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agent_qc" (
	"run_id" uuid,
	"quality_score" integer,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "agent_qc_quality_score_check" CHECK ("quality_score" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "agent_qc" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agent_run" (
	"run_id" uuid PRIMARY KEY,
	"agent_name" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"input_kind" text,
	"resolution" text NOT NULL,
	"tokens_input" integer DEFAULT 0,
	"tokens_output" integer DEFAULT 0,
	"cost_usd" numeric(10,5) DEFAULT '0',
	"self_corrected" boolean DEFAULT false,
	"sla_target_seconds" integer,
	"metadata" jsonb,
	CONSTRAINT "agent_run_resolution_check" CHECK ("resolution" in ('resolved', 'escalated', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "agent_run" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "decision_sync_event_logs" (
	"id" bigserial PRIMARY KEY,
	"decision_id" text NOT NULL,
	"scope" text NOT NULL,
	"status" text NOT NULL,
	"attempt" integer DEFAULT 1 NOT NULL,
	"duration_ms" integer,
	"error_code" text,
	"error_message" text,
	"payload" jsonb DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_sync_event_logs_status_check" CHECK ("status" in ('success', 'failure', 'retry', 'skipped'))
);
--> statement-breakpoint
ALTER TABLE "decision_sync_event_logs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "facts" (
	"id" bigserial PRIMARY KEY,
	"project" text NOT NULL,
	"topic" text NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"evidence_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "facts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "observability_logs" (
	"id" bigserial PRIMARY KEY,
	"level" text NOT NULL,
	"message" text NOT NULL,
	"source" text DEFAULT 'occ-log' NOT NULL,
	"request_id" text,
	"metadata" jsonb DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observability_logs_level_check" CHECK ("level" in ('DEBUG', 'INFO', 'WARN', 'ERROR'))
);
--> statement-breakpoint
ALTER TABLE "observability_logs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "support_curated_replies" (
	"id" bigserial PRIMARY KEY,
	"message_body" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"approver" text NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source_message_id" text,
	"conversation_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "support_curated_replies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "agent_approvals_conversation_id_idx" ON "agent_approvals" ("conversation_id");--> statement-breakpoint
CREATE INDEX "agent_approvals_created_at_idx" ON "agent_approvals" ("created_at" DESC);--> statement-breakpoint
CREATE INDEX "agent_approvals_status_idx" ON "agent_approvals" ("status");--> statement-breakpoint
CREATE INDEX "agent_approvals_status_created_idx" ON "agent_approvals" ("status","created_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "agent_feedback_conversation_id_idx" ON "agent_feedback" ("conversation_id");--> statement-breakpoint
CREATE INDEX "agent_feedback_created_at_idx" ON "agent_feedback" ("created_at" DESC);--> statement-breakpoint
CREATE INDEX "agent_feedback_annotator_idx" ON "agent_feedback" ("annotator");--> statement-breakpoint
CREATE INDEX "agent_feedback_safe_to_send_idx" ON "agent_feedback" ("safe_to_send") WHERE safe_to_send IS NOT NULL;--> statement-breakpoint
CREATE INDEX "agent_feedback_labels_gin" ON "agent_feedback" USING gin ("labels");--> statement-breakpoint
CREATE INDEX "agent_queries_conversation_id_idx" ON "agent_queries" ("conversation_id");--> statement-breakpoint
CREATE INDEX "agent_queries_created_at_idx" ON "agent_queries" ("created_at" DESC);--> statement-breakpoint
CREATE INDEX "agent_queries_agent_idx" ON "agent_queries" ("agent");--> statement-breakpoint
CREATE INDEX "agent_queries_approved_idx" ON "agent_queries" ("approved") WHERE approved IS NOT NULL;--> statement-breakpoint
CREATE INDEX "agent_queries_agent_created_idx" ON "agent_queries" ("agent","created_at" DESC);--> statement-breakpoint
CREATE INDEX "agent_queries_latency_idx" ON "agent_queries" ("latency_ms") WHERE latency_ms IS NOT NULL;--> statement-breakpoint
CREATE INDEX "idx_agent_run_agent_time" ON "agent_run" ("agent_name","started_at");--> statement-breakpoint
CREATE INDEX "decision_sync_event_logs_decision_id_idx" ON "decision_sync_event_logs" ("decision_id");--> statement-breakpoint
CREATE INDEX "decision_sync_event_logs_scope_idx" ON "decision_sync_event_logs" ("scope");--> statement-breakpoint
CREATE INDEX "decision_sync_event_logs_created_at_idx" ON "decision_sync_event_logs" ("created_at" DESC);--> statement-breakpoint
CREATE INDEX "facts_topic_idx" ON "facts" ("topic");--> statement-breakpoint
CREATE INDEX "facts_topic_key_idx" ON "facts" ("topic","key");--> statement-breakpoint
CREATE INDEX "facts_created_at_idx" ON "facts" ("created_at" DESC);--> statement-breakpoint
CREATE INDEX "observability_logs_created_at_idx" ON "observability_logs" ("created_at" DESC);--> statement-breakpoint
CREATE INDEX "observability_logs_level_created_idx" ON "observability_logs" ("level","created_at" DESC);--> statement-breakpoint
CREATE INDEX "observability_logs_request_id_idx" ON "observability_logs" ("request_id");--> statement-breakpoint
CREATE INDEX "support_curated_replies_approved_at_idx" ON "support_curated_replies" ("approved_at" DESC);--> statement-breakpoint
CREATE INDEX "support_curated_replies_conversation_idx" ON "support_curated_replies" ("conversation_id");--> statement-breakpoint
CREATE INDEX "support_curated_replies_source_msg_idx" ON "support_curated_replies" ("source_message_id");--> statement-breakpoint
CREATE INDEX "support_curated_replies_updated_at_idx" ON "support_curated_replies" ("updated_at" DESC);--> statement-breakpoint
CREATE INDEX "support_curated_replies_created_at_idx" ON "support_curated_replies" ("created_at" DESC);--> statement-breakpoint
CREATE INDEX "support_curated_replies_tags_gin" ON "support_curated_replies" USING gin ("tags");--> statement-breakpoint
ALTER TABLE "agent_qc" ADD CONSTRAINT "agent_qc_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "agent_run"("run_id") ON DELETE CASCADE;--> statement-breakpoint
CREATE VIEW "v_agent_kpis" WITH (security_invoker = true) AS (select r.agent_name, date_trunc('day', r.started_at) as day, count(*) as total_runs,
  avg(extract(epoch from r.ended_at - r.started_at)) as avg_resolution_seconds,
  100.0 * avg(case when r.self_corrected then 1 else 0 end) as self_correction_rate,
  100.0 * avg(case when r.resolution = 'escalated' then 1 else 0 end) as escalation_pct,
  avg(r.cost_usd) as avg_cost_usd,
  100.0 * avg(case when extract(epoch from r.ended_at - r.started_at) <= r.sla_target_seconds then 1 else 0 end) as sla_hit_rate,
  avg(q.quality_score) as avg_quality
from agent_run r
left join (select run_id, avg(quality_score) as quality_score from agent_qc group by run_id) q on q.run_id = r.run_id
group by r.agent_name, date_trunc('day', r.started_at));--> statement-breakpoint
CREATE VIEW "decision_sync_events" WITH (security_invoker = true) AS (select id, decision_id, scope, status, attempt, duration_ms, error_code, error_message, payload, created_at as "timestamp" from decision_sync_event_logs);--> statement-breakpoint
CREATE VIEW "v_agent_performance_snapshot" WITH (security_invoker = true) AS (select agent,
  count(*) filter (where created_at > now() - interval '1 hour') as queries_last_hour,
  count(*) as queries_last_24h,
  round(100.0 * count(*) filter (where approved) / nullif(count(*) filter (where approved is not null), 0), 2) as approval_rate_pct,
  round(avg(latency_ms), 2) as avg_latency_ms,
  percentile_cont(0.95) within group (order by latency_ms) as p95_latency_ms,
  max(created_at) as last_query_at,
  case when avg(latency_ms) > 5 * 200 then 'degraded' when avg(latency_ms) > 200 then 'warning' else 'healthy' end as health_status
from agent_queries
where created_at > now() - interval '24 hours'
group by agent);--> statement-breakpoint
CREATE VIEW "v_agent_response_accuracy" WITH (security_invoker = true) AS (with daily as (
  select agent, date_trunc('day', created_at) as day,
    count(*) as total_queries,
    count(*) filter (where approved is not null) as decided_count,
    count(*) filter (where approved) as approved_count,
    count(*) filter (where human_edited) as edited_count,
    100.0 * count(*) filter (where approved) / nullif(count(*) filter (where approved is not null), 0) as approval_rate,
    100.0 * count(*) filter (where human_edited) / count(*) as edit_rate,
    avg(latency_ms) as avg_latency,
    percentile_cont(0.5) within group (order by latency_ms) as p50_latency_ms,
    percentile_cont(0.95) within group (order by latency_ms) as p95_latency_ms
  from agent_queries
  group by agent, date_trunc('day', created_at)
)
select agent, day, total_queries, decided_count, approved_count, edited_count,
  round(approval_rate, 2) as approval_rate_pct, round(edit_rate, 2) as edit_rate_pct, round(avg_latency, 2) as avg_latency_ms,
  p50_latency_ms, p95_latency_ms,
  round(0.5 * coalesce(approval_rate, 0) + 0.3 * (100 - edit_rate) + 0.2 * greatest(0, 100 - avg_latency / 10), 2) as quality_score
from daily);--> statement-breakpoint
CREATE VIEW "v_annotation_progress" WITH (security_invoker = true) AS (select f.annotator, count(*) as annotations,
  count(*) filter (where f.safe_to_send) as safe_count,
  count(*) filter (where not f.safe_to_send) as unsafe_count,
  count(*) filter (where f.safe_to_send is null) as pending_review,
  count(*) filter (where cardinality(f.labels) > 0) as labelled_count,
  round(avg(r.score), 2) as avg_rubric_score,
  round(stddev_samp(r.score), 2) as rubric_score_stddev,
  min(f.created_at) as first_annotation_at,
  max(f.updated_at) as last_annotation_at
from agent_feedback f
cross join lateral (
  select avg((e.value #>> '{}')::numeric) as score from jsonb_each(f.rubric) e where jsonb_typeof(e.value) = 'number'
) r
where f.annotator is not null
group by f.annotator);--> statement-breakpoint
CREATE VIEW "v_approval_queue_depth" WITH (security_invoker = true) AS (select date_trunc('hour', created_at) as hour,
  count(*) filter (where status = 'pending') as pending_count,
  count(*) filter (where status = 'approved') as approved_count,
  count(*) filter (where status = 'rejected') as rejected_count,
  count(*) filter (where status = 'expired') as expired_count,
  count(*) as total_count,
  round(avg(extract(epoch from updated_at - created_at)) filter (where status in ('approved', 'rejected')), 2) as avg_resolution_seconds,
  round(100.0 * count(*) filter (where status in ('approved', 'rejected') and updated_at - created_at <= interval '5 minutes')
    / nullif(count(*) filter (where status in ('approved', 'rejected')), 0), 2) as sla_compliance_pct,
  min(created_at) filter (where status = 'pending') as oldest_pending_at
from agent_approvals
group by 1);--> statement-breakpoint
CREATE VIEW "v_approval_queue_status" WITH (security_invoker = true) AS (select status, count(*) as total, min(created_at) as oldest_created_at,
  count(*) filter (where now() - created_at <= interval '5 minutes') as age_under_5m,
  count(*) filter (where now() - created_at > interval '5 minutes' and now() - created_at <= interval '1 hour') as age_5m_to_1h,
  count(*) filter (where now() - created_at > interval '1 hour') as age_over_1h,
  count(*) filter (where (status = 'pending' and now() - created_at > interval '5 minutes')
                      or (status in ('approved', 'rejected') and updated_at - created_at > interval '5 minutes')) as sla_breaches
from agent_approvals
group by status);--> statement-breakpoint
CREATE VIEW "v_training_data_quality" WITH (security_invoker = true) AS (select date_trunc('day', created_at) as day,
  count(*) as total_feedback,
  count(*) filter (where safe_to_send) as safe_count,
  count(*) filter (where not safe_to_send) as unsafe_count,
  count(*) filter (where safe_to_send is null) as unreviewed_count,
  round(100.0 * count(*) filter (where safe_to_send) / count(*), 2) as safe_pct,
  round(avg(coalesce(cardinality(labels), 0)), 2) as avg_labels,
  round(avg(case when jsonb_typeof(rubric -> 'clarity') = 'number' then (rubric ->> 'clarity')::numeric end), 2) as avg_clarity,
  round(avg(case when jsonb_typeof(rubric -> 'accuracy') = 'number' then (rubric ->> 'accuracy')::numeric end), 2) as avg_accuracy,
  round(avg(case when jsonb_typeof(rubric -> 'tone') = 'number' then (rubric ->> 'tone')::numeric end), 2) as avg_tone,
  count(distinct annotator) as active_annotators,
  round(count(annotator)::numeric / nullif(count(distinct annotator), 0), 2) as avg_annotations_per_annotator
from agent_feedback
group by 1);--> statement-breakpoint
CREATE MATERIALIZED VIEW "mv_daily_agent_metrics" AS (select date_trunc('day', created_at) as day, agent,
  count(*) as total_queries,
  count(*) filter (where approved) as approved_count,
  count(*) filter (where not approved) as rejected_count,
  count(*) filter (where human_edited) as edited_count,
  count(*) filter (where latency_ms > 200) as slow_queries,
  round(avg(latency_ms), 2) as avg_latency_ms,
  percentile_cont(0.95) within group (order by latency_ms) as p95_latency_ms
from agent_queries
group by 1, 2);--> statement-breakpoint
CREATE POLICY "agent_approvals_service_role_all" ON "agent_approvals" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "agent_approvals_read_own" ON "agent_approvals" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("agent_approvals"."conversation_id" = (select coalesce(auth.jwt() ->> 'conversation_id', nullif(current_setting('app.conversation_id', true), ''))));--> statement-breakpoint
CREATE POLICY "agent_approvals_insert_service" ON "agent_approvals" AS PERMISSIVE FOR INSERT TO "service_role" WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "agent_approvals_update_service" ON "agent_approvals" AS PERMISSIVE FOR UPDATE TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "agent_approvals_no_delete" ON "agent_approvals" AS RESTRICTIVE FOR DELETE TO public USING (false);--> statement-breakpoint
CREATE POLICY "agent_feedback_service_role_all" ON "agent_feedback" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "agent_feedback_read_own" ON "agent_feedback" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("agent_feedback"."conversation_id" = (select coalesce(auth.jwt() ->> 'conversation_id', nullif(current_setting('app.conversation_id', true), ''))));--> statement-breakpoint
CREATE POLICY "agent_feedback_read_reviewers" ON "agent_feedback" AS PERMISSIVE FOR SELECT TO "annotator", "qa_team" USING (true);--> statement-breakpoint
CREATE POLICY "agent_feedback_update_annotators" ON "agent_feedback" AS PERMISSIVE FOR UPDATE TO "annotator" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "agent_feedback_insert_service" ON "agent_feedback" AS PERMISSIVE FOR INSERT TO "service_role" WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "agent_feedback_no_delete" ON "agent_feedback" AS RESTRICTIVE FOR DELETE TO public USING (false);--> statement-breakpoint
CREATE POLICY "agent_queries_service_role_all" ON "agent_queries" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "agent_queries_read_own" ON "agent_queries" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("agent_queries"."conversation_id" = (select coalesce(auth.jwt() ->> 'conversation_id', nullif(current_setting('app.conversation_id', true), ''))));--> statement-breakpoint
CREATE POLICY "agent_queries_read_operators" ON "agent_queries" AS PERMISSIVE FOR SELECT TO "monitoring_team", "operator_readonly", "qa_team" USING (true);--> statement-breakpoint
CREATE POLICY "agent_queries_update_by_operator" ON "agent_queries" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ("agent_queries"."conversation_id" = (select coalesce(auth.jwt() ->> 'conversation_id', nullif(current_setting('app.conversation_id', true), '')))) WITH CHECK ("agent_queries"."conversation_id" = (select coalesce(auth.jwt() ->> 'conversation_id', nullif(current_setting('app.conversation_id', true), ''))));--> statement-breakpoint
CREATE POLICY "agent_queries_insert_service" ON "agent_queries" AS PERMISSIVE FOR INSERT TO "service_role" WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "agent_queries_no_delete" ON "agent_queries" AS RESTRICTIVE FOR DELETE TO public USING (false);--> statement-breakpoint
CREATE POLICY "agent_qc_service_role_all" ON "agent_qc" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "agent_qc_read_monitoring" ON "agent_qc" AS PERMISSIVE FOR SELECT TO "monitoring_team", "operator_readonly", "qa_team" USING (true);--> statement-breakpoint
CREATE POLICY "agent_qc_insert_reviewers" ON "agent_qc" AS PERMISSIVE FOR INSERT TO "annotator", "qa_team" WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "agent_run_service_role_all" ON "agent_run" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "agent_run_read_monitoring" ON "agent_run" AS PERMISSIVE FOR SELECT TO "monitoring_team", "operator_readonly", "qa_team" USING (true);--> statement-breakpoint
CREATE POLICY "decision_logs_service_role_all" ON "decision_sync_event_logs" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "decision_logs_read_by_scope" ON "decision_sync_event_logs" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("decision_sync_event_logs"."scope" = (select coalesce(auth.jwt() ->> 'scope', nullif(current_setting('app.current_scope', true), ''))));--> statement-breakpoint
CREATE POLICY "decision_logs_read_operators" ON "decision_sync_event_logs" AS PERMISSIVE FOR SELECT TO "operator_readonly", "qa_team" USING (true);--> statement-breakpoint
CREATE POLICY "decision_logs_insert_by_scope" ON "decision_sync_event_logs" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ("decision_sync_event_logs"."scope" = (select coalesce(auth.jwt() ->> 'scope', nullif(current_setting('app.current_scope', true), ''))));--> statement-breakpoint
CREATE POLICY "decision_logs_no_update" ON "decision_sync_event_logs" AS RESTRICTIVE FOR UPDATE TO public USING (false);--> statement-breakpoint
CREATE POLICY "decision_logs_no_delete" ON "decision_sync_event_logs" AS RESTRICTIVE FOR DELETE TO public USING (false);--> statement-breakpoint
CREATE POLICY "facts_service_role_all" ON "facts" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "facts_read_by_project" ON "facts" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("facts"."project" = (select coalesce(auth.jwt() ->> 'project', nullif(current_setting('app.current_project', true), ''))));--> statement-breakpoint
CREATE POLICY "facts_insert_by_project" ON "facts" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ("facts"."project" = (select coalesce(auth.jwt() ->> 'project', nullif(current_setting('app.current_project', true), ''))));--> statement-breakpoint
CREATE POLICY "facts_read_ai_readonly" ON "facts" AS PERMISSIVE FOR SELECT TO "ai_readonly" USING (true);--> statement-breakpoint
CREATE POLICY "facts_no_update" ON "facts" AS RESTRICTIVE FOR UPDATE TO public USING (false);--> statement-breakpoint
CREATE POLICY "facts_no_delete" ON "facts" AS RESTRICTIVE FOR DELETE TO public USING (false);--> statement-breakpoint
CREATE POLICY "observability_logs_service_role_all" ON "observability_logs" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "observability_logs_read_info_warn" ON "observability_logs" AS PERMISSIVE FOR SELECT TO "authenticated" USING (level in ('INFO', 'WARN'));--> statement-breakpoint
CREATE POLICY "observability_logs_read_own_requests" ON "observability_logs" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("observability_logs"."request_id" = (select coalesce(auth.jwt() ->> 'request_id', nullif(current_setting('app.request_id', true), ''))));--> statement-breakpoint
CREATE POLICY "observability_logs_read_monitoring" ON "observability_logs" AS PERMISSIVE FOR SELECT TO "monitoring_team", "qa_team" USING (true);--> statement-breakpoint
CREATE POLICY "observability_logs_no_update" ON "observability_logs" AS RESTRICTIVE FOR UPDATE TO public USING (false);--> statement-breakpoint
CREATE POLICY "observability_logs_no_delete" ON "observability_logs" AS RESTRICTIVE FOR DELETE TO public USING (false);--> statement-breakpoint
CREATE POLICY "support_curated_replies_insert_by_webhook" ON "support_curated_replies" AS PERMISSIVE FOR INSERT TO "support_webhook" WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "support_curated_replies_read_ai" ON "support_curated_replies" AS PERMISSIVE FOR SELECT TO "ai_readonly", "authenticated" USING (true);--> statement-breakpoint
-- updated_at follows every change (the deployed function and trigger names).
CREATE OR REPLACE FUNCTION set_timestamp_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER trg_support_curated_replies_updated_at BEFORE UPDATE ON support_curated_replies FOR EACH ROW EXECUTE FUNCTION set_timestamp_updated_at();
--> statement-breakpoint
CREATE TRIGGER trg_agent_approvals_updated_at BEFORE UPDATE ON agent_approvals FOR EACH ROW EXECUTE FUNCTION set_timestamp_updated_at();
--> statement-breakpoint
CREATE TRIGGER trg_agent_feedback_updated_at BEFORE UPDATE ON agent_feedback FOR EACH ROW EXECUTE FUNCTION set_timestamp_updated_at();
--> statement-breakpoint
CREATE TRIGGER trg_agent_queries_updated_at BEFORE UPDATE ON agent_queries FOR EACH ROW EXECUTE FUNCTION set_timestamp_updated_at();
--> statement-breakpoint
-- The nightly rollup: a unique index lets it refresh without locking readers out.
CREATE UNIQUE INDEX mv_daily_agent_metrics_day_agent_idx ON mv_daily_agent_metrics (day, agent);
--> statement-breakpoint
CREATE FUNCTION refresh_daily_agent_metrics() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  REFRESH MATERIALIZED VIEW CONCURRENTLY mv_daily_agent_metrics;
END $$;
--> statement-breakpoint
-- The access matrix (README). Supabase's default privileges give anon and authenticated every privilege on new
-- tables. RLS filters rows but never refuses a statement, and TRUNCATE ignores it altogether, so each role gets
-- only the statements its policies are for: an UPDATE or DELETE of an audit record fails with 42501 instead of
-- silently touching no row. anon gets nothing: every reader of this database signs in.
REVOKE ALL ON facts, decision_sync_event_logs, observability_logs, support_curated_replies, agent_approvals, agent_feedback,
  agent_queries, agent_run, agent_qc, decision_sync_events, v_agent_kpis, v_approval_queue_depth, v_agent_response_accuracy,
  v_training_data_quality, v_agent_performance_snapshot, v_approval_queue_status, v_annotation_progress, mv_daily_agent_metrics
  FROM anon, authenticated;
--> statement-breakpoint
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM anon, authenticated;
--> statement-breakpoint
REVOKE ALL ON FUNCTION refresh_daily_agent_metrics() FROM PUBLIC, anon, authenticated;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION refresh_daily_agent_metrics() TO service_role, monitoring_team;
--> statement-breakpoint
GRANT SELECT, INSERT ON facts, decision_sync_event_logs TO authenticated;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE facts_id_seq, decision_sync_event_logs_id_seq TO authenticated;
--> statement-breakpoint
GRANT SELECT ON observability_logs, support_curated_replies, agent_approvals, agent_feedback, agent_queries, decision_sync_events,
  v_approval_queue_depth, v_agent_response_accuracy, v_training_data_quality, v_agent_performance_snapshot, v_approval_queue_status,
  v_annotation_progress TO authenticated;
--> statement-breakpoint
GRANT UPDATE (approved, human_edited) ON agent_queries TO authenticated;
--> statement-breakpoint
GRANT SELECT ON facts, support_curated_replies TO ai_readonly;
--> statement-breakpoint
GRANT SELECT ON decision_sync_event_logs, decision_sync_events, agent_queries, agent_run, agent_qc, v_agent_kpis,
  v_agent_response_accuracy, v_agent_performance_snapshot, mv_daily_agent_metrics TO operator_readonly;
--> statement-breakpoint
GRANT SELECT ON decision_sync_event_logs, decision_sync_events, observability_logs, agent_feedback, agent_queries, agent_run, agent_qc,
  v_agent_kpis, v_agent_response_accuracy, v_training_data_quality, v_agent_performance_snapshot, v_annotation_progress,
  mv_daily_agent_metrics TO qa_team;
--> statement-breakpoint
GRANT INSERT ON agent_qc TO qa_team, annotator;
--> statement-breakpoint
GRANT SELECT ON observability_logs, agent_queries, agent_run, agent_qc, v_agent_kpis, v_agent_response_accuracy,
  v_agent_performance_snapshot, mv_daily_agent_metrics TO monitoring_team;
--> statement-breakpoint
GRANT SELECT ON agent_feedback, v_training_data_quality, v_annotation_progress TO annotator;
--> statement-breakpoint
GRANT UPDATE (safe_to_send, labels, rubric, annotator, notes) ON agent_feedback TO annotator;
--> statement-breakpoint
GRANT INSERT ON support_curated_replies TO support_webhook;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE support_curated_replies_id_seq TO support_webhook;
