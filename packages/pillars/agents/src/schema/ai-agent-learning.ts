import {
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { veterinarians } from '@db/providers/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  AI_AGENT_LESSON_CATEGORIES,
  AI_AGENT_LESSON_ORIGINS,
  AI_AGENT_LESSON_SEVERITIES,
  AI_AGENT_LESSON_SOURCES,
  AI_AGENT_LESSON_STATUSES,
} from '../constants.ts';
import { aiAgentConfigs } from './ai-agent-configs.ts';
import { aiAgentInteractions } from './ai-agent-interactions.ts';

/**
 * A lesson learnt from feedback on an agent's answer: the call it came from, the user's correction (their own
 * words), the lesson as a reviewer generalised it, and its way to production: approved by a staff member (and, for
 * clinical lessons, reviewed by a veterinarian), then applied to a later configuration version. Lessons are
 * recorded in the platform's review queue or a labelling tool: (source, external_id) is the upsert key.
 *
 * The correction quotes the user, so the lesson goes with the call it came from (CASCADE: a user's erasure
 * deletes it with their session); what it changed stays in the configuration version it was applied to
 * (`change_summary`, RESTRICT). Reviewers are credits (SET NULL).
 */
export const aiAgentLearning = domainTable(
  'ai_agent_learning',
  {
    id: id(),
    /** The call whose answer was corrected; null for a lesson from an incident review across calls. */
    interactionId: uuid().references(() => aiAgentInteractions.id, { onDelete: 'cascade' }),
    /** The configuration version that made the mistake. RESTRICT: a configuration that served is retired, not deleted. */
    agentConfigId: uuid()
      .notNull()
      .references(() => aiAgentConfigs.id, { onDelete: 'restrict' }),
    origin: textEnum(AI_AGENT_LESSON_ORIGINS).notNull(),
    source: textEnum(AI_AGENT_LESSON_SOURCES).notNull().default('platform'),
    /** The lesson's id in its source: the review queue's, an Argilla record id, a LangSmith feedback id. */
    externalId: text().notNull(),
    /** When the source last changed the lesson (a reviewer edited it). */
    sourceUpdatedAt: timestamptz(),
    category: textEnum(AI_AGENT_LESSON_CATEGORIES).notNull(),
    severity: textEnum(AI_AGENT_LESSON_SEVERITIES).notNull(),
    /** What the user said was wrong, in their words. */
    userCorrection: text(),
    /** The lesson as the agents should apply it, without personal data. */
    lesson: text().notNull(),
    status: textEnum(AI_AGENT_LESSON_STATUSES).notNull().default('proposed'),
    /** The veterinarian who checked a clinical lesson. SET NULL: a credit; `reviewed_at` stays. */
    reviewedByVeterinarianId: uuid(),
    reviewedAt: timestamptz(),
    /** SET NULL: a credit; `approved_at` stays. */
    approvedByAdminUserId: uuid(),
    approvedAt: timestamptz(),
    /** The later configuration version that applies the lesson. RESTRICT: configurations are retired, not deleted. */
    appliedToConfigId: uuid(),
    appliedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ai_agent_learning_source_external_id_key').on(t.source, t.externalId),
    index('ai_agent_learning_interaction_id_idx').on(t.interactionId),
    /** An agent's lessons by status: the review queue and what the next version should apply. */
    index('ai_agent_learning_agent_config_id_idx').on(t.agentConfigId, t.status),
    /** The review queue: proposed lessons, the most severe and oldest first. */
    index('ai_agent_learning_review_queue_idx')
      .on(t.severity, t.createdAt)
      .where(sql`${t.status} = 'proposed'`),
    index('ai_agent_learning_reviewed_by_veterinarian_id_idx').on(t.reviewedByVeterinarianId),
    index('ai_agent_learning_approved_by_admin_user_id_idx').on(t.approvedByAdminUserId),
    index('ai_agent_learning_applied_to_config_id_idx').on(t.appliedToConfigId),
    // Declared here with names: the generated ones would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'ai_agent_learning_applied_to_config_id_fkey',
      columns: [t.appliedToConfigId],
      foreignColumns: [aiAgentConfigs.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'ai_agent_learning_reviewed_by_veterinarian_id_fkey',
      columns: [t.reviewedByVeterinarianId],
      foreignColumns: [veterinarians.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'ai_agent_learning_approved_by_admin_user_id_fkey',
      columns: [t.approvedByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    formatCheck(t.externalId, EXTERNAL_ID),
    textLength(t.lesson, { min: 1, max: 4000 }),
    requiredWith(t.reviewedAt, t.reviewedByVeterinarianId, { name: 'ai_agent_learning_reviewed_at_check', message: 'is required when reviewedByVeterinarianId is given' }),
    requiredWith(t.approvedAt, t.approvedByAdminUserId, { name: 'ai_agent_learning_approved_at_check', message: 'is required when approvedByAdminUserId is given' }),
    requiredWhen(t.approvedAt, t.status, 'approved', { name: 'ai_agent_learning_approved_check' }),
    requiredWhen(t.appliedToConfigId, t.status, 'applied', { name: 'ai_agent_learning_applied_check' }),
    together(t.appliedToConfigId, t.appliedAt, { name: 'ai_agent_learning_applied_at_check', message: 'appliedToConfigId and appliedAt are given together or not at all' }),
    requiredWith(t.approvedAt, t.appliedAt, { name: 'ai_agent_learning_applied_approval_check', message: 'is required when appliedAt is given: a lesson is approved before it is applied' }),
    inOrder(t.approvedAt, t.appliedAt, { name: 'ai_agent_learning_applied_after_approval_check', message: 'must not be before approvedAt' }),
    differ(t.agentConfigId, t.appliedToConfigId, { name: 'ai_agent_learning_applied_version_check', message: 'must differ from agentConfigId: a lesson is applied in a later version' }),
  ],
);
