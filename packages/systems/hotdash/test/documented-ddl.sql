-- The three Agent SDK tables as the report documents them (section 11): its DDL verbatim, and its index lists
-- as CREATE INDEX statements (a "time-based" index is created_at DESC, as every time index of this database).
CREATE TABLE agent_approvals (
  id BIGSERIAL PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  serialized JSONB NOT NULL,
  last_interruptions JSONB DEFAULT '[]'::JSONB,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  approved_by TEXT,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'expired')),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
CREATE INDEX agent_approvals_conversation_id_idx ON agent_approvals (conversation_id);
CREATE INDEX agent_approvals_created_at_idx ON agent_approvals (created_at DESC);
CREATE INDEX agent_approvals_status_idx ON agent_approvals (status);
CREATE INDEX agent_approvals_status_created_idx ON agent_approvals (status, created_at) WHERE status = 'pending';

CREATE TABLE agent_feedback (
  id BIGSERIAL PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  input_text TEXT NOT NULL,
  model_draft TEXT NOT NULL,
  safe_to_send BOOLEAN DEFAULT NULL,
  labels TEXT[] DEFAULT '{}',
  rubric JSONB DEFAULT '{}'::JSONB,
  annotator TEXT,
  notes TEXT,
  meta JSONB DEFAULT '{}'::JSONB,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
CREATE INDEX agent_feedback_conversation_id_idx ON agent_feedback (conversation_id);
CREATE INDEX agent_feedback_created_at_idx ON agent_feedback (created_at DESC);
CREATE INDEX agent_feedback_annotator_idx ON agent_feedback (annotator);
CREATE INDEX agent_feedback_safe_to_send_idx ON agent_feedback (safe_to_send) WHERE safe_to_send IS NOT NULL;
CREATE INDEX agent_feedback_labels_gin ON agent_feedback USING GIN (labels);

CREATE TABLE agent_queries (
  id BIGSERIAL PRIMARY KEY,
  query TEXT NOT NULL,
  result JSONB NOT NULL,
  conversation_id TEXT NOT NULL,
  agent TEXT NOT NULL,
  approved BOOLEAN DEFAULT NULL,
  human_edited BOOLEAN DEFAULT FALSE,
  latency_ms INTEGER,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
CREATE INDEX agent_queries_conversation_id_idx ON agent_queries (conversation_id);
CREATE INDEX agent_queries_created_at_idx ON agent_queries (created_at DESC);
CREATE INDEX agent_queries_agent_idx ON agent_queries (agent);
CREATE INDEX agent_queries_approved_idx ON agent_queries (approved) WHERE approved IS NOT NULL;
CREATE INDEX agent_queries_agent_created_idx ON agent_queries (agent, created_at DESC);
CREATE INDEX agent_queries_latency_idx ON agent_queries (latency_ms) WHERE latency_ms IS NOT NULL;
