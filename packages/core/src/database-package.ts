import { fileURLToPath } from 'node:url';
import type { AnyRelations } from 'drizzle-orm';
import { connect, migrate, type Connection } from './database.ts';

/**
 * What a database package exports to open and migrate itself: `migrationsFolder`, `createDb` (embedded PGlite,
 * in memory or at `dataDir`, by default; postgres.js given a URL), `migrate` (every pending migration in one
 * transaction), and the embedded database the scripts and Drizzle Studio share, `.data/<name>` at the repository
 * root: `localDataDir`, `createConfiguredDb` (DATABASE_URL when set, else that one) and `configuredTarget` (where
 * that is, for messages: a URL's host, never its password).
 */
export function databasePackage<TRelations extends AnyRelations>(options: { name: string; migrations: URL; repositoryRoot: URL; relations: TRelations }) {
  const migrationsFolder = fileURLToPath(options.migrations);
  const localDataDir = fileURLToPath(new URL(`.data/${options.name}`, options.repositoryRoot));
  const createDb = (at: { url?: string | undefined; dataDir?: string | undefined } = {}): Promise<Connection<TRelations>> =>
    connect({ ...at, relations: options.relations });
  return {
    migrationsFolder,
    localDataDir,
    createDb,
    migrate: (connection: Connection<TRelations>): Promise<void> => migrate(connection as unknown as Connection<AnyRelations>, migrationsFolder),
    createConfiguredDb: (env: NodeJS.ProcessEnv = process.env) => createDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: localDataDir }),
    configuredTarget: (env: NodeJS.ProcessEnv = process.env) => (env.DATABASE_URL ? new URL(env.DATABASE_URL).host : localDataDir),
  };
}
