import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { connect, migrate } from '../database.ts';

/** Where each test file gets its database from: set up once per run by `prepareTemplate`. */
export type TemplateDatabase = { name: string } & (
  | { driver: 'pglite'; dumpPath: string }
  | { driver: 'postgres'; serverUrl: string; template: string }
);

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: TemplateDatabase;
  }
}

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A throwaway database name, unique per process and call. */
export const scratchDatabaseName = (prefix: string) => `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;

/** Runs statements against the server's maintenance connection (CREATE/DROP DATABASE cannot run in a transaction). */
export async function onServer(serverUrl: string, statements: string[]): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    for (const statement of statements) await admin.unsafe(statement);
  } finally {
    await admin.end();
  }
}

/**
 * Migrates one database (`name`, for reports) per test run, the expensive step, and returns how test files get a
 * copy of it plus a teardown. PGlite: migrate in memory and dump the data directory to a file (each file boots
 * from it).
 * PostgreSQL (`serverUrl`): migrate a template database (each file gets `CREATE DATABASE ... TEMPLATE`).
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
    return {
      template: { name, driver: 'postgres', serverUrl, template },
      teardown: () => onServer(serverUrl, [`drop database if exists "${template}" with (force)`]),
    };
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
