import { refusal, setupTestDatabase } from '@db/core/testing';
import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { ZodError } from 'zod';
import {
  agentTasks,
  claimDueTasks,
  conversations,
  findOrCreateActiveConversation,
  findOrCreateUser,
  messages,
  recentMessages,
  recordMessage,
  relations,
  scheduleFollowUp,
  TASK_PRIORITIES,
  updateOnboarding,
  users,
  verifyUser,
} from '../src/index.ts';
import { member } from './helpers.ts';

const t = setupTestDatabase({ database: 'yachtparty', relations });
const rows = async (table: typeof users | typeof conversations | typeof messages | typeof agentTasks) => (await t.db.select({ n: count() }).from(table))[0]!.n;
/** The Zod issues of a refused call, as `field: message`. */
const issues = async (call: () => Promise<unknown>) => {
  const error = await call().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ZodError);
  return (error as ZodError).issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the inbound webhook', () => {
  test('a number finds its user, or creates an unverified one with the Bouncer; the same number finds the same user', async () => {
    const created = await findOrCreateUser(t.db, { phoneNumber: '+14155551234' });
    expect(created).toMatchObject({ phoneNumber: '+14155551234', verified: false, pocAgentType: 'bouncer', creditBalance: 0, statusLevel: 'member' });
    const found = await findOrCreateUser(t.db, { phoneNumber: '+14155551234' });
    expect(found.id).toBe(created.id);
    expect(await rows(users)).toBe(1);
  });

  test('the active conversation is found, or created; a closed one is not reused', async () => {
    const { user, conversation } = await member(t.db);
    expect((await findOrCreateActiveConversation(t.db, { userId: user.id, phoneNumber: user.phoneNumber })).id).toBe(conversation.id);
    await t.db.update(conversations).set({ status: 'closed' }).where(eq(conversations.id, conversation.id));
    const fresh = await findOrCreateActiveConversation(t.db, { userId: user.id, phoneNumber: user.phoneNumber });
    expect(fresh.id).not.toBe(conversation.id);
    expect(fresh.status).toBe('active');
  });

  test('inbound and outbound messages are recorded; the history is the last 20, newest first', async () => {
    const { user, conversation } = await member(t.db);
    for (let i = 1; i <= 25; i++) {
      await recordMessage(t.db, { conversationId: conversation.id, userId: user.id, role: i % 2 ? 'user' : 'concierge', content: `message ${i}`, direction: i % 2 ? 'inbound' : 'outbound' });
    }
    const history = await recentMessages(t.db, conversation.id);
    expect(history).toHaveLength(20);
    const order = history.map((message) => message.createdAt!.getTime());
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  test('bad input is refused with the field named, and nothing is written', async () => {
    const { user, conversation } = await member(t.db);
    const before = { users: await rows(users), conversations: await rows(conversations), messages: await rows(messages) };
    expect(await issues(() => findOrCreateUser(t.db, { phoneNumber: '4155551234' }))).toEqual(['phoneNumber: must be an E.164 phone number such as +353871234567']);
    expect(await issues(() => findOrCreateUser(t.db, {} as { phoneNumber: string }))).toEqual([expect.stringMatching(/^phoneNumber: /)]);
    expect(
      await issues(() => recordMessage(t.db, { conversationId: conversation.id, userId: user.id, role: 'user', content: 'hi', direction: 'sideways' as 'inbound' })),
    ).toEqual([expect.stringMatching(/^direction: .*inbound.*outbound/)]);
    expect(await issues(() => recordMessage(t.db, { conversationId: conversation.id, userId: user.id, role: 'user', content: '', direction: 'inbound' }))).toEqual([
      'content: must not be empty',
    ]);
    expect(await issues(() => updateOnboarding(t.db, user.id, { email: 'jane at acme' }))).toEqual(['email: must be an email address']);
    expect({ users: await rows(users), conversations: await rows(conversations), messages: await rows(messages) }).toEqual(before);
  });

  test('the added CHECKs refuse what Zod refuses, for writers that bypass this package', async () => {
    const { user, conversation } = await member(t.db);
    const raw = (direction: string) =>
      refusal(t.db, (tx) =>
        tx.execute(sql`insert into messages (conversation_id, user_id, role, content, direction) values (${conversation.id}, ${user.id}, 'user', 'hi', ${direction})`),
      );
    expect(await raw('sideways')).toMatchObject({ code: '23514', constraint: 'messages_direction_check' });
    expect(await refusal(t.db, (tx) => tx.execute(sql`update users set phone_number = '4155551234' where id = ${user.id}`))).toMatchObject({
      code: '23514',
      constraint: 'users_phone_number_format_check',
    });
    expect(await raw('inbound')).toBeUndefined();
  });

  test('a message for a conversation that does not exist is refused by its foreign key', async () => {
    const { user } = await member(t.db);
    const refused = await refusal(t.db, () =>
      recordMessage(t.db, { conversationId: '00000000-0000-4000-8000-000000000000', userId: user.id, role: 'user', content: 'hi', direction: 'inbound' }),
    );
    expect(refused).toMatchObject({ code: '23503', constraint: 'messages_conversation_id_fkey' });
  });
});

