import { createdAt, domainTable, formatCheck, HTTP_URL, id, inOrder, nonNegative, textEnum, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { boolean, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RELIABILITY_DR_TEST_OUTCOMES, RELIABILITY_DR_TEST_TYPES } from '../constants.ts';
import { disasterRecoveryPlans } from './disaster-recovery-plans.ts';

/**
 * One exercise of a DR plan (a tabletop, a restore, a failover, a game day) and what it achieved against the
 * plan's objectives at the time: the evidence auditors ask for (ISO 27001 A.5.30, SOC 2 A1.3). Append-only: the
 * database refuses UPDATE and DELETE (`reliabilityDatabaseObjects`); a correction is a new entry. Its foreign keys
 * are RESTRICT accordingly: the plan and the person who ran the test stay (erasure anonymises the person in
 * place). The objectives are copied from the plan as they stood, since later versions change them. A report
 * filed twice is refused by (plan_id, started_at).
 */
export const disasterRecoveryTests = domainTable(
  'disaster_recovery_tests',
  {
    id: id(),
    planId: uuid().notNull(),
    testType: textEnum(RELIABILITY_DR_TEST_TYPES).notNull(),
    /** What was simulated, e.g. "loss of eu-west-1: horse-db promoted in eu-central-1". */
    scenario: text().notNull(),
    startedAt: timestamptz().notNull(),
    completedAt: timestamptz().notNull(),
    outcome: textEnum(RELIABILITY_DR_TEST_OUTCOMES).notNull(),
    /** The plan's objectives when the test ran. */
    targetRpoSeconds: integer().notNull(),
    targetRtoSeconds: integer().notNull(),
    /** Data lost, measured: the age of the newest transaction missing after recovery. Null for a tabletop. */
    achievedRpoSeconds: integer(),
    /** Time from the simulated failure to service restored. Null for a tabletop. */
    achievedRtoSeconds: integer(),
    dataLossDetected: boolean().notNull().default(false),
    /** Who ran the test. */
    conductedByUserId: uuid(),
    findings: text(),
    /** The ticket tracking the follow-up actions, e.g. SRE-1042. */
    followUpTicket: text(),
    reportUrl: text(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('disaster_recovery_tests_plan_id_started_at_key').on(t.planId, t.startedAt),
    index('disaster_recovery_tests_conducted_by_user_id_idx').on(t.conductedByUserId),
    foreignKey({ name: 'disaster_recovery_tests_plan_id_fkey', columns: [t.planId], foreignColumns: [disasterRecoveryPlans.id] }).onDelete(
      'restrict',
    ),
    foreignKey({
      name: 'disaster_recovery_tests_conducted_by_user_id_fkey',
      columns: [t.conductedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('restrict'),
    inOrder(t.startedAt, t.completedAt, { name: 'disaster_recovery_tests_completed_at_check', message: 'must not be before startedAt' }),
    nonNegative(t.targetRpoSeconds),
    nonNegative(t.targetRtoSeconds),
    nonNegative(t.achievedRpoSeconds),
    nonNegative(t.achievedRtoSeconds),
    formatCheck(t.reportUrl, HTTP_URL),
  ],
);
