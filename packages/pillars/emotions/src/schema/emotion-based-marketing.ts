import {
  between,
  customCheck,
  domainTable,
  formatCheck,
  id,
  inOrder,
  isAbsent,
  onlyWhen,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { gdprCompliance } from '@db/compliance/tables';
import { outreachMessages } from '@db/retention/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_MARKETING_DECISIONS, EMOTION_MARKETING_LAWFUL_BASES, EMOTION_NEGATIVE, EMOTIONS } from '../constants.ts';
import { emotionalContextTags } from './emotional-context-tags.ts';
import { emotionalResponseModels } from './emotional-response-models.ts';
import { emotionalStateHistory } from './emotional-state-history.ts';

/** Decisions that protect the person (hold back or postpone), as opposed to shaping what they are sent. */
const PROTECTIVE = ['suppressed', 'delayed'];

/**
 * What emotion-aware marketing did to one outreach message (@db/retention's `outreach_messages`, which keeps the
 * send and its consent basis as evidence): held it back, postponed it, softened its tone or picked a creative
 * variant, on which inferred emotion and configuration. The rule that makes it ethical is in the table
 * (`emotion_based_marketing_no_exploitation_check`, a customCheck: no helper compares a decision with a list of
 * emotions): shaping a message (tone, variant) needs a positive or neutral inference and the person's consent;
 * a negative emotion can only hold marketing back (EU AI Act art. 5(1)(a)-(b): no exploiting a vulnerability).
 * One decision per message, upserted on `outreach_message_id`. The person's own (CASCADE).
 */
export const emotionBasedMarketing = domainTable(
  'emotion_based_marketing',
  {
    id: id(),
    outreachMessageId: uuid()
      .notNull()
      .references(() => outreachMessages.id, { onDelete: 'cascade', name: 'emotion_based_marketing_outreach_message_id_fkey' }),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    decision: textEnum(EMOTION_MARKETING_DECISIONS).notNull(),
    inferredEmotion: textEnum(EMOTIONS).notNull(),
    inferredValence: numeric({ precision: 4, scale: 3 }),
    inferenceConfidence: numeric({ precision: 4, scale: 3 }).notNull(),
    /** The state relied on; SET NULL when it is purged (the emotion and confidence above stay). */
    emotionalStateHistoryId: uuid().references(() => emotionalStateHistory.id, {
      onDelete: 'set null',
      name: 'emotion_based_marketing_emotional_state_history_id_fkey',
    }),
    responseModelId: uuid()
      .notNull()
      .references(() => emotionalResponseModels.id, { onDelete: 'restrict', name: 'emotion_based_marketing_response_model_id_fkey' }),
    emotionalContextTagId: uuid().references(() => emotionalContextTags.id, {
      onDelete: 'set null',
      name: 'emotion_based_marketing_emotional_context_tag_id_fkey',
    }),
    /** Protective decisions rest on legitimate interests; shaping a message needs consent. */
    lawfulBasis: textEnum(EMOTION_MARKETING_LAWFUL_BASES).notNull(),
    /** The consent ledger row relied on (purpose profiling); RESTRICT: the ledger keeps every row. */
    consentRecordId: uuid().references(() => gdprCompliance.id, { onDelete: 'restrict', name: 'emotion_based_marketing_consent_record_id_fkey' }),
    /** The creative variant picked (snake_case key in the campaign tool). */
    variantKey: text(),
    /** When a delayed message may go. */
    delayedUntil: timestamptz(),
    decidedAt: timestamptz().notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('emotion_based_marketing_outreach_message_id_key').on(t.outreachMessageId),
    index('emotion_based_marketing_user_id_idx').on(t.userId, t.decidedAt),
    index('emotion_based_marketing_emotional_state_history_id_idx').on(t.emotionalStateHistoryId),
    index('emotion_based_marketing_response_model_id_idx').on(t.responseModelId),
    index('emotion_based_marketing_emotional_context_tag_id_idx').on(t.emotionalContextTagId),
    index('emotion_based_marketing_consent_record_id_idx').on(t.consentRecordId),
    /** The sender's queue: delayed messages by release time. */
    index('emotion_based_marketing_delayed_idx')
      .on(t.delayedUntil)
      .where(sql`${t.decision} = 'delayed'`),
    between(t.inferredValence, -1, 1),
    between(t.inferenceConfidence, 0, 1),
    requiredWhen(t.consentRecordId, t.lawfulBasis, 'consent', { name: 'emotion_based_marketing_consent_check' }),
    requiredWhen(t.delayedUntil, t.decision, 'delayed', { name: 'emotion_based_marketing_delayed_until_check' }),
    onlyWhen(t.delayedUntil, t.decision, 'delayed', { name: 'emotion_based_marketing_delayed_decision_check' }),
    onlyWhen(t.variantKey, t.decision, 'variant_selected', { name: 'emotion_based_marketing_variant_decision_check' }),
    formatCheck(t.variantKey, SNAKE_CASE_KEY),
    inOrder(t.decidedAt, t.delayedUntil, { strict: true, name: 'emotion_based_marketing_delayed_order_check', message: 'must be after decidedAt' }),
    customCheck(
      'emotion_based_marketing_no_exploitation_check',
      sql`${t.decision} in ('suppressed', 'delayed') or (${t.inferredEmotion} not in (${sql.raw(EMOTION_NEGATIVE.map((emotion) => `'${emotion}'`).join(', '))}) and ${t.lawfulBasis} = 'consent')`,
      {
        parts: [
          {
            columns: [t.decision, t.inferredEmotion],
            column: t.inferredEmotion,
            message: 'a negative emotion can only suppress or delay marketing, never shape it',
            holds: (row) => isAbsent(row.decision) || PROTECTIVE.includes(String(row.decision)) || !(EMOTION_NEGATIVE as readonly unknown[]).includes(row.inferred_emotion),
          },
          {
            columns: [t.decision, t.lawfulBasis],
            column: t.lawfulBasis,
            message: 'shaping a message on an inferred emotion needs consent',
            holds: (row) => isAbsent(row.decision) || PROTECTIVE.includes(String(row.decision)) || row.lawful_basis === 'consent',
          },
        ],
        violations: [
          { decision: 'variant_selected', inferred_emotion: 'sadness', lawful_basis: 'consent' },
          { decision: 'tone_adjusted', inferred_emotion: 'fear', lawful_basis: 'consent' },
          { decision: 'tone_adjusted', inferred_emotion: 'joy', lawful_basis: 'legitimate_interests', consent_record_id: null },
        ],
      },
    ),
  ],
);
