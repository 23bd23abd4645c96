import { vetPractices } from '@db/providers/tables';
import { userProfiles, userSessions } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * user_profiles, user_sessions and vet_practices, under keys those packages do not use (prefixed with the domain).
 */
export const complianceRelations = defineRelationsPart({ ...schema, userProfiles, userSessions, vetPractices }, (r) => ({
  securityAudits: {
    commissionedBy: r.one.userProfiles({ from: r.securityAudits.commissionedByUserId, to: r.userProfiles.id }),
    complianceRecords: r.many.complianceRecords({ from: r.securityAudits.id, to: r.complianceRecords.securityAuditId }),
  },
  complianceRecords: {
    securityAudit: r.one.securityAudits({ from: r.complianceRecords.securityAuditId, to: r.securityAudits.id }),
    assessedBy: r.one.userProfiles({
      from: r.complianceRecords.assessedByUserId,
      to: r.userProfiles.id,
      alias: 'compliance_record_assessed_by',
    }),
    owner: r.one.userProfiles({ from: r.complianceRecords.ownerUserId, to: r.userProfiles.id, alias: 'compliance_record_owner' }),
  },
  accessControlLists: {
    principalUser: r.one.userProfiles({
      from: r.accessControlLists.principalUserId,
      to: r.userProfiles.id,
      alias: 'access_control_principal_user',
    }),
    principalPractice: r.one.vetPractices({ from: r.accessControlLists.principalPracticeId, to: r.vetPractices.id }),
    grantedBy: r.one.userProfiles({
      from: r.accessControlLists.grantedByUserId,
      to: r.userProfiles.id,
      alias: 'access_control_granted_by',
    }),
    revokedBy: r.one.userProfiles({
      from: r.accessControlLists.revokedByUserId,
      to: r.userProfiles.id,
      alias: 'access_control_revoked_by',
    }),
  },
  dataPrivacyRequests: {
    subject: r.one.userProfiles({
      from: r.dataPrivacyRequests.subjectUserId,
      to: r.userProfiles.id,
      alias: 'data_privacy_request_subject',
    }),
    handledBy: r.one.userProfiles({
      from: r.dataPrivacyRequests.handledByUserId,
      to: r.userProfiles.id,
      alias: 'data_privacy_request_handled_by',
    }),
  },
  encryptionKeys: {
    replacedBy: r.one.encryptionKeys({ from: r.encryptionKeys.replacedByKeyId, to: r.encryptionKeys.id, alias: 'encryption_key_replaced_by' }),
    replaces: r.many.encryptionKeys({ from: r.encryptionKeys.id, to: r.encryptionKeys.replacedByKeyId, alias: 'encryption_key_replaced_by' }),
    custodian: r.one.userProfiles({ from: r.encryptionKeys.custodianUserId, to: r.userProfiles.id }),
  },
  securityPolicies: {
    approvedBy: r.one.userProfiles({
      from: r.securityPolicies.approvedByUserId,
      to: r.userProfiles.id,
      alias: 'security_policy_approved_by',
    }),
    owner: r.one.userProfiles({ from: r.securityPolicies.ownerUserId, to: r.userProfiles.id, alias: 'security_policy_owner' }),
    consentRecords: r.many.gdprCompliance({ from: r.securityPolicies.id, to: r.gdprCompliance.securityPolicyId }),
    retentionPolicies: r.many.dataRetentionPolicies({ from: r.securityPolicies.id, to: r.dataRetentionPolicies.securityPolicyId }),
  },
  authenticationLogs: {
    user: r.one.userProfiles({ from: r.authenticationLogs.userId, to: r.userProfiles.id }),
    sessionAssessments: r.many.sessionSecurity({ from: r.authenticationLogs.id, to: r.sessionSecurity.authenticationLogId }),
  },
  sessionSecurity: {
    session: r.one.userSessions({ from: r.sessionSecurity.sessionId, to: r.userSessions.id, optional: false }),
    authenticationLog: r.one.authenticationLogs({ from: r.sessionSecurity.authenticationLogId, to: r.authenticationLogs.id }),
    revokedBy: r.one.userProfiles({ from: r.sessionSecurity.revokedByUserId, to: r.userProfiles.id }),
  },
  dataRetentionPolicies: {
    securityPolicy: r.one.securityPolicies({ from: r.dataRetentionPolicies.securityPolicyId, to: r.securityPolicies.id }),
    owner: r.one.userProfiles({ from: r.dataRetentionPolicies.ownerUserId, to: r.userProfiles.id }),
  },
  gdprCompliance: {
    user: r.one.userProfiles({ from: r.gdprCompliance.userId, to: r.userProfiles.id, optional: false, alias: 'gdpr_consent_user' }),
    policy: r.one.securityPolicies({ from: r.gdprCompliance.securityPolicyId, to: r.securityPolicies.id, optional: false }),
    recordedBy: r.one.userProfiles({ from: r.gdprCompliance.recordedByUserId, to: r.userProfiles.id, alias: 'gdpr_consent_recorded_by' }),
  },
  userProfiles: {
    securityAuditsCommissioned: r.many.securityAudits({ from: r.userProfiles.id, to: r.securityAudits.commissionedByUserId }),
    complianceRecordsAssessed: r.many.complianceRecords({
      from: r.userProfiles.id,
      to: r.complianceRecords.assessedByUserId,
      alias: 'compliance_record_assessed_by',
    }),
    complianceRecordsOwned: r.many.complianceRecords({
      from: r.userProfiles.id,
      to: r.complianceRecords.ownerUserId,
      alias: 'compliance_record_owner',
    }),
    accessControlGrants: r.many.accessControlLists({
      from: r.userProfiles.id,
      to: r.accessControlLists.principalUserId,
      alias: 'access_control_principal_user',
    }),
    accessControlGrantsGiven: r.many.accessControlLists({
      from: r.userProfiles.id,
      to: r.accessControlLists.grantedByUserId,
      alias: 'access_control_granted_by',
    }),
    accessControlGrantsRevoked: r.many.accessControlLists({
      from: r.userProfiles.id,
      to: r.accessControlLists.revokedByUserId,
      alias: 'access_control_revoked_by',
    }),
    privacyRequests: r.many.dataPrivacyRequests({
      from: r.userProfiles.id,
      to: r.dataPrivacyRequests.subjectUserId,
      alias: 'data_privacy_request_subject',
    }),
    privacyRequestsHandled: r.many.dataPrivacyRequests({
      from: r.userProfiles.id,
      to: r.dataPrivacyRequests.handledByUserId,
      alias: 'data_privacy_request_handled_by',
    }),
    encryptionKeysCustodied: r.many.encryptionKeys({ from: r.userProfiles.id, to: r.encryptionKeys.custodianUserId }),
    securityPoliciesApproved: r.many.securityPolicies({
      from: r.userProfiles.id,
      to: r.securityPolicies.approvedByUserId,
      alias: 'security_policy_approved_by',
    }),
    securityPoliciesOwned: r.many.securityPolicies({
      from: r.userProfiles.id,
      to: r.securityPolicies.ownerUserId,
      alias: 'security_policy_owner',
    }),
    authenticationEvents: r.many.authenticationLogs({ from: r.userProfiles.id, to: r.authenticationLogs.userId }),
    sessionSecurityRevocations: r.many.sessionSecurity({ from: r.userProfiles.id, to: r.sessionSecurity.revokedByUserId }),
    retentionPoliciesOwned: r.many.dataRetentionPolicies({ from: r.userProfiles.id, to: r.dataRetentionPolicies.ownerUserId }),
    consentRecords: r.many.gdprCompliance({ from: r.userProfiles.id, to: r.gdprCompliance.userId, alias: 'gdpr_consent_user' }),
    consentRecordsKeyed: r.many.gdprCompliance({
      from: r.userProfiles.id,
      to: r.gdprCompliance.recordedByUserId,
      alias: 'gdpr_consent_recorded_by',
    }),
  },
  userSessions: {
    securityAssessment: r.one.sessionSecurity({ from: r.userSessions.id, to: r.sessionSecurity.sessionId }),
  },
  vetPractices: {
    accessControlGrants: r.many.accessControlLists({ from: r.vetPractices.id, to: r.accessControlLists.principalPracticeId }),
  },
}));
