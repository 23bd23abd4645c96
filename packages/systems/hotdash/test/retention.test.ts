import { queryRows } from '@db/core';
import { refusal, setupTestDatabase } from '@db/core/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { agentApprovals, agentFeedback, agentQueries, asRequest, observabilityLogs, relations } from '../src/index.ts';

const t = setupTestDatabase({ database: 'hotdash', relations });
const daysAgo = (days: number) => sql.raw(`now() - interval '${days} days'`);

/** Rows on both sides of every period and exception; `keep` says what the documented policy keeps. */
async function rowsAroundTheLimits() {
  const feedback = [
    { why: 'safe, 29 days', safeToSend: true, age: 29, keep: true },
    { why: 'safe, 31 days', safeToSend: true, age: 31, keep: false },
    { why: 'not reviewed, 31 days', safeToSend: null, age: 31, keep: false },
    { why: 'unsafe, 31 days', safeToSend: false, age: 31, keep: true },
    { why: 'unsafe, 179 days', safeToSend: false, age: 179, keep: true },
    { why: 'unsafe, 181 days', safeToSend: false, age: 181, keep: false },
  ];
  const approvals = [
    { why: 'approved, 89 days', status: 'approved', age: 89, keep: true },
    { why: 'approved, 91 days', status: 'approved', age: 91, keep: false },
    { why: 'rejected, 91 days', status: 'rejected', age: 91, keep: false },
    { why: 'expired, 200 days', status: 'expired', age: 200, keep: false },
    { why: 'pending, 400 days', status: 'pending', age: 400, keep: true },
  ] as const;
  const queries = [
    { why: '40 ms, 59 days', latencyMs: 40, age: 59, keep: true },
    { why: '40 ms, 61 days', latencyMs: 40, age: 61, keep: false },
    { why: 'no latency, 61 days', latencyMs: null, age: 61, keep: false },
    { why: '200 ms (not slow), 61 days', latencyMs: 200, age: 61, keep: false },
    { why: '201 ms, 61 days', latencyMs: 201, age: 61, keep: true },
    { why: '340 ms, 179 days', latencyMs: 340, age: 179, keep: true },
    { why: '340 ms, 181 days', latencyMs: 340, age: 181, keep: false },
  ];
  for (const row of feedback) {
    await t.db.insert(agentFeedback).values({ conversationId: row.why, inputText: 'q', modelDraft: 'a', safeToSend: row.safeToSend, createdAt: daysAgo(row.age) });
  }
  for (const row of approvals) {
    await t.db.insert(agentApprovals).values({ conversationId: row.why, serialized: {}, status: row.status, createdAt: daysAgo(row.age) });
  }
  for (const row of queries) {
    await t.db.insert(agentQueries).values({ conversationId: row.why, query: 'q', result: {}, agent: 'data', latencyMs: row.latencyMs, createdAt: daysAgo(row.age) });
  }
  const kept = (rows: readonly { why: string; keep: boolean }[]) => rows.filter((row) => row.keep).map((row) => row.why).sort();
  const deleted = (rows: readonly { keep: boolean }[]) => rows.filter((row) => !row.keep).length;
  return {
    kept: { agent_feedback: kept(feedback), agent_approvals: kept(approvals), agent_queries: kept(queries) },
    deleted: { agent_feedback: deleted(feedback), agent_approvals: deleted(approvals), agent_queries: deleted(queries) },
  };
}

const remaining = async (table: string) =>
  (await queryRows<{ why: string }>(t.db, `select conversation_id as why from ${table} order by 1`)).map((row) => row.why);

describe('retention', () => {
  test('deletes exactly what the policy says and keeps its exceptions (unsafe feedback, slow queries, pending approvals)', async () => {
    const expected = await rowsAroundTheLimits();
    const result = await queryRows<{ table_name: string; deleted: number }>(t.db, 'select table_name, deleted::int from run_agent_sdk_retention()');

    expect(Object.fromEntries(result.map((row) => [row.table_name, row.deleted]))).toEqual(expected.deleted);
    for (const [table, kept] of Object.entries(expected.kept)) expect(await remaining(table), table).toEqual(kept);
    const [logged] = await t.db.select({ source: observabilityLogs.source, metadata: observabilityLogs.metadata }).from(observabilityLogs);
    expect(logged).toEqual({ source: 'retention', metadata: expected.deleted });
  });

  test('only the service role may run it', async () => {
    await rowsAroundTheLimits();
    const refused = await refusal(t.db, (tx) => asRequest(tx, { role: 'authenticated', conversation_id: 'x' }, (db) => db.execute(sql`select purge_agent_queries()`)));
    expect(refused?.code).toBe('42501');
    const deleted = await asRequest(t.db, { role: 'service_role' }, (db) => queryRows<{ n: number }>(db, 'select purge_agent_queries()::int as n'));
    expect(deleted).toEqual([{ n: 4 }]);
  });
});
