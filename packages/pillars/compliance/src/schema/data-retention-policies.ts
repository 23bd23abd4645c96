import { domainTable, formatCheck, id, inOrder, nonNegative, SNAKE_CASE_KEY, textEnum, timestamps, timestamptz, together } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COMPLIANCE_LAWFUL_BASES, COMPLIANCE_RETENTION_ACTIONS, COMPLIANCE_RETENTION_TRIGGERS } from '../constants.ts';
import { securityPolicies } from './security-policies.ts';

/**
 * The retention schedule, one policy per table (by SQL name): how long its rows are kept, from which event, on
 * which legal basis, and whether they are then deleted or anonymised; a retention job records when it last ran and
 * how many rows it treated. History is kept: a changed period is a new row (`effectiveFrom`/`effectiveTo`), and
 * one policy per table is in force (a partial unique index).
 */
export const dataRetentionPolicies = domainTable(
  'data_retention_policies',
  {
    id: id(),
    /** The table the policy applies to, e.g. authentication_logs, invoices. */
    tableName: text().notNull(),
    /** 0 = treated as soon as the trigger event happens (e.g. at erasure). */
    retentionPeriodDays: integer().notNull(),
    retentionTrigger: textEnum(COMPLIANCE_RETENTION_TRIGGERS).notNull(),
    /** The column the period is counted from, e.g. created_at, occurred_at, issued_on. */
    anchorColumn: text().notNull(),
    legalBasis: textEnum(COMPLIANCE_LAWFUL_BASES).notNull(),
    /** The statute or reasoning, e.g. "Taxes Consolidation Act 1997 s.886: six years". */
    legalReference: text(),
    action: textEnum(COMPLIANCE_RETENTION_ACTIONS).notNull(),
    isEnabled: boolean().notNull().default(true),
    lastAppliedAt: timestamptz(),
    /** Rows deleted or anonymised by the last run. */
    lastAppliedRowCount: integer(),
    /** The retention schedule document this implements: provenance, unset if that version is deleted. */
    securityPolicyId: uuid(),
    /** The policy owner: a credit, nulled on erasure. */
    ownerUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    effectiveFrom: date().notNull(),
    effectiveTo: date(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'data_retention_policies_security_policy_id_fkey',
      columns: [t.securityPolicyId],
      foreignColumns: [securityPolicies.id],
    }).onDelete('set null'),
    uniqueIndex('data_retention_policies_in_force_key')
      .on(t.tableName)
      .where(sql`${t.effectiveTo} is null`),
    index('data_retention_policies_table_name_idx').on(t.tableName, t.effectiveFrom),
    index('data_retention_policies_security_policy_id_idx').on(t.securityPolicyId),
    index('data_retention_policies_owner_user_id_idx').on(t.ownerUserId),
    /** The retention job's worklist: policies in force, least recently applied first. */
    index('data_retention_policies_job_idx')
      .on(t.lastAppliedAt)
      .where(sql`${t.isEnabled} and ${t.effectiveTo} is null`),
    formatCheck(t.tableName, SNAKE_CASE_KEY),
    formatCheck(t.anchorColumn, SNAKE_CASE_KEY),
    nonNegative(t.retentionPeriodDays),
    nonNegative(t.lastAppliedRowCount),
    together(t.lastAppliedAt, t.lastAppliedRowCount, { name: 'data_retention_policies_last_applied_check' }),
    inOrder(t.effectiveFrom, t.effectiveTo, { name: 'data_retention_policies_effective_period_check', message: 'must not be before effectiveFrom' }),
  ],
);
