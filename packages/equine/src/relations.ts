import { mergeRelationParts, type MergedRelations } from '@db/core';
import { healthRelations } from '@db/health';
import { horsesRelations } from '@db/horses';
import { providersRelations } from '@db/providers';
import { purchasesRelations } from '@db/purchases';
import { usersRelations } from '@db/users';
import { defineRelationsPart } from 'drizzle-orm';
import { schema } from './schema.ts';

/** Every table (so `db.query` has them all), then each pillar's relations part, merged per relation key. */
const everyTable = defineRelationsPart(schema);

export type EquineRelations = MergedRelations<
  [typeof everyTable, typeof usersRelations, typeof horsesRelations, typeof providersRelations, typeof purchasesRelations, typeof healthRelations]
>;

export const relations: EquineRelations = mergeRelationParts(everyTable, usersRelations, horsesRelations, providersRelations, purchasesRelations, healthRelations);
