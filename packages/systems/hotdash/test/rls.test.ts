import { queryRows } from '@db/core';
import { refusal, setupTestDatabase } from '@db/core/testing';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  agentApprovals,
  agentFeedback,
  agentQueries,
  asRequest,
  decisionSyncEventLogs,
  decisionSyncEvents,
  facts,
  observabilityLogs,
  relations,
  supportCuratedReplies,
  type RequestClaims,
} from '../src/index.ts';

/**
 * Every test writes its rows as the owner, then reads and writes as a Supabase request would: a non-superuser
 * role with the token's claims (asRequest, PostgREST's two settings). 42501 is insufficient_privilege, which
 * PostgreSQL raises both for a missing grant and for a row a policy's WITH CHECK refuses.
 */
const t = setupTestDatabase({ database: 'hotdash', relations });
const DENIED = '42501';
const userOf = (project: string): RequestClaims => ({ role: 'authenticated', sub: '6a90b3d1-2c6b-4a3a-8bb9-23a93ebffb8e', project });

async function factsOfTwoProjects() {
  await t.db.insert(facts).values([
    { project: 'A', topic: 'dashboard.analytics', key: 'sessions_7d', value: 1200 },
    { project: 'A', topic: 'cx.sla', key: 'breach_rate_pct', value: 3.5 },
    { project: 'B', topic: 'dashboard.analytics', key: 'sessions_7d', value: 900 },
  ]);
}
const projectsSeen = (db: typeof t.db) => db.select({ project: facts.project }).from(facts).then((rows) => rows.map((row) => row.project).sort());

describe('facts are isolated by project', () => {
  test("a user of project A sees A's facts and none of B's", async () => {
    await factsOfTwoProjects();
    expect(await asRequest(t.db, userOf('A'), projectsSeen)).toEqual(['A', 'A']);
    expect(await asRequest(t.db, userOf('B'), projectsSeen)).toEqual(['B']);
  });

  test('a user of project A inserts into A and cannot insert into B', async () => {
    const fact = { topic: 'dashboard.analytics', key: 'orders_7d', value: 31 };
    await asRequest(t.db, userOf('A'), (db) => db.insert(facts).values({ ...fact, project: 'A' }));
    const refused = await refusal(t.db, (tx) => asRequest(tx, userOf('A'), (db) => db.insert(facts).values({ ...fact, project: 'B' })));
    expect(refused?.code).toBe(DENIED);
    expect(await projectsSeen(t.db)).toEqual(['A']);
  });

  test('a request without a project claim sees nothing; server code may name the project in app.current_project', async () => {
    await factsOfTwoProjects();
    expect(await asRequest(t.db, { role: 'authenticated' }, projectsSeen)).toEqual([]);
    const viaSetting = await asRequest(t.db, { role: 'authenticated' }, async (db) => {
      await db.execute(sql`select set_config('app.current_project', 'B', true)`);
      return projectsSeen(db);
    });
    expect(viaSetting).toEqual(['B']);
  });

  test('the AI role reads across projects and cannot write', async () => {
    await factsOfTwoProjects();
    const ai: RequestClaims = { role: 'ai_readonly' };
    expect(await asRequest(t.db, ai, projectsSeen)).toEqual(['A', 'A', 'B']);
    const insert = await refusal(t.db, (tx) => asRequest(tx, ai, (db) => db.insert(facts).values({ project: 'A', topic: 'x', key: 'y', value: 1 })));
    const update = await refusal(t.db, (tx) => asRequest(tx, ai, (db) => db.update(facts).set({ key: 'z' })));
    expect([insert?.code, update?.code]).toEqual([DENIED, DENIED]);
  });
});