describe('onboarding and verification', () => {
  test('onboarding fills the profile; verification hands the user to the Concierge', async () => {
    const { user } = await member(t.db);
    const onboarded = await updateOnboarding(t.db, user.id, { firstName: 'Jane', lastName: 'Smith', company: 'Acme Corp', email: 'jane@acme.example' });
    expect(onboarded).toMatchObject({ firstName: 'Jane', lastName: 'Smith', company: 'Acme Corp', email: 'jane@acme.example', verified: false });
    expect(await verifyUser(t.db, user.id)).toMatchObject({ verified: true, pocAgentType: 'concierge' });
  });
});

describe('agent tasks', () => {
  test('a follow-up is scheduled 24 hours ahead by default, and is not due before then', async () => {
    const { user, conversation } = await member(t.db);
    const task = await scheduleFollowUp(t.db, { userId: user.id, conversationId: conversation.id, lastStep: 'requested_email' });
    expect(task).toMatchObject({ taskType: 'schedule_followup', agentType: 'bouncer', status: 'pending', createdBy: 'bouncer_agent', contextJson: { conversation_id: conversation.id, last_step: 'requested_email' } });
    const hoursAhead = (task.scheduledFor.getTime() - Date.now()) / 3_600_000;
    expect(hoursAhead).toBeGreaterThan(23.9);
    expect(hoursAhead).toBeLessThan(24.1);
    expect(await claimDueTasks(t.db)).toEqual([]);
  });

  test('due tasks are claimed most urgent first, then oldest, each once', async () => {
    const { user } = await member(t.db);
    const due = (priority: (typeof TASK_PRIORITIES)[number], minutesAgo: number) => ({
      taskType: 're_engagement_check',
      agentType: 'bouncer',
      userId: user.id,
      priority,
      scheduledFor: new Date(Date.now() - minutesAgo * 60_000),
      contextJson: {},
    });
    await t.db.insert(agentTasks).values([due('low', 90), due('urgent', 5), due('medium', 60), due('urgent', 30), due('high', 1)]);
    const first = await claimDueTasks(t.db, { limit: 3 });
    expect(first.map((task) => task.priority)).toEqual(['urgent', 'urgent', 'high']);
    expect(first[0]!.scheduled_for.getTime()).toBeLessThan(first[1]!.scheduled_for.getTime());
    const rest = await claimDueTasks(t.db, { limit: 10 });
    expect(rest.map((task) => task.priority)).toEqual(['medium', 'low']);
    expect(await claimDueTasks(t.db)).toEqual([]);
    expect(await t.db.select({ status: agentTasks.status }).from(agentTasks)).toEqual(Array(5).fill({ status: 'processing' }));
  });
});
