import { horsesFixtures, horsesInvalidRows } from '@db/horses/fixtures';
import { providersFixtures, providersInvalidRows } from '@db/providers/fixtures';
import { usersFixtures, usersInvalidRows } from '@db/users/fixtures';
import type { PgTable } from 'drizzle-orm/pg-core';
import { equineCatalog } from '../src/index.ts';

/** Every equine table with its Zod schemas, keyed by SQL name, as the pillars export them. */
export const tableSchemas = equineCatalog;

export const fixtures = { ...usersFixtures, ...horsesFixtures, ...providersFixtures };
export const invalidRows = [...usersInvalidRows, ...horsesInvalidRows, ...providersInvalidRows];

export const tableNamed = (name: string): PgTable => {
  const entry = tableSchemas[name];
  if (!entry) throw new Error(`no table ${name} in any pillar`);
  return entry.table;
};
