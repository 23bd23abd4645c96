import { calendarDate, formatted, HTTP_URL, tableCatalog, tableSchemas } from '@db/core';
import { USER_SUBSCRIPTION_PLANS } from '@db/users/constants';
import { z } from 'zod';
import {
  DIPLOMACY_DATA_CATEGORIES,
  DIPLOMACY_DELIVERABLE_STATUSES,
  DIPLOMACY_EXTERNAL_PARTNER_KINDS,
  DIPLOMACY_MEMBERSHIP_TYPES,
} from './constants.ts';
import { associationAdvocacyCampaigns } from './schema/association-advocacy-campaigns.ts';
import { associationAdvocacyParticipants } from './schema/association-advocacy-participants.ts';
import { associationBenefitPrograms } from './schema/association-benefit-programs.ts';
import { associationCollaborations } from './schema/association-collaborations.ts';
import { associationCommunications } from './schema/association-communications.ts';
import { associationDataSharing } from './schema/association-data-sharing.ts';
import { associationEventParticipation } from './schema/association-event-participation.ts';
import { associationFeedbackCollection } from './schema/association-feedback-collection.ts';
import { associationMemberSync } from './schema/association-member-sync.ts';
import { associationRelationships } from './schema/association-relationships.ts';
import { associationResources } from './schema/association-resources.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers). What is left here is what a table cannot say: the element types of its text[] columns (drizzle-orm/zod
 * types them as string[]; the tables' `allOneOf` rules are applied on top) and the shapes of the two jsonb lists of
 * `association_collaborations`.
 */

const httpUrl = formatted(HTTP_URL);

export const associationRelationshipSchemas = tableSchemas(associationRelationships);
export type AssociationRelationship = typeof associationRelationships.$inferSelect;
export type NewAssociationRelationship = typeof associationRelationships.$inferInsert;

export const associationCommunicationSchemas = tableSchemas(associationCommunications);
export type AssociationCommunication = typeof associationCommunications.$inferSelect;
export type NewAssociationCommunication = typeof associationCommunications.$inferInsert;

export const associationDataSharingSchemas = tableSchemas(associationDataSharing, {
  dataCategories: () => z.array(z.enum(DIPLOMACY_DATA_CATEGORIES, { message: `must be one of ${DIPLOMACY_DATA_CATEGORIES.join(', ')}` })),
});
export type AssociationDataSharing = typeof associationDataSharing.$inferSelect;
export type NewAssociationDataSharing = typeof associationDataSharing.$inferInsert;

export const associationMemberSyncSchemas = tableSchemas(associationMemberSync);
export type AssociationMemberSync = typeof associationMemberSync.$inferSelect;
export type NewAssociationMemberSync = typeof associationMemberSync.$inferInsert;

export const associationEventParticipationSchemas = tableSchemas(associationEventParticipation);
export type AssociationEventParticipation = typeof associationEventParticipation.$inferSelect;
export type NewAssociationEventParticipation = typeof associationEventParticipation.$inferInsert;

export const associationAdvocacyCampaignSchemas = tableSchemas(associationAdvocacyCampaigns);
export type AssociationAdvocacyCampaign = typeof associationAdvocacyCampaigns.$inferSelect;
export type NewAssociationAdvocacyCampaign = typeof associationAdvocacyCampaigns.$inferInsert;

export const associationAdvocacyParticipantSchemas = tableSchemas(associationAdvocacyParticipants);
export type AssociationAdvocacyParticipant = typeof associationAdvocacyParticipants.$inferSelect;
export type NewAssociationAdvocacyParticipant = typeof associationAdvocacyParticipants.$inferInsert;

export const associationFeedbackCollectionSchemas = tableSchemas(associationFeedbackCollection);
export type AssociationFeedbackCollection = typeof associationFeedbackCollection.$inferSelect;
export type NewAssociationFeedbackCollection = typeof associationFeedbackCollection.$inferInsert;

export const associationBenefitProgramSchemas = tableSchemas(associationBenefitPrograms, {
  membershipTypes: () => z.array(z.enum(DIPLOMACY_MEMBERSHIP_TYPES, { message: `must be one of ${DIPLOMACY_MEMBERSHIP_TYPES.join(', ')}` })),
  appliesToPlans: () => z.array(z.enum(USER_SUBSCRIPTION_PLANS, { message: `must be one of ${USER_SUBSCRIPTION_PLANS.join(', ')}` })),
});
export type AssociationBenefitProgram = typeof associationBenefitPrograms.$inferSelect;
export type NewAssociationBenefitProgram = typeof associationBenefitPrograms.$inferInsert;

export const associationCollaborationSchemas = tableSchemas(associationCollaborations, {
  deliverables: () =>
    z.array(
      z.strictObject({
        title: z.string().min(1).max(200),
        dueOn: calendarDate.optional(),
        status: z.enum(DIPLOMACY_DELIVERABLE_STATUSES, { message: `must be one of ${DIPLOMACY_DELIVERABLE_STATUSES.join(', ')}` }),
        deliveredOn: calendarDate.optional(),
        url: httpUrl(z.string()).optional(),
      }),
    ),
  externalPartners: () =>
    z.array(
      z.strictObject({
        name: z.string().min(1).max(200),
        kind: z.enum(DIPLOMACY_EXTERNAL_PARTNER_KINDS, { message: `must be one of ${DIPLOMACY_EXTERNAL_PARTNER_KINDS.join(', ')}` }),
        role: z.string().min(1).max(200).optional(),
      }),
    ),
});
export type AssociationCollaboration = typeof associationCollaborations.$inferSelect;
export type NewAssociationCollaboration = typeof associationCollaborations.$inferInsert;

export const associationResourceSchemas = tableSchemas(associationResources);
export type AssociationResource = typeof associationResources.$inferSelect;
export type NewAssociationResource = typeof associationResources.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const diplomacyCatalog = tableCatalog(
  associationRelationshipSchemas,
  associationCommunicationSchemas,
  associationDataSharingSchemas,
  associationMemberSyncSchemas,
  associationEventParticipationSchemas,
  associationAdvocacyCampaignSchemas,
  associationAdvocacyParticipantSchemas,
  associationFeedbackCollectionSchemas,
  associationBenefitProgramSchemas,
  associationCollaborationSchemas,
  associationResourceSchemas,
);
