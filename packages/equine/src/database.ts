import { databasePackage, type Connection } from '@db/core';
import { relations, type EquineRelations } from './relations.ts';

/**
 * The equine database: `createDb`, `migrate`, its `migrationsFolder`, and `.data/equine`, the embedded database
 * the scripts and Drizzle Studio share (`createConfiguredDb` opens DATABASE_URL when set, else that one). Opens the equine database. Relational queries (`db.query.horses.findMany({ with: ... })`) span every pillar.
 */
export const { migrationsFolder, localDataDir, createDb, migrate, createConfiguredDb, configuredTarget } = databasePackage({
  name: 'equine',
  migrations: new URL('../migrations', import.meta.url),
  repositoryRoot: new URL('../../../', import.meta.url),
  relations,
});

export type EquineConnection = Connection<EquineRelations>;
export type EquineDatabase = EquineConnection['db'];
