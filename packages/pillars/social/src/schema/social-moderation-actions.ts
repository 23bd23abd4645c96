import {
  between,
  createdAt,
  differ,
  domainTable,
  formatCheck,
  id,
  nonNegative,
  onlyWhen,
  requiredWhen,
  textEnum,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  SOCIAL_EXTERNAL_ID,
  SOCIAL_MODERATED_CONTENT,
  SOCIAL_MODERATION_ACTIONS,
  SOCIAL_MODERATION_ACTOR_TYPES,
  SOCIAL_MODERATION_PROVIDERS,
  SOCIAL_MODERATION_REASONS,
  SOCIAL_MODERATION_STATUSES,
} from '../constants.ts';
import { groups } from './groups.ts';

/**
 * Append-only trail (the database refuses UPDATE and DELETE: `socialDatabaseObjects`) of every moderation step
 * on community content: a member's report, a classifier's flag, a group admin's or a moderator's decision, a
 * warning or a ban. Evidence for appeals and for the Digital Services Act's statements of reasons, so it holds
 * ids, never copies of the content. `contentId` has no foreign key by design: the trail outlives the content
 * (erasing an author deletes their posts, not the record that one was removed). Its foreign keys restrict: the
 * people stay, anonymised, and a group with a history is archived rather than deleted. A classifier's webhook
 * is recorded once: (provider, provider_decision_id) is unique.
 */
export const socialModerationActions = domainTable(
  'social_moderation_actions',
  {
    id: id(),
    contentType: textEnum(SOCIAL_MODERATED_CONTENT).notNull(),
    contentId: uuid().notNull(),
    /** The group the content is in, for a group admin's decisions and the group's moderation history. */
    groupId: uuid().references(() => groups.id, { onDelete: 'restrict' }),
    action: textEnum(SOCIAL_MODERATION_ACTIONS).notNull(),
    actorType: textEnum(SOCIAL_MODERATION_ACTOR_TYPES).notNull(),
    /**
     * The member who reported, or the admin or moderator who decided; null for a classifier. Its FK and the
     * subject's are declared below: the generated names would reach 63 characters.
     */
    actorUserId: uuid(),
    /** The author of the content, or the user warned, suspended or banned. */
    subjectUserId: uuid(),
    reason: textEnum(SOCIAL_MODERATION_REASONS),
    /** The community guideline applied, e.g. guidelines/4.2. */
    policyReference: text(),
    previousStatus: textEnum(SOCIAL_MODERATION_STATUSES),
    newStatus: textEnum(SOCIAL_MODERATION_STATUSES),
    /** The moderator's reasoning, for the appeal (never a copy of the content). */
    notes: text(),
    /** Reports received on the content when the decision was made. */
    reportCount: integer().notNull().default(0),
    provider: textEnum(SOCIAL_MODERATION_PROVIDERS),
    providerDecisionId: text(),
    /** The classifier's confidence, 0 to 1. */
    confidenceScore: numeric({ precision: 5, scale: 4 }),
    occurredAt: timestamptz().notNull().defaultNow(),
    ...createdAt(),
  },
  (t) => [
    index('social_moderation_actions_content_idx').on(t.contentType, t.contentId, t.occurredAt),
    index('social_moderation_actions_group_id_idx').on(t.groupId, t.occurredAt),
    foreignKey({
      name: 'social_moderation_actions_actor_user_id_fkey',
      columns: [t.actorUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'social_moderation_actions_subject_user_id_fkey',
      columns: [t.subjectUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('restrict'),
    index('social_moderation_actions_actor_user_id_idx').on(t.actorUserId),
    index('social_moderation_actions_subject_user_id_idx').on(t.subjectUserId, t.occurredAt),
    uniqueIndex('social_moderation_actions_provider_decision_key').on(t.provider, t.providerDecisionId),
    requiredWhen(t.actorUserId, t.actorType, 'moderator', { name: 'social_moderation_actions_moderator_check' }),
    requiredWhen(t.actorUserId, t.actorType, 'group_admin', { name: 'social_moderation_actions_group_admin_check' }),
    requiredWhen(t.actorUserId, t.actorType, 'member', { name: 'social_moderation_actions_member_check' }),
    onlyWhen(t.provider, t.actorType, 'automated', { name: 'social_moderation_actions_automated_provider_check' }),
    together(t.provider, t.providerDecisionId, { name: 'social_moderation_actions_decision_check' }),
    formatCheck(t.providerDecisionId, SOCIAL_EXTERNAL_ID),
    onlyWhen(t.confidenceScore, t.actorType, 'automated', { name: 'social_moderation_actions_confidence_check' }),
    between(t.confidenceScore, 0, 1),
    differ(t.previousStatus, t.newStatus, { name: 'social_moderation_actions_status_change_check', message: 'must differ from previousStatus' }),
    nonNegative(t.reportCount),
  ],
);
