/**
 * `pnpm db:migrate`: applies the equine migrations with drizzle's runtime migrator (drizzle-kit migrate can hang
 * without a TTY). Embedded PGlite at .data/equine by default (what `pnpm db:studio` opens), DATABASE_URL if set.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { queryRows } from '@db/core';
import { createDb, migrate } from '../src/index.ts';

const url = process.env.DATABASE_URL;
const dataDir = fileURLToPath(new URL('../../../.data/equine', import.meta.url));
if (!url) await mkdir(dataDir, { recursive: true });

const started = performance.now();
const connection = await createDb(url ? { url } : { dataDir });
try {
  await migrate(connection);
  const [row] = await queryRows<{ tables: number }>(
    connection.db,
    `select count(*)::int as tables from pg_tables where schemaname = 'public'`,
  );
  const where = url ? new URL(url).host : dataDir;
  console.log(`migrated ${where}: ${row?.tables} tables in ${Math.round(performance.now() - started)} ms`);
} finally {
  await connection.close();
}
