import { differ, domainTable, id, inOrder, positive, requiredWhen, requiredWith, SHA256_HEX, formatCheck, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, smallint, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { MARKETING_INVITE_CHANNELS, MARKETING_LOOP_STAGES, MARKETING_LOOP_TYPES } from '../constants.ts';
import { referralCodes } from './referral-codes.ts';
import { viralCampaigns } from './viral-campaigns.ts';

/**
 * One turn of a viral loop: an invitation sent by a user (to join a yard, co-own a horse, try the app), followed
 * through its stages, sent -> opened -> accepted -> activated, each with its time, in order. `generation` and
 * `parentLoopId` give the chain (the invite that brought the inviter in), from which the K-factor and cycle time
 * of viral_campaigns are computed. The invite link carries a token whose SHA-256 is the natural key; the contact
 * is kept only as a SHA-256, so one open invite per (inviter, loop, contact). An invite is its sender's activity:
 * deleted with them (cascade); the invitee is provenance (set null).
 */
export const viralLoopTracking = domainTable(
  'viral_loop_tracking',
  {
    id: id(),
    inviterUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The person who accepted, once signed up. FK declared below. */
    inviteeUserId: uuid(),
    campaignId: uuid().references(() => viralCampaigns.id, { onDelete: 'set null' }),
    referralCodeId: uuid().references(() => referralCodes.id, { onDelete: 'set null' }),
    /** The invitation that brought the inviter in: the previous turn of the loop. */
    parentLoopId: uuid().references((): AnyPgColumn => viralLoopTracking.id, { onDelete: 'set null' }),
    loopType: textEnum(MARKETING_LOOP_TYPES).notNull(),
    channel: textEnum(MARKETING_INVITE_CHANNELS).notNull(),
    /** Lower-case hex SHA-256 of the invite link's token: what acceptance looks up. */
    inviteTokenHash: text().notNull(),
    /** Lower-case hex SHA-256 of the normalised email or phone invited, never the contact itself. */
    inviteeContactHash: text(),
    stage: textEnum(MARKETING_LOOP_STAGES).notNull().default('sent'),
    /** 1 for an invite from a seed user, n + 1 for one from a user brought in by a generation-n invite. */
    generation: smallint().notNull().default(1),
    sentAt: timestamptz().notNull().defaultNow(),
    openedAt: timestamptz(),
    acceptedAt: timestamptz(),
    /** When the invitee did the loop's activation event (added a horse, booked, subscribed). */
    activatedAt: timestamptz(),
    expiresAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('viral_loop_tracking_invite_token_hash_key').on(t.inviteTokenHash),
    uniqueIndex('viral_loop_tracking_open_invite_key')
      .on(t.inviterUserId, t.loopType, t.inviteeContactHash)
      .where(sql`${t.stage} in ('sent', 'opened')`),
    index('viral_loop_tracking_inviter_user_id_idx').on(t.inviterUserId, t.sentAt),
    index('viral_loop_tracking_invitee_user_id_idx').on(t.inviteeUserId),
    index('viral_loop_tracking_campaign_id_idx').on(t.campaignId, t.sentAt),
    index('viral_loop_tracking_referral_code_id_idx').on(t.referralCodeId),
    index('viral_loop_tracking_parent_loop_id_idx').on(t.parentLoopId),
    /** The expiry sweep: invites still open, by expiry. */
    index('viral_loop_tracking_open_expires_at_idx')
      .on(t.expiresAt)
      .where(sql`${t.stage} in ('sent', 'opened')`),
    foreignKey({
      name: 'viral_loop_tracking_invitee_user_id_fkey',
      columns: [t.inviteeUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    formatCheck(t.inviteTokenHash, SHA256_HEX),
    formatCheck(t.inviteeContactHash, SHA256_HEX),
    positive(t.generation),
    inOrder(t.sentAt, t.openedAt, { name: 'viral_loop_tracking_opened_at_check', message: 'must not be before the invite was sent' }),
    inOrder(t.sentAt, t.acceptedAt, { name: 'viral_loop_tracking_accepted_at_check', message: 'must not be before the invite was sent' }),
    inOrder(t.acceptedAt, t.activatedAt, { name: 'viral_loop_tracking_activated_at_check', message: 'must not be before the acceptance' }),
    inOrder(t.sentAt, t.expiresAt, { strict: true, name: 'viral_loop_tracking_expires_at_check', message: 'must be after the invite was sent' }),
    requiredWhen(t.acceptedAt, t.stage, 'accepted', { name: 'viral_loop_tracking_accepted_stage_check' }),
    requiredWhen(t.activatedAt, t.stage, 'activated', { name: 'viral_loop_tracking_activated_stage_check' }),
    // Activation follows acceptance: activated_at is null or accepted_at is set.
    requiredWith(t.acceptedAt, t.activatedAt, { name: 'viral_loop_tracking_activation_accepted_check', message: 'is required once the invite is activated' }),
    differ(t.inviterUserId, t.inviteeUserId, { name: 'viral_loop_tracking_self_invite_check', message: 'must differ from inviterUserId: nobody accepts their own invite' }),
    differ(t.id, t.parentLoopId, { name: 'viral_loop_tracking_parent_loop_check', message: 'an invite is not its own parent' }),
  ],
);
