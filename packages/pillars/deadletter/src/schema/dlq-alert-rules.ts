import { adminUsers, systemAlerts } from '@db/admin/tables';
import {
  atLeastOneOf,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  nonNegative,
  positive,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { queueManagement } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DLQ_ALERT_METRICS, DLQ_NOTIFICATION_CHANNELS } from '../constants.ts';

/**
 * When a queue's dead letters page someone: a metric (depth, parked count, oldest pending age, arrivals per hour,
 * failed-attempt share, new fingerprints) over an evaluation window, with a warning and a critical threshold
 * (every metric is worse when higher), breached N evaluations in a row, then quiet for a cooldown. The alerts it
 * fires are admin's `system_alerts` rows (source dlq, dedup key = queue and rule key); the rule points at the latest.
 */
export const dlqAlertRules = domainTable(
  'dlq_alert_rules',
  {
    id: id(),
    /** The queue. CASCADE: the queue's own alerting settings. */
    queueId: uuid()
      .notNull()
      .references(() => queueManagement.id, { onDelete: 'cascade' }),
    /** The rule's key on the queue, e.g. parked_backlog, payments_arrivals_spike. */
    ruleKey: text().notNull(),
    metric: textEnum(DLQ_ALERT_METRICS).notNull(),
    warningThreshold: numeric({ precision: 14, scale: 2 }),
    criticalThreshold: numeric({ precision: 14, scale: 2 }),
    evaluationWindowMinutes: integer().notNull().default(5),
    /** Evaluations in a row above a threshold before it fires (1 = at once). */
    consecutiveBreaches: integer().notNull().default(1),
    /** Quiet time after firing before it may fire again. */
    cooldownMinutes: integer().notNull().default(30),
    notificationChannel: textEnum(DLQ_NOTIFICATION_CHANNELS).notNull(),
    /** The channel's target: a PagerDuty service or escalation policy id, a Slack channel, an email address. */
    notificationTarget: text().notNull(),
    enabled: boolean().notNull().default(true),
    /** Silenced until then (planned maintenance of a partner API). */
    mutedUntil: timestamptz(),
    runbookUrl: text(),
    /** The latest alert it fired. SET NULL: alerts are purged by admin's retention; the rule stays. */
    lastSystemAlertId: uuid().references(() => systemAlerts.id, { onDelete: 'set null' }),
    /** Who wrote the rule: a credit. */
    createdByAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('dlq_alert_rules_queue_id_rule_key_key').on(t.queueId, t.ruleKey),
    /** What the evaluator loads each minute. */
    index('dlq_alert_rules_enabled_idx')
      .on(t.metric)
      .where(sql`${t.enabled}`),
    index('dlq_alert_rules_last_system_alert_id_idx').on(t.lastSystemAlertId),
    index('dlq_alert_rules_created_by_admin_user_id_idx').on(t.createdByAdminUserId),
    formatCheck(t.ruleKey, SNAKE_CASE_KEY),
    atLeastOneOf([t.warningThreshold, t.criticalThreshold], { name: 'dlq_alert_rules_threshold_check' }),
    nonNegative(t.warningThreshold),
    nonNegative(t.criticalThreshold),
    inOrder(t.warningThreshold, t.criticalThreshold, { name: 'dlq_alert_rules_threshold_order_check', message: 'must not be below warningThreshold' }),
    positive(t.evaluationWindowMinutes),
    positive(t.consecutiveBreaches),
    nonNegative(t.cooldownMinutes),
    formatCheck(t.notificationTarget, EXTERNAL_ID),
    formatCheck(t.runbookUrl, HTTP_URL),
  ],
);
