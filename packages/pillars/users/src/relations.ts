import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/** This package's relations part: `r.one` edges from its tables (and their reverse `r.many`). */
export const usersRelations = defineRelationsPart(schema, (r) => ({
  userProfiles: {
    roles: r.many.userRoles({ from: r.userProfiles.id, to: r.userRoles.userId, alias: 'user_roles_user' }),
    rolesGranted: r.many.userRoles({ from: r.userProfiles.id, to: r.userRoles.grantedBy, alias: 'user_roles_granted_by' }),
    permissions: r.many.userPermissions({
      from: r.userProfiles.id,
      to: r.userPermissions.userId,
      alias: 'user_permissions_user',
    }),
    permissionsGranted: r.many.userPermissions({
      from: r.userProfiles.id,
      to: r.userPermissions.grantedBy,
      alias: 'user_permissions_granted_by',
    }),
    activityLog: r.many.userActivityLog({
      from: r.userProfiles.id,
      to: r.userActivityLog.userId,
      alias: 'user_activity_log_user',
    }),
    impersonatedActivity: r.many.userActivityLog({
      from: r.userProfiles.id,
      to: r.userActivityLog.impersonatorId,
      alias: 'user_activity_log_impersonator',
    }),
    sessions: r.many.userSessions({ from: r.userProfiles.id, to: r.userSessions.userId }),
    preferences: r.one.userPreferences({ from: r.userProfiles.id, to: r.userPreferences.userId }),
    subscriptions: r.many.userSubscriptions({ from: r.userProfiles.id, to: r.userSubscriptions.userId }),
    paymentMethods: r.many.userPaymentMethods({ from: r.userProfiles.id, to: r.userPaymentMethods.userId }),
    verifications: r.many.userVerificationStatus({
      from: r.userProfiles.id,
      to: r.userVerificationStatus.userId,
      alias: 'user_verification_status_user',
    }),
    verificationsReviewed: r.many.userVerificationStatus({
      from: r.userProfiles.id,
      to: r.userVerificationStatus.reviewedBy,
      alias: 'user_verification_status_reviewed_by',
    }),
    socialConnections: r.many.userSocialConnections({ from: r.userProfiles.id, to: r.userSocialConnections.userId }),
    dailyMetrics: r.many.userMetrics({ from: r.userProfiles.id, to: r.userMetrics.userId }),
  },
  userRoles: {
    user: r.one.userProfiles({
      from: r.userRoles.userId,
      to: r.userProfiles.id,
      optional: false,
      alias: 'user_roles_user',
    }),
    grantor: r.one.userProfiles({ from: r.userRoles.grantedBy, to: r.userProfiles.id, alias: 'user_roles_granted_by' }),
  },
  userPermissions: {
    user: r.one.userProfiles({
      from: r.userPermissions.userId,
      to: r.userProfiles.id,
      optional: false,
      alias: 'user_permissions_user',
    }),
    grantor: r.one.userProfiles({
      from: r.userPermissions.grantedBy,
      to: r.userProfiles.id,
      alias: 'user_permissions_granted_by',
    }),
  },
  userSessions: {
    user: r.one.userProfiles({ from: r.userSessions.userId, to: r.userProfiles.id, optional: false }),
    activity: r.many.userActivityLog({ from: r.userSessions.id, to: r.userActivityLog.sessionId }),
  },
  userActivityLog: {
    user: r.one.userProfiles({ from: r.userActivityLog.userId, to: r.userProfiles.id, alias: 'user_activity_log_user' }),
    impersonator: r.one.userProfiles({
      from: r.userActivityLog.impersonatorId,
      to: r.userProfiles.id,
      alias: 'user_activity_log_impersonator',
    }),
    session: r.one.userSessions({ from: r.userActivityLog.sessionId, to: r.userSessions.id }),
  },
  userPreferences: {
    user: r.one.userProfiles({ from: r.userPreferences.userId, to: r.userProfiles.id, optional: false }),
  },
  userPaymentMethods: {
    user: r.one.userProfiles({ from: r.userPaymentMethods.userId, to: r.userProfiles.id, optional: false }),
    subscriptions: r.many.userSubscriptions({ from: r.userPaymentMethods.id, to: r.userSubscriptions.paymentMethodId }),
  },
  userSubscriptions: {
    user: r.one.userProfiles({ from: r.userSubscriptions.userId, to: r.userProfiles.id, optional: false }),
    paymentMethod: r.one.userPaymentMethods({ from: r.userSubscriptions.paymentMethodId, to: r.userPaymentMethods.id }),
  },
  userVerificationStatus: {
    user: r.one.userProfiles({
      from: r.userVerificationStatus.userId,
      to: r.userProfiles.id,
      optional: false,
      alias: 'user_verification_status_user',
    }),
    reviewer: r.one.userProfiles({
      from: r.userVerificationStatus.reviewedBy,
      to: r.userProfiles.id,
      alias: 'user_verification_status_reviewed_by',
    }),
  },
  userSocialConnections: {
    user: r.one.userProfiles({ from: r.userSocialConnections.userId, to: r.userProfiles.id, optional: false }),
  },
  userMetrics: {
    user: r.one.userProfiles({ from: r.userMetrics.userId, to: r.userProfiles.id, optional: false }),
  },
}));
