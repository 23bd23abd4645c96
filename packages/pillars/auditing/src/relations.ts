import { adminActions, adminUsers } from '@db/admin/tables';
import { dataPrivacyRequests, encryptionKeys, securityAudits, securityPolicies } from '@db/compliance/tables';
import { vetPractices } from '@db/providers/tables';
import { platformServices } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the tables it references in other packages (keys named so they cannot meet other pillars').
 */
export const auditingRelations = defineRelationsPart(
  {
    ...schema,
    userProfiles,
    platformServices,
    vetPractices,
    adminUsers,
    adminActions,
    securityPolicies,
    securityAudits,
    encryptionKeys,
    dataPrivacyRequests,
  },
  (r) => ({
    securityEventLogs: {
      actorUser: r.one.userProfiles({ from: r.securityEventLogs.actorUserId, to: r.userProfiles.id }),
      actorService: r.one.platformServices({ from: r.securityEventLogs.actorServiceId, to: r.platformServices.id }),
      policyViolations: r.many.securityPolicyViolations({ from: r.securityEventLogs.id, to: r.securityPolicyViolations.securityEventLogId }),
    },
    accessLogs: {
      user: r.one.userProfiles({ from: r.accessLogs.userId, to: r.userProfiles.id }),
    },
    permissionChanges: {
      granteeUser: r.one.userProfiles({ from: r.permissionChanges.granteeUserId, to: r.userProfiles.id, alias: 'permission_change_grantee' }),
      granteePractice: r.one.vetPractices({ from: r.permissionChanges.granteePracticeId, to: r.vetPractices.id }),
      changedBy: r.one.userProfiles({ from: r.permissionChanges.changedByUserId, to: r.userProfiles.id, alias: 'permission_change_changed_by' }),
      approvedBy: r.one.userProfiles({ from: r.permissionChanges.approvedByUserId, to: r.userProfiles.id, alias: 'permission_change_approver' }),
      adminAction: r.one.adminActions({ from: r.permissionChanges.adminActionId, to: r.adminActions.id }),
    },
    dataAccessAudit: {
      actorUser: r.one.userProfiles({ from: r.dataAccessAudit.actorUserId, to: r.userProfiles.id, alias: 'data_access_actor' }),
      actorService: r.one.platformServices({ from: r.dataAccessAudit.actorServiceId, to: r.platformServices.id }),
      subject: r.one.userProfiles({ from: r.dataAccessAudit.subjectUserId, to: r.userProfiles.id, optional: false, alias: 'data_access_subject' }),
      dataPrivacyRequest: r.one.dataPrivacyRequests({ from: r.dataAccessAudit.dataPrivacyRequestId, to: r.dataPrivacyRequests.id }),
      adminAction: r.one.adminActions({ from: r.dataAccessAudit.adminActionId, to: r.adminActions.id }),
    },
    securityPolicyViolations: {
      policy: r.one.securityPolicies({ from: r.securityPolicyViolations.securityPolicyId, to: r.securityPolicies.id, optional: false }),
      violatorUser: r.one.userProfiles({ from: r.securityPolicyViolations.violatorUserId, to: r.userProfiles.id }),
      violatorService: r.one.platformServices({ from: r.securityPolicyViolations.violatorServiceId, to: r.platformServices.id }),
      resolvedBy: r.one.adminUsers({ from: r.securityPolicyViolations.resolvedByAdminUserId, to: r.adminUsers.id }),
      securityEvent: r.one.securityEventLogs({ from: r.securityPolicyViolations.securityEventLogId, to: r.securityEventLogs.id }),
      incident: r.one.securityIncidentReports({ from: r.securityPolicyViolations.securityIncidentReportId, to: r.securityIncidentReports.id }),
    },
    suspiciousActivityFlags: {
      subjectUser: r.one.userProfiles({ from: r.suspiciousActivityFlags.subjectUserId, to: r.userProfiles.id }),
      reviewedBy: r.one.adminUsers({ from: r.suspiciousActivityFlags.reviewedByAdminUserId, to: r.adminUsers.id }),
      incident: r.one.securityIncidentReports({ from: r.suspiciousActivityFlags.securityIncidentReportId, to: r.securityIncidentReports.id }),
    },
    complianceAudits: {
      securityAudit: r.one.securityAudits({ from: r.complianceAudits.securityAuditId, to: r.securityAudits.id }),
      auditLiaison: r.one.userProfiles({ from: r.complianceAudits.auditLiaisonUserId, to: r.userProfiles.id }),
      encryptionChecks: r.many.encryptionAudit({ from: r.complianceAudits.id, to: r.encryptionAudit.complianceAuditId }),
    },
    securityIncidentReports: {
      incidentLead: r.one.adminUsers({ from: r.securityIncidentReports.incidentLeadAdminUserId, to: r.adminUsers.id }),
      reportedBy: r.one.userProfiles({ from: r.securityIncidentReports.reportedByUserId, to: r.userProfiles.id }),
      policyViolations: r.many.securityPolicyViolations({ from: r.securityIncidentReports.id, to: r.securityPolicyViolations.securityIncidentReportId }),
      suspiciousActivityFlags: r.many.suspiciousActivityFlags({ from: r.securityIncidentReports.id, to: r.suspiciousActivityFlags.securityIncidentReportId }),
    },
    passwordPolicyCompliance: {
      user: r.one.userProfiles({ from: r.passwordPolicyCompliance.userId, to: r.userProfiles.id, optional: false }),
      policy: r.one.securityPolicies({ from: r.passwordPolicyCompliance.securityPolicyId, to: r.securityPolicies.id, optional: false }),
    },
    encryptionAudit: {
      encryptionKey: r.one.encryptionKeys({ from: r.encryptionAudit.encryptionKeyId, to: r.encryptionKeys.id, optional: false }),
      complianceAudit: r.one.complianceAudits({ from: r.encryptionAudit.complianceAuditId, to: r.complianceAudits.id }),
      checkedBy: r.one.userProfiles({ from: r.encryptionAudit.checkedByUserId, to: r.userProfiles.id }),
    },
    userProfiles: {
      securityEventsAsActor: r.many.securityEventLogs({ from: r.userProfiles.id, to: r.securityEventLogs.actorUserId }),
      accessLogEntries: r.many.accessLogs({ from: r.userProfiles.id, to: r.accessLogs.userId }),
      permissionChangesReceived: r.many.permissionChanges({
        from: r.userProfiles.id,
        to: r.permissionChanges.granteeUserId,
        alias: 'permission_change_grantee',
      }),
      permissionChangesMade: r.many.permissionChanges({
        from: r.userProfiles.id,
        to: r.permissionChanges.changedByUserId,
        alias: 'permission_change_changed_by',
      }),
      permissionChangesApproved: r.many.permissionChanges({
        from: r.userProfiles.id,
        to: r.permissionChanges.approvedByUserId,
        alias: 'permission_change_approver',
      }),
      dataAccessAsActor: r.many.dataAccessAudit({ from: r.userProfiles.id, to: r.dataAccessAudit.actorUserId, alias: 'data_access_actor' }),
      dataAccessAsSubject: r.many.dataAccessAudit({ from: r.userProfiles.id, to: r.dataAccessAudit.subjectUserId, alias: 'data_access_subject' }),
      securityPolicyViolations: r.many.securityPolicyViolations({ from: r.userProfiles.id, to: r.securityPolicyViolations.violatorUserId }),
      suspiciousActivityFlags: r.many.suspiciousActivityFlags({ from: r.userProfiles.id, to: r.suspiciousActivityFlags.subjectUserId }),
      complianceAuditsLiaised: r.many.complianceAudits({ from: r.userProfiles.id, to: r.complianceAudits.auditLiaisonUserId }),
      securityIncidentsReported: r.many.securityIncidentReports({ from: r.userProfiles.id, to: r.securityIncidentReports.reportedByUserId }),
      passwordPolicyEvaluations: r.many.passwordPolicyCompliance({ from: r.userProfiles.id, to: r.passwordPolicyCompliance.userId }),
      encryptionChecksPerformed: r.many.encryptionAudit({ from: r.userProfiles.id, to: r.encryptionAudit.checkedByUserId }),
    },
    platformServices: {
      securityEventsAsActor: r.many.securityEventLogs({ from: r.platformServices.id, to: r.securityEventLogs.actorServiceId }),
      dataAccessAsActor: r.many.dataAccessAudit({ from: r.platformServices.id, to: r.dataAccessAudit.actorServiceId }),
      securityPolicyViolations: r.many.securityPolicyViolations({ from: r.platformServices.id, to: r.securityPolicyViolations.violatorServiceId }),
    },
    vetPractices: {
      permissionChangesReceived: r.many.permissionChanges({ from: r.vetPractices.id, to: r.permissionChanges.granteePracticeId }),
    },
    adminUsers: {
      securityViolationsResolved: r.many.securityPolicyViolations({ from: r.adminUsers.id, to: r.securityPolicyViolations.resolvedByAdminUserId }),
      suspiciousActivityReviewed: r.many.suspiciousActivityFlags({ from: r.adminUsers.id, to: r.suspiciousActivityFlags.reviewedByAdminUserId }),
      securityIncidentsLed: r.many.securityIncidentReports({ from: r.adminUsers.id, to: r.securityIncidentReports.incidentLeadAdminUserId }),
    },
    adminActions: {
      permissionChanges: r.many.permissionChanges({ from: r.adminActions.id, to: r.permissionChanges.adminActionId }),
      dataAccessAudit: r.many.dataAccessAudit({ from: r.adminActions.id, to: r.dataAccessAudit.adminActionId }),
    },
    securityPolicies: {
      securityPolicyViolations: r.many.securityPolicyViolations({ from: r.securityPolicies.id, to: r.securityPolicyViolations.securityPolicyId }),
      passwordPolicyEvaluations: r.many.passwordPolicyCompliance({ from: r.securityPolicies.id, to: r.passwordPolicyCompliance.securityPolicyId }),
    },
    securityAudits: {
      complianceAudits: r.many.complianceAudits({ from: r.securityAudits.id, to: r.complianceAudits.securityAuditId }),
    },
    encryptionKeys: {
      encryptionAudits: r.many.encryptionAudit({ from: r.encryptionKeys.id, to: r.encryptionAudit.encryptionKeyId }),
    },
    dataPrivacyRequests: {
      dataAccessAudit: r.many.dataAccessAudit({ from: r.dataPrivacyRequests.id, to: r.dataAccessAudit.dataPrivacyRequestId }),
    },
  }),
);
