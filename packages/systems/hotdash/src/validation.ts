import { jsonRecord, jsonValue, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import * as t from './tables.ts';

/**
 * Zod schemas as strict as the tables (core's `tableSchemas`: types, NOT NULLs, the CHECKs' twins, unknown keys
 * refused). jsonb columns: objects where the application writes objects, any JSON where the SDK does.
 */
const open = () => jsonRecord();
/** Rubric scores by criterion, e.g. {"clarity": 4, "accuracy": 5, "tone": 4}. */
export const RUBRIC = z.record(z.string(), z.number().min(1).max(5));

export const factSchemas = tableSchemas(t.facts, { value: jsonValue, metadata: open });
export const decisionSyncEventLogSchemas = tableSchemas(t.decisionSyncEventLogs, { payload: open });
export const observabilityLogSchemas = tableSchemas(t.observabilityLogs, { metadata: open });
export const supportCuratedReplySchemas = tableSchemas(t.supportCuratedReplies);
export const agentApprovalSchemas = tableSchemas(t.agentApprovals, { serialized: jsonValue, lastInterruptions: () => z.array(jsonRecord()) });
export const agentFeedbackSchemas = tableSchemas(t.agentFeedback, { rubric: () => RUBRIC, meta: open });
export const agentQuerySchemas = tableSchemas(t.agentQueries, { result: jsonValue });
export const agentRunSchemas = tableSchemas(t.agentRun, { metadata: open });
export const agentQcSchemas = tableSchemas(t.agentQc);

export const hotdashCatalog = tableCatalog(
  factSchemas,
  decisionSyncEventLogSchemas,
  observabilityLogSchemas,
  supportCuratedReplySchemas,
  agentApprovalSchemas,
  agentFeedbackSchemas,
  agentQuerySchemas,
  agentRunSchemas,
  agentQcSchemas,
);
