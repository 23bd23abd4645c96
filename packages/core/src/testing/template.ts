import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { connect, migrate } from '../database.ts';
import { databaseUrl, onServer, scratchDatabaseName } from '../server-databases.ts';

// Where they were first written: the tests import them from here.
export { databaseUrl, onServer, scratchDatabaseName };

/** Where each test worker gets its database from: set up once per run by `prepareTemplate`. */
export type TemplateDatabase = { name: string } & (
  | { driver: 'pglite'; dumpPath: string }
  | { driver: 'postgres'; serverUrl: string; template: string }
);

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every database of the repository, migrated once per run, by name (equine, yachtparty, ...). */
    templateDatabases: Record<string, TemplateDatabase>;
  }
}

/** The database a test file gets when it names none. */
export const DEFAULT_DATABASE = 'equine';

/** The run's template of a database, by name. */
export function templateOf(database: string): TemplateDatabase {
  const template = inject('templateDatabases')[database];
  if (!template) throw new Error(`no template database ${database}: the global setup migrates ${Object.keys(inject('templateDatabases')).join(', ')}`);
  return template;
}

/** The name of a test worker's copy of a server template database (see workerDatabase). */
export const workerCopyName = (template: string) => scratchDatabaseName(`${template}_w`);

/**
 * Migrates one database (`name`, for reports) per test run, the expensive step, and returns how test workers get
 * a copy of it plus a teardown. PGlite: migrate in memory and dump the data directory to a file (each worker boots
 * from it). PostgreSQL (`serverUrl`): migrate a template database (each worker gets `CREATE DATABASE ... TEMPLATE`).
 */
export async function prepareTemplate(
  name: string,
  migrationsFolder: string,
  serverUrl: string | undefined,
): Promise<{ template: TemplateDatabase; teardown: () => Promise<void> }> {
  if (serverUrl) {
    const template = scratchDatabaseName('test_template');
    await onServer(serverUrl, [`create database "${template}"`]);
    const connection = await connect({ url: databaseUrl(serverUrl, template) });
    try {
      await migrate(connection, migrationsFolder);
    } finally {
      await connection.close();
    }
    // The workers' copies go with their template: a worker ends without a hook to drop its own.
    const teardown = async () => {
      const copies = await onServer(serverUrl, [`select datname from pg_database where starts_with(datname, '${template}_w_')`]);
      const drops = [...copies.map(({ datname }) => datname as string), template].map((db) => `drop database if exists "${db}" with (force)`);
      await onServer(serverUrl, drops);
    };
    return { template: { name, driver: 'postgres', serverUrl, template }, teardown };
  }
  const connection = await connect();
  try {
    await migrate(connection, migrationsFolder);
    const client = (connection.db as unknown as { $client: import('@electric-sql/pglite').PGlite }).$client;
    const dump = await client.dumpDataDir('none');
    const dumpPath = join(tmpdir(), `${scratchDatabaseName('pglite_template')}.tar`);
    await writeFile(dumpPath, Buffer.from(await dump.arrayBuffer()));
    return { template: { name, driver: 'pglite', dumpPath }, teardown: () => rm(dumpPath, { force: true }) };
  } finally {
    await connection.close();
  }
}
