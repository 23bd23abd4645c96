import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  connect,
  databaseUrl,
  diagnose,
  migrate,
  onServer,
  queryRows,
  renderMarkdown,
  renderSummary,
  scratchDatabaseName,
  type Connection,
  type Difference,
  type DoctorReport,
} from '../src/index.ts';

// The suite's engine: PostgreSQL when DATABASE_URL is set (each test creates and drops its own database there).
const server = process.env.DATABASE_URL;

// A small database in drizzle's folder layout: tables with a FK, a CHECK and a UNIQUE, an index, a trigger and
// its function, a view, and a policy on a table with row level security.
const MIGRATIONS: Record<string, string[]> = {
  '20260101000000_clubs': [
    `create table clubs (id serial primary key, name text not null unique, founded integer check (founded > 1800))`,
    `create table members (
       id serial primary key,
       club_id integer not null references clubs (id) on delete cascade,
       invited_by integer references members (id) on delete set null,
       name text not null,
       nickname text,
       updated_at timestamp default now() not null)`,
    `create index members_club_id_idx on members (club_id)`,
  ],
  '20260102000000_touch_and_privacy': [
    `create function touch_updated_at() returns trigger language plpgsql as $$ begin new.updated_at := now(); return new; end $$`,
    `create trigger members_touch before update on members for each row execute function touch_updated_at()`,
    `create view club_sizes as select club_id, count(*) as members from members group by club_id`,
    `alter table members enable row level security`,
    `create policy members_visible on members for select using (name <> '')`,
  ],
};
const MIGRATION_NAMES = Object.keys(MIGRATIONS).sort();

let folder: string;
/** A folder with every migration (`full`) and one with the first only (`first`). */
const folders = { full: '', first: '' };

async function writeMigrations(into: string, names: string[]) {
  for (const name of names) {
    await mkdir(join(into, name), { recursive: true });
    await writeFile(join(into, name, 'migration.sql'), MIGRATIONS[name]!.join('\n--> statement-breakpoint\n'));
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'doctor-test-'));
  folders.full = join(folder, 'full');
  folders.first = join(folder, 'first');
  await writeMigrations(folders.full, MIGRATION_NAMES);
  await writeMigrations(folders.first, MIGRATION_NAMES.slice(0, 1));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

interface Scratch {
  connection: Connection;
  url: string | undefined;
  run(...statements: string[]): Promise<void>;
  close(): Promise<void>;
}

/** A database migrated from `migrationsFolder`: in-memory PGlite, or a database of its own on the suite's server. */
async function migratedDatabase(migrationsFolder: string): Promise<Scratch> {
  const name = scratchDatabaseName('doctor_test');
  const url = server ? databaseUrl(server, name) : undefined;
  if (server) await onServer(server, [`create database "${name}"`]);
  const connection = await connect({ url });
  const close = async () => {
    await connection.close();
    if (server) await onServer(server, [`drop database if exists "${name}" with (force)`]);
  };
  try {
    await migrate(connection, migrationsFolder);
  } catch (error) {
    await close();
    throw error;
  }
  const run = async (...statements: string[]) => {
    for (const statement of statements) await queryRows(connection.db, statement);
  };
  return { connection, url, run, close };
}

async function withDatabase<T>(migrationsFolder: string, use: (database: Scratch) => Promise<T>): Promise<T> {
  const database = await migratedDatabase(migrationsFolder);
  try {
    return await use(database);
  } finally {
    await database.close();
  }
}

const doctor = (database: Scratch, migrationsFolder = folders.full) =>
  diagnose(database.connection, { database: 'clubs', migrationsFolder, url: database.url });
const listed = (differences: Difference[]) => differences.map((difference) => `${difference.status} ${difference.kind} ${difference.name}`);

describe('the database doctor', { timeout: 120_000 }, () => {
  test('a freshly migrated database has no drift; its rows are counted and its unindexed foreign key found', async () => {
    const report = await withDatabase(folders.full, async (database) => {
      await database.run(`insert into clubs (name, founded) values ('La Viruta', 1994)`);
      return doctor(database);
    });
    expect(report.drift).toBe(false);
    expect(report.comparison.differences).toEqual([]);
    expect(report.rowLevelSecurity).toEqual([]);
    expect(report.migrations.applied.map((migration) => migration.name)).toEqual(await readdir(folders.full).then((names) => names.sort()));
    expect(report.migrations.pending).toEqual([]);
    // The expected side read what the migrations wrote: an empty reading would also compare equal.
    const compared = Object.fromEntries(report.comparison.tallies.map((tally) => [tally.kind, tally.identical]));
    for (const kind of ['table', 'column', 'constraint', 'index', 'function', 'trigger', 'view', 'policy'] as const) {
      expect(compared[kind], kind).toBeGreaterThan(0);
    }
    // Built on the live database's own engine: on a server, a scratch database there, not PGlite.
    expect(report.warnings).toEqual([]);
    expect(report.expectedBuiltOn).toContain(server ? 'same server' : 'PGlite');
    expect(report.rowCounts).toEqual([
      { table: 'public.clubs', rows: 1 },
      { table: 'public.members', rows: 0 },
    ]);
    const unindexed = report.unindexedForeignKeys.map((key) => `${key.table} (${key.columns}) -> ${key.references}`);
    expect(unindexed).toEqual(['public.members (invited_by) -> public.members']);
  });

  test('a column dropped by hand is named as missing, and signals drift', async () => {
    const report = await withDatabase(folders.full, async (database) => {
      await database.run('alter table members drop column nickname');
      return doctor(database);
    });
    expect(report.drift).toBe(true);
    expect(listed(report.comparison.differences)).toEqual(['missing column public.members.nickname']);
    expect(renderMarkdown(report)).toContain('public.members.nickname');
    expect(renderSummary(report)).toContain('DRIFT');
  });

  test('a changed default, an extra index, a dropped trigger and policy, and row level security turned off are reported', async () => {
    const report: DoctorReport = await withDatabase(folders.full, async (database) => {
      await database.run(
        `alter table clubs alter column founded set default 1900`,
        'create index members_name_idx on members (name)',
        'drop trigger members_touch on members',
        'drop policy members_visible on members',
        'alter table members disable row level security',
      );
      return doctor(database);
    });
    expect(report.drift).toBe(true);
    expect(listed(report.comparison.differences).sort()).toEqual(
      [
        'different column public.clubs.founded',
        'extra index public.members_name_idx',
        'missing trigger public.members.members_touch',
        'missing policy public.members.members_visible',
      ].sort(),
    );
    expect(listed(report.rowLevelSecurity)).toEqual(['missing row level security public.members']);
  });

  test('pending migrations are listed, and what they would build is missing', async () => {
    const report = await withDatabase(folders.first, (database) => doctor(database, folders.full));
    expect(report.drift).toBe(true);
    expect(report.migrations.pending).toEqual(MIGRATION_NAMES.slice(1));
    expect(report.migrations.applied.map((migration) => migration.name)).toEqual(MIGRATION_NAMES.slice(0, 1));
    expect(listed(report.comparison.differences)).toContain('missing trigger public.members.members_touch');
  });

  test('a migration the database applied but the folder lacks is reported as unknown', async () => {
    const report = await withDatabase(folders.full, (database) => doctor(database, folders.first));
    expect(report.drift).toBe(true);
    expect(report.migrations.unknown.map((migration) => migration.name)).toEqual(MIGRATION_NAMES.slice(1));
    expect(report.migrations.pending).toEqual([]);
  });
});
