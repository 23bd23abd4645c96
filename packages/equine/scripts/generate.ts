/**
 * `pnpm db:generate [--name x]`: drizzle-kit's migration for the tables, then the functions and triggers the
 * packages declare (`equineDatabaseObjects`) that no migration carries yet, appended to that new migration, or
 * to a custom one when the tables did not change. A changed function body is a statement no migration has: it
 * is carried forward (the statements are re-runnable), never edited into an applied migration.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { databaseObjectsSql, uniqueDatabaseObjects } from '@db/core';
import { equineDatabaseObjects, migrationsFolder } from '../src/index.ts';

const args = process.argv.slice(2);
const migrationDirs = () =>
  readdirSync(migrationsFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
const migrationSql = (dir: string) => readFileSync(join(migrationsFolder, dir, 'migration.sql'), 'utf8');
const drizzleKit = (...extra: string[]) => execFileSync('drizzle-kit', ['generate', ...args, ...extra], { stdio: 'inherit' });

const before = new Set(migrationDirs());
drizzleKit();
const created = migrationDirs().filter((dir) => !before.has(dir));
const carried = [...before].map(migrationSql).join('\n');
const missing = uniqueDatabaseObjects(equineDatabaseObjects).filter((object) => !object.statements.every((statement) => carried.includes(statement)));

if (missing.length) {
  // A custom migration starts as a comment: it is replaced, while drizzle-kit's statements are kept.
  if (!created.length) drizzleKit('--custom');
  const target = migrationDirs().at(-1)!;
  const tables = created.length ? `${migrationSql(target).trimEnd()}\n--> statement-breakpoint\n` : '';
  writeFileSync(join(migrationsFolder, target, 'migration.sql'), `${tables}${databaseObjectsSql(missing)}\n`);
  console.log(`[✓] ${missing.length} functions and triggers appended to ${target}: ${missing.map((object) => object.name).join(', ')}`);
}
