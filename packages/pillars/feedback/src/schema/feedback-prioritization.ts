import { adminUsers } from '@db/admin/tables';
import { between, domainTable, formatCheck, id, inOrder, nonNegative, positive, range, requiredWith, textEnum, timestamps, timestamptz } from '@db/core';
import { sql } from 'drizzle-orm';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FEEDBACK_PRIORITIZATION_DECISIONS, FEEDBACK_QUARTER, FEEDBACK_RICE_IMPACT_MAX, FEEDBACK_RICE_IMPACT_MIN } from '../constants.ts';
import { feedbackSubmissions } from './feedback-submissions.ts';

/**
 * A RICE score of a submission (reach x impact x confidence / effort) and the product decision taken on it.
 * History is kept: a re-scoring closes the current row (`valid_to`) and opens a new one, one current row per
 * submission (partial unique). `rice_score` is computed by the database (a stored generated column), so it
 * cannot drift from its inputs. The scoring goes with its submission (CASCADE).
 */
export const feedbackPrioritization = domainTable(
  'feedback_prioritization',
  {
    id: id(),
    submissionId: uuid()
      .notNull()
      .references(() => feedbackSubmissions.id, { onDelete: 'cascade' }),
    /** Users affected per quarter. */
    reachUsersPerQuarter: integer().notNull(),
    /** 0.25 minimal, 0.5 low, 1 medium, 2 high, 3 massive. */
    impact: numeric({ precision: 3, scale: 2 }).notNull(),
    confidencePercent: numeric({ precision: 5, scale: 2 }).notNull(),
    effortPersonWeeks: numeric({ precision: 6, scale: 2 }).notNull(),
    /** reach x impact x confidence / 100 / effort, rounded to 2 decimals; `nullif` keeps a zero effort a CHECK violation. */
    riceScore: numeric().generatedAlwaysAs(
      sql`round(reach_users_per_quarter * impact * confidence_percent / 100 / nullif(effort_person_weeks, 0), 2)`,
    ),
    decision: textEnum(FEEDBACK_PRIORITIZATION_DECISIONS).notNull().default('pending'),
    /** The product manager who decided. SET NULL: a credit; `decidedAt` stays. */
    decidedByAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'set null' }),
    decidedAt: timestamptz(),
    /** The quarter it is planned for, e.g. 2024-Q3. */
    targetQuarter: text(),
    rationale: text(),
    validFrom: timestamptz().notNull().defaultNow(),
    validTo: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('feedback_prioritization_current_key').on(t.submissionId).where(sql`${t.validTo} is null`),
    index('feedback_prioritization_submission_id_idx').on(t.submissionId, t.validFrom),
    index('feedback_prioritization_decided_by_admin_user_id_idx').on(t.decidedByAdminUserId),
    /** The backlog: current scorings awaiting a decision, best first. */
    index('feedback_prioritization_backlog_idx').on(t.riceScore).where(sql`${t.validTo} is null and ${t.decision} = 'pending'`),
    nonNegative(t.reachUsersPerQuarter),
    range(t.impact, { min: FEEDBACK_RICE_IMPACT_MIN, max: FEEDBACK_RICE_IMPACT_MAX }),
    between(t.confidencePercent, 0, 100),
    positive(t.effortPersonWeeks),
    requiredWith(t.decidedAt, t.decidedByAdminUserId, { name: 'feedback_prioritization_decided_at_check' }),
    formatCheck(t.targetQuarter, FEEDBACK_QUARTER),
    inOrder(t.validFrom, t.validTo, { strict: true, name: 'feedback_prioritization_valid_to_check', message: 'must be after validFrom' }),
  ],
);
