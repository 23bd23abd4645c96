import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * An embedded PGlite served over the PostgreSQL wire protocol (pglite-socket), so psql, DBeaver or any Postgres
 * client can browse it. PGlite itself is one session: the socket server queues every client's messages through it.
 */
export interface ServeEmbeddedOptions {
  /** PGlite opens this data directory, and `close` closes it. Exclusive with `pglite`. */
  dataDir?: string | undefined;
  /** A PGlite the caller opened and closes itself (`close` only stops the server). Exclusive with `dataDir`. */
  pglite?: PGlite | undefined;
  /** Default 5433, beside a local PostgreSQL's 5432; 0 takes any free port (`port` then says which). */
  port?: number | undefined;
  /** Default 127.0.0.1: PGlite asks no password, so it answers this machine alone unless told otherwise. */
  host?: string | undefined;
  /**
   * Clients connected at once, default 1: a further one is dropped as it connects. pglite-socket can multiplex more
   * over PGlite's single session (a client inside a transaction holds the others off), which its authors say does
   * not cover every case.
   */
  maxConnections?: number | undefined;
}

export interface EmbeddedServer {
  /** `postgresql://postgres@<host>:<port>/postgres`: PGlite takes any user, database and password. */
  url: string;
  host: string;
  port: number;
  /** Stops the server (disconnecting its clients), then closes the PGlite it opened, or resets the caller's session. */
  close(): Promise<void>;
}

export const DEFAULT_SERVE_PORT = 5433;

/**
 * Whether a PGlite seems to have this data directory open: PGlite takes no lock (a second process opens it and both
 * write, which corrupts it), but it keeps a postmaster.pid there while open and removes it on close. One left by a
 * process that was killed reads the same, so this can only warn.
 */
export const dataDirLooksOpen = (dataDir: string): boolean => existsSync(join(dataDir, 'postmaster.pid'));

/** Loopback and any-address binds are reached as localhost; other hosts by their name (IPv6 in brackets). */
const urlHost = (host: string) =>
  ['127.0.0.1', '::1', '0.0.0.0', '::', 'localhost'].includes(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;

/**
 * PGlite is one session, which every client gets in turn: without this, a client would find the SETs, temporary
 * tables and prepared statements of the one before (pgjdbc's `S_1`... would collide), which no server does. It runs
 * as the client connects, ahead of the client's first message in PGlite's queue; a transaction the previous client
 * left open is rolled back first, as its disconnection is about to.
 */
async function freshSession(pglite: PGlite) {
  if (pglite.isInTransaction()) await pglite.exec('rollback');
  await pglite.exec('discard all');
}

export async function serveEmbedded(options: ServeEmbeddedOptions): Promise<EmbeddedServer> {
  if (Boolean(options.dataDir) === Boolean(options.pglite)) throw new Error('serveEmbedded needs exactly one of dataDir and pglite');
  const host = options.host ?? '127.0.0.1';
  const requestedPort = options.port ?? DEFAULT_SERVE_PORT;
  const pglite = options.pglite ?? (await PGlite.create(options.dataDir!));
  const ownsPglite = !options.pglite;
  const server = new PGLiteSocketServer({ db: pglite, host, port: requestedPort, maxConnections: options.maxConnections ?? 1 });
  server.addEventListener('connection', () => {
    // Clients multiplexed at once (maxConnections > 1) share the session: a newcomer must not reset the others'.
    if (server.getStats().activeConnections > 1) return;
    freshSession(pglite).catch((error: unknown) => console.error(`serveEmbedded: could not reset the session for a new client: ${(error as Error).message}`));
  });
  try {
    await server.start();
  } catch (error) {
    if (ownsPglite) await pglite.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`port ${requestedPort} on ${host} is already in use (a PostgreSQL, another db:serve?): choose another port`, { cause: error });
    }
    throw error;
  }
  // With port 0 only the server knows the port the system gave it: `getServerConn()` is `host:port`.
  const port = Number(server.getServerConn().split(':').at(-1));
  let closing: Promise<void> | undefined;
  return {
    url: `postgresql://postgres@${urlHost(host)}:${port}/postgres`,
    host,
    port,
    close: () =>
      (closing ??= (async () => {
        await server.stop();
        // The caller's PGlite is handed back as the clients found it; one opened here is simply closed.
        await (ownsPglite ? pglite.close() : freshSession(pglite));
      })()),
  };
}
