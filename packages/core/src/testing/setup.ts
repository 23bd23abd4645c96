import { readFile } from 'node:fs/promises';
import type { AnyRelations, EmptyRelations } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { connect, queryRows, type Connection, type Database } from '../database.ts';
import { databaseUrl, onServer, scratchDatabaseName } from './template.ts';

export interface TestDatabase<TRelations extends AnyRelations> {
  /** The file's own migrated database; available from `beforeAll` on. */
  readonly db: Database<TRelations>;
  readonly driver: Connection['driver'];
  /** Empties every table (the hooks do it after each test). */
  truncate(): Promise<void>;
}

/**
 * Gives the calling test file its own copy of the migrated database and empties every table after each test.
 * Register it at the top level of a test file. PGlite boots from the run's dumped data directory; PostgreSQL
 * clones the run's template database and drops the clone after the file.
 */
export function setupTestDatabase<TRelations extends AnyRelations = EmptyRelations>(
  options: { relations?: TRelations } = {},
): TestDatabase<TRelations> {
  let connection: Connection<TRelations> | undefined;
  let cleanup = async () => {};
  let truncateStatement = '';

  const truncate = async () => {
    if (truncateStatement) await queryRows(handle.db as Database<AnyRelations>, truncateStatement);
  };
  const handle: TestDatabase<TRelations> = {
    get db() {
      if (!connection) throw new Error('the test database is ready from beforeAll on');
      return connection.db;
    },
    get driver() {
      if (!connection) throw new Error('the test database is ready from beforeAll on');
      return connection.driver;
    },
    truncate,
  };

  beforeAll(async () => {
    const template = inject('templateDatabase');
    if (template.driver === 'pglite') {
      const dump = new Blob([await readFile(template.dumpPath)]);
      connection = await connect({ loadDataDir: dump, relations: options.relations });
    } else {
      const name = scratchDatabaseName('test_file');
      await onServer(template.serverUrl, [`create database "${name}" template "${template.template}"`]);
      connection = await connect({ url: databaseUrl(template.serverUrl, name), relations: options.relations });
      cleanup = () => onServer(template.serverUrl, [`drop database if exists "${name}" with (force)`]);
    }
    const tables = await queryRows<{ name: string }>(
      connection.db as Database<AnyRelations>,
      `select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname = 'public'`,
    );
    if (tables.length) truncateStatement = `truncate ${tables.map((t) => t.name).join(', ')} restart identity cascade`;
  });
  afterEach(truncate);
  afterAll(async () => {
    await connection?.close();
    await cleanup();
  });
  return handle;
}