describe('the audit tables are immutable for users; the service role passes', () => {
  const auditTables = [
    { name: 'facts', claims: userOf('A'), insert: () => t.db.insert(facts).values({ project: 'A', topic: 't', key: 'k', value: 1 }) },
    { name: 'decision_sync_event_logs', claims: { role: 'authenticated', scope: 'ops' }, insert: () => t.db.insert(decisionSyncEventLogs).values({ decisionId: 'd-1', scope: 'ops', status: 'success' }) },
    { name: 'observability_logs', claims: { role: 'authenticated', request_id: 'req-1' }, insert: () => t.db.insert(observabilityLogs).values({ level: 'INFO', message: 'ok', requestId: 'req-1' }) },
  ] satisfies { name: string; claims: RequestClaims; insert: () => PromiseLike<unknown> }[];

  test.each(auditTables)('$name: UPDATE, DELETE and TRUNCATE fail for an authenticated user', async ({ name, claims, insert }) => {
    await insert();
    for (const statement of [`update ${name} set created_at = now()`, `delete from ${name}`, `truncate ${name}`]) {
      const refused = await refusal(t.db, (tx) => asRequest(tx, claims, (db) => db.execute(sql.raw(statement))));
      expect(refused?.code, statement).toBe(DENIED);
    }
    expect(await queryRows(t.db, `select count(*)::int as count from ${name}`)).toEqual([{ count: 1 }]);
  });

  test.each(auditTables)('$name: the service role updates and deletes', async ({ name, insert }) => {
    await insert();
    const deleted = await asRequest(t.db, { role: 'service_role' }, async (db) => {
      await db.execute(sql.raw(`update ${name} set created_at = now() - interval '1 day'`));
      return queryRows(db, `delete from ${name} returning id`);
    });
    expect(deleted).toHaveLength(1);
  });
});

describe('decision logs are isolated by scope, through the decision_sync_events view too', () => {
  test('a user reads and logs their own scope; operators read every scope', async () => {
    await t.db.insert(decisionSyncEventLogs).values(['ops', 'ops', 'cx'].map((scope, i) => ({ decisionId: `d-${i}`, scope, status: 'success' as const })));
    const scopesIn = (table: typeof decisionSyncEventLogs | typeof decisionSyncEvents) => (db: typeof t.db) =>
      db.select({ scope: table.scope }).from(table).then((rows) => rows.map((row) => row.scope).sort());
    const ops: RequestClaims = { role: 'authenticated', scope: 'ops' };
    expect(await asRequest(t.db, ops, scopesIn(decisionSyncEventLogs))).toEqual(['ops', 'ops']);
    expect(await asRequest(t.db, ops, scopesIn(decisionSyncEvents))).toEqual(['ops', 'ops']);
    expect(await asRequest(t.db, { role: 'operator_readonly' }, scopesIn(decisionSyncEvents))).toEqual(['cx', 'ops', 'ops']);
    const refused = await refusal(t.db, (tx) => asRequest(tx, ops, (db) => db.insert(decisionSyncEventLogs).values({ decisionId: 'd-9', scope: 'cx', status: 'failure' })));
    expect(refused?.code).toBe(DENIED);
  });
});

describe('observability logs', () => {
  test('monitoring reads every line; a user reads INFO and WARN lines and those of their own requests', async () => {
    await t.db.insert(observabilityLogs).values([
      { level: 'INFO', message: 'health check', requestId: 'req-1' },
      { level: 'WARN', message: 'rate limit close', requestId: 'req-2' },
      { level: 'ERROR', message: 'signature mismatch', requestId: 'req-3' },
      { level: 'ERROR', message: 'timeout', requestId: 'req-4' },
    ]);
    const levels = (db: typeof t.db) => db.select({ requestId: observabilityLogs.requestId }).from(observabilityLogs).then((rows) => rows.map((row) => row.requestId).sort());
    expect(await asRequest(t.db, { role: 'monitoring_team' }, levels)).toEqual(['req-1', 'req-2', 'req-3', 'req-4']);
    expect(await asRequest(t.db, { role: 'authenticated', request_id: 'req-3' }, levels)).toEqual(['req-1', 'req-2', 'req-3']);
    expect((await refusal(t.db, (tx) => asRequest(tx, { role: 'ai_readonly' }, levels)))?.code).toBe(DENIED);
  });
});

