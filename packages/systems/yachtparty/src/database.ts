import { databasePackage, type Connection } from '@db/core';
import { relations, type YachtpartyRelations } from './relations.ts';

/**
 * The yachtparty database: `createDb`, `migrate`, its `migrationsFolder`, and `.data/yachtparty`, the embedded database
 * the scripts and Drizzle Studio share (`createConfiguredDb` opens DATABASE_URL when set, else that one).
 */
export const { migrationsFolder, localDataDir, createDb, migrate, createConfiguredDb, configuredTarget } = databasePackage({
  name: 'yachtparty',
  migrations: new URL('../migrations', import.meta.url),
  repositoryRoot: new URL('../../../../', import.meta.url),
  relations,
});

export type YachtpartyConnection = Connection<YachtpartyRelations>;
export type YachtpartyDatabase = YachtpartyConnection['db'];
