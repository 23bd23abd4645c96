import { refusal, restrictViolation, setupTestDatabase } from '@db/core/testing';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  agentCommunications,
  agentCommunicationSchemas,
  agentTasks,
  agentTaskSchemas,
  esaAgents,
  predictionCache,
  relations,
  userPatterns,
  userPatternSchemas,
  users,
  validationChecks,
  validationCheckSchemas,
} from '../src/index.ts';
import { dancers } from './helpers.ts';

const t = setupTestDatabase({ database: 'mundo-tango', relations });

async function anAgentAndItsAdmin() {
  const [admin] = await dancers(t.db, 'sofia');
  const [agent] = await t.db.insert(esaAgents).values({ agentCode: 'E23', agentName: 'Events Page Agent', agentType: 'page', status: 'active' }).returning({ id: esaAgents.id });
  return { admin: admin!, agentId: agent!.id };
}

describe('what the ESA agents are given, say and find', () => {
  test('a task waits in the pool without an agent, but nothing starts without one (Zod and the database)', async () => {
    const { admin, agentId } = await anAgentAndItsAdmin();
    await t.db.insert(agentTasks).values(agentTaskSchemas.insert.parse({ title: 'Audit the events page', assignedBy: admin }));
    const unassigned = { title: 'Fix the RSVP button', assignedBy: admin, status: 'in_progress' } as const;
    expect(agentTaskSchemas.insert.safeParse(unassigned).error?.issues[0]?.path).toEqual(['agentId']);
    expect(await refusal(t.db, (tx) => tx.insert(agentTasks).values(unassigned))).toMatchObject({ code: '23514', constraint: 'agent_tasks_status_agent_id_check' });
    await t.db.insert(agentTasks).values(agentTaskSchemas.insert.parse({ ...unassigned, agentId, assignedAt: new Date(), startedAt: new Date() }));
  });

  test('an H2AC message has exactly one sender, and a sender’s retry is stored once', async () => {
    const { admin, agentId } = await anAgentAndItsAdmin();
    const message = { fromUserId: admin, toAgentId: agentId, messageType: 'instruction', content: 'Check the Tuesday milongas', clientMessageId: 'h2ac-7f3k-0001' } as const;
    await t.db.insert(agentCommunications).values(agentCommunicationSchemas.insert.parse(message));
    await t.db.insert(agentCommunications).values(message).onConflictDoNothing({ target: agentCommunications.clientMessageId });
    expect(await t.db.$count(agentCommunications)).toBe(1);
    const twoSenders = { ...message, fromAgentId: agentId, clientMessageId: 'h2ac-7f3k-0002' };
    expect(agentCommunicationSchemas.insert.safeParse(twoSenders).success).toBe(false);
    expect(await refusal(t.db, (tx) => tx.insert(agentCommunications).values(twoSenders))).toMatchObject({ code: '23514', constraint: 'agent_communications_from_agent_id_from_user_id_check' });
  });

  test('a validation run reported again updates its checks in place; a score is 0-100', async () => {
    const { agentId } = await anAgentAndItsAdmin();
    const check = { agentId, runId: 'run-2025-11-02-01', checkName: 'events_page_contrast', category: 'accessibility', status: 'warning', score: 71 } as const;
    await t.db.insert(validationChecks).values(validationCheckSchemas.insert.parse(check));
    await t.db
      .insert(validationChecks)
      .values({ ...check, status: 'passed', score: 96 })
      .onConflictDoUpdate({ target: [validationChecks.agentId, validationChecks.runId, validationChecks.checkName], set: { status: 'passed', score: 96 } });
    expect(await t.db.select({ status: validationChecks.status, score: validationChecks.score }).from(validationChecks)).toEqual([{ status: 'passed', score: 96 }]);
    const overshoot = { ...check, checkName: 'events_page_lcp', score: 140 };
    expect(validationCheckSchemas.insert.safeParse(overshoot).error?.issues[0]?.path).toEqual(['score']);
    expect(await refusal(t.db, (tx) => tx.insert(validationChecks).values(overshoot))).toMatchObject({ code: '23514', constraint: 'validation_checks_score_check' });
  });

  test('the learner keeps one row per user, pattern type and key, counting each sighting; confidence is 0-1', async () => {
    const [valeria] = await dancers(t.db, 'valeria');
    const pattern = { userId: valeria!, patternType: 'event_attendance', patternKey: 'milonga:palermo:tue', confidence: '0.600' } as const;
    await t.db.insert(userPatterns).values(userPatternSchemas.insert.parse(pattern));
    expect(await refusal(t.db, (tx) => tx.insert(userPatterns).values(pattern))).toMatchObject({ code: '23505', constraint: 'unique_user_pattern' });
    await t.db
      .insert(userPatterns)
      .values({ ...pattern, confidence: '0.750' })
      .onConflictDoUpdate({
        target: [userPatterns.userId, userPatterns.patternType, userPatterns.patternKey],
        set: { confidence: '0.750', occurrences: sql`${userPatterns.occurrences} + 1`, lastSeenAt: new Date() },
      });
    expect(await t.db.select({ occurrences: userPatterns.occurrences, confidence: userPatterns.confidence }).from(userPatterns)).toEqual([{ occurrences: 2, confidence: '0.750' }]);
    expect(userPatternSchemas.insert.safeParse({ ...pattern, confidence: '1.200' }).success).toBe(false);
    expect(await refusal(t.db, (tx) => tx.insert(userPatterns).values({ ...pattern, patternKey: 'feed@22h', confidence: '1.200' }))).toMatchObject({ code: '23514', constraint: 'user_patterns_confidence_check' });
  });

  test('re-warming a prediction replaces it under its cache key; it must expire after it was computed', async () => {
    const [valeria] = await dancers(t.db, 'valeria');
    const computedAt = new Date('2025-11-02T22:00:00');
    const warm = (payload: number[]) => ({ userId: valeria!, cacheKey: `events:${valeria}:v3`, predictionType: 'event_recommendations', payload, computedAt, expiresAt: new Date('2025-11-03T22:00:00') }) as const;
    await t.db.insert(predictionCache).values({ ...warm([11, 4]), hitCount: 5 });
    await t.db.insert(predictionCache).values(warm([4, 19])).onConflictDoUpdate({ target: predictionCache.cacheKey, set: { payload: [4, 19], hitCount: 0 } });
    expect(await t.db.select({ payload: predictionCache.payload, hitCount: predictionCache.hitCount }).from(predictionCache)).toEqual([{ payload: [4, 19], hitCount: 0 }]);
    const stale = await refusal(t.db, (tx) => tx.update(predictionCache).set({ expiresAt: computedAt }));
    expect(stale).toMatchObject({ code: '23514', constraint: 'prediction_cache_computed_at_expires_at_check' });
  });

  test('a user’s patterns go with them; an agent with tasks cannot be deleted, its validation checks go with it', async () => {
    const { admin, agentId } = await anAgentAndItsAdmin();
    await t.db.insert(userPatterns).values({ userId: admin, patternType: 'navigation', patternKey: 'feed@22h' });
    await t.db.insert(agentTasks).values({ title: 'Audit the events page', agentId, assignedAt: new Date(), status: 'assigned', assignedBy: admin });
    await t.db.delete(users).where(eq(users.id, admin));
    expect(await t.db.$count(userPatterns)).toBe(0);
    expect(await t.db.select({ assignedBy: agentTasks.assignedBy }).from(agentTasks)).toEqual([{ assignedBy: null }]);
    expect(await refusal(t.db, (tx) => tx.delete(esaAgents).where(eq(esaAgents.id, agentId)))).toMatchObject({ code: restrictViolation, constraint: 'agent_tasks_agent_id_esa_agents_id_fk' });
    await t.db.delete(agentTasks);
    await t.db.insert(validationChecks).values({ agentId, runId: 'run-1', checkName: 'events_page_contrast', category: 'accessibility', status: 'passed' });
    await t.db.delete(esaAgents).where(eq(esaAgents.id, agentId));
    expect(await t.db.$count(validationChecks)).toBe(0);
  });
});
