/**
 * `pnpm db:generate [--name x]`: regenerates the migrations of every database (CI fails on any diff).
 * `pnpm db:migrate|seed|serve|doctor|studio [database]`: one database, equine by default; each has its embedded
 * PGlite data directory under .data/<database>, or uses DATABASE_URL when set (serve.ts and doctor.ts say more).
 * Migrating applies the migrations with drizzle's runtime migrator (`drizzle-kit migrate` can hang without a TTY).
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, migrate, queryRows } from '@db/core';
import { databases } from './databases.ts';

const [command, ...rest] = process.argv.slice(2);
/** Flags followed by a value: `--url X` does not name a database. */
const VALUED_FLAGS = new Set(['--name', '--url', '--out', '--port', '--host', '--scale', '--seed', '--data-dir']);
const named = rest.find((arg, i) => !arg.startsWith('-') && !VALUED_FLAGS.has(rest[i - 1] ?? ''));
const flags = rest.filter((arg) => arg !== named);
const name = named ?? 'equine';
/** Runs a command in the foreground; its failure ends this one with the same exit code (the doctor's 1 means drift). */
const run = ([program, ...args]: string[]) => {
  const { status, signal } = spawnSync(program!, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? (signal ? 1 : 0));
};

function entry() {
  const found = databases[name];
  if (!found) throw new Error(`no database ${name}: ${Object.keys(databases).join(', ')}`);
  return found;
}

async function migrateOne() {
  const url = process.env.DATABASE_URL;
  const dataDir = entry().exports.localDataDir;
  if (!url) await mkdir(dirname(dataDir), { recursive: true });
  const started = performance.now();
  const connection = await connect(url ? { url } : { dataDir });
  try {
    await migrate(connection, entry().migrationsFolder);
    const [row] = await queryRows<{ tables: number }>(connection.db, `select count(*)::int as tables from pg_tables where schemaname = 'public'`);
    const target = url ? new URL(url).host : dataDir;
    console.log(`migrated ${name} (${target}): ${row?.tables} tables in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await connection.close();
  }
}

switch (command) {
  case 'generate':
    for (const [database, { generate }] of Object.entries(databases)) {
      console.log(`== ${database}`);
      run([...generate, ...rest]);
    }
    break;
  case 'migrate':
    await migrateOne();
    break;
  case 'seed':
    run(['tsx', entry().seed]);
    if (flags.includes('--scale')) run(['tsx', fileURLToPath(new URL('demo-data.ts', import.meta.url)), name, ...flags]);
    break;
  case 'serve':
    run(['tsx', fileURLToPath(new URL('serve.ts', import.meta.url)), name, ...flags]);
    break;
  case 'doctor':
    run(['tsx', fileURLToPath(new URL('doctor.ts', import.meta.url)), name, ...flags]);
    break;
  case 'studio':
    run(['tsx', fileURLToPath(new URL('studio.ts', import.meta.url)), name, ...flags]);
    break;
  default:
    throw new Error(`usage: scripts/db.ts generate|migrate|seed|serve|doctor|studio [database]`);
}
