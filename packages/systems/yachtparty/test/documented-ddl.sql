-- The twelve CREATE TABLE statements and their indexes as the database's documentation gives them, verbatim
-- (comments dropped): schema.test.ts builds them beside the migrated schema and compares the two.

CREATE TABLE users (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  phone_number VARCHAR(20) UNIQUE NOT NULL,
  email VARCHAR(255),
  first_name VARCHAR(100),
  last_name VARCHAR(100),
  company VARCHAR(255),
  title VARCHAR(255),
  linkedin_url VARCHAR(500),

  verified BOOLEAN DEFAULT FALSE,
  innovator BOOLEAN DEFAULT FALSE,
  expert_connector BOOLEAN DEFAULT FALSE,
  expertise TEXT[],

  poc_agent_id VARCHAR(50),
  poc_agent_type VARCHAR(50),

  quiet_hours_start TIME,
  quiet_hours_end TIME,
  timezone VARCHAR(50),
  response_pattern JSONB,

  credit_balance INTEGER DEFAULT 0,
  status_level VARCHAR(50) DEFAULT 'member',

  created_at TIMESTAMPTZ DEFAULT now(),
  updated_at TIMESTAMPTZ DEFAULT now(),
  last_active_at TIMESTAMPTZ
);

CREATE INDEX idx_users_phone ON users(phone_number);
CREATE INDEX idx_users_verified ON users(verified);
CREATE INDEX idx_users_poc_agent ON users(poc_agent_type, verified);

CREATE TABLE conversations (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID REFERENCES users(id) NOT NULL,
  phone_number VARCHAR(20) NOT NULL,
  status VARCHAR(50) DEFAULT 'active',

  conversation_summary TEXT,
  last_summary_message_id UUID,
  messages_since_summary INTEGER DEFAULT 0,

  created_at TIMESTAMPTZ DEFAULT now(),
  updated_at TIMESTAMPTZ DEFAULT now(),
  last_message_at TIMESTAMPTZ
);

CREATE INDEX idx_conversations_user ON conversations(user_id);
CREATE INDEX idx_conversations_phone ON conversations(phone_number);
CREATE INDEX idx_conversations_status ON conversations(status, updated_at);

CREATE TABLE messages (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id UUID REFERENCES conversations(id) NOT NULL,
  user_id UUID REFERENCES users(id) NOT NULL,

  role VARCHAR(50) NOT NULL,
  content TEXT NOT NULL,

  direction VARCHAR(20) NOT NULL,
  twilio_message_sid VARCHAR(100),
  status VARCHAR(50),

  created_at TIMESTAMPTZ DEFAULT now(),
  sent_at TIMESTAMPTZ,
  delivered_at TIMESTAMPTZ
);

CREATE INDEX idx_messages_conversation ON messages(conversation_id, created_at DESC);
CREATE INDEX idx_messages_user ON messages(user_id, created_at DESC);
CREATE INDEX idx_messages_twilio ON messages(twilio_message_sid);

CREATE TABLE events (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  event_type VARCHAR(100) NOT NULL,

  aggregate_id UUID,
  aggregate_type VARCHAR(50),

  payload JSONB NOT NULL,
  metadata JSONB,

  processed BOOLEAN DEFAULT FALSE,
  version INTEGER DEFAULT 1,

  created_at TIMESTAMPTZ DEFAULT now(),
  created_by VARCHAR(100)
);

CREATE INDEX idx_events_type ON events(event_type, created_at DESC);
CREATE INDEX idx_events_aggregate ON events(aggregate_type, aggregate_id, created_at DESC);
CREATE INDEX idx_events_processed ON events(processed, created_at) WHERE NOT processed;
CREATE INDEX idx_events_created ON events(created_at DESC);

CREATE TABLE agent_tasks (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),

  task_type VARCHAR(100) NOT NULL,
  agent_type VARCHAR(50) NOT NULL,

  user_id UUID REFERENCES users(id),
  context_id UUID,
  context_type VARCHAR(50),

  scheduled_for TIMESTAMPTZ NOT NULL,
  priority VARCHAR(20) DEFAULT 'medium',

  status VARCHAR(50) DEFAULT 'pending',
  retry_count INTEGER DEFAULT 0,
  max_retries INTEGER DEFAULT 3,
  last_attempted_at TIMESTAMPTZ,

  context_json JSONB NOT NULL,
  result_json JSONB,
  error_log TEXT,

  created_at TIMESTAMPTZ DEFAULT now(),
  created_by VARCHAR(100),
  completed_at TIMESTAMPTZ
);

CREATE INDEX idx_tasks_due ON agent_tasks(status, scheduled_for, priority) WHERE status = 'pending';
CREATE INDEX idx_tasks_agent ON agent_tasks(agent_type, status, scheduled_for);
CREATE INDEX idx_tasks_user ON agent_tasks(user_id, status);
CREATE INDEX idx_tasks_context ON agent_tasks(context_type, context_id);

