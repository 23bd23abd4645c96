import { mergeRelationParts, type MergedRelations } from '@db/core';
import { adminRelations } from '@db/admin';
import { complianceRelations } from '@db/compliance';
import { healthRelations } from '@db/health';
import { horsesRelations } from '@db/horses';
import { marketingRelations } from '@db/marketing';
import { providersRelations } from '@db/providers';
import { purchasesRelations } from '@db/purchases';
import { recommendationsRelations } from '@db/recommendations';
import { reliabilityRelations } from '@db/reliability';
import { retentionRelations } from '@db/retention';
import { socialRelations } from '@db/social';
import { usersRelations } from '@db/users';
import { defineRelationsPart } from 'drizzle-orm';
import { schema } from './schema.ts';

/** Every table (so `db.query` has them all), then each pillar's relations part, merged per relation key. */
const everyTable = defineRelationsPart(schema);

export type EquineRelations = MergedRelations<
  [
    typeof everyTable,
    typeof usersRelations,
    typeof horsesRelations,
    typeof providersRelations,
    typeof purchasesRelations,
    typeof healthRelations,
    typeof socialRelations,
    typeof recommendationsRelations,
    typeof adminRelations,
    typeof retentionRelations,
    typeof marketingRelations,
    typeof reliabilityRelations,
    typeof complianceRelations,
  ]
>;

export const relations: EquineRelations = mergeRelationParts(
  everyTable,
  usersRelations,
  horsesRelations,
  providersRelations,
  purchasesRelations,
  healthRelations,
  socialRelations,
  recommendationsRelations,
  adminRelations,
  retentionRelations,
  marketingRelations,
  reliabilityRelations,
  complianceRelations,
);
