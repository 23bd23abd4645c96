import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  nonNegative,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MARKETING_SHARE_METHODS, MARKETING_SOCIAL_NETWORKS } from '../constants.ts';
import { referralCodes } from './referral-codes.ts';
import { viralCampaigns } from './viral-campaigns.ts';

/**
 * A piece of platform content (a horse profile, a photo, a sale listing, a contest entry) shared by a user to an
 * external network. What was shared is (content_table, content_id): content lives in many pillars, so the pair
 * has no foreign key. The network's post id is the natural key: the engagement sync upserts on (network,
 * network_post_id); shares with no post (WhatsApp, SMS, email) have none. A share is its author's activity alone:
 * deleted with them (cascade).
 */
export const socialShares = domainTable(
  'social_shares',
  {
    id: id(),
    sharedByUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    network: textEnum(MARKETING_SOCIAL_NETWORKS).notNull(),
    /** The post's id on the network, e.g. Instagram media id 17895695668004550; null where there is no post. */
    networkPostId: text(),
    shareMethod: textEnum(MARKETING_SHARE_METHODS).notNull(),
    /** snake_case SQL name of the shared row's table, e.g. horse_profiles, user_generated_content. */
    contentTable: text().notNull(),
    contentId: uuid().notNull(),
    campaignId: uuid().references(() => viralCampaigns.id, { onDelete: 'set null' }),
    /** The sharer's referral code carried by the link, if any. */
    referralCodeId: uuid().references(() => referralCodes.id, { onDelete: 'set null' }),
    /** The link as shared, UTM parameters included. */
    shareUrl: text().notNull(),
    /** The post on the network. */
    postUrl: text(),
    sharedAt: timestamptz().notNull().defaultNow(),
    impressionCount: integer().notNull().default(0),
    /** Clicks back to the platform (counted here, from the share link). */
    clickCount: integer().notNull().default(0),
    reshareCount: integer().notNull().default(0),
    /** When the network's figures were last synced (the source's change time). */
    sourceUpdatedAt: timestamptz(),
    /** When the post was found deleted on the network. */
    removedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('social_shares_network_post_id_key').on(t.network, t.networkPostId),
    index('social_shares_shared_by_user_id_idx').on(t.sharedByUserId, t.sharedAt),
    index('social_shares_content_idx').on(t.contentTable, t.contentId, t.sharedAt),
    index('social_shares_campaign_id_idx').on(t.campaignId),
    index('social_shares_referral_code_id_idx').on(t.referralCodeId),
    formatCheck(t.networkPostId, EXTERNAL_ID),
    formatCheck(t.contentTable, SNAKE_CASE_KEY),
    formatCheck(t.shareUrl, HTTP_URL),
    formatCheck(t.postUrl, HTTP_URL),
    nonNegative(t.impressionCount),
    nonNegative(t.clickCount),
    nonNegative(t.reshareCount),
    inOrder(t.sharedAt, t.removedAt, { name: 'social_shares_removed_at_check', message: 'must not be before the share' }),
  ],
);
