import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * user_profiles (keys named so they cannot meet other pillars').
 */
export const adminRelations = defineRelationsPart({ ...schema, userProfiles }, (r) => ({
  adminUsers: {
    user: r.one.userProfiles({ from: r.adminUsers.userId, to: r.userProfiles.id, optional: false }),
    grantedBy: r.one.adminUsers({ from: r.adminUsers.grantedByAdminUserId, to: r.adminUsers.id, alias: 'admin_users_granted_by' }),
    accessGranted: r.many.adminUsers({ from: r.adminUsers.id, to: r.adminUsers.grantedByAdminUserId, alias: 'admin_users_granted_by' }),
    actions: r.many.adminActions({ from: r.adminUsers.id, to: r.adminActions.adminUserId, alias: 'admin_actions_admin' }),
    actionsApproved: r.many.adminActions({ from: r.adminUsers.id, to: r.adminActions.approvedByAdminUserId, alias: 'admin_actions_approver' }),
    errorLogsAssigned: r.many.errorLogs({ from: r.adminUsers.id, to: r.errorLogs.assignedAdminUserId }),
    backupsTriggered: r.many.databaseBackups({ from: r.adminUsers.id, to: r.databaseBackups.triggeredByAdminUserId }),
    configChanges: r.many.systemConfig({ from: r.adminUsers.id, to: r.systemConfig.changedByAdminUserId }),
    featureFlagsOwned: r.many.featureFlags({ from: r.adminUsers.id, to: r.featureFlags.ownerAdminUserId }),
    alertsAcknowledged: r.many.systemAlerts({ from: r.adminUsers.id, to: r.systemAlerts.acknowledgedByAdminUserId }),
  },
  adminActions: {
    admin: r.one.adminUsers({ from: r.adminActions.adminUserId, to: r.adminUsers.id, optional: false, alias: 'admin_actions_admin' }),
    approvedBy: r.one.adminUsers({ from: r.adminActions.approvedByAdminUserId, to: r.adminUsers.id, alias: 'admin_actions_approver' }),
    subjectUser: r.one.userProfiles({ from: r.adminActions.subjectUserId, to: r.userProfiles.id }),
  },
  apiUsageStats: {
    user: r.one.userProfiles({ from: r.apiUsageStats.userId, to: r.userProfiles.id }),
  },
  errorLogs: {
    assignedTo: r.one.adminUsers({ from: r.errorLogs.assignedAdminUserId, to: r.adminUsers.id }),
    alerts: r.many.systemAlerts({ from: r.errorLogs.id, to: r.systemAlerts.errorLogId }),
  },
  databaseBackups: {
    parent: r.one.databaseBackups({ from: r.databaseBackups.parentBackupId, to: r.databaseBackups.id, alias: 'database_backups_parent' }),
    dependents: r.many.databaseBackups({ from: r.databaseBackups.id, to: r.databaseBackups.parentBackupId, alias: 'database_backups_parent' }),
    triggeredBy: r.one.adminUsers({ from: r.databaseBackups.triggeredByAdminUserId, to: r.adminUsers.id }),
  },
  systemConfig: {
    changedBy: r.one.adminUsers({ from: r.systemConfig.changedByAdminUserId, to: r.adminUsers.id }),
  },
  featureFlags: {
    owner: r.one.adminUsers({ from: r.featureFlags.ownerAdminUserId, to: r.adminUsers.id }),
  },
  auditTrail: {
    actor: r.one.userProfiles({ from: r.auditTrail.actorUserId, to: r.userProfiles.id, alias: 'audit_trail_actor' }),
    impersonator: r.one.userProfiles({ from: r.auditTrail.impersonatorUserId, to: r.userProfiles.id, alias: 'audit_trail_impersonator' }),
  },
  systemHealthMetrics: {
    alerts: r.many.systemAlerts({ from: r.systemHealthMetrics.id, to: r.systemAlerts.systemHealthMetricId }),
  },
  systemAlerts: {
    acknowledgedBy: r.one.adminUsers({ from: r.systemAlerts.acknowledgedByAdminUserId, to: r.adminUsers.id }),
    healthMetric: r.one.systemHealthMetrics({ from: r.systemAlerts.systemHealthMetricId, to: r.systemHealthMetrics.id }),
    errorLog: r.one.errorLogs({ from: r.systemAlerts.errorLogId, to: r.errorLogs.id }),
  },
  userProfiles: {
    adminAccount: r.one.adminUsers({ from: r.userProfiles.id, to: r.adminUsers.userId }),
    adminActionsConcerning: r.many.adminActions({ from: r.userProfiles.id, to: r.adminActions.subjectUserId }),
    apiUsageStats: r.many.apiUsageStats({ from: r.userProfiles.id, to: r.apiUsageStats.userId }),
    auditTrailChanges: r.many.auditTrail({ from: r.userProfiles.id, to: r.auditTrail.actorUserId, alias: 'audit_trail_actor' }),
    auditTrailImpersonations: r.many.auditTrail({
      from: r.userProfiles.id,
      to: r.auditTrail.impersonatorUserId,
      alias: 'audit_trail_impersonator',
    }),
  },
}));
