import { queryRows } from '@db/core';
import { setupTestDatabase } from '@db/core/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { agentTasks, events, messageQueue, relations, userMessageBudget } from '../src/index.ts';
import { member } from './helpers.ts';

const t = setupTestDatabase({ database: 'yachtparty', relations });
const call = async (fn: string) => (await queryRows<{ n: number }>(t.db, `select ${fn}() as n`))[0]!.n;

describe("migration 005's batch and monitoring functions (what pg_cron runs where it exists)", () => {
  test('process_tasks_batch() publishes agent.task_ready for due pending tasks, most urgent first, and marks them processing', async () => {
    const { user } = await member(t.db);
    const task = (priority: 'low' | 'urgent', minutesFromNow: number) => ({
      taskType: 're_engagement_check',
      agentType: 'bouncer',
      userId: user.id,
      priority,
      scheduledFor: new Date(Date.now() + minutesFromNow * 60_000),
      contextJson: {},
    });
    await t.db.insert(agentTasks).values([task('low', -10), task('urgent', -1), task('urgent', 60)]);
    expect(await queryRows(t.db, 'select agent_type, task_type, pending_count::int from get_pending_tasks_count()')).toEqual([
      { agent_type: 'bouncer', task_type: 're_engagement_check', pending_count: 2 },
    ]);

    expect(await call('process_tasks_batch')).toBe(2);
    const published = await t.db.select().from(events).where(eq(events.eventType, 'agent.task_ready'));
    expect(published).toHaveLength(2);
    expect(await t.db.select({ status: agentTasks.status }).from(agentTasks).orderBy(agentTasks.scheduledFor)).toEqual([
      { status: 'processing' },
      { status: 'processing' },
      { status: 'pending' },
    ]);
    expect(await call('process_tasks_batch')).toBe(0);
  });

  test("process_outbound_messages() announces approved due messages, except for users past today's budget", async () => {
    const { user: within } = await member(t.db, '+14155550201');
    const { user: spent } = await member(t.db, '+14155550202');
    const queued = (userId: string) => ({ userId, agentId: 'account_manager', messageData: {}, finalMessage: 'A new intro for you', scheduledFor: new Date(Date.now() - 60_000), status: 'approved' });
    await t.db.insert(messageQueue).values([queued(within.id), queued(spent.id)]);
    await t.db.insert(userMessageBudget).values({ userId: spent.id, date: new Date().toISOString().slice(0, 10), messagesSent: 5, dailyLimit: 5 });
    expect(await queryRows(t.db, 'select status, queued_count::int from get_queued_messages_count()')).toEqual([{ status: 'approved', queued_count: 2 }]);

    expect(await call('process_outbound_messages')).toBe(1);
    const [announced] = await t.db.select().from(events).where(eq(events.eventType, 'message.ready_to_send'));
    expect(announced!.payload).toMatchObject({ user_id: within.id, message: 'A new intro for you' });
  });
});
