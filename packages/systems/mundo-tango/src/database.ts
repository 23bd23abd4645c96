import { databasePackage, type Connection } from '@db/core';
import { relations, type MundoTangoRelations } from './relations.ts';

/**
 * The mundo-tango database: `createDb`, `migrate`, its `migrationsFolder`, and `.data/mundo-tango`, the embedded database
 * the scripts and Drizzle Studio share (`createConfiguredDb` opens DATABASE_URL when set, else that one).
 */
export const { migrationsFolder, localDataDir, createDb, migrate, createConfiguredDb, configuredTarget } = databasePackage({
  name: 'mundo-tango',
  migrations: new URL('../migrations', import.meta.url),
  repositoryRoot: new URL('../../../../', import.meta.url),
  relations,
});

export type MundoTangoConnection = Connection<MundoTangoRelations>;
export type MundoTangoDatabase = MundoTangoConnection['db'];
