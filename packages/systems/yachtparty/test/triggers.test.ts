import { queryRows } from '@db/core';
import { setupTestDatabase } from '@db/core/testing';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, test, vi } from 'vitest';
import { agentTasks, conversations, creditEvents, messages, recordMessage, relations, users } from '../src/index.ts';
import { listen, member } from './helpers.ts';

const t = setupTestDatabase({ database: 'yachtparty', relations });

describe('check_conversation_summary(): a summary task every 50 messages', () => {
  test('the 50th message creates exactly one summary task and resets the counter', async () => {
    const { user, conversation } = await member(t.db);
    const say = () => recordMessage(t.db, { conversationId: conversation.id, userId: user.id, role: 'user', content: 'hello', direction: 'inbound' });
    const summaryTasks = () => t.db.select().from(agentTasks).where(eq(agentTasks.taskType, 'create_conversation_summary'));
    const counter = async () => (await t.db.select().from(conversations).where(eq(conversations.id, conversation.id)))[0]!.messagesSinceSummary;

    for (let i = 0; i < 49; i++) await say();
    expect(await counter()).toBe(49);
    expect(await summaryTasks()).toEqual([]);

    await say();
    expect(await counter()).toBe(0);
    const [task, ...more] = await summaryTasks();
    expect(more).toEqual([]);
    expect(task).toMatchObject({ agentType: 'system', status: 'pending', priority: 'medium', createdBy: 'conversation_summary_trigger', contextJson: { conversation_id: conversation.id } });

    await say();
    expect(await counter()).toBe(1);
    expect(await summaryTasks()).toHaveLength(1);
  });
});

describe("notify_send_sms(): the SMS critical path", () => {
  test("an outbound pending message is announced on 'send_sms' and becomes 'queued_for_send'; an inbound one is not", async () => {
    await t.commits(messages);
    const { user, conversation } = await member(t.db);
    const channel = await listen(t.db, 'send_sms');
    try {
      const inbound = await recordMessage(t.db, { conversationId: conversation.id, userId: user.id, role: 'user', content: 'Can you help me find a CRM?', direction: 'inbound' });
      const outbound = await recordMessage(t.db, { conversationId: conversation.id, userId: user.id, role: 'concierge', content: 'I can help with that.', direction: 'outbound' });
      expect(inbound.status).toBeNull();
      expect(outbound.status).toBe('queued_for_send');
      await vi.waitFor(() => expect(channel.received).toHaveLength(1));
      expect(JSON.parse(channel.received[0]!)).toMatchObject({ id: outbound.id, direction: 'outbound', status: 'pending', content: 'I can help with that.' });
    } finally {
      await channel.stop();
    }
  });
});

describe('handle_phone_number_change(), as fixed', () => {
  test('a new number archives the old one and closes the conversations on it', async () => {
    const { user, conversation } = await member(t.db, '+14155550111');
    await t.db.update(users).set({ phoneNumber: '+14155550999' }).where(eq(users.id, user.id));

    const [changed] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(changed!.phoneNumber).toBe('+14155550999');
    expect(changed!.phoneNumberHistory).toEqual([{ phone_number: '+14155550111', changed_at: expect.any(String), changed_reason: 'user_update' }]);
    const [closed] = await t.db.select().from(conversations).where(eq(conversations.id, conversation.id));
    expect(closed!.status).toBe('closed');

    await t.db.update(users).set({ phoneNumber: '+14155550888' }).where(eq(users.id, user.id));
    const [again] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect((again!.phoneNumberHistory as { phone_number: string }[]).map((entry) => entry.phone_number)).toEqual(['+14155550111', '+14155550999']);
  });

  test('other updates leave the history alone', async () => {
    const { user } = await member(t.db, '+14155550112');
    await t.db.update(users).set({ firstName: 'Jane' }).where(eq(users.id, user.id));
    const [unchanged] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(unchanged!.phoneNumberHistory).toEqual([]);
  });
});

describe('update_user_credit_cache(): users.credit_balance follows user_credit_balances', () => {
  test('processed events update the cache to the view; unprocessed ones count once processed', async () => {
    const { user } = await member(t.db);
    const award = (amount: number, key: string, processed: boolean) =>
      t.db.insert(creditEvents).values({ userId: user.id, amount, eventType: 'intro_completed', idempotencyKey: key, processed }).returning();
    const cached = async () => (await t.db.select().from(users).where(eq(users.id, user.id)))[0]!.creditBalance;
    const view = async () => (await queryRows<{ balance: number }>(t.db, sql`select balance from user_credit_balances where user_id = ${user.id}`))[0]?.balance;

    await award(50, 'intro-1', true);
    await award(-20, 'spend-1', true);
    expect(await cached()).toBe(30);
    expect(await view()).toBe(30);

    const [pending] = await award(25, 'answer-1', false);
    expect(await cached()).toBe(30);
    await t.db.update(creditEvents).set({ processed: true }).where(eq(creditEvents.id, pending!.id));
    expect(await cached()).toBe(55);
    expect(await view()).toBe(55);
  });
});
