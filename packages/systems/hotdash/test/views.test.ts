import { randomUUID } from 'node:crypto';
import { queryRows } from '@db/core';
import { setupTestDatabase } from '@db/core/testing';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  agentApprovals,
  agentFeedback,
  agentQc,
  agentQueries,
  agentRun,
  asRequest,
  mvDailyAgentMetrics,
  relations,
  vAgentKpis,
  vAgentPerformanceSnapshot,
  vAgentResponseAccuracy,
  vAnnotationProgress,
  vApprovalQueueDepth,
  vApprovalQueueStatus,
  vTrainingDataQuality,
} from '../src/index.ts';

const t = setupTestDatabase({ database: 'hotdash', relations });
const DAY = new Date('2025-10-11T15:30:00Z');
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/**
 * The report's four agents (section 13): approval rate, edit rate and average latency chosen so the documented
 * quality scores come out. `decided` queries, of which `approved` approved; `edited` edited; `latencies` of all.
 */
const AGENTS = [
  { agent: 'data', decided: 10, approved: 9, edited: 2, latencies: [90, 95, 100, 105, 95, 100, 95, 100, 95, 100], documented: 87.05 },
  { agent: 'marketing', decided: 2, approved: 2, edited: 0, latencies: [40, 42], documented: 99.18 },
  { agent: 'support', decided: 3, approved: 2, edited: 0, latencies: [45, 47, 49], documented: 82.39 },
  { agent: 'engineer', decided: 2, approved: 1, edited: 0, latencies: [70, 86], documented: 73.44 },
];

async function theFourAgents() {
  for (const { agent, decided, approved, edited, latencies } of AGENTS) {
    await t.db.insert(agentQueries).values(
      latencies.map((latencyMs, i) => ({
        conversationId: `${agent}-${i}`,
        agent,
        query: 'order status',
        result: {},
        approved: i < decided ? i < approved : null,
        humanEdited: i < edited,
        latencyMs,
        createdAt: DAY,
      })),
    );
  }
}