CREATE TABLE message_queue (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID REFERENCES users(id) NOT NULL,
  agent_id VARCHAR(100) NOT NULL,

  message_data JSONB NOT NULL,
  final_message TEXT,

  scheduled_for TIMESTAMPTZ NOT NULL,
  priority VARCHAR(20) DEFAULT 'medium',

  status VARCHAR(50) DEFAULT 'queued',
  superseded_by_message_id UUID REFERENCES message_queue(id),
  superseded_reason VARCHAR(100),

  conversation_context_id UUID REFERENCES conversations(id),
  requires_fresh_context BOOLEAN DEFAULT FALSE,

  sent_at TIMESTAMPTZ,
  delivered_message_id UUID REFERENCES messages(id),

  created_at TIMESTAMPTZ DEFAULT now()
);

CREATE INDEX idx_queue_user_pending ON message_queue(user_id, status, scheduled_for)
  WHERE status IN ('queued', 'approved');
CREATE INDEX idx_queue_due ON message_queue(status, scheduled_for, priority)
  WHERE status = 'approved';

CREATE TABLE user_message_budget (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID REFERENCES users(id) NOT NULL,
  date DATE NOT NULL,

  messages_sent INTEGER DEFAULT 0,
  last_message_at TIMESTAMPTZ,

  daily_limit INTEGER DEFAULT 5,
  hourly_limit INTEGER DEFAULT 2,

  quiet_hours_enabled BOOLEAN DEFAULT TRUE,

  created_at TIMESTAMPTZ DEFAULT now(),

  UNIQUE (user_id, date)
);

CREATE INDEX idx_budget_user_date ON user_message_budget(user_id, date DESC);

CREATE TABLE user_priorities (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID REFERENCES users(id) NOT NULL,

  priority_rank INTEGER NOT NULL,
  item_type VARCHAR(50) NOT NULL,
  item_id UUID NOT NULL,
  value_score DECIMAL(5,2),

  status VARCHAR(50) DEFAULT 'active',
  created_at TIMESTAMPTZ DEFAULT now(),
  expires_at TIMESTAMPTZ,
  presented_at TIMESTAMPTZ,

  UNIQUE (user_id, item_type, item_id)
);

CREATE INDEX idx_priorities_user_active ON user_priorities(user_id, status, priority_rank)
  WHERE status = 'active';

CREATE TABLE prospects (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  name VARCHAR(255) NOT NULL,
  company VARCHAR(255),
  title VARCHAR(255),
  linkedin_url VARCHAR(500),
  email VARCHAR(255),

  mutual_connections JSONB,
  last_researched_at TIMESTAMPTZ,

  users_researching UUID[],

  created_at TIMESTAMPTZ DEFAULT now()
);

CREATE INDEX idx_prospects_linkedin ON prospects(linkedin_url);

CREATE TABLE innovators (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id UUID REFERENCES users(id) UNIQUE NOT NULL,

  company_name VARCHAR(255) NOT NULL,
  solution_description TEXT,
  categories TEXT[],
  target_customer_profile TEXT,

  video_url VARCHAR(500),

  credits_balance INTEGER DEFAULT 0,
  active BOOLEAN DEFAULT TRUE,

  created_at TIMESTAMPTZ DEFAULT now()
);

CREATE INDEX idx_innovators_categories ON innovators USING GIN(categories);
CREATE INDEX idx_innovators_active ON innovators(active, created_at DESC);

CREATE TABLE agent_instances (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  agent_type VARCHAR(50) NOT NULL,
  user_id UUID REFERENCES users(id),

  config_json JSONB,
  prompt_version VARCHAR(50),

  status VARCHAR(50) DEFAULT 'active',
  last_active_at TIMESTAMPTZ DEFAULT now(),

  created_at TIMESTAMPTZ DEFAULT now(),
  terminated_at TIMESTAMPTZ
);

CREATE INDEX idx_instances_type_user ON agent_instances(agent_type, user_id);
CREATE INDEX idx_instances_active ON agent_instances(agent_type, status) WHERE status = 'active';

CREATE TABLE agent_actions_log (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),

  agent_type VARCHAR(50) NOT NULL,
  agent_instance_id UUID REFERENCES agent_instances(id),
  action_type VARCHAR(100) NOT NULL,

  user_id UUID REFERENCES users(id),
  context_id UUID,
  context_type VARCHAR(50),

  model_used VARCHAR(100),
  input_tokens INTEGER,
  output_tokens INTEGER,
  cost_usd DECIMAL(10,6),
  latency_ms INTEGER,

  input_data JSONB,
  output_data JSONB,
  error TEXT,

  created_at TIMESTAMPTZ DEFAULT now()
);

CREATE INDEX idx_log_agent_time ON agent_actions_log(agent_type, created_at DESC);
CREATE INDEX idx_log_user ON agent_actions_log(user_id, created_at DESC);
CREATE INDEX idx_log_cost ON agent_actions_log(created_at, cost_usd) WHERE cost_usd IS NOT NULL;
