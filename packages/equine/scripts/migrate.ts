/**
 * `pnpm db:migrate`: applies the equine migrations with drizzle's runtime migrator (drizzle-kit migrate can hang
 * without a TTY). Embedded PGlite at .data/equine by default (what `pnpm db:studio` opens), DATABASE_URL if set.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { queryRows } from '@db/core';
import { configuredTarget, createConfiguredDb, localDataDir, migrate } from '../src/index.ts';

if (!process.env.DATABASE_URL) await mkdir(dirname(localDataDir), { recursive: true });

const started = performance.now();
const connection = await createConfiguredDb();
try {
  await migrate(connection);
  const [row] = await queryRows<{ tables: number }>(
    connection.db,
    `select count(*)::int as tables from pg_tables where schemaname = 'public'`,
  );
  console.log(`migrated ${configuredTarget()}: ${row?.tables} tables in ${Math.round(performance.now() - started)} ms`);
} finally {
  await connection.close();
}
