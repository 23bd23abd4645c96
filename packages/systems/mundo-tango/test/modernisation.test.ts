import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { queryRows } from '@db/core';
import { setupTestDatabase } from '@db/core/testing';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { createDb, migrate, migrationsFolder, modernisationFolder, modernise, posts, relations, users } from '../src/index.ts';
import { dancers } from './helpers.ts';

const t = setupTestDatabase({ database: 'mundo-tango', relations });
const [modernisation] = readdirSync(modernisationFolder);
const modernisationSql = readFileSync(join(modernisationFolder, modernisation!, 'migration.sql'), 'utf8');

/** What is left to modernise in the test's database: timestamp columns, serial defaults, and the identity columns. */
const remaining = async () => {
  const [row] = await queryRows<{ timestamps: number; serials: number; identities: number }>(
    t.db,
    `select count(*) filter (where data_type = 'timestamp without time zone')::int as timestamps,
            count(*) filter (where column_default like 'nextval(%')::int as serials,
            count(*) filter (where is_identity = 'YES')::int as identities
       from information_schema.columns where table_schema = current_schema()`,
  );
  return row!;
};

describe('the opt-in modernisation (timestamptz, identity)', () => {
  test('every timestamp becomes a timestamptz holding the same UTC instant, read back as the same Date', async () => {
    const [valeria] = await dancers(t.db, 'valeria');
    const written = new Date('2025-03-01T23:30:00.250Z');
    await t.db.update(users).set({ createdAt: written }).where(eq(users.id, valeria!));
    const before = await remaining();
    expect(before.timestamps).toBeGreaterThan(40);

    // A session in another zone: the conversion must still read the stored wall-clock times as UTC.
    await t.db.execute(sql`set local time zone 'America/Argentina/Buenos_Aires'`);
    await t.db.execute(sql.raw(modernisationSql));

    expect((await remaining()).timestamps).toBe(0);
    const [stored] = await queryRows<{ same: boolean }>(t.db, sql`select created_at = '2025-03-01T23:30:00.250Z'::timestamptz as same from users where id = ${valeria}`);
    expect(stored!.same).toBe(true);
    const [read] = await t.db.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, valeria!));
    expect(read!.createdAt).toEqual(written);
    await t.db.insert(posts).values({ userId: valeria!, content: 'Modern times', createdAt: written });
    const nested = await t.db.query.posts.findFirst({ with: { author: { columns: { createdAt: true } } }, columns: { createdAt: true } });
    expect(nested).toEqual({ createdAt: written, author: { createdAt: written } });
  });

  test('every serial id becomes an identity that continues after the old sequence, not after the largest id', async () => {
    const [martin, gone] = await dancers(t.db, 'martin', 'gone');
    await t.db.delete(users).where(eq(users.id, gone!));
    const before = await remaining();
    expect(before.serials).toBeGreaterThan(40);

    await t.db.execute(sql.raw(modernisationSql));

    expect(await remaining()).toMatchObject({ serials: 0, identities: before.serials + before.identities });
    const [sofia] = await dancers(t.db, 'sofia');
    expect(sofia).toBe(gone! + 1);
    const [post] = await t.db.insert(posts).values({ userId: martin!, content: 'Still counting' }).returning({ id: posts.id });
    expect(post!.id).toBeGreaterThan(0);
  });

  test('modernise() is its own series: migrate still builds the documented schema, and a second run does nothing', async () => {
    const connection = await createDb();
    try {
      await migrate(connection);
      await modernise(connection);
      await modernise(connection);
      const [counts] = await queryRows<{ main: number; modernisation: number }>(
        connection.db,
        `select (select count(*) from drizzle.__drizzle_migrations)::int as main, (select count(*) from drizzle.__drizzle_modernisation)::int as modernisation`,
      );
      expect(counts).toEqual({ main: readdirSync(migrationsFolder).length, modernisation: 1 });
      const [type] = await queryRows<{ data_type: string }>(connection.db, `select data_type from information_schema.columns where table_name = 'posts' and column_name = 'created_at'`);
      expect(type!.data_type).toBe('timestamp with time zone');
    } finally {
      await connection.close();
    }
  });
});
