import { connect, queryRows } from '@db/core';
import { databaseUrl, setupTestDatabase } from '@db/core/testing';
import { describe, expect, test } from 'vitest';
import { agentTasks, claimDueTasks, findOrCreateUser, relations, TASK_PRIORITIES } from '../src/index.ts';
import { member } from './helpers.ts';

const t = setupTestDatabase({ database: 'yachtparty', relations });
const server = process.env.DATABASE_URL;

describe('claimDueTasks under concurrency', () => {
  test.runIf(server)('on PostgreSQL, 8 workers claiming at once never claim a task twice and lose none', async () => {
    await t.commits(agentTasks);
    const user = await findOrCreateUser(t.db, { phoneNumber: '+14155550100' });
    const total = 400;
    await t.db.insert(agentTasks).values(
      Array.from({ length: total }, (_, i) => ({
        taskType: 're_engagement_check',
        agentType: 'bouncer',
        userId: user.id,
        priority: TASK_PRIORITIES[i % 4]!,
        scheduledFor: new Date(Date.now() - (i + 1) * 1000),
        contextJson: { n: i },
      })),
    );
    const [{ name }] = (await queryRows<{ name: string }>(t.db, 'select current_database() as name')) as [{ name: string }];
    const workers = await Promise.all(Array.from({ length: 8 }, () => connect({ url: databaseUrl(server!, name) })));
    try {
      const claims = await Promise.all(
        workers.map(async (worker) => {
          const mine: string[] = [];
          for (;;) {
            const batch = await claimDueTasks(worker.db, { limit: 3 });
            if (!batch.length) return mine;
            mine.push(...batch.map((task) => task.id));
          }
        }),
      );
      const all = claims.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(all).toHaveLength(total);
      expect(claims.filter((mine) => mine.length > 0).length).toBeGreaterThan(1);
      const [{ left }] = (await queryRows<{ left: number }>(t.db, `select count(*)::int as left from agent_tasks where status <> 'processing'`)) as [{ left: number }];
      expect(left).toBe(0);
    } finally {
      await Promise.all(workers.map((worker) => worker.close()));
    }
  });

  test('on any database, two claims in a row never return the same task', async () => {
    const { user } = await member(t.db);
    await t.db.insert(agentTasks).values(Array.from({ length: 10 }, () => ({ taskType: 'x', agentType: 'bouncer', userId: user.id, scheduledFor: new Date(Date.now() - 1000), contextJson: {} })));
    const first = await claimDueTasks(t.db, { limit: 6 });
    const second = await claimDueTasks(t.db, { limit: 6 });
    expect(first).toHaveLength(6);
    expect(second).toHaveLength(4);
    expect(second.filter((task) => first.some((other) => other.id === task.id))).toEqual([]);
  });
});
