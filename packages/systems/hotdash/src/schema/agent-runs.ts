import { between, oneOf } from '@db/core';
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, foreignKey, index, integer, jsonb, numeric, pgPolicy, pgTable, pgView, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { annotatorRole, monitoringTeamRole, operatorReadonlyRole, qaTeamRole, readAll, serviceRoleAll } from '../access.ts';
import { RUN_RESOLUTIONS } from '../constants.ts';

const monitors = [monitoringTeamRole, qaTeamRole, operatorReadonlyRole];

/**
 * Migration 20251011070600 (agent_metrics): one row per agent execution, as the agent runtime reports it
 * (`run_id` is the runtime's). Durations, cost and SLA feed v_agent_kpis.
 */
export const agentRun = pgTable.withRLS(
  'agent_run',
  {
    runId: uuid('run_id').primaryKey(),
    agentName: text('agent_name').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** What the run worked on: 'ticket', 'order', 'faq', ... */
    inputKind: text('input_kind'),
    resolution: text('resolution', { enum: RUN_RESOLUTIONS }).notNull(),
    tokensInput: integer('tokens_input').default(0),
    tokensOutput: integer('tokens_output').default(0),
    costUsd: numeric('cost_usd', { precision: 10, scale: 5, mode: 'number' }).default(0),
    selfCorrected: boolean('self_corrected').default(false),
    slaTargetSeconds: integer('sla_target_seconds'),
    /** Contextual ids: shop, order, ticket. */
    metadata: jsonb('metadata'),
  },
  (t) => [
    index('idx_agent_run_agent_time').on(t.agentName, t.startedAt),
    oneOf(t.resolution, RUN_RESOLUTIONS),
    serviceRoleAll('agent_run'),
    readAll('agent_run_read_monitoring', monitors),
  ],
);

/** Quality control of a run: a reviewer's 1-5 score. Deleted with its run. */
export const agentQc = pgTable.withRLS(
  'agent_qc',
  {
    // Forward migration `improvements`: the deployed table had no primary key.
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    runId: uuid('run_id'),
    qualityScore: integer('quality_score'),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'agent_qc_run_id_fkey', columns: [t.runId], foreignColumns: [agentRun.runId] }).onDelete('cascade'),
    // Forward migration `improvements`: the foreign key's index.
    index('agent_qc_run_id_idx').on(t.runId),
    between(t.qualityScore, 1, 5),
    serviceRoleAll('agent_qc'),
    readAll('agent_qc_read_monitoring', monitors),
    pgPolicy('agent_qc_insert_reviewers', { for: 'insert', to: [annotatorRole, qaTeamRole], withCheck: sql`true` }),
  ],
);

/**
 * KPIs per agent and day: runs, average resolution time, self-correction, escalation, cost, SLA hits, quality.
 * A run's QC scores are averaged first, so a run scored twice still counts once.
 */
export const vAgentKpis = pgView('v_agent_kpis', {
  agentName: text('agent_name').notNull(),
  day: timestamp('day', { withTimezone: true }).notNull(),
  totalRuns: bigint('total_runs', { mode: 'number' }).notNull(),
  avgResolutionSeconds: numeric('avg_resolution_seconds', { mode: 'number' }),
  selfCorrectionRate: numeric('self_correction_rate', { mode: 'number' }),
  escalationPct: numeric('escalation_pct', { mode: 'number' }),
  avgCostUsd: numeric('avg_cost_usd', { mode: 'number' }),
  slaHitRate: numeric('sla_hit_rate', { mode: 'number' }),
  avgQuality: numeric('avg_quality', { mode: 'number' }),
})
  .with({ securityInvoker: true })
  .as(sql`select r.agent_name, date_trunc('day', r.started_at) as day, count(*) as total_runs,
  avg(extract(epoch from r.ended_at - r.started_at)) as avg_resolution_seconds,
  100.0 * avg(case when r.self_corrected then 1 else 0 end) as self_correction_rate,
  100.0 * avg(case when r.resolution = 'escalated' then 1 else 0 end) as escalation_pct,
  avg(r.cost_usd) as avg_cost_usd,
  100.0 * avg(case when extract(epoch from r.ended_at - r.started_at) <= r.sla_target_seconds then 1 else 0 end) as sla_hit_rate,
  avg(q.quality_score) as avg_quality
from agent_run r
left join (select run_id, avg(quality_score) as quality_score from agent_qc group by run_id) q on q.run_id = r.run_id
group by r.agent_name, date_trunc('day', r.started_at)`);
