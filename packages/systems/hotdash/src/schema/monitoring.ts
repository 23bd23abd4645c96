import { sql } from 'drizzle-orm';
import { bigint, doublePrecision, numeric, pgMaterializedView, pgView, text, timestamp } from 'drizzle-orm/pg-core';
import { APPROVAL_SLA_MINUTES, SLOW_QUERY_MS } from '../constants.ts';

/*
 * The monitoring views of the dashboard tiles (report section 13). All are security_invoker: a user's RLS applies
 * through them (a user sees the metrics of their own conversations, monitoring roles see all).
 */
const sla = sql.raw(`interval '${APPROVAL_SLA_MINUTES} minutes'`);
const slow = sql.raw(String(SLOW_QUERY_MS));
const count = (name: string) => bigint(name, { mode: 'number' }).notNull();
const decimal = (name: string) => numeric(name, { mode: 'number' });
/** A rubric score when the rubric holds it as a number (anything else is no score, never an error). */
const rubricScore = (key: string) => sql.raw(`case when jsonb_typeof(rubric -> '${key}') = 'number' then (rubric ->> '${key}')::numeric end`);

/** Approvals by hour of arrival: counts by status, resolution time, the share resolved within the SLA. */
export const vApprovalQueueDepth = pgView('v_approval_queue_depth', {
  hour: timestamp('hour', { withTimezone: true }).notNull(),
  pendingCount: count('pending_count'),
  approvedCount: count('approved_count'),
  rejectedCount: count('rejected_count'),
  expiredCount: count('expired_count'),
  totalCount: count('total_count'),
  avgResolutionSeconds: decimal('avg_resolution_seconds'),
  slaCompliancePct: decimal('sla_compliance_pct'),
  oldestPendingAt: timestamp('oldest_pending_at', { withTimezone: true }),
})
  .with({ securityInvoker: true })
  .as(sql`select date_trunc('hour', created_at) as hour,
  count(*) filter (where status = 'pending') as pending_count,
  count(*) filter (where status = 'approved') as approved_count,
  count(*) filter (where status = 'rejected') as rejected_count,
  count(*) filter (where status = 'expired') as expired_count,
  count(*) as total_count,
  round(avg(extract(epoch from updated_at - created_at)) filter (where status in ('approved', 'rejected')), 2) as avg_resolution_seconds,
  round(100.0 * count(*) filter (where status in ('approved', 'rejected') and updated_at - created_at <= ${sla})
    / nullif(count(*) filter (where status in ('approved', 'rejected')), 0), 2) as sla_compliance_pct,
  min(created_at) filter (where status = 'pending') as oldest_pending_at
from agent_approvals
group by 1`);

/**
 * Accuracy by agent and day. quality_score (0-100) = 50% approval rate (of decided queries) + 30% (100 - edit
 * rate) + 20% latency score, the latency score being 100 - average latency / 10 ms, floored at 0.
 */
export const vAgentResponseAccuracy = pgView('v_agent_response_accuracy', {
  agent: text('agent').notNull(),
  day: timestamp('day', { withTimezone: true }).notNull(),
  totalQueries: count('total_queries'),
  decidedCount: count('decided_count'),
  approvedCount: count('approved_count'),
  editedCount: count('edited_count'),
  approvalRatePct: decimal('approval_rate_pct'),
  editRatePct: decimal('edit_rate_pct'),
  avgLatencyMs: decimal('avg_latency_ms'),
  p50LatencyMs: doublePrecision('p50_latency_ms'),
  p95LatencyMs: doublePrecision('p95_latency_ms'),
  qualityScore: decimal('quality_score'),
})
  .with({ securityInvoker: true })
  .as(sql`with daily as (
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
from daily`);

/** Training data by day: the safety distribution, labels, rubric scores, annotator activity. */
export const vTrainingDataQuality = pgView('v_training_data_quality', {
  day: timestamp('day', { withTimezone: true }).notNull(),
  totalFeedback: count('total_feedback'),
  safeCount: count('safe_count'),
  unsafeCount: count('unsafe_count'),
  unreviewedCount: count('unreviewed_count'),
  safePct: decimal('safe_pct'),
  avgLabels: decimal('avg_labels'),
  avgClarity: decimal('avg_clarity'),
  avgAccuracy: decimal('avg_accuracy'),
  avgTone: decimal('avg_tone'),
  activeAnnotators: count('active_annotators'),
  avgAnnotationsPerAnnotator: decimal('avg_annotations_per_annotator'),
})
  .with({ securityInvoker: true })
  .as(sql`select date_trunc('day', created_at) as day,
  count(*) as total_feedback,
  count(*) filter (where safe_to_send) as safe_count,
  count(*) filter (where not safe_to_send) as unsafe_count,
  count(*) filter (where safe_to_send is null) as unreviewed_count,
  round(100.0 * count(*) filter (where safe_to_send) / count(*), 2) as safe_pct,
  round(avg(coalesce(cardinality(labels), 0)), 2) as avg_labels,
  round(avg(${rubricScore('clarity')}), 2) as avg_clarity,
  round(avg(${rubricScore('accuracy')}), 2) as avg_accuracy,
  round(avg(${rubricScore('tone')}), 2) as avg_tone,
  count(distinct annotator) as active_annotators,
  round(count(annotator)::numeric / nullif(count(distinct annotator), 0), 2) as avg_annotations_per_annotator
from agent_feedback
group by 1`);

