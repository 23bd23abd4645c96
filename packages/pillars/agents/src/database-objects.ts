import { appendOnly, type DatabaseObject } from '@db/core';
import { aiAgentFailures } from './schema/ai-agent-failures.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry: the failure log is evidence
 * (incident reviews, vendor SLA claims), so the database refuses UPDATE and DELETE on it (SQLSTATE 23001).
 */
export const agentsDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(aiAgentFailures)];
