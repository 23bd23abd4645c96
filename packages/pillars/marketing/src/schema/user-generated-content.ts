import {
  atLeastOneOf,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  requiredWhen,
  requiredWith,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  MARKETING_LICENCE_TYPES,
  MARKETING_MODERATION_REASONS,
  MARKETING_MODERATION_STATUSES,
  MARKETING_RIGHTS_STATUSES,
  MARKETING_SOCIAL_HANDLE,
  MARKETING_UGC_KINDS,
  MARKETING_UGC_SOURCES,
} from '../constants.ts';
import { viralCampaigns } from './viral-campaigns.ts';

/**
 * Photos, videos, reviews and testimonials made by users, uploaded here or collected from a network (a hashtag or
 * mention sweep), with the platform's right to reuse them (asked, granted under a licence, refused, withdrawn)
 * and their moderation. Content swept from a network upserts on (source, external_id). The content is its
 * creator's: deleted with them (cascade); a creator not on the platform is known by their handle.
 */
export const userGeneratedContent = domainTable(
  'user_generated_content',
  {
    id: id(),
    creatorUserId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The creator's handle on the source network, without @ (swept content). */
    creatorHandle: text(),
    /** The horse the content features. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** The contest or campaign it was entered in. */
    campaignId: uuid().references(() => viralCampaigns.id, { onDelete: 'set null' }),
    contentKind: textEnum(MARKETING_UGC_KINDS).notNull(),
    caption: text(),
    mediaUrl: text(),
    source: textEnum(MARKETING_UGC_SOURCES).notNull().default('platform_upload'),
    /** The post's id on the network; null for uploads. */
    externalId: text(),
    /** When the network last changed the post. */
    sourceUpdatedAt: timestamptz(),
    rightsStatus: textEnum(MARKETING_RIGHTS_STATUSES).notNull().default('not_requested'),
    /** What the granted licence covers. */
    licenceType: textEnum(MARKETING_LICENCE_TYPES),
    licenceExpiresAt: timestamptz(),
    moderationStatus: textEnum(MARKETING_MODERATION_STATUSES).notNull().default('pending'),
    moderationReason: textEnum(MARKETING_MODERATION_REASONS),
    moderatedAt: timestamptz(),
    /** The moderator: credit, nulled on their erasure (the time stays). FK declared below. */
    moderatedByUserId: uuid(),
    submittedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_generated_content_source_external_id_key').on(t.source, t.externalId),
    index('user_generated_content_creator_user_id_idx').on(t.creatorUserId, t.submittedAt),
    index('user_generated_content_horse_id_idx').on(t.horseId, t.submittedAt),
    index('user_generated_content_campaign_id_idx').on(t.campaignId),
    index('user_generated_content_moderated_by_user_id_idx').on(t.moderatedByUserId),
    /** The moderation queue, oldest first. */
    index('user_generated_content_moderation_queue_idx')
      .on(t.submittedAt)
      .where(sql`${t.moderationStatus} in ('pending', 'flagged')`),
    /** Content marketing may reuse: rights granted and approved. */
    index('user_generated_content_reusable_idx')
      .on(t.licenceType, t.licenceExpiresAt)
      .where(sql`${t.rightsStatus} = 'granted' and ${t.moderationStatus} = 'approved'`),
    foreignKey({
      name: 'user_generated_content_moderated_by_user_id_fkey',
      columns: [t.moderatedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    formatCheck(t.creatorHandle, MARKETING_SOCIAL_HANDLE),
    formatCheck(t.mediaUrl, HTTP_URL),
    formatCheck(t.externalId, EXTERNAL_ID),
    atLeastOneOf([t.creatorUserId, t.creatorHandle], {
      name: 'user_generated_content_creator_check',
      message: 'give the creator: a platform user or a handle',
    }),
    requiredWhen(t.licenceType, t.rightsStatus, 'granted', { name: 'user_generated_content_licence_check' }),
    inOrder(t.submittedAt, t.moderatedAt, { name: 'user_generated_content_moderated_at_check', message: 'must not be before the submission' }),
    requiredWhen(t.moderationReason, t.moderationStatus, 'rejected', { name: 'user_generated_content_rejection_reason_check' }),
    requiredWhen(t.moderatedAt, t.moderationStatus, 'approved', { name: 'user_generated_content_approved_at_check' }),
    // Who moderated implies when; the moderator may later be erased (set null), the time stays.
    requiredWith(t.moderatedAt, t.moderatedByUserId, { name: 'user_generated_content_moderated_by_check' }),
  ],
);
