import {
  createdAt,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  onlyWhen,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamptz,
} from '@db/core';
import { gdprCompliance } from '@db/compliance/tables';
import { userProfiles } from '@db/users/tables';
import { index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_ACTION_LAWFUL_BASES, EMOTION_ACTION_OUTCOMES, EMOTION_ACTION_TYPES } from '../constants.ts';
import { emotionTriggers } from './emotion-triggers.ts';
import { emotionalResponseModels } from './emotional-response-models.ts';
import { emotionalSupportResources } from './emotional-support-resources.ts';

/**
 * APPEND-ONLY: the record of every automated decision an emotion trigger made about a person (GDPR art. 22 and
 * 5(2) accountability; the logs the EU AI Act expects of an emotion-aware system): which rule fired, on which
 * configuration's inferences, what it did (throttled notifications, paused marketing, offered a resource, escalated
 * to a human) or why it did not (the person's opt-out, no consent, cooldown), and on which lawful basis. The
 * database refuses UPDATE and DELETE (`emotionsDatabaseObjects`); it is audit evidence, so every foreign key is
 * RESTRICT and an erasure keeps it pointing at the anonymised profile. It holds ids and the decision, never the
 * observation or any text. Kept two years (`purge_emotion_driven_actions`). The engine re-delivers: (source,
 * external_action_id) inserts once.
 */
export const emotionDrivenActions = domainTable(
  'emotion_driven_actions',
  {
    id: id(),
    /** RESTRICT: audit evidence, kept against the anonymised profile on erasure. */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    emotionTriggerId: uuid()
      .notNull()
      .references(() => emotionTriggers.id, { onDelete: 'restrict', name: 'emotion_driven_actions_emotion_trigger_id_fkey' }),
    /** The configuration whose inferences met the rule. */
    responseModelId: uuid()
      .notNull()
      .references(() => emotionalResponseModels.id, { onDelete: 'restrict', name: 'emotion_driven_actions_response_model_id_fkey' }),
    /** The rule's action when it fired (the rule may change later). */
    actionType: textEnum(EMOTION_ACTION_TYPES).notNull(),
    outcome: textEnum(EMOTION_ACTION_OUTCOMES).notNull(),
    lawfulBasis: textEnum(EMOTION_ACTION_LAWFUL_BASES).notNull(),
    /** The consent ledger row relied on, for the consent basis. */
    consentRecordId: uuid().references(() => gdprCompliance.id, { onDelete: 'restrict', name: 'emotion_driven_actions_consent_record_id_fkey' }),
    /** The resource offered. */
    emotionalSupportResourceId: uuid().references(() => emotionalSupportResources.id, {
      onDelete: 'restrict',
      name: 'emotion_driven_actions_emotional_support_resource_id_fkey',
    }),
    /** Until when notifications are throttled or marketing paused. */
    effectiveUntil: timestamptz(),
    /** The support desk's ticket for an escalation (a Zendesk or Intercom id). */
    escalationTicketRef: text(),
    decidedAt: timestamptz().notNull(),
    /** The automation engine (snake_case) and its id for the decision. */
    source: text().notNull(),
    externalActionId: text().notNull(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('emotion_driven_actions_source_external_action_id_key').on(t.source, t.externalActionId),
    index('emotion_driven_actions_decided_at_brin_idx').using('brin', t.decidedAt),
    /** A person's actions (their transparency view; the engine's cooldown check). */
    index('emotion_driven_actions_user_id_idx').on(t.userId, t.emotionTriggerId, t.decidedAt),
    index('emotion_driven_actions_emotion_trigger_id_idx').on(t.emotionTriggerId, t.decidedAt),
    index('emotion_driven_actions_response_model_id_idx').on(t.responseModelId),
    index('emotion_driven_actions_consent_record_id_idx').on(t.consentRecordId),
    index('emotion_driven_actions_emotional_support_resource_id_idx').on(t.emotionalSupportResourceId),
    requiredWhen(t.consentRecordId, t.lawfulBasis, 'consent', { name: 'emotion_driven_actions_consent_check' }),
    onlyWhen(t.escalationTicketRef, t.actionType, 'escalate_to_human', { name: 'emotion_driven_actions_ticket_check' }),
    onlyWhen(t.emotionalSupportResourceId, t.actionType, 'offer_support_resource', { name: 'emotion_driven_actions_resource_check' }),
    formatCheck(t.escalationTicketRef, EXTERNAL_ID),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalActionId, EXTERNAL_ID),
  ],
);
