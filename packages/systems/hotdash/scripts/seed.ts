/**
 * `pnpm db:seed hotdash`: the report's seed scenario, so the dashboard views and Drizzle Studio have something to
 * show: 12 approvals (5 pending, 3 approved, 2 rejected, 2 expired), 11 feedback rows (8 safe, 2 unsafe, 1 not
 * reviewed), 13 agent queries over four agents (18-340 ms), facts of three projects, decision telemetry, logs,
 * a curated reply and agent runs. Runs as the owner (no RLS); re-runnable: a seeded database is left as it is.
 */
import { randomUUID } from 'node:crypto';
import { queryRows } from '@db/core';
import { eq } from 'drizzle-orm';
import * as t from '../src/index.ts';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const conversation = (n: number) => `seed-conv-${String(n).padStart(3, '0')}`;

const connection = await t.createConfiguredDb();
try {
  const seeded = await connection.db.select({ id: t.agentQueries.id }).from(t.agentQueries).where(eq(t.agentQueries.conversationId, conversation(1))).limit(1);
  if (seeded.length) {
    console.log('hotdash is seeded already');
  } else {
    await connection.db.transaction(async (db) => {
      const approvals = ['pending', 'pending', 'pending', 'pending', 'pending', 'approved', 'approved', 'approved', 'rejected', 'rejected', 'expired', 'expired'] as const;
      const actions = ['refund order #1042', 'pause subscription', 'export customer data', 'issue gift card', 'waive return fee', 'bulk tag update'];
      await db.insert(t.agentApprovals).values(
        approvals.map((status, i) => ({
          conversationId: conversation(i + 1),
          serialized: { tool: 'shopify.action', action: actions[i % actions.length], state: `run-${i + 1}` },
          lastInterruptions: [{ type: 'approval_required', reason: actions[i % actions.length] }],
          status,
          approvedBy: status === 'approved' || status === 'rejected' ? 'ops@hotrodan.example' : null,
          createdAt: minutesAgo(status === 'pending' ? 10 + i : 120 + i * 30),
          // Resolved within the five-minute SLA.
          updatedAt: minutesAgo(status === 'pending' ? 10 + i : 117 + i * 30),
        })),
      );
      const safety = [true, true, true, true, true, true, true, true, false, false, null] as const;
      await db.insert(t.agentFeedback).values(
        safety.map((safeToSend, i) => ({
          conversationId: conversation(20 + i),
          inputText: `Customer asks about order #${2000 + i}: where is my package?`,
          modelDraft: safeToSend === false ? 'I have refunded your order in full.' : `Your order #${2000 + i} ships tomorrow; here is the tracking link.`,
          safeToSend,
          labels: safeToSend === false ? ['unauthorized_action'] : safeToSend ? ['helpful', 'accurate'] : [],
          rubric: safeToSend === null ? {} : { clarity: 3 + (i % 3), accuracy: safeToSend ? 5 : 2, tone: 4 },
          annotator: safeToSend === null ? null : `annotator-${(i % 5) + 1}@hotrodan.example`,
        })),
      );
      const agents = ['support', 'data', 'engineer', 'marketing'];
      const latencies = [18, 41, 47, 52, 63, 78, 85, 98, 104, 126, 150, 212, 340];
      await db.insert(t.agentQueries).values(
        latencies.map((latencyMs, i) => ({
          conversationId: conversation(i + 1),
          agent: agents[i % agents.length]!,
          query: i % 2 ? 'inventory level for SKU HR-1204' : `status of order #${3000 + i}`,
          result: { rows: 1, source: i % 2 ? 'shopify.inventory' : 'shopify.orders' },
          approved: i < 11 ? true : null,
          humanEdited: i === 3 || i === 7,
          latencyMs,
        })),
      );
      const projects = ['occ', 'chatwoot', 'growth'];
      await db.insert(t.facts).values(
        projects.flatMap((project, p) => [
          { project, topic: 'dashboard.analytics', key: 'sessions_7d', value: { value: 1200 + p * 300 }, metadata: { source: 'ga4' } },
          { project, topic: 'cx.sla', key: 'breach_rate_pct', value: { value: 3.5 + p }, metadata: { source: 'chatwoot' } },
        ]),
      );
      await db.insert(t.decisionSyncEventLogs).values(
        ['ops', 'cx', 'analytics'].flatMap((scope, s) => [
          { decisionId: `decision-${s + 1}`, scope, status: 'success' as const, durationMs: 120 + s * 40 },
          { decisionId: `decision-${s + 4}`, scope, status: 'failure' as const, attempt: 2, durationMs: 2_000, errorCode: 'SHOPIFY_429', errorMessage: 'rate limited' },
        ]),
      );
      await db.insert(t.observabilityLogs).values([
        { level: 'INFO', message: 'Health check', requestId: 'req-1' },
        { level: 'WARN', message: 'Shopify rate limit close', requestId: 'req-2', metadata: { remaining: 4 } },
        { level: 'ERROR', message: 'Chatwoot webhook signature mismatch', requestId: 'req-3' },
      ]);
      await db.insert(t.supportCuratedReplies).values({
        messageBody: 'Thanks for reaching out! Your order ships within 2 business days; you will get tracking by email.',
        tags: ['shipping', 'order_status'],
        approver: 'support-lead@hotrodan.example',
        sourceMessageId: 'cw-msg-88121',
        conversationId: 'cw-conv-4410',
      });
      const runs = agents.map((agentName, i) => ({
        runId: randomUUID(),
        agentName,
        inputKind: 'ticket',
        startedAt: minutesAgo(90 + i),
        endedAt: minutesAgo(89 + i),
        resolution: i === 2 ? ('escalated' as const) : ('resolved' as const),
        tokensInput: 3_000 + i * 100,
        tokensOutput: 1_500,
        costUsd: 0.0342,
        selfCorrected: i === 1,
        slaTargetSeconds: 600,
        metadata: { shop_id: 'hotrodan', ticket_id: `T-${9120 + i}` },
      }));
      await db.insert(t.agentRun).values(runs);
      await db.insert(t.agentQc).values(runs.map((run, i) => ({ runId: run.runId, qualityScore: 3 + (i % 3), notes: 'matches the CEO voice' })));
    });
    await connection.db.execute('select refresh_daily_agent_metrics()');
  }
  const [row] = await queryRows<{ queries: number }>(connection.db, 'select count(*)::int as queries from agent_queries');
  console.log(`seeded hotdash: ${row?.queries} agent queries`);
} finally {
  await connection.close();
}
