import { databasePackage, type Connection } from '@db/core';
import { relations, type BlipeeRelations } from './relations.ts';

/**
 * The blipee database: `createDb`, `migrate`, its `migrationsFolder`, and `.data/blipee`, the embedded database
 * the scripts and Drizzle Studio share (`createConfiguredDb` opens DATABASE_URL when set, else that one).
 */
export const { migrationsFolder, localDataDir, createDb, migrate, createConfiguredDb, configuredTarget } = databasePackage({
  name: 'blipee',
  migrations: new URL('../migrations', import.meta.url),
  repositoryRoot: new URL('../../../../', import.meta.url),
  relations,
});

export type BlipeeConnection = Connection<BlipeeRelations>;
export type BlipeeDatabase = BlipeeConnection['db'];
