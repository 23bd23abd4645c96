import type { Database } from '@db/core';
import { fixtureKit } from '@db/core/testing';
import { getTableName, type AnyRelations } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { organizations } from '../src/index.ts';
import * as tables from '../src/tables.ts';
import { authFixtureSet, blipeeFixtureSet } from './fixtures.ts';

const catalog = { ...authFixtureSet.catalog, ...blipeeFixtureSet.catalog };
const fixtures = { ...authFixtureSet.fixtures, ...blipeeFixtureSet.fixtures };

/** Whether deleting an organization cascades into `table` (it has a foreign key to it ON DELETE CASCADE). */
const cascadesFromOrganization = (table: PgTable) =>
  getTableConfig(table).foreignKeys.some((key) => key.reference().foreignTable === organizations && key.onDelete === 'cascade');

/**
 * One fixture row in every table of the package (the ones that cascade from organizations when `cascadingOnly`),
 * all under one organization, parents first. Returns that organization's id.
 */
export async function seedOrganizationGraph(db: Database<AnyRelations>, { cascadingOnly = false } = {}) {
  const kit = fixtureKit({ db }, catalog, fixtures);
  const chosen = (Object.values(tables) as PgTable[]).filter(
    (table) => getTableName(table) in blipeeFixtureSet.catalog && (!cascadingOnly || cascadesFromOrganization(table)),
  );
  const { ref } = await kit.seed(...chosen);
  return { organizationId: ref('organizations') };
}
