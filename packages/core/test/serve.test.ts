import { createConnection, createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { afterEach, describe, expect, test } from 'vitest';
import { dataDirLooksOpen, serveEmbedded, type EmbeddedServer } from '../src/serve.ts';

// Whatever engine the suite runs on, these tests serve their own PGlite: what is under test is the socket server.

/** Resolves once something can listen on the port again (rejects with EADDRINUSE while it is held). */
const listenOnce = (port: number, host: string) =>
  new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });

/** An ordinary client of the served database, on one connection since the server takes one at a time. */
const clientOf = (served: EmbeddedServer) => postgres(served.url, { max: 1, onnotice: () => {}, connect_timeout: 5 });

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function servedHorses() {
  const pglite = await PGlite.create();
  cleanups.push(() => pglite.close());
  await pglite.exec(`create table horses (id serial primary key, name text not null unique); insert into horses (name) values ('Bucephalus')`);
  const served = await serveEmbedded({ pglite, port: 0 });
  cleanups.push(() => served.close());
  return { pglite, served };
}

describe('serving an embedded database to ordinary PostgreSQL clients', () => {
  test('a postgres.js client reads and writes the embedded database, and the port is free again after close', async () => {
    const { pglite, served } = await servedHorses();
    expect(served.port).toBeGreaterThan(0);
    expect(served.url).toBe(`postgresql://postgres@localhost:${served.port}/postgres`);
    await expect(listenOnce(served.port, served.host)).rejects.toMatchObject({ code: 'EADDRINUSE' });

    const client = clientOf(served);
    const { rows: expected } = await pglite.query<{ id: number; name: string }>('select id, name from horses');
    expect(await client`select id, name from horses`).toEqual(expected);
    const [inserted] = await client`insert into horses (name) values (${'Marengo'}) returning id`;
    // The write landed in the PGlite the server was given, not in some copy of it.
    const { rows: written } = await pglite.query<{ name: string }>('select name from horses where id = $1', [inserted!.id]);
    expect(written).toEqual([{ name: 'Marengo' }]);
    await client.end();

    await served.close();
    await expect(listenOnce(served.port, served.host)).resolves.toBeUndefined();
    // The caller’s PGlite stays open: it is the caller’s to close.
    expect((await pglite.query('select count(*)::int as horses from horses')).rows).toEqual([{ horses: 2 }]);
  });

  test('PostgreSQL’s refusals reach the client with their SQLSTATE and constraint', async () => {
    const { served } = await servedHorses();
    const client = clientOf(served);
    const refusal = await client`insert into horses (name) values ('Bucephalus')`.catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: '23505', constraint_name: 'horses_name_key' });
    // The failed statement leaves the session usable.
    expect(await client`select count(*)::int as horses from horses`).toEqual([{ horses: 1 }]);
    await client.end();
  });

  test('a second client is disconnected as it connects while the first one is connected', async () => {
    const { served } = await servedHorses();
    const first = clientOf(served);
    cleanups.push(() => first.end());
    await first`select 1`;
    // A raw socket, since postgres.js would keep reconnecting until the first one leaves: the server closes it unanswered.
    const answered = await new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      const second = createConnection(served.port, served.host);
      second.on('data', (chunk) => chunks.push(chunk));
      second.on('error', reject);
      second.on('close', () => resolve(Buffer.concat(chunks).toString()));
    });
    expect(answered).toBe('');
    expect(await first`select count(*)::int as horses from horses`).toEqual([{ horses: 1 }]);
  });

  test('each client starts from a fresh session, not the settings, temporary tables and open transaction of the one before', async () => {
    const { pglite, served } = await servedHorses();
    // A fresh session’s value, read before any client came.
    const { rows: fresh } = await pglite.query<{ search_path: string }>(`select current_setting('search_path') as search_path`);
    const first = clientOf(served);
    await first`set search_path to nowhere`;
    await first`create temporary table scratch (n integer)`;
    await first.unsafe('begin');
    await first`insert into public.horses (name) values ('Incitatus')`;
    await first.end();

    const second = clientOf(served);
    const [session] = await second`select current_setting('search_path') as search_path, to_regclass('pg_temp.scratch')::text as scratch`;
    const names = await second`select name from horses`;
    await second.end();
    expect(session).toEqual({ search_path: fresh[0]!.search_path, scratch: null });
    expect(names.map((horse) => horse.name)).not.toContain('Incitatus');
  });

  test('served from a data directory, it reads as open until the server closes, and what clients wrote is on disk', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'serve-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    expect(dataDirLooksOpen(dataDir)).toBe(false);
    const served = await serveEmbedded({ dataDir, port: 0 });
    expect(dataDirLooksOpen(dataDir)).toBe(true);
    const client = clientOf(served);
    await client`create table riders (name text primary key)`;
    await client`insert into riders values ('Alexander')`;
    await client.end();
    await served.close();
    expect(dataDirLooksOpen(dataDir)).toBe(false);

    // On disk, not only in the memory of the PGlite that was closed.
    const reopened = await PGlite.create(dataDir);
    cleanups.push(() => reopened.close());
    expect((await reopened.query('select name from riders')).rows).toEqual([{ name: 'Alexander' }]);
  });

  test('a port already taken is reported as such', async () => {
    const { served } = await servedHorses();
    const other = await PGlite.create();
    cleanups.push(() => other.close());
    await expect(serveEmbedded({ pglite: other, port: served.port })).rejects.toThrow(`port ${served.port} on 127.0.0.1 is already in use`);
  });
});
