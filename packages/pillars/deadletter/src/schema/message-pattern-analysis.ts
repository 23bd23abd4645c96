import { errorLogs } from '@db/admin/tables';
import {
  domainTable,
  formatCheck,
  id,
  inOrder,
  onlyWhen,
  positive,
  requiredWhen,
  SHA256_HEX,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { queueManagement } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DLQ_ERROR_CATEGORIES, DLQ_ERROR_CLASS, DLQ_MESSAGE_TYPE, DLQ_PATTERN_STATUSES } from '../constants.ts';
import { deadLetterQueue } from './dead-letter-queue.ts';

/**
 * A recurring failure on one queue, as the analyser groups dead letters: the SHA-256 of the error class, message
 * type and normalised message (ids, numbers and dates masked) is its fingerprint, unique per queue, so each
 * analyser run upserts onto it (occurrences, messages, last seen). With a sample message, its classification
 * (transient or not), the tracker issue and the state of its fix.
 */
export const messagePatternAnalysis = domainTable(
  'message_pattern_analysis',
  {
    id: id(),
    /** The queue. CASCADE: derived figures about the queue alone. */
    queueId: uuid()
      .notNull()
      .references(() => queueManagement.id, { onDelete: 'cascade' }),
    errorFingerprint: text().notNull(),
    errorClass: text().notNull(),
    /** The message with its variable parts masked, e.g. "Horse <uuid> not found in registry <code>". */
    normalizedMessage: text().notNull(),
    /** The message type, when every occurrence has the same one. */
    messageType: text(),
    category: textEnum(DLQ_ERROR_CATEGORIES).notNull().default('unknown'),
    /** Whether a retry can succeed (a timeout, an outage) rather than fail the same way (a bad payload). */
    isTransient: boolean().notNull().default(false),
    /** Failed attempts and deliveries with this fingerprint. */
    occurrences: integer().notNull(),
    /** Distinct dead letters among them. */
    affectedMessages: integer().notNull(),
    firstSeenAt: timestamptz().notNull(),
    lastSeenAt: timestamptz().notNull(),
    /** One dead letter showing it. SET NULL: a cleanup may delete it; the pattern stays. */
    sampleDeadLetterId: uuid(),
    /** The error tracker's issue for it. SET NULL: the pattern outlives the issue. */
    errorLogId: uuid().references(() => errorLogs.id, { onDelete: 'set null' }),
    status: textEnum(DLQ_PATTERN_STATUSES).notNull().default('open'),
    fixedAt: timestamptz(),
    /** When the analyser last refreshed the row: the source_updated_at of an upsert. */
    analysedAt: timestamptz().notNull(),
    ...timestamps(),
  },
  (t) => [
    // Named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'message_pattern_analysis_sample_dead_letter_id_fkey',
      columns: [t.sampleDeadLetterId],
      foreignColumns: [deadLetterQueue.id],
    }).onDelete('set null'),
    uniqueIndex('message_pattern_analysis_queue_id_error_fingerprint_key').on(t.queueId, t.errorFingerprint),
    /** Open patterns of a queue, most recent first: the triage screen. */
    index('message_pattern_analysis_open_idx')
      .on(t.queueId, t.lastSeenAt)
      .where(sql`${t.status} in ('open', 'acknowledged')`),
    index('message_pattern_analysis_sample_dead_letter_id_idx').on(t.sampleDeadLetterId),
    index('message_pattern_analysis_error_log_id_idx').on(t.errorLogId),
    formatCheck(t.errorFingerprint, SHA256_HEX),
    formatCheck(t.errorClass, DLQ_ERROR_CLASS),
    formatCheck(t.messageType, DLQ_MESSAGE_TYPE),
    positive(t.occurrences),
    positive(t.affectedMessages),
    inOrder(t.affectedMessages, t.occurrences, { name: 'message_pattern_analysis_affected_within_occurrences_check', message: 'must not be below affectedMessages' }),
    inOrder(t.firstSeenAt, t.lastSeenAt, { name: 'message_pattern_analysis_last_seen_at_check', message: 'must not be before firstSeenAt' }),
    requiredWhen(t.fixedAt, t.status, 'fixed', { name: 'message_pattern_analysis_fixed_check' }),
    onlyWhen(t.fixedAt, t.status, 'fixed', { name: 'message_pattern_analysis_fixed_status_check' }),
    inOrder(t.firstSeenAt, t.fixedAt, { name: 'message_pattern_analysis_fixed_at_check', message: 'must not be before firstSeenAt' }),
  ],
);
