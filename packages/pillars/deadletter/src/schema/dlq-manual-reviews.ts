import { adminUsers } from '@db/admin/tables';
import { domainTable, EXTERNAL_ID, formatCheck, id, inOrder, onlyWhen, requiredWhen, requiredWith, textEnum, timestamps, timestamptz, together } from '@db/core';
import { sql } from 'drizzle-orm';
import { foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DLQ_REVIEW_DECISIONS, DLQ_REVIEW_PRIORITIES, DLQ_REVIEW_STATUSES, DLQ_ROOT_CAUSES } from '../constants.ts';
import { deadLetterQueue } from './dead-letter-queue.ts';
import { messagePatternAnalysis } from './message-pattern-analysis.ts';

/**
 * A person's review of a parked dead letter: opened when its attempts run out (`recordAttemptFailure`), taken by
 * a reviewer, decided (redrive, replay, edit and replay, discard, escalate) with a root cause and notes. One open
 * review per message (partial unique index); a message parked again after a redrive gets a new review, so the
 * earlier decisions stay. The decision is carried out as a `dlq_recovery_actions` row pointing back here.
 */
export const dlqManualReviews = domainTable(
  'dlq_manual_reviews',
  {
    id: id(),
    /** The parked message. RESTRICT: a review is the record of a decision about it. */
    deadLetterId: uuid()
      .notNull()
      .references(() => deadLetterQueue.id, { onDelete: 'restrict' }),
    /** The failure pattern the message belongs to, so one decision can cover its siblings. SET NULL: provenance. */
    messagePatternId: uuid(),
    status: textEnum(DLQ_REVIEW_STATUSES).notNull().default('open'),
    priority: textEnum(DLQ_REVIEW_PRIORITIES).notNull().default('normal'),
    /** The reviewer. RESTRICT: who decided what happened to a production message is a record. */
    reviewerAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'restrict' }),
    openedAt: timestamptz().notNull().defaultNow(),
    /** When the queue's review SLA (message_queue_configs.review_sla_hours) expires. */
    dueAt: timestamptz(),
    /** When the reviewer took it. */
    startedAt: timestamptz(),
    decision: textEnum(DLQ_REVIEW_DECISIONS),
    rootCause: textEnum(DLQ_ROOT_CAUSES),
    notes: text(),
    decidedAt: timestamptz(),
    /** The ticket an escalation opened with the owning team, e.g. HORSE-1842. */
    escalationTicket: text(),
    ...timestamps(),
  },
  (t) => [
    // Named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'dlq_manual_reviews_message_pattern_id_fkey',
      columns: [t.messagePatternId],
      foreignColumns: [messagePatternAnalysis.id],
    }).onDelete('set null'),
    /** One open review per message. */
    uniqueIndex('dlq_manual_reviews_open_key')
      .on(t.deadLetterId)
      .where(sql`${t.status} in ('open', 'in_review')`),
    index('dlq_manual_reviews_dead_letter_id_idx').on(t.deadLetterId, t.openedAt),
    index('dlq_manual_reviews_message_pattern_id_idx').on(t.messagePatternId),
    index('dlq_manual_reviews_reviewer_admin_user_id_idx').on(t.reviewerAdminUserId, t.decidedAt),
    /** The reviewers' queue: open reviews by priority and due time. */
    index('dlq_manual_reviews_queue_idx')
      .on(t.priority, t.dueAt)
      .where(sql`${t.status} in ('open', 'in_review')`),
    inOrder(t.openedAt, t.dueAt, { name: 'dlq_manual_reviews_due_at_check', message: 'must not be before openedAt' }),
    inOrder(t.openedAt, t.startedAt, { name: 'dlq_manual_reviews_started_at_check', message: 'must not be before openedAt' }),
    inOrder(t.openedAt, t.decidedAt, { name: 'dlq_manual_reviews_decided_at_check', message: 'must not be before openedAt' }),
    requiredWhen(t.reviewerAdminUserId, t.status, 'in_review', { name: 'dlq_manual_reviews_in_review_check' }),
    requiredWhen(t.decidedAt, t.status, 'decided', { name: 'dlq_manual_reviews_decided_check' }),
    onlyWhen(t.decidedAt, t.status, 'decided', { name: 'dlq_manual_reviews_decided_status_check' }),
    together(t.decidedAt, t.decision, { name: 'dlq_manual_reviews_decided_decision_check', message: 'decidedAt and decision are given together or not at all' }),
    requiredWith(t.reviewerAdminUserId, t.decidedAt, { name: 'dlq_manual_reviews_reviewer_check', message: 'a decision needs its reviewer' }),
    requiredWhen(t.escalationTicket, t.decision, 'escalate', { name: 'dlq_manual_reviews_escalation_check' }),
    formatCheck(t.escalationTicket, EXTERNAL_ID),
  ],
);
