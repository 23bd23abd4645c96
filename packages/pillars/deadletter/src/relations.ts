import { adminUsers, errorLogs, systemAlerts } from '@db/admin/tables';
import { queueManagement } from '@db/reliability/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the parents of other packages (queue_management, admin_users, error_logs, system_alerts) under keys prefixed
 * `dlq`, so they cannot meet other pillars' keys on the same tables.
 */
export const deadletterRelations = defineRelationsPart({ ...schema, queueManagement, adminUsers, errorLogs, systemAlerts }, (r) => ({
  messageQueueConfigs: {
    queue: r.one.queueManagement({ from: r.messageQueueConfigs.queueId, to: r.queueManagement.id, optional: false }),
    changedBy: r.one.adminUsers({ from: r.messageQueueConfigs.changedByAdminUserId, to: r.adminUsers.id }),
  },
  messageValidationRules: {
    createdBy: r.one.adminUsers({ from: r.messageValidationRules.createdByAdminUserId, to: r.adminUsers.id }),
    deadLetters: r.many.deadLetterQueue({ from: r.messageValidationRules.id, to: r.deadLetterQueue.validationRuleId }),
  },
  deadLetterQueue: {
    queue: r.one.queueManagement({ from: r.deadLetterQueue.queueId, to: r.queueManagement.id, optional: false }),
    /** The queue's policy in force: what the retries follow. */
    queueConfig: r.one.messageQueueConfigs({
      from: r.deadLetterQueue.queueId,
      to: r.messageQueueConfigs.queueId,
      where: { validTo: { isNull: true } },
    }),
    validationRule: r.one.messageValidationRules({ from: r.deadLetterQueue.validationRuleId, to: r.messageValidationRules.id }),
    errorLog: r.one.errorLogs({ from: r.deadLetterQueue.errorLogId, to: r.errorLogs.id }),
    processingLogs: r.many.dlqProcessingLogs({ from: r.deadLetterQueue.id, to: r.dlqProcessingLogs.deadLetterId }),
    recoveryActions: r.many.dlqRecoveryActions({ from: r.deadLetterQueue.id, to: r.dlqRecoveryActions.deadLetterId }),
    manualReviews: r.many.dlqManualReviews({ from: r.deadLetterQueue.id, to: r.dlqManualReviews.deadLetterId }),
    openReview: r.one.dlqManualReviews({
      from: r.deadLetterQueue.id,
      to: r.dlqManualReviews.deadLetterId,
      where: { status: { in: ['open', 'in_review'] } },
    }),
    patternsSampled: r.many.messagePatternAnalysis({ from: r.deadLetterQueue.id, to: r.messagePatternAnalysis.sampleDeadLetterId }),
  },
  dlqProcessingLogs: {
    deadLetter: r.one.deadLetterQueue({ from: r.dlqProcessingLogs.deadLetterId, to: r.deadLetterQueue.id, optional: false }),
  },
  dlqRecoveryActions: {
    deadLetter: r.one.deadLetterQueue({ from: r.dlqRecoveryActions.deadLetterId, to: r.deadLetterQueue.id }),
    queue: r.one.queueManagement({ from: r.dlqRecoveryActions.queueId, to: r.queueManagement.id, alias: 'dlq_recovery_action_queue' }),
    targetQueue: r.one.queueManagement({ from: r.dlqRecoveryActions.targetQueueId, to: r.queueManagement.id, alias: 'dlq_recovery_action_target_queue' }),
    manualReview: r.one.dlqManualReviews({ from: r.dlqRecoveryActions.manualReviewId, to: r.dlqManualReviews.id }),
    operator: r.one.adminUsers({
      from: r.dlqRecoveryActions.operatorAdminUserId,
      to: r.adminUsers.id,
      optional: false,
      alias: 'dlq_recovery_action_operator',
    }),
    approvedBy: r.one.adminUsers({ from: r.dlqRecoveryActions.approvedByAdminUserId, to: r.adminUsers.id, alias: 'dlq_recovery_action_approver' }),
  },
  dlqAnalytics: {
    queue: r.one.queueManagement({ from: r.dlqAnalytics.queueId, to: r.queueManagement.id, optional: false }),
  },
  dlqAlertRules: {
    queue: r.one.queueManagement({ from: r.dlqAlertRules.queueId, to: r.queueManagement.id, optional: false }),
    lastAlert: r.one.systemAlerts({ from: r.dlqAlertRules.lastSystemAlertId, to: r.systemAlerts.id }),
    createdBy: r.one.adminUsers({ from: r.dlqAlertRules.createdByAdminUserId, to: r.adminUsers.id }),
  },
  messagePatternAnalysis: {
    queue: r.one.queueManagement({ from: r.messagePatternAnalysis.queueId, to: r.queueManagement.id, optional: false }),
    sampleDeadLetter: r.one.deadLetterQueue({ from: r.messagePatternAnalysis.sampleDeadLetterId, to: r.deadLetterQueue.id }),
    errorLog: r.one.errorLogs({ from: r.messagePatternAnalysis.errorLogId, to: r.errorLogs.id }),
    manualReviews: r.many.dlqManualReviews({ from: r.messagePatternAnalysis.id, to: r.dlqManualReviews.messagePatternId }),
  },
  dlqCleanupPolicies: {
    queue: r.one.queueManagement({ from: r.dlqCleanupPolicies.queueId, to: r.queueManagement.id, optional: false }),
    approvedBy: r.one.adminUsers({ from: r.dlqCleanupPolicies.approvedByAdminUserId, to: r.adminUsers.id }),
  },
  dlqManualReviews: {
    deadLetter: r.one.deadLetterQueue({ from: r.dlqManualReviews.deadLetterId, to: r.deadLetterQueue.id, optional: false }),
    messagePattern: r.one.messagePatternAnalysis({ from: r.dlqManualReviews.messagePatternId, to: r.messagePatternAnalysis.id }),
    reviewer: r.one.adminUsers({ from: r.dlqManualReviews.reviewerAdminUserId, to: r.adminUsers.id }),
    recoveryActions: r.many.dlqRecoveryActions({ from: r.dlqManualReviews.id, to: r.dlqRecoveryActions.manualReviewId }),
  },
  queueManagement: {
    dlqMessages: r.many.deadLetterQueue({ from: r.queueManagement.id, to: r.deadLetterQueue.queueId }),
    dlqConfigs: r.many.messageQueueConfigs({ from: r.queueManagement.id, to: r.messageQueueConfigs.queueId }),
    dlqCurrentConfig: r.one.messageQueueConfigs({
      from: r.queueManagement.id,
      to: r.messageQueueConfigs.queueId,
      where: { validTo: { isNull: true } },
    }),
    dlqRecoveryActions: r.many.dlqRecoveryActions({ from: r.queueManagement.id, to: r.dlqRecoveryActions.queueId, alias: 'dlq_recovery_action_queue' }),
    dlqRedrivesReceived: r.many.dlqRecoveryActions({
      from: r.queueManagement.id,
      to: r.dlqRecoveryActions.targetQueueId,
      alias: 'dlq_recovery_action_target_queue',
    }),
    dlqAnalytics: r.many.dlqAnalytics({ from: r.queueManagement.id, to: r.dlqAnalytics.queueId }),
    dlqAlertRules: r.many.dlqAlertRules({ from: r.queueManagement.id, to: r.dlqAlertRules.queueId }),
    dlqErrorPatterns: r.many.messagePatternAnalysis({ from: r.queueManagement.id, to: r.messagePatternAnalysis.queueId }),
    dlqCleanupPolicies: r.many.dlqCleanupPolicies({ from: r.queueManagement.id, to: r.dlqCleanupPolicies.queueId }),
  },
  adminUsers: {
    dlqQueueConfigChanges: r.many.messageQueueConfigs({ from: r.adminUsers.id, to: r.messageQueueConfigs.changedByAdminUserId }),
    dlqValidationRulesCreated: r.many.messageValidationRules({ from: r.adminUsers.id, to: r.messageValidationRules.createdByAdminUserId }),
    dlqRecoveryActionsPerformed: r.many.dlqRecoveryActions({
      from: r.adminUsers.id,
      to: r.dlqRecoveryActions.operatorAdminUserId,
      alias: 'dlq_recovery_action_operator',
    }),
    dlqRecoveryActionsApproved: r.many.dlqRecoveryActions({
      from: r.adminUsers.id,
      to: r.dlqRecoveryActions.approvedByAdminUserId,
      alias: 'dlq_recovery_action_approver',
    }),
    dlqAlertRulesCreated: r.many.dlqAlertRules({ from: r.adminUsers.id, to: r.dlqAlertRules.createdByAdminUserId }),
    dlqCleanupPoliciesApproved: r.many.dlqCleanupPolicies({ from: r.adminUsers.id, to: r.dlqCleanupPolicies.approvedByAdminUserId }),
    dlqManualReviews: r.many.dlqManualReviews({ from: r.adminUsers.id, to: r.dlqManualReviews.reviewerAdminUserId }),
  },
  errorLogs: {
    dlqMessages: r.many.deadLetterQueue({ from: r.errorLogs.id, to: r.deadLetterQueue.errorLogId }),
    dlqErrorPatterns: r.many.messagePatternAnalysis({ from: r.errorLogs.id, to: r.messagePatternAnalysis.errorLogId }),
  },
  systemAlerts: {
    dlqAlertRules: r.many.dlqAlertRules({ from: r.systemAlerts.id, to: r.dlqAlertRules.lastSystemAlertId }),
  },
}));
