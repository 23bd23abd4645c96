import { defineRelations } from 'drizzle-orm';
import * as tables from './tables.ts';

/**
 * The one foreign key (a run's QC scores) and the conversation the three Agent SDK tables share by
 * `conversation_id` (no table owns conversations: they live in the Agent SDK), for `db.query` and Drizzle Studio.
 */
export const relations = defineRelations(tables, (r) => ({
  agentRun: {
    qualityChecks: r.many.agentQc({ from: r.agentRun.runId, to: r.agentQc.runId }),
  },
  agentQc: {
    run: r.one.agentRun({ from: r.agentQc.runId, to: r.agentRun.runId }),
  },
  agentApprovals: {
    queries: r.many.agentQueries({ from: r.agentApprovals.conversationId, to: r.agentQueries.conversationId }),
    feedback: r.many.agentFeedback({ from: r.agentApprovals.conversationId, to: r.agentFeedback.conversationId }),
  },
  agentQueries: {
    approvals: r.many.agentApprovals({ from: r.agentQueries.conversationId, to: r.agentApprovals.conversationId }),
    feedback: r.many.agentFeedback({ from: r.agentQueries.conversationId, to: r.agentFeedback.conversationId }),
  },
}));

export type HotdashRelations = typeof relations;