describe('the monitoring views return the documented metrics', () => {
  test('v_agent_response_accuracy: the 50/30/20 quality score of the report’s four agents', async () => {
    await theFourAgents();
    const rows = await t.db.select({ agent: vAgentResponseAccuracy.agent, score: vAgentResponseAccuracy.qualityScore }).from(vAgentResponseAccuracy);
    expect(Object.fromEntries(rows.map((row) => [row.agent, row.score]))).toEqual(Object.fromEntries(AGENTS.map((a) => [a.agent, a.documented])));
  });

  test('v_agent_performance_snapshot: the last 24 hours per agent, warning above 200 ms on average', async () => {
    await t.db.insert(agentQueries).values([
      { conversationId: 'c1', agent: 'support', query: 'q', result: {}, latencyMs: 40, approved: true, createdAt: minutesAgo(30) },
      { conversationId: 'c2', agent: 'support', query: 'q', result: {}, latencyMs: 60, approved: false, createdAt: minutesAgo(300) },
      { conversationId: 'c3', agent: 'data', query: 'q', result: {}, latencyMs: 340, createdAt: minutesAgo(10) },
      { conversationId: 'c4', agent: 'data', query: 'q', result: {}, latencyMs: 20, createdAt: minutesAgo(60 * 30) },
    ]);
    const rows = await t.db
      .select({ agent: vAgentPerformanceSnapshot.agent, lastHour: vAgentPerformanceSnapshot.queriesLastHour, day: vAgentPerformanceSnapshot.queriesLast24h, approval: vAgentPerformanceSnapshot.approvalRatePct, health: vAgentPerformanceSnapshot.healthStatus })
      .from(vAgentPerformanceSnapshot)
      .orderBy(vAgentPerformanceSnapshot.agent);
    expect(rows).toEqual([
      { agent: 'data', lastHour: 1, day: 1, approval: null, health: 'warning' },
      { agent: 'support', lastHour: 1, day: 2, approval: 50, health: 'healthy' },
    ]);
  });

  test('v_approval_queue_depth and v_approval_queue_status: counts by hour and status, the five-minute SLA', async () => {
    const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000);
    const at = (minutes: number) => new Date(hour.getTime() + minutes * 60_000);
    await t.db.insert(agentApprovals).values([
      { conversationId: 'a', serialized: {}, status: 'approved', createdAt: at(1), updatedAt: at(3) },
      { conversationId: 'b', serialized: {}, status: 'rejected', createdAt: at(2), updatedAt: at(12) },
      { conversationId: 'c', serialized: {}, status: 'pending', createdAt: at(5), updatedAt: at(5) },
      { conversationId: 'd', serialized: {}, status: 'expired', createdAt: at(6), updatedAt: at(66) },
    ]);
    const [depth] = await t.db.select().from(vApprovalQueueDepth);
    expect(depth).toEqual({
      hour,
      pendingCount: 1,
      approvedCount: 1,
      rejectedCount: 1,
      expiredCount: 1,
      totalCount: 4,
      avgResolutionSeconds: 360,
      slaCompliancePct: 50,
      oldestPendingAt: at(5),
    });
    const status = await t.db.select({ status: vApprovalQueueStatus.status, breaches: vApprovalQueueStatus.slaBreaches }).from(vApprovalQueueStatus).orderBy(vApprovalQueueStatus.status);
    expect(status).toEqual([
      { status: 'approved', breaches: 0 },
      { status: 'expired', breaches: 0 },
      { status: 'pending', breaches: 1 },
      { status: 'rejected', breaches: 1 },
    ]);
  });

  test('v_training_data_quality and v_annotation_progress: safety, labels, rubric scores, annotators', async () => {
    const feedback = (annotator: string | null, safeToSend: boolean | null, rubric: Record<string, number>, labels: string[]) => ({
      conversationId: 'c',
      inputText: 'q',
      modelDraft: 'a',
      annotator,
      safeToSend,
      rubric,
      labels,
      createdAt: DAY,
    });
    await t.db.insert(agentFeedback).values([
      feedback('ann-1', true, { clarity: 4, accuracy: 5, tone: 3 }, ['helpful', 'accurate']),
      feedback('ann-1', false, { clarity: 2, accuracy: 1, tone: 3 }, ['unauthorized_action']),
      feedback('ann-2', true, { clarity: 5, accuracy: 5, tone: 5 }, []),
      feedback(null, null, {}, []),
    ]);
    const [quality] = await t.db.select().from(vTrainingDataQuality);
    expect(quality).toEqual({
      day: new Date('2025-10-11T00:00:00Z'),
      totalFeedback: 4,
      safeCount: 2,
      unsafeCount: 1,
      unreviewedCount: 1,
      safePct: 50,
      avgLabels: 0.75,
      avgClarity: 3.67,
      avgAccuracy: 3.67,
      avgTone: 3.67,
      activeAnnotators: 2,
      avgAnnotationsPerAnnotator: 1.5,
    });
    const progress = await t.db
      .select({ annotator: vAnnotationProgress.annotator, annotations: vAnnotationProgress.annotations, labelled: vAnnotationProgress.labelledCount, mean: vAnnotationProgress.avgRubricScore, spread: vAnnotationProgress.rubricScoreStddev })
      .from(vAnnotationProgress)
      .orderBy(vAnnotationProgress.annotator);
    expect(progress).toEqual([
      { annotator: 'ann-1', annotations: 2, labelled: 2, mean: 3, spread: 1.41 },
      { annotator: 'ann-2', annotations: 1, labelled: 0, mean: 5, spread: null },
    ]);
  });

  test('v_agent_kpis: a run scored twice counts once', async () => {
    const runs = [randomUUID(), randomUUID()];
    await t.db.insert(agentRun).values([
      { runId: runs[0]!, agentName: 'support', resolution: 'resolved', startedAt: DAY, endedAt: new Date(DAY.getTime() + 60_000), slaTargetSeconds: 600, costUsd: 0.02 },
      { runId: runs[1]!, agentName: 'support', resolution: 'escalated', startedAt: DAY, endedAt: new Date(DAY.getTime() + 900_000), slaTargetSeconds: 600, selfCorrected: true, costUsd: 0.04 },
    ]);
    await t.db.insert(agentQc).values([
      { runId: runs[0], qualityScore: 5 },
      { runId: runs[0], qualityScore: 5 },
      { runId: runs[1], qualityScore: 2 },
    ]);
    const [kpis] = await t.db.select().from(vAgentKpis);
    expect(kpis).toEqual({
      agentName: 'support',
      day: new Date('2025-10-11T00:00:00Z'),
      totalRuns: 2,
      avgResolutionSeconds: 480,
      selfCorrectionRate: 50,
      escalationPct: 50,
      avgCostUsd: 0.03,
      slaHitRate: 50,
      avgQuality: 3.5,
    });
  });

  test('a user sees the metrics of their own conversations only (the views are security_invoker)', async () => {
    await theFourAgents();
    const seen = await asRequest(t.db, { role: 'authenticated', conversation_id: 'support-0' }, (db) => db.select({ agent: vAgentResponseAccuracy.agent, total: vAgentResponseAccuracy.totalQueries }).from(vAgentResponseAccuracy));
    expect(seen).toEqual([{ agent: 'support', total: 1 }]);
  });
});

describe('mv_daily_agent_metrics', () => {
  test('refresh_daily_agent_metrics() rolls up the day per agent; users cannot read it', async () => {
    await theFourAgents();
    await t.db.execute(sql`select refresh_daily_agent_metrics()`);
    const rows = await t.db.select().from(mvDailyAgentMetrics).where(eq(mvDailyAgentMetrics.agent, 'data'));
    expect(rows).toEqual([
      { day: new Date('2025-10-11T00:00:00Z'), agent: 'data', totalQueries: 10, approvedCount: 9, rejectedCount: 1, editedCount: 2, slowQueries: 0, avgLatencyMs: 97.5, p95LatencyMs: expect.any(Number) },
    ]);
    const refused = await asRequest(t.db, { role: 'authenticated', conversation_id: 'data-0' }, (db) => queryRows(db, 'select has_table_privilege(current_user, \'mv_daily_agent_metrics\', \'select\') as allowed'));
    expect(refused).toEqual([{ allowed: false }]);
  });
});

describe('updated_at', () => {
  test('follows every change (trigger)', async () => {
    const [row] = await t.db.insert(agentApprovals).values({ conversationId: 'c', serialized: {}, updatedAt: DAY }).returning();
    const [after] = await t.db.update(agentApprovals).set({ status: 'approved' }).where(eq(agentApprovals.id, row!.id)).returning();
    expect(after!.updatedAt.getTime()).toBeGreaterThan(DAY.getTime());
  });
});
