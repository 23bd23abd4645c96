import { refusal, restrictViolation, setupTestDatabase } from '@db/core/testing';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  lifeCeoChatMessages,
  lifeCeoChatMessageSchemas,
  lifeCeoConversations,
  lifeCeoDomains,
  lifeCeoGoals,
  lifeCeoMilestones,
  lifeCeoRecommendations,
  lifeCeoRecommendationSchemas,
  lifeCeoTasks,
  lifeCeoTaskSchemas,
  relations,
  users,
} from '../src/index.ts';
import { dancers } from './helpers.ts';

const t = setupTestDatabase({ database: 'mundo-tango', relations });

async function aGoal() {
  const [valeria] = await dancers(t.db, 'valeria');
  const [domain] = await t.db.insert(lifeCeoDomains).values({ name: 'Health', agentId: 'P66' }).returning({ id: lifeCeoDomains.id });
  const [goal] = await t.db
    .insert(lifeCeoGoals)
    .values({ userId: valeria!, domainId: domain!.id, title: 'Dance three milongas a week without knee pain' })
    .returning({ id: lifeCeoGoals.id });
  return { userId: valeria!, domainId: domain!.id, goalId: goal!.id };
}

describe('the Life CEO', () => {
  test('a goal’s milestones each hold their own place; deleting the goal takes them along and keeps its tasks, unlinked', async () => {
    const { userId, domainId, goalId } = await aGoal();
    await t.db.insert(lifeCeoMilestones).values([
      { goalId, position: 0, title: 'See a physiotherapist' },
      { goalId, position: 1, title: 'Strengthening routine for four weeks', targetValue: '28', currentValue: '3', unit: 'sessions' },
    ]);
    expect(await refusal(t.db, (tx) => tx.insert(lifeCeoMilestones).values({ goalId, position: 1, title: 'Buy new shoes' }))).toMatchObject({
      code: '23505',
      constraint: 'unique_life_ceo_milestone_position',
    });
    await t.db.insert(lifeCeoTasks).values({ userId, domainId, goalId, title: 'Book the physio', dueAt: new Date('2025-11-05T10:00:00') });
    await t.db.delete(lifeCeoGoals).where(eq(lifeCeoGoals.id, goalId));
    expect(await t.db.$count(lifeCeoMilestones)).toBe(0);
    expect(await t.db.select({ title: lifeCeoTasks.title, goalId: lifeCeoTasks.goalId }).from(lifeCeoTasks)).toEqual([{ title: 'Book the physio', goalId: null }]);
  });

  test('a task is done with its completion time, and only a done task has one (Zod and the database)', async () => {
    const { userId, domainId } = await aGoal();
    const task = { userId, domainId, title: 'Stretch after the milonga' };
    const doneWithoutTime = { ...task, status: 'done' as const };
    expect(lifeCeoTaskSchemas.insert.safeParse(doneWithoutTime).error?.issues[0]?.path).toEqual(['completedAt']);
    expect(await refusal(t.db, (tx) => tx.insert(lifeCeoTasks).values(doneWithoutTime))).toMatchObject({ code: '23514', constraint: 'life_ceo_tasks_status_completed_at_check' });
    const timeWithoutDone = { ...task, completedAt: new Date('2025-11-03T01:00:00') };
    expect(lifeCeoTaskSchemas.insert.safeParse(timeWithoutDone).error?.issues[0]?.path).toEqual(['completedAt']);
    expect(await refusal(t.db, (tx) => tx.insert(lifeCeoTasks).values(timeWithoutDone))).toMatchObject({ code: '23514', constraint: 'life_ceo_tasks_completed_at_status_check' });
    await t.db.insert(lifeCeoTasks).values(lifeCeoTaskSchemas.insert.parse({ ...doneWithoutTime, completedAt: new Date('2025-11-03T01:00:00') }));
    expect(await t.db.$count(lifeCeoTasks)).toBe(1);
  });

  test('a recommendation’s confidence lies between 0 and 1 (Zod and the database), and a pipeline rerun updates it in place', async () => {
    const { userId, domainId, goalId } = await aGoal();
    const recommendation = {
      userId,
      domainId,
      goalId,
      kind: 'habit' as const,
      title: 'Warm up before the first tanda',
      content: 'Ten minutes of ankle and hip mobility before you dance.',
      model: 'gpt-4o',
      confidence: '0.80',
      dedupeKey: 'warm-up:2025-W45',
    };
    await t.db.insert(lifeCeoRecommendations).values(lifeCeoRecommendationSchemas.insert.parse(recommendation));
    const rerun = { ...recommendation, content: 'Ten minutes of ankle, knee and hip mobility before you dance.', confidence: '0.85' };
    await t.db
      .insert(lifeCeoRecommendations)
      .values(rerun)
      .onConflictDoUpdate({ target: [lifeCeoRecommendations.userId, lifeCeoRecommendations.dedupeKey], set: { content: rerun.content, confidence: rerun.confidence } });
    expect(await t.db.select({ content: lifeCeoRecommendations.content, confidence: lifeCeoRecommendations.confidence }).from(lifeCeoRecommendations)).toEqual([
      { content: rerun.content, confidence: '0.85' },
    ]);
    const overconfident = { ...recommendation, dedupeKey: 'warm-up:2025-W46', confidence: '1.50' };
    expect(lifeCeoRecommendationSchemas.insert.safeParse(overconfident).error?.issues[0]?.path).toEqual(['confidence']);
    expect(await refusal(t.db, (tx) => tx.insert(lifeCeoRecommendations).values(overconfident))).toMatchObject({
      code: '23514',
      constraint: 'life_ceo_recommendations_confidence_check',
    });
  });

  test('a chat message sent twice by the app is stored once, and only the assistant’s messages name a model', async () => {
    const { userId, domainId } = await aGoal();
    const [chat] = await t.db.insert(lifeCeoConversations).values({ userId, domainId, title: 'Knee pain' }).returning({ id: lifeCeoConversations.id });
    const question = { chatId: chat!.id, role: 'user' as const, content: 'My knee hurts after ochos. What should I do?', clientMessageId: 'a1b2-0001' };
    await t.db.insert(lifeCeoChatMessages).values(question);
    await t.db.insert(lifeCeoChatMessages).values(question).onConflictDoNothing({ target: [lifeCeoChatMessages.chatId, lifeCeoChatMessages.clientMessageId] });
    await t.db.insert(lifeCeoChatMessages).values({ chatId: chat!.id, role: 'assistant', content: 'Pivot from the hip, not the knee.', model: 'gpt-4o', tokens: 412, latencyMs: 1800 });
    const history = await t.db.select({ role: lifeCeoChatMessages.role }).from(lifeCeoChatMessages).orderBy(asc(lifeCeoChatMessages.id));
    expect(history).toEqual([{ role: 'user' }, { role: 'assistant' }]);
    const userWithModel = { ...question, clientMessageId: 'a1b2-0002', model: 'gpt-4o' };
    expect(lifeCeoChatMessageSchemas.insert.safeParse(userWithModel).error?.issues[0]?.path).toEqual(['model']);
    expect(await refusal(t.db, (tx) => tx.insert(lifeCeoChatMessages).values(userWithModel))).toMatchObject({ code: '23514', constraint: 'life_ceo_chat_messages_model_role_check' });
  });

  test('a domain that chats still use cannot be deleted; a deleted user takes their chats and their messages along', async () => {
    const [martin] = await dancers(t.db, 'martin');
    const [finance] = await t.db.insert(lifeCeoDomains).values({ name: 'Finance', agentId: 'P67' }).returning({ id: lifeCeoDomains.id });
    const [chat] = await t.db.insert(lifeCeoConversations).values({ userId: martin!, domainId: finance!.id }).returning({ id: lifeCeoConversations.id });
    await t.db.insert(lifeCeoChatMessages).values({ chatId: chat!.id, role: 'user', content: 'Can I afford the Buenos Aires festival?' });
    expect(await refusal(t.db, (tx) => tx.delete(lifeCeoDomains).where(eq(lifeCeoDomains.id, finance!.id)))).toMatchObject({
      code: restrictViolation,
      constraint: 'life_ceo_conversations_domain_id_life_ceo_domains_id_fk',
    });
    await t.db.delete(users).where(eq(users.id, martin!));
    expect(await t.db.$count(lifeCeoConversations)).toBe(0);
    expect(await t.db.$count(lifeCeoChatMessages)).toBe(0);
    await t.db.delete(lifeCeoDomains).where(eq(lifeCeoDomains.id, finance!.id));
  });
});