/** Each agent over the last 24 hours; health from latency: warning above the slow threshold, degraded at 5x it. */
export const vAgentPerformanceSnapshot = pgView('v_agent_performance_snapshot', {
  agent: text('agent').notNull(),
  queriesLastHour: count('queries_last_hour'),
  queriesLast24h: count('queries_last_24h'),
  approvalRatePct: decimal('approval_rate_pct'),
  avgLatencyMs: decimal('avg_latency_ms'),
  p95LatencyMs: doublePrecision('p95_latency_ms'),
  lastQueryAt: timestamp('last_query_at', { withTimezone: true }).notNull(),
  healthStatus: text('health_status', { enum: ['healthy', 'warning', 'degraded'] }).notNull(),
})
  .with({ securityInvoker: true })
  .as(sql`select agent,
  count(*) filter (where created_at > now() - interval '1 hour') as queries_last_hour,
  count(*) as queries_last_24h,
  round(100.0 * count(*) filter (where approved) / nullif(count(*) filter (where approved is not null), 0), 2) as approval_rate_pct,
  round(avg(latency_ms), 2) as avg_latency_ms,
  percentile_cont(0.95) within group (order by latency_ms) as p95_latency_ms,
  max(created_at) as last_query_at,
  case when avg(latency_ms) > 5 * ${slow} then 'degraded' when avg(latency_ms) > ${slow} then 'warning' else 'healthy' end as health_status
from agent_queries
where created_at > now() - interval '24 hours'
group by agent`);

/** The queue now, by status: age buckets and SLA breaches (pending past the SLA, or resolved after it). */
export const vApprovalQueueStatus = pgView('v_approval_queue_status', {
  status: text('status').notNull(),
  total: count('total'),
  oldestCreatedAt: timestamp('oldest_created_at', { withTimezone: true }).notNull(),
  ageUnder5m: count('age_under_5m'),
  age5mTo1h: count('age_5m_to_1h'),
  ageOver1h: count('age_over_1h'),
  slaBreaches: count('sla_breaches'),
})
  .with({ securityInvoker: true })
  .as(sql`select status, count(*) as total, min(created_at) as oldest_created_at,
  count(*) filter (where now() - created_at <= ${sla}) as age_under_5m,
  count(*) filter (where now() - created_at > ${sla} and now() - created_at <= interval '1 hour') as age_5m_to_1h,
  count(*) filter (where now() - created_at > interval '1 hour') as age_over_1h,
  count(*) filter (where (status = 'pending' and now() - created_at > ${sla})
                      or (status in ('approved', 'rejected') and updated_at - created_at > ${sla})) as sla_breaches
from agent_approvals
group by status`);

/** Annotation progress per annotator: judgments, labels, rubric mean (of its numeric scores) and its spread. */
export const vAnnotationProgress = pgView('v_annotation_progress', {
  annotator: text('annotator').notNull(),
  annotations: count('annotations'),
  safeCount: count('safe_count'),
  unsafeCount: count('unsafe_count'),
  pendingReview: count('pending_review'),
  labelledCount: count('labelled_count'),
  avgRubricScore: decimal('avg_rubric_score'),
  rubricScoreStddev: decimal('rubric_score_stddev'),
  firstAnnotationAt: timestamp('first_annotation_at', { withTimezone: true }).notNull(),
  lastAnnotationAt: timestamp('last_annotation_at', { withTimezone: true }).notNull(),
})
  .with({ securityInvoker: true })
  .as(sql`select f.annotator, count(*) as annotations,
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
group by f.annotator`);

/**
 * The nightly rollup per day and agent (refresh_daily_agent_metrics()). A materialized view has no RLS: only
 * the service and monitoring roles may read it (grants in the migration).
 */
export const mvDailyAgentMetrics = pgMaterializedView('mv_daily_agent_metrics', {
  day: timestamp('day', { withTimezone: true }).notNull(),
  agent: text('agent').notNull(),
  totalQueries: count('total_queries'),
  approvedCount: count('approved_count'),
  rejectedCount: count('rejected_count'),
  editedCount: count('edited_count'),
  slowQueries: count('slow_queries'),
  avgLatencyMs: decimal('avg_latency_ms'),
  p95LatencyMs: doublePrecision('p95_latency_ms'),
}).as(sql`select date_trunc('day', created_at) as day, agent,
  count(*) as total_queries,
  count(*) filter (where approved) as approved_count,
  count(*) filter (where not approved) as rejected_count,
  count(*) filter (where human_edited) as edited_count,
  count(*) filter (where latency_ms > ${slow}) as slow_queries,
  round(avg(latency_ms), 2) as avg_latency_ms,
  percentile_cont(0.95) within group (order by latency_ms) as p95_latency_ms
from agent_queries
group by 1, 2`);
