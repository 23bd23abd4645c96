import { adminUsers } from '@db/admin/tables';
import { securityPolicies } from '@db/compliance/tables';
import { associationDirectories, associationEvents, partnershipBenefits, partnershipContracts, partnerships } from '@db/partnerships/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the parents of other packages (association_directories, association_events, partnerships, partnership_contracts,
 * partnership_benefits, admin_users, security_policies). Those keys are named after this package's tables
 * (`associationRelationships`, `associationDataSharing`, ...), which no other package can use, so they never meet
 * another package's keys on the same table.
 */
export const diplomacyRelations = defineRelationsPart(
  { ...schema, associationDirectories, associationEvents, partnerships, partnershipContracts, partnershipBenefits, adminUsers, securityPolicies },
  (r) => ({
    associationRelationships: {
      association: r.one.associationDirectories({ from: r.associationRelationships.associationId, to: r.associationDirectories.id, optional: false }),
      owner: r.one.adminUsers({ from: r.associationRelationships.ownerAdminUserId, to: r.adminUsers.id }),
      partnership: r.one.partnerships({ from: r.associationRelationships.partnershipId, to: r.partnerships.id }),
    },
    associationCommunications: {
      association: r.one.associationDirectories({ from: r.associationCommunications.associationId, to: r.associationDirectories.id, optional: false }),
      staff: r.one.adminUsers({ from: r.associationCommunications.staffAdminUserId, to: r.adminUsers.id, optional: false }),
      inReplyTo: r.one.associationCommunications({
        from: r.associationCommunications.inReplyToCommunicationId,
        to: r.associationCommunications.id,
        alias: 'association_communication_reply',
      }),
      replies: r.many.associationCommunications({
        from: r.associationCommunications.id,
        to: r.associationCommunications.inReplyToCommunicationId,
        alias: 'association_communication_reply',
      }),
      corrects: r.one.associationCommunications({
        from: r.associationCommunications.correctsCommunicationId,
        to: r.associationCommunications.id,
        alias: 'association_communication_correction',
      }),
      corrections: r.many.associationCommunications({
        from: r.associationCommunications.id,
        to: r.associationCommunications.correctsCommunicationId,
        alias: 'association_communication_correction',
      }),
    },
    associationDataSharing: {
      association: r.one.associationDirectories({ from: r.associationDataSharing.associationId, to: r.associationDirectories.id, optional: false }),
      contract: r.one.partnershipContracts({ from: r.associationDataSharing.contractId, to: r.partnershipContracts.id }),
      approvedBy: r.one.adminUsers({ from: r.associationDataSharing.approvedByAdminUserId, to: r.adminUsers.id }),
      privacyNotice: r.one.securityPolicies({ from: r.associationDataSharing.privacyNoticePolicyId, to: r.securityPolicies.id }),
      memberSyncs: r.many.associationMemberSync({ from: r.associationDataSharing.id, to: r.associationMemberSync.dataSharingId }),
      collaborations: r.many.associationCollaborations({ from: r.associationDataSharing.id, to: r.associationCollaborations.dataSharingId }),
    },
    associationMemberSync: {
      association: r.one.associationDirectories({ from: r.associationMemberSync.associationId, to: r.associationDirectories.id, optional: false }),
      dataSharing: r.one.associationDataSharing({ from: r.associationMemberSync.dataSharingId, to: r.associationDataSharing.id, optional: false }),
      triggeredBy: r.one.adminUsers({ from: r.associationMemberSync.triggeredByAdminUserId, to: r.adminUsers.id }),
    },
    associationEventParticipation: {
      event: r.one.associationEvents({ from: r.associationEventParticipation.associationEventId, to: r.associationEvents.id, optional: false }),
      leadStaff: r.one.adminUsers({ from: r.associationEventParticipation.leadStaffAdminUserId, to: r.adminUsers.id }),
    },
    associationAdvocacyCampaigns: {
      owner: r.one.adminUsers({ from: r.associationAdvocacyCampaigns.ownerAdminUserId, to: r.adminUsers.id }),
      participants: r.many.associationAdvocacyParticipants({ from: r.associationAdvocacyCampaigns.id, to: r.associationAdvocacyParticipants.campaignId }),
      lead: r.one.associationAdvocacyParticipants({
        from: r.associationAdvocacyCampaigns.id,
        to: r.associationAdvocacyParticipants.campaignId,
        where: { role: 'lead' },
      }),
      associations: r.many.associationDirectories({
        from: r.associationAdvocacyCampaigns.id.through(r.associationAdvocacyParticipants.campaignId),
        to: r.associationDirectories.id.through(r.associationAdvocacyParticipants.associationId),
      }),
      feedbackCollections: r.many.associationFeedbackCollection({ from: r.associationAdvocacyCampaigns.id, to: r.associationFeedbackCollection.campaignId }),
    },
    associationAdvocacyParticipants: {
      campaign: r.one.associationAdvocacyCampaigns({ from: r.associationAdvocacyParticipants.campaignId, to: r.associationAdvocacyCampaigns.id, optional: false }),
      association: r.one.associationDirectories({ from: r.associationAdvocacyParticipants.associationId, to: r.associationDirectories.id, optional: false }),
    },
    associationFeedbackCollection: {
      association: r.one.associationDirectories({ from: r.associationFeedbackCollection.associationId, to: r.associationDirectories.id, optional: false }),
      campaign: r.one.associationAdvocacyCampaigns({ from: r.associationFeedbackCollection.campaignId, to: r.associationAdvocacyCampaigns.id }),
      owner: r.one.adminUsers({ from: r.associationFeedbackCollection.ownerAdminUserId, to: r.adminUsers.id }),
    },
    associationBenefitPrograms: {
      association: r.one.associationDirectories({ from: r.associationBenefitPrograms.associationId, to: r.associationDirectories.id, optional: false }),
      partnershipBenefit: r.one.partnershipBenefits({ from: r.associationBenefitPrograms.partnershipBenefitId, to: r.partnershipBenefits.id }),
      negotiatedBy: r.one.adminUsers({ from: r.associationBenefitPrograms.negotiatedByAdminUserId, to: r.adminUsers.id }),
    },
    associationCollaborations: {
      association: r.one.associationDirectories({ from: r.associationCollaborations.associationId, to: r.associationDirectories.id, optional: false }),
      lead: r.one.adminUsers({ from: r.associationCollaborations.leadAdminUserId, to: r.adminUsers.id }),
      partnership: r.one.partnerships({ from: r.associationCollaborations.partnershipId, to: r.partnerships.id }),
      dataSharing: r.one.associationDataSharing({ from: r.associationCollaborations.dataSharingId, to: r.associationDataSharing.id }),
      resources: r.many.associationResources({ from: r.associationCollaborations.id, to: r.associationResources.collaborationId }),
    },
    associationResources: {
      association: r.one.associationDirectories({ from: r.associationResources.associationId, to: r.associationDirectories.id, optional: false }),
      sharedBy: r.one.adminUsers({ from: r.associationResources.sharedByAdminUserId, to: r.adminUsers.id }),
      supersedes: r.one.associationResources({
        from: r.associationResources.supersedesResourceId,
        to: r.associationResources.id,
        alias: 'association_resource_supersedes',
      }),
      supersededBy: r.many.associationResources({
        from: r.associationResources.id,
        to: r.associationResources.supersedesResourceId,
        alias: 'association_resource_supersedes',
      }),
      collaboration: r.one.associationCollaborations({ from: r.associationResources.collaborationId, to: r.associationCollaborations.id }),
    },
    associationDirectories: {
      associationRelationships: r.many.associationRelationships({ from: r.associationDirectories.id, to: r.associationRelationships.associationId }),
      currentAssociationRelationship: r.one.associationRelationships({
        from: r.associationDirectories.id,
        to: r.associationRelationships.associationId,
        where: { validTo: { isNull: true } },
      }),
      associationCommunications: r.many.associationCommunications({ from: r.associationDirectories.id, to: r.associationCommunications.associationId }),
      associationDataSharing: r.many.associationDataSharing({ from: r.associationDirectories.id, to: r.associationDataSharing.associationId }),
      associationMemberSyncs: r.many.associationMemberSync({ from: r.associationDirectories.id, to: r.associationMemberSync.associationId }),
      associationAdvocacyParticipations: r.many.associationAdvocacyParticipants({
        from: r.associationDirectories.id,
        to: r.associationAdvocacyParticipants.associationId,
      }),
      associationAdvocacyCampaigns: r.many.associationAdvocacyCampaigns({
        from: r.associationDirectories.id.through(r.associationAdvocacyParticipants.associationId),
        to: r.associationAdvocacyCampaigns.id.through(r.associationAdvocacyParticipants.campaignId),
      }),
      associationFeedbackCollections: r.many.associationFeedbackCollection({
        from: r.associationDirectories.id,
        to: r.associationFeedbackCollection.associationId,
      }),
      associationBenefitPrograms: r.many.associationBenefitPrograms({ from: r.associationDirectories.id, to: r.associationBenefitPrograms.associationId }),
      associationCollaborations: r.many.associationCollaborations({ from: r.associationDirectories.id, to: r.associationCollaborations.associationId }),
      associationResources: r.many.associationResources({ from: r.associationDirectories.id, to: r.associationResources.associationId }),
    },
    associationEvents: {
      associationEventParticipation: r.many.associationEventParticipation({
        from: r.associationEvents.id,
        to: r.associationEventParticipation.associationEventId,
      }),
    },
    partnerships: {
      associationRelationships: r.many.associationRelationships({ from: r.partnerships.id, to: r.associationRelationships.partnershipId }),
      associationCollaborations: r.many.associationCollaborations({ from: r.partnerships.id, to: r.associationCollaborations.partnershipId }),
    },
    partnershipContracts: {
      associationDataSharing: r.many.associationDataSharing({ from: r.partnershipContracts.id, to: r.associationDataSharing.contractId }),
    },
    partnershipBenefits: {
      associationBenefitPrograms: r.many.associationBenefitPrograms({ from: r.partnershipBenefits.id, to: r.associationBenefitPrograms.partnershipBenefitId }),
    },
    securityPolicies: {
      associationDataSharing: r.many.associationDataSharing({ from: r.securityPolicies.id, to: r.associationDataSharing.privacyNoticePolicyId }),
    },
    adminUsers: {
      associationRelationshipsOwned: r.many.associationRelationships({ from: r.adminUsers.id, to: r.associationRelationships.ownerAdminUserId }),
      associationCommunications: r.many.associationCommunications({ from: r.adminUsers.id, to: r.associationCommunications.staffAdminUserId }),
      associationDataSharingApproved: r.many.associationDataSharing({ from: r.adminUsers.id, to: r.associationDataSharing.approvedByAdminUserId }),
      associationMemberSyncsTriggered: r.many.associationMemberSync({ from: r.adminUsers.id, to: r.associationMemberSync.triggeredByAdminUserId }),
      associationEventParticipationLed: r.many.associationEventParticipation({
        from: r.adminUsers.id,
        to: r.associationEventParticipation.leadStaffAdminUserId,
      }),
      associationAdvocacyCampaignsOwned: r.many.associationAdvocacyCampaigns({ from: r.adminUsers.id, to: r.associationAdvocacyCampaigns.ownerAdminUserId }),
      associationFeedbackCollectionsOwned: r.many.associationFeedbackCollection({
        from: r.adminUsers.id,
        to: r.associationFeedbackCollection.ownerAdminUserId,
      }),
      associationBenefitProgramsNegotiated: r.many.associationBenefitPrograms({
        from: r.adminUsers.id,
        to: r.associationBenefitPrograms.negotiatedByAdminUserId,
      }),
      associationCollaborationsLed: r.many.associationCollaborations({ from: r.adminUsers.id, to: r.associationCollaborations.leadAdminUserId }),
      associationResourcesShared: r.many.associationResources({ from: r.adminUsers.id, to: r.associationResources.sharedByAdminUserId }),
    },
  }),
);
