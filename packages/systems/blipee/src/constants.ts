// Organizations.
export const ORGANIZATION_TIERS = ['starter', 'professional', 'enterprise'] as const;

// Stream A: autonomous agents (designed; see the README).
export const AGENT_TYPES = ['esg_chief_of_staff', 'compliance_guardian', 'carbon_hunter', 'supply_chain_investigator', 'custom'] as const;
export const AGENT_STATUSES = ['active', 'paused', 'disabled', 'error'] as const;
export const TASK_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export const TASK_STATUSES = ['pending', 'running', 'awaiting_approval', 'completed', 'failed', 'cancelled'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'expired', 'cancelled'] as const;
export const KNOWLEDGE_TYPES = ['fact', 'preference', 'rule', 'insight'] as const;
export const KNOWLEDGE_SOURCES = ['task', 'human_feedback', 'document', 'external_data'] as const;
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export const ERROR_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const OUTCOME_TYPES = ['success', 'partial', 'failure'] as const;
export const FEEDBACK_SOURCES = ['human', 'metric', 'system'] as const;
export const PATTERN_STATUSES = ['candidate', 'validated', 'retired'] as const;

// Stream B: ML pipeline (documented CHECK lists).
export const ML_MODEL_TYPES = ['emissions_prediction', 'anomaly_detection', 'optimization', 'recommendation'] as const;
export const ML_MODEL_STATUSES = ['training', 'validating', 'active', 'deprecated', 'failed'] as const;
export const TRAINING_JOB_STATUSES = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const;

// Stream D: network (documented CHECK lists).
export const NODE_TYPES = ['organization', 'supplier', 'customer', 'partner'] as const;
export const DATA_SHARING_LEVELS = ['full', 'anonymous', 'aggregated', 'none'] as const;
export const EDGE_TYPES = ['supplies_to', 'buys_from', 'partners_with', 'subsidiary_of'] as const;
export const SHARING_LEVELS = ['public', 'network', 'partners', 'private'] as const;
export const MARKETPLACE_ACCESS_TYPES = ['one_time', 'subscription', 'exchange'] as const;
