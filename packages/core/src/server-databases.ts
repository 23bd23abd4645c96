import { randomUUID } from 'node:crypto';
import postgres from 'postgres';

/**
 * Other databases on the PostgreSQL server a URL points at: the test run's templates and copies, the doctor's
 * scratch database of what the migrations build.
 */

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A throwaway database name, unique per process and call. */
export const scratchDatabaseName = (prefix: string) => `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;

/**
 * Runs statements against the server's maintenance connection (CREATE/DROP DATABASE cannot run in a
 * transaction) and returns the rows of the last one.
 */
export async function onServer(serverUrl: string, statements: string[]): Promise<Record<string, unknown>[]> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    let rows: Record<string, unknown>[] = [];
    for (const statement of statements) rows = [...(await admin.unsafe(statement))];
    return rows;
  } finally {
    await admin.end();
  }
}
