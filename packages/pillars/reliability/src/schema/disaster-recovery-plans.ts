import { domainTable, formatCheck, HTTP_URL, id, inOrder, nonNegative, positive, requiredWhen, textEnum, timestamps, timestamptz, together } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RELIABILITY_DR_PLAN_STATUSES,
  RELIABILITY_DR_STRATEGIES,
  RELIABILITY_DR_TEST_OUTCOMES,
  RELIABILITY_ENVIRONMENTS,
  RELIABILITY_REGION,
} from '../constants.ts';
import { platformServices } from './platform-services.ts';

/**
 * How a service is recovered from the loss of its region, its data or its provider: the strategy, the recovery
 * point and time objectives (RPO: how much data may be lost; RTO: how long it may be down), backups, the regions,
 * the runbook, and when it was last tested (`disaster_recovery_tests` holds each test). A compliance document:
 * versioned (a new version supersedes the approved one, one approved plan per service and environment), signed
 * off by a person (RESTRICT: erasure anonymises the approver in place), and a service with a plan is retired,
 * not deleted.
 */
export const disasterRecoveryPlans = domainTable(
  'disaster_recovery_plans',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    planName: text().notNull(),
    /** 1, 2, 3, ... per service and environment. */
    version: integer().notNull().default(1),
    status: textEnum(RELIABILITY_DR_PLAN_STATUSES).notNull().default('draft'),
    strategy: textEnum(RELIABILITY_DR_STRATEGIES).notNull(),
    /** Recovery point objective: 0 for synchronous replication, 86400 for a nightly backup. */
    rpoSeconds: integer().notNull(),
    /** Recovery time objective: 0 for active-active, hours for a restore from backup. */
    rtoSeconds: integer().notNull(),
    primaryRegion: text(),
    /** Where it is recovered: another region, or the same one (another zone) for a restore from backup. */
    recoveryRegion: text(),
    backupIntervalMinutes: integer(),
    backupRetentionDays: integer(),
    runbookUrl: text(),
    lastTestedOn: date(),
    lastTestOutcome: textEnum(RELIABILITY_DR_TEST_OUTCOMES),
    nextTestDueOn: date(),
    /** The engineer who maintains the plan: a credit, unset when that user is erased. */
    ownerUserId: uuid(),
    /** Who signed the plan off. FK below, RESTRICT: a sign-off is audit evidence. */
    approvedByUserId: uuid(),
    approvedAt: timestamptz(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('disaster_recovery_plans_service_id_version_key').on(t.serviceId, t.environment, t.version),
    uniqueIndex('disaster_recovery_plans_approved_key')
      .on(t.serviceId, t.environment)
      .where(sql`${t.status} = 'approved'`),
    index('disaster_recovery_plans_owner_user_id_idx').on(t.ownerUserId),
    index('disaster_recovery_plans_approved_by_user_id_idx').on(t.approvedByUserId),
    /** Approved plans by the date their next test is due: the DR test calendar. */
    index('disaster_recovery_plans_test_due_idx')
      .on(t.nextTestDueOn)
      .where(sql`${t.status} = 'approved'`),
    foreignKey({ name: 'disaster_recovery_plans_owner_user_id_fkey', columns: [t.ownerUserId], foreignColumns: [userProfiles.id] }).onDelete('set null'),
    foreignKey({
      name: 'disaster_recovery_plans_approved_by_user_id_fkey',
      columns: [t.approvedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('restrict'),
    positive(t.version),
    nonNegative(t.rpoSeconds),
    nonNegative(t.rtoSeconds),
    formatCheck(t.primaryRegion, RELIABILITY_REGION),
    formatCheck(t.recoveryRegion, RELIABILITY_REGION),
    positive(t.backupIntervalMinutes),
    positive(t.backupRetentionDays),
    formatCheck(t.runbookUrl, HTTP_URL),
    together(t.lastTestedOn, t.lastTestOutcome, { name: 'disaster_recovery_plans_last_test_check' }),
    inOrder(t.lastTestedOn, t.nextTestDueOn, { strict: true, name: 'disaster_recovery_plans_next_test_due_on_check', message: 'must be after lastTestedOn' }),
    requiredWhen(t.approvedAt, t.status, 'approved', { name: 'disaster_recovery_plans_approved_at_check' }),
    together(t.approvedByUserId, t.approvedAt, { name: 'disaster_recovery_plans_approval_check' }),
  ],
);
