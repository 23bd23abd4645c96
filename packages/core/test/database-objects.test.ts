import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  appendOnly,
  connect,
  type Connection,
  createdAt,
  databaseObjectsSql,
  domainTable,
  id,
  purgeOlderThan,
  queryRows,
} from '../src/index.ts';
import { refusal } from '../src/testing/index.ts';

const deliveries = domainTable('deliveries', { id: id(), status: text().notNull(), ...createdAt() });
const objects = [...appendOnly(deliveries), ...purgeOlderThan(deliveries, deliveries.createdAt, '90 days')];

let connection: Connection;
beforeAll(async () => {
  connection = await connect();
  await connection.db.execute(sql.raw('create table deliveries (id uuid primary key default gen_random_uuid(), status text not null, created_at timestamptz not null default now())'));
  for (const statement of databaseObjectsSql(objects).split('--> statement-breakpoint')) await connection.db.execute(sql.raw(statement));
  await connection.db.execute(sql`insert into deliveries (status, created_at) values ('old', now() - interval '100 days'), ('recent', now() - interval '10 days')`);
});
afterAll(() => connection.close());

const statuses = async () => (await queryRows<{ status: string }>(connection.db, 'select status from deliveries order by created_at')).map((row) => row.status);
const failure = async (statement: string) => (await refusal(connection.db, (tx) => tx.execute(sql.raw(statement))))?.code;

describe('purgeOlderThan: retention for an append-only log', () => {
  test('the purge deletes only rows older than the kept period, through the append-only trigger', async () => {
    expect(await failure('delete from deliveries')).toBe('23001');
    const [purged] = await queryRows<{ purged: string }>(connection.db, 'select purge_deliveries() as purged');
    expect(Number(purged!.purged)).toBe(1);
    expect(await statuses()).toEqual(['recent']);
  });

  test('outside the purge, deletes and updates are still refused', async () => {
    expect(await failure('delete from deliveries')).toBe('23001');
    expect(await failure("update deliveries set status = 'edited'")).toBe('23001');
    expect(await statuses()).toEqual(['recent']);
  });
});
