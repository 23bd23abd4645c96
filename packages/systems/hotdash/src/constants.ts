/** The approval queue's states (agent_approvals.status, its documented CHECK). */
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'expired'] as const;
/** Severity of an edge-function log line. */
export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const;
/** The levels every authenticated user may read (observability_logs_read_info_warn). */
export const PUBLIC_LOG_LEVELS = ['INFO', 'WARN'] as const;
/** How a decision's sync ended. */
export const DECISION_SYNC_STATUSES = ['success', 'failure', 'retry', 'skipped'] as const;
/** How an agent run ended (agent_run.resolution). */
export const RUN_RESOLUTIONS = ['resolved', 'escalated', 'failed'] as const;
/** A query is slow above this many milliseconds: kept 180 days, and the warning threshold of agent health. */
export const SLOW_QUERY_MS = 200;
/** The approval queue's service level: resolved within five minutes. */
export const APPROVAL_SLA_MINUTES = 5;
