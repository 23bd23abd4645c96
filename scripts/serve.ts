/**
 * `pnpm db:serve [database] [--port 5433] [--host 127.0.0.1]`: the embedded PGlite of one database (equine by
 * default), .data/<database>, served on localhost over the PostgreSQL protocol for psql, DBeaver or any client,
 * until Ctrl-C. Port 5433 by default, since a local PostgreSQL may hold 5432; `--port 0` takes any free one.
 *
 * It serves what `pnpm db:migrate <database>` (and `db:seed`) built and never migrates itself: it is a window on the
 * data already there (a database migrated on the spot would have no rows to browse), and migrating stays the one
 * command that writes schema. It does warn when migrations are pending.
 * With DATABASE_URL set there is nothing to serve: that database is already on a server.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { dataDirLooksOpen, DEFAULT_SERVE_PORT, migrationStatus, queryRows, serveEmbedded, urlTarget, type Database, type EmbeddedServer } from '@db/core';
import { PGlite } from '@electric-sql/pglite';
import type { AnyRelations } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { databases } from './databases.ts';

const root = join(import.meta.dirname, '..');
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

function portOf(text: string | undefined): number {
  if (text === undefined) return DEFAULT_SERVE_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${text} is not a port: 0 to 65535 (0 takes any free one)`);
  return port;
}

/** Tables outside the system and drizzle schemas, and the folder's migrations applied and pending. */
async function contentsOf(pglite: PGlite, migrationsFolder: string) {
  const db = drizzle({ client: pglite }) as unknown as Database<AnyRelations>;
  const { applied, pending } = await migrationStatus(db, migrationsFolder);
  const [row] = await queryRows<{ n: number }>(db, `select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema', 'drizzle')`);
  return { applied, pending, tables: row?.n ?? 0 };
}

async function main(args: string[]): Promise<number> {
  const {
    positionals: [name = 'equine'],
    values: options,
  } = parseArgs({ args, allowPositionals: true, options: { port: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } } });
  const entry = databases[name];
  if (!entry) throw new Error(`no database ${name}: ${Object.keys(databases).join(', ')}`);
  const url = process.env.DATABASE_URL;
  if (url) {
    console.error(
      `db:serve: DATABASE_URL is set, so ${name} already lives on a server (${urlTarget(url)}): connect your client there.\n` +
        `  db:serve serves the embedded .data/${name}; unset DATABASE_URL to serve that one.`,
    );
    return 2;
  }
  const port = portOf(options.port);
  const host = options.host;
  const dataDir = entry.exports.localDataDir;
  const shownDir = relative(process.cwd(), dataDir).startsWith('..') ? dataDir : relative(process.cwd(), dataDir);
  // PGlite would create an empty cluster in a missing directory, and serve a database without a table.
  if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new Error(`no embedded database at ${relative(root, dataDir)}: run pnpm db:migrate ${name} first`);

  if (dataDirLooksOpen(dataDir)) {
    console.warn(
      `db:serve: ${shownDir} looks open in another process (Studio, an app, a test, another db:serve: its postmaster.pid is there).\n` +
        `  Stop that one first, two processes on one data directory corrupt it; if none is running, the last one was killed\n` +
        `  before it could close, and serving is safe.`,
    );
  }
  const pglite = await PGlite.create(dataDir);
  let served: EmbeddedServer;
  let contents: Awaited<ReturnType<typeof contentsOf>>;
  try {
    // What the clients will see, read before any of them can connect.
    contents = await contentsOf(pglite, entry.migrationsFolder);
    served = await serveEmbedded({ pglite, port, host });
  } catch (error) {
    await pglite.close();
    throw error;
  }
  const { applied, pending, tables } = contents;

  console.log(`${name}: serving ${shownDir} (embedded PGlite: ${tables} tables, ${applied.length} migrations applied)`);
  console.log(`  url   ${served.url}`);
  console.log(`  psql  psql ${served.url}`);
  if (pending.length > 0) console.log(`\n  ${pending.length} migration(s) not applied yet: stop, run pnpm db:migrate ${name}, serve again.`);
  if (!LOOPBACK.has(host)) console.log(`\n  Listening on ${host}: PGlite asks no password, anyone who reaches this port can read and change the database.`);
  console.log(
    `\n  One client at a time: PGlite is a single session, so a second client is disconnected as it connects (psql:` +
      `\n  "server closed the connection unexpectedly"; postgres.js waits for the first to leave). In DBeaver, turn off` +
      `\n  "Open separate connection for metadata read" and "... for each editor".` +
      `\n  Nothing else may open ${shownDir} meanwhile (Studio, an app, db:seed, db:doctor): two processes on one data` +
      `\n  directory corrupt it.` +
      `\n  Ctrl-C stops.`,
  );

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    // once: a second Ctrl-C while closing finds no handler and ends the process at once.
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  console.log(`\n${name}: ${signal}, stopping: closing the server, then PGlite`);
  await served.close();
  await pglite.close();
  console.log(`${name}: stopped`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const inUse = ((error as Error).cause as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
  console.error(`db:serve: ${(error as Error).message}${inUse ? ' with --port N (0 takes any free one)' : ''}`);
  process.exitCode = 2;
}
