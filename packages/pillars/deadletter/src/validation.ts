import { formatted, jsonRecord, SHA256_HEX, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { DLQ_ERROR_CLASS, DLQ_JSON_POINTER, DLQ_MESSAGE_STATUSES, DLQ_MESSAGE_TYPE } from './constants.ts';
import { deadLetterQueue } from './schema/dead-letter-queue.ts';
import { dlqAlertRules } from './schema/dlq-alert-rules.ts';
import { dlqAnalytics } from './schema/dlq-analytics.ts';
import { dlqCleanupPolicies } from './schema/dlq-cleanup-policies.ts';
import { dlqManualReviews } from './schema/dlq-manual-reviews.ts';
import { dlqProcessingLogs } from './schema/dlq-processing-logs.ts';
import { dlqRecoveryActions } from './schema/dlq-recovery-actions.ts';
import { messagePatternAnalysis } from './schema/message-pattern-analysis.ts';
import { messageQueueConfigs } from './schema/message-queue-configs.ts';
import { messageValidationRules } from './schema/message-validation-rules.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns and the element type of
 * its text[] columns (JSON pointers).
 */

const jsonPointers = () => z.array(formatted(DLQ_JSON_POINTER)(z.string()));

export const messageQueueConfigSchemas = tableSchemas(messageQueueConfigs);
export type MessageQueueConfig = typeof messageQueueConfigs.$inferSelect;
export type NewMessageQueueConfig = typeof messageQueueConfigs.$inferInsert;

export const messageValidationRuleSchemas = tableSchemas(messageValidationRules, {
  schemaDocument: () => jsonRecord(),
  requiredFields: jsonPointers,
});
export type MessageValidationRule = typeof messageValidationRules.$inferSelect;
export type NewMessageValidationRule = typeof messageValidationRules.$inferInsert;

export const deadLetterSchemas = tableSchemas(deadLetterQueue, {
  payload: () => jsonRecord(),
  headers: () => z.record(z.string(), z.string()),
});
export type DeadLetter = typeof deadLetterQueue.$inferSelect;
export type NewDeadLetter = typeof deadLetterQueue.$inferInsert;

export const dlqProcessingLogSchemas = tableSchemas(dlqProcessingLogs);
export type DlqProcessingLog = typeof dlqProcessingLogs.$inferSelect;
export type NewDlqProcessingLog = typeof dlqProcessingLogs.$inferInsert;

export const dlqRecoveryActionSchemas = tableSchemas(dlqRecoveryActions, {
  selection: () =>
    z.strictObject({
      statuses: z.array(z.enum(DLQ_MESSAGE_STATUSES)).optional(),
      messageType: formatted(DLQ_MESSAGE_TYPE)(z.string()).optional(),
      errorClass: formatted(DLQ_ERROR_CLASS)(z.string()).optional(),
      errorFingerprint: formatted(SHA256_HEX)(z.string()).optional(),
      failedFrom: z.iso.datetime({ offset: true }).optional(),
      failedTo: z.iso.datetime({ offset: true }).optional(),
    }),
  editedPaths: jsonPointers,
});
export type DlqRecoveryAction = typeof dlqRecoveryActions.$inferSelect;
export type NewDlqRecoveryAction = typeof dlqRecoveryActions.$inferInsert;

export const dlqAnalyticsSchemas = tableSchemas(dlqAnalytics);
export type DlqAnalytics = typeof dlqAnalytics.$inferSelect;
export type NewDlqAnalytics = typeof dlqAnalytics.$inferInsert;

export const dlqAlertRuleSchemas = tableSchemas(dlqAlertRules);
export type DlqAlertRule = typeof dlqAlertRules.$inferSelect;
export type NewDlqAlertRule = typeof dlqAlertRules.$inferInsert;

export const messagePatternAnalysisSchemas = tableSchemas(messagePatternAnalysis);
export type MessagePatternAnalysis = typeof messagePatternAnalysis.$inferSelect;
export type NewMessagePatternAnalysis = typeof messagePatternAnalysis.$inferInsert;

export const dlqCleanupPolicySchemas = tableSchemas(dlqCleanupPolicies);
export type DlqCleanupPolicy = typeof dlqCleanupPolicies.$inferSelect;
export type NewDlqCleanupPolicy = typeof dlqCleanupPolicies.$inferInsert;

export const dlqManualReviewSchemas = tableSchemas(dlqManualReviews);
export type DlqManualReview = typeof dlqManualReviews.$inferSelect;
export type NewDlqManualReview = typeof dlqManualReviews.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const deadletterCatalog = tableCatalog(
  messageQueueConfigSchemas,
  messageValidationRuleSchemas,
  deadLetterSchemas,
  dlqProcessingLogSchemas,
  dlqRecoveryActionSchemas,
  dlqAnalyticsSchemas,
  dlqAlertRuleSchemas,
  messagePatternAnalysisSchemas,
  dlqCleanupPolicySchemas,
  dlqManualReviewSchemas,
);
