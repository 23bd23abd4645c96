import { tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { ASSOCIATION_DISCIPLINES, PARTNERSHIP_SCOPES } from './constants.ts';
import { associationDirectories } from './schema/association-directories.ts';
import { associationEvents } from './schema/association-events.ts';
import { associationMemberships } from './schema/association-memberships.ts';
import { partnershipBenefits } from './schema/partnership-benefits.ts';
import { partnershipCommunications } from './schema/partnership-communications.ts';
import { partnershipContent } from './schema/partnership-content.ts';
import { partnershipContracts } from './schema/partnership-contracts.ts';
import { partnershipMetrics } from './schema/partnership-metrics.ts';
import { partnershipReferrals } from './schema/partnership-referrals.ts';
import { partnerships } from './schema/partnerships.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers). What is left here is what a table cannot say: the element types of its two text[] columns
 * (drizzle-orm/zod types them as string[]; the tables' `allOneOf` rules are applied on top). No table of this
 * package has a jsonb column.
 */

export const associationDirectorySchemas = tableSchemas(associationDirectories, {
  disciplines: () => z.array(z.enum(ASSOCIATION_DISCIPLINES, { message: `must be one of ${ASSOCIATION_DISCIPLINES.join(', ')}` })),
});
export type AssociationDirectory = typeof associationDirectories.$inferSelect;
export type NewAssociationDirectory = typeof associationDirectories.$inferInsert;

export const associationMembershipSchemas = tableSchemas(associationMemberships);
export type AssociationMembership = typeof associationMemberships.$inferSelect;
export type NewAssociationMembership = typeof associationMemberships.$inferInsert;

export const associationEventSchemas = tableSchemas(associationEvents);
export type AssociationEvent = typeof associationEvents.$inferSelect;
export type NewAssociationEvent = typeof associationEvents.$inferInsert;

export const partnershipSchemas = tableSchemas(partnerships, {
  scopes: () => z.array(z.enum(PARTNERSHIP_SCOPES, { message: `must be one of ${PARTNERSHIP_SCOPES.join(', ')}` })),
});
export type Partnership = typeof partnerships.$inferSelect;
export type NewPartnership = typeof partnerships.$inferInsert;

export const partnershipContractSchemas = tableSchemas(partnershipContracts);
export type PartnershipContract = typeof partnershipContracts.$inferSelect;
export type NewPartnershipContract = typeof partnershipContracts.$inferInsert;

export const partnershipBenefitSchemas = tableSchemas(partnershipBenefits);
export type PartnershipBenefit = typeof partnershipBenefits.$inferSelect;
export type NewPartnershipBenefit = typeof partnershipBenefits.$inferInsert;

export const partnershipReferralSchemas = tableSchemas(partnershipReferrals);
export type PartnershipReferral = typeof partnershipReferrals.$inferSelect;
export type NewPartnershipReferral = typeof partnershipReferrals.$inferInsert;

export const partnershipMetricSchemas = tableSchemas(partnershipMetrics);
export type PartnershipMetric = typeof partnershipMetrics.$inferSelect;
export type NewPartnershipMetric = typeof partnershipMetrics.$inferInsert;

export const partnershipContentSchemas = tableSchemas(partnershipContent);
export type PartnershipContent = typeof partnershipContent.$inferSelect;
export type NewPartnershipContent = typeof partnershipContent.$inferInsert;

export const partnershipCommunicationSchemas = tableSchemas(partnershipCommunications);
export type PartnershipCommunication = typeof partnershipCommunications.$inferSelect;
export type NewPartnershipCommunication = typeof partnershipCommunications.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const partnershipsCatalog = tableCatalog(
  associationDirectorySchemas,
  associationMembershipSchemas,
  associationEventSchemas,
  partnershipSchemas,
  partnershipContractSchemas,
  partnershipBenefitSchemas,
  partnershipReferralSchemas,
  partnershipMetricSchemas,
  partnershipContentSchemas,
  partnershipCommunicationSchemas,
);
