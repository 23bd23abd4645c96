import { databasePackage, type Connection } from '@db/core';
import { relations, type HotdashRelations } from './relations.ts';

/**
 * The hotdash database: `createDb`, `migrate`, its `migrationsFolder`, and `.data/hotdash`, the embedded database
 * the scripts and Drizzle Studio share (`createConfiguredDb` opens DATABASE_URL when set, else that one).
 */
export const { migrationsFolder, localDataDir, createDb, migrate, createConfiguredDb, configuredTarget } = databasePackage({
  name: 'hotdash',
  migrations: new URL('../migrations', import.meta.url),
  repositoryRoot: new URL('../../../../', import.meta.url),
  relations,
});

export type HotdashConnection = Connection<HotdashRelations>;
export type HotdashDatabase = HotdashConnection['db'];
