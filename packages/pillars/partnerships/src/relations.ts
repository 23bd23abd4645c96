import { adminUsers } from '@db/admin/tables';
import { communityEvents, groups } from '@db/social/tables';
import { userProfiles, userSubscriptions } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges
 * onto the parents of other packages (user_profiles, user_subscriptions, admin_users, groups, community_events),
 * under keys prefixed with the domain (`association...`, `partnership...`) so that they never meet another
 * package's.
 */
export const partnershipsRelations = defineRelationsPart(
  { ...schema, userProfiles, userSubscriptions, adminUsers, groups, communityEvents },
  (r) => ({
    associationDirectories: {
      parent: r.one.associationDirectories({
        from: r.associationDirectories.parentAssociationId,
        to: r.associationDirectories.id,
        alias: 'association_parent',
      }),
      branches: r.many.associationDirectories({
        from: r.associationDirectories.id,
        to: r.associationDirectories.parentAssociationId,
        alias: 'association_parent',
      }),
      affiliatedFederation: r.one.associationDirectories({
        from: r.associationDirectories.affiliatedFederationId,
        to: r.associationDirectories.id,
        alias: 'association_federation',
      }),
      affiliates: r.many.associationDirectories({
        from: r.associationDirectories.id,
        to: r.associationDirectories.affiliatedFederationId,
        alias: 'association_federation',
      }),
      communityGroup: r.one.groups({ from: r.associationDirectories.communityGroupId, to: r.groups.id }),
      managedBy: r.one.userProfiles({ from: r.associationDirectories.managedByUserId, to: r.userProfiles.id }),
      memberships: r.many.associationMemberships({ from: r.associationDirectories.id, to: r.associationMemberships.associationId }),
      members: r.many.userProfiles({
        from: r.associationDirectories.id.through(r.associationMemberships.associationId),
        to: r.userProfiles.id.through(r.associationMemberships.userId),
      }),
      events: r.many.associationEvents({ from: r.associationDirectories.id, to: r.associationEvents.associationId }),
      partnerships: r.many.partnerships({ from: r.associationDirectories.id, to: r.partnerships.associationId }),
      memberBenefits: r.many.partnershipBenefits({ from: r.associationDirectories.id, to: r.partnershipBenefits.eligibleAssociationId }),
    },
    associationMemberships: {
      association: r.one.associationDirectories({
        from: r.associationMemberships.associationId,
        to: r.associationDirectories.id,
        optional: false,
      }),
      user: r.one.userProfiles({ from: r.associationMemberships.userId, to: r.userProfiles.id, optional: false }),
    },
    associationEvents: {
      association: r.one.associationDirectories({ from: r.associationEvents.associationId, to: r.associationDirectories.id, optional: false }),
      communityEvent: r.one.communityEvents({ from: r.associationEvents.communityEventId, to: r.communityEvents.id }),
    },
    partnerships: {
      association: r.one.associationDirectories({ from: r.partnerships.associationId, to: r.associationDirectories.id }),
      accountManager: r.one.adminUsers({ from: r.partnerships.accountManagerAdminUserId, to: r.adminUsers.id }),
      contracts: r.many.partnershipContracts({ from: r.partnerships.id, to: r.partnershipContracts.partnershipId }),
      benefits: r.many.partnershipBenefits({ from: r.partnerships.id, to: r.partnershipBenefits.partnershipId }),
      referrals: r.many.partnershipReferrals({ from: r.partnerships.id, to: r.partnershipReferrals.partnershipId }),
      metrics: r.many.partnershipMetrics({ from: r.partnerships.id, to: r.partnershipMetrics.partnershipId }),
      content: r.many.partnershipContent({ from: r.partnerships.id, to: r.partnershipContent.partnershipId }),
      communications: r.many.partnershipCommunications({ from: r.partnerships.id, to: r.partnershipCommunications.partnershipId }),
    },
    partnershipContracts: {
      partnership: r.one.partnerships({ from: r.partnershipContracts.partnershipId, to: r.partnerships.id, optional: false }),
      supersedes: r.one.partnershipContracts({
        from: r.partnershipContracts.supersedesContractId,
        to: r.partnershipContracts.id,
        alias: 'partnership_contract_supersedes',
      }),
      supersededBy: r.many.partnershipContracts({
        from: r.partnershipContracts.id,
        to: r.partnershipContracts.supersedesContractId,
        alias: 'partnership_contract_supersedes',
      }),
      signedBy: r.one.adminUsers({ from: r.partnershipContracts.signedByAdminUserId, to: r.adminUsers.id }),
      communications: r.many.partnershipCommunications({ from: r.partnershipContracts.id, to: r.partnershipCommunications.contractId }),
    },
    partnershipBenefits: {
      partnership: r.one.partnerships({ from: r.partnershipBenefits.partnershipId, to: r.partnerships.id, optional: false }),
      eligibleAssociation: r.one.associationDirectories({
        from: r.partnershipBenefits.eligibleAssociationId,
        to: r.associationDirectories.id,
      }),
    },
    partnershipReferrals: {
      partnership: r.one.partnerships({ from: r.partnershipReferrals.partnershipId, to: r.partnerships.id, optional: false }),
      referredUser: r.one.userProfiles({ from: r.partnershipReferrals.referredUserId, to: r.userProfiles.id }),
      convertedSubscription: r.one.userSubscriptions({
        from: r.partnershipReferrals.convertedSubscriptionId,
        to: r.userSubscriptions.id,
      }),
    },
    partnershipMetrics: {
      partnership: r.one.partnerships({ from: r.partnershipMetrics.partnershipId, to: r.partnerships.id, optional: false }),
    },
    partnershipContent: {
      partnership: r.one.partnerships({ from: r.partnershipContent.partnershipId, to: r.partnerships.id, optional: false }),
      approvedBy: r.one.adminUsers({ from: r.partnershipContent.approvedByAdminUserId, to: r.adminUsers.id }),
      author: r.one.userProfiles({ from: r.partnershipContent.authorUserId, to: r.userProfiles.id }),
    },
    partnershipCommunications: {
      partnership: r.one.partnerships({ from: r.partnershipCommunications.partnershipId, to: r.partnerships.id, optional: false }),
      contract: r.one.partnershipContracts({ from: r.partnershipCommunications.contractId, to: r.partnershipContracts.id }),
      staff: r.one.adminUsers({ from: r.partnershipCommunications.staffAdminUserId, to: r.adminUsers.id, optional: false }),
      corrects: r.one.partnershipCommunications({
        from: r.partnershipCommunications.correctsCommunicationId,
        to: r.partnershipCommunications.id,
        alias: 'partnership_communication_correction',
      }),
      corrections: r.many.partnershipCommunications({
        from: r.partnershipCommunications.id,
        to: r.partnershipCommunications.correctsCommunicationId,
        alias: 'partnership_communication_correction',
      }),
    },
    userProfiles: {
      associationMemberships: r.many.associationMemberships({ from: r.userProfiles.id, to: r.associationMemberships.userId }),
      associationsManaged: r.many.associationDirectories({ from: r.userProfiles.id, to: r.associationDirectories.managedByUserId }),
      partnershipReferralsReceived: r.many.partnershipReferrals({ from: r.userProfiles.id, to: r.partnershipReferrals.referredUserId }),
      partnershipContentAuthored: r.many.partnershipContent({ from: r.userProfiles.id, to: r.partnershipContent.authorUserId }),
    },
    userSubscriptions: {
      partnershipReferrals: r.many.partnershipReferrals({ from: r.userSubscriptions.id, to: r.partnershipReferrals.convertedSubscriptionId }),
    },
    adminUsers: {
      partnershipsManaged: r.many.partnerships({ from: r.adminUsers.id, to: r.partnerships.accountManagerAdminUserId }),
      partnershipContractsSigned: r.many.partnershipContracts({ from: r.adminUsers.id, to: r.partnershipContracts.signedByAdminUserId }),
      partnershipContentApproved: r.many.partnershipContent({ from: r.adminUsers.id, to: r.partnershipContent.approvedByAdminUserId }),
      partnershipCommunications: r.many.partnershipCommunications({ from: r.adminUsers.id, to: r.partnershipCommunications.staffAdminUserId }),
    },
    groups: {
      associations: r.many.associationDirectories({ from: r.groups.id, to: r.associationDirectories.communityGroupId }),
    },
    communityEvents: {
      associationEvents: r.many.associationEvents({ from: r.communityEvents.id, to: r.associationEvents.communityEventId }),
    },
  }),
);
