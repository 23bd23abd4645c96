import { appendOnly, purgeOlderThan, type DatabaseObject } from '@db/core';
import { dlqProcessingLogs } from './schema/dlq-processing-logs.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry: dlq_processing_logs is the
 * evidence of every attempt made on a message, so the database refuses UPDATE and DELETE on it (SQLSTATE 23001),
 * except for its retention purge, `purge_dlq_processing_logs(before)`: 400 days, a year of audit period (SOC 2
 * type II, ISO 27001) plus the month an audit takes to start, so last year's incidents can still be traced.
 */
export const deadletterDatabaseObjects: readonly DatabaseObject[] = [
  ...appendOnly(dlqProcessingLogs),
  ...purgeOlderThan(dlqProcessingLogs, dlqProcessingLogs.createdAt, '400 days'),
];
