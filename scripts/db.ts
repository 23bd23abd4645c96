/**
 * `pnpm db:generate [--name x]`: regenerates the migrations of every database (CI fails on any diff).
 * `pnpm db:migrate|seed|serve|doctor|studio [database]`: one database, equine by default; each has its embedded
 * PGlite data directory under .data/<database>, or uses DATABASE_URL when set (serve.ts and doctor.ts say more).
 * Migrating applies the migrations with drizzle's runtime migrator (`drizzle-kit migrate` can hang without a TTY).
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { connect, migrate, queryRows } from '@db/core';
import { databases } from './databases.ts';

const [command, ...rest] = process.argv.slice(2);
const named = rest.find((arg) => !arg.startsWith('-'));
const flags = rest.filter((arg) => arg !== named);
const name = named ?? 'equine';
const run = ([program, ...args]: string[]) => execFileSync(program!, args, { stdio: 'inherit' });

function entry() {
  const found = databases[name];
  if (!found) throw new Error(`no database ${name}: ${Object.keys(databases).join(', ')}`);
  return found;
}

async function migrateOne() {
  const url = process.env.DATABASE_URL;
  const dataDir = fileURLToPath(new URL(`../.data/${name}`, import.meta.url));
  if (!url) await mkdir(fileURLToPath(new URL('../.data', import.meta.url)), { recursive: true });
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
    run(['tsx', entry().seed, ...flags]);
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