describe('the Agent SDK tables are isolated by conversation', () => {
  async function twoConversations() {
    for (const conversationId of ['conv-1', 'conv-2']) {
      await t.db.insert(agentApprovals).values({ conversationId, serialized: { step: 1 } });
      await t.db.insert(agentFeedback).values({ conversationId, inputText: 'where is my order?', modelDraft: 'It ships tomorrow.' });
      await t.db.insert(agentQueries).values({ conversationId, query: 'order status', result: { rows: 1 }, agent: 'support', latencyMs: 40 });
    }
  }
  const operator: RequestClaims = { role: 'authenticated', conversation_id: 'conv-1' };

  test("a user reads their own conversation's approvals, feedback and queries only", async () => {
    await twoConversations();
    const seen = await asRequest(t.db, operator, async (db) => [
      ...(await db.select({ c: agentApprovals.conversationId }).from(agentApprovals)),
      ...(await db.select({ c: agentFeedback.conversationId }).from(agentFeedback)),
      ...(await db.select({ c: agentQueries.conversationId }).from(agentQueries)),
    ]);
    expect(seen.map((row) => row.c)).toEqual(['conv-1', 'conv-1', 'conv-1']);
    const reviewers = await asRequest(t.db, { role: 'qa_team' }, (db) => db.select({ c: agentFeedback.conversationId }).from(agentFeedback));
    expect(reviewers).toHaveLength(2);
  });

  test('only the service queues approvals; nobody but it deletes them', async () => {
    const insert = await refusal(t.db, (tx) => asRequest(tx, operator, (db) => db.insert(agentApprovals).values({ conversationId: 'conv-1', serialized: {} })));
    expect(insert?.code).toBe(DENIED);
    await asRequest(t.db, { role: 'service_role' }, (db) => db.insert(agentApprovals).values({ conversationId: 'conv-1', serialized: {} }));
    const remove = await refusal(t.db, (tx) => asRequest(tx, operator, (db) => db.delete(agentApprovals)));
    expect(remove?.code).toBe(DENIED);
  });

  test('the operator records a decision on their own query, only its approval columns, and no one else’s', async () => {
    await twoConversations();
    const updated = await asRequest(t.db, operator, (db) => db.update(agentQueries).set({ approved: true, humanEdited: true }).returning({ c: agentQueries.conversationId }));
    expect(updated).toEqual([{ c: 'conv-1' }]);
    const rewrite = await refusal(t.db, (tx) => asRequest(tx, operator, (db) => db.update(agentQueries).set({ query: 'something else' })));
    expect(rewrite?.code).toBe(DENIED);
    const [other] = await t.db.select({ approved: agentQueries.approved }).from(agentQueries).where(eq(agentQueries.conversationId, 'conv-2'));
    expect(other!.approved).toBeNull();
  });

  test('annotators annotate any feedback, but cannot rewrite what the model drafted', async () => {
    await twoConversations();
    const annotated = await asRequest(t.db, { role: 'annotator' }, (db) =>
      db.update(agentFeedback).set({ safeToSend: false, labels: ['unauthorized_action'], annotator: 'ann@hotrodan.example' }).returning({ id: agentFeedback.id }),
    );
    expect(annotated).toHaveLength(2);
    const rewrite = await refusal(t.db, (tx) => asRequest(tx, { role: 'annotator' }, (db) => db.update(agentFeedback).set({ modelDraft: 'better' })));
    expect(rewrite?.code).toBe(DENIED);
  });
});

describe('curated replies', () => {
  test('the webhook inserts, the AI and signed-in users read, anonymous requests get nothing', async () => {
    await asRequest(t.db, { role: 'support_webhook' }, (db) =>
      db.insert(supportCuratedReplies).values({ messageBody: 'Your order ships in 2 days.', approver: 'lead@hotrodan.example', tags: ['shipping'] }),
    );
    const read = (db: typeof t.db) => db.select({ tags: supportCuratedReplies.tags }).from(supportCuratedReplies);
    expect(await asRequest(t.db, { role: 'ai_readonly' }, read)).toEqual([{ tags: ['shipping'] }]);
    expect(await asRequest(t.db, userOf('A'), read)).toEqual([{ tags: ['shipping'] }]);
    expect((await refusal(t.db, (tx) => asRequest(tx, { role: 'anon' }, read)))?.code).toBe(DENIED);
    const forged = await refusal(t.db, (tx) => asRequest(tx, userOf('A'), (db) => db.insert(supportCuratedReplies).values({ messageBody: 'x', approver: 'me' })));
    expect(forged?.code).toBe(DENIED);
  });
});
