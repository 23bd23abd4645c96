import { queryRows } from '@db/core';
import { fixtureKit, refusal, setupTestDatabase, templateOf, workerDatabase } from '@db/core/testing';
import { anotherUserProfile } from '@db/users/fixtures';
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { equineCatalog, horses, userProfiles } from '../src/index.ts';
import { fixtures } from './catalog.ts';

/** The harness itself: each test runs in a transaction that is rolled back; `commits()` opts out. */
const t = setupTestDatabase();
const { seed, insertFixture, rowCount } = fixtureKit(t, equineCatalog, fixtures);

/** Whether successive statements share one transaction (our test transaction) rather than each its own. */
const inTransactionBlock = async () => {
  const xid = async () => (await queryRows<{ xid: string }>(t.db, 'select pg_current_xact_id()::text as xid'))[0]!.xid;
  return (await xid()) === (await xid());
};

describe('rollback isolation (tests in this block run in order)', () => {
  test('a test writes rows', async () => {
    await seed(horses);
    expect(await rowCount(horses)).toBe(1);
    expect(await inTransactionBlock()).toBe(true);
  });

  test('the next test sees none of them', async () => {
    expect(await rowCount(horses)).toBe(0);
    expect(await rowCount(userProfiles)).toBe(0);
  });
});

test('db.transaction() inside a test is a savepoint: its failure undoes only itself', async () => {
  const { ref } = await seed(userProfiles);
  const failed = t.db.transaction(async (tx) => {
    await tx.insert(userProfiles).values(equineCatalog.user_profiles!.insert.parse(anotherUserProfile('inside')) as never);
    throw new Error('abandon the nested transaction');
  });
  await expect(failed).rejects.toThrow('abandon the nested transaction');
  expect(await rowCount(userProfiles)).toBe(1);
  await insertFixture(userProfiles, ref, anotherUserProfile('after'));
  expect(await rowCount(userProfiles)).toBe(2);
});

test('a refused statement leaves the test transaction usable', async () => {
  const { ref } = await seed(userProfiles);
  const duplicate = await refusal(t.db, () => insertFixture(userProfiles, ref));
  expect(duplicate?.code).toBe('23505');
  await insertFixture(userProfiles, ref, anotherUserProfile('still-usable'));
  expect(await rowCount(userProfiles)).toBe(2);
});

describe('a test that commits (tests in this block run in order)', () => {
  test('commits(): its writes outlive a ROLLBACK', async () => {
    await t.commits(horses);
    expect(await inTransactionBlock()).toBe(false);
    await seed(horses);
    await t.db.execute(sql`rollback`); // outside a transaction block: a no-op with a warning
    expect(await rowCount(horses)).toBe(1);
  });

  test('the next test finds the committed tables and their parents emptied', async () => {
    expect(await rowCount(horses)).toBe(0);
    expect(await rowCount(userProfiles)).toBe(0);
  });
});

test("committed rows are what the check after each file sees (it fails the file and discards the worker's copy)", async () => {
  const shared = await workerDatabase(templateOf('equine'));
  expect(await shared.changedTables(t.db)).toEqual([]);
  await t.commits(horses);
  await seed(horses);
  expect(await shared.changedTables(t.db)).toEqual(['public.horses (0 rows, now 1)', 'public.user_profiles (0 rows, now 1)']);
});
