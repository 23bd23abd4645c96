/** `pnpm db:migrate yachtparty`: applies the yachtparty migrations (.data/yachtparty, or DATABASE_URL). */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { queryRows } from '@db/core';
import { createConfiguredDb, localDataDir, migrate } from '../src/index.ts';

if (!process.env.DATABASE_URL) await mkdir(dirname(localDataDir), { recursive: true });
const connection = await createConfiguredDb();
try {
  await migrate(connection);
  const [row] = await queryRows<{ tables: number }>(connection.db, `select count(*)::int as tables from pg_tables where schemaname = 'public'`);
  console.log(`migrated yachtparty (${process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL).host : localDataDir}): ${row?.tables} tables`);
} finally {
  await connection.close();
}
