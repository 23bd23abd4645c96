import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  requiredWhen,
  requiredWith,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { purchaseOrders } from '@db/purchases/tables';
import { userProfiles, userSubscriptions } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  MARKETING_REFERRAL_REJECTION_REASONS,
  MARKETING_REFERRAL_SOURCES,
  MARKETING_REFERRAL_STATUSES,
} from '../constants.ts';
import { referralCodes } from './referral-codes.ts';
import { referralPrograms } from './referral-programs.ts';

/**
 * One referral: a person brought to the platform by a referrer in a programme, from the click on the link to the
 * rewards. It is the record of rewards granted, so the referrer and the programme are kept (restrict: on erasure
 * the row stays, pointing at the anonymised profile); the referred person and the code are provenance (set null).
 * A person is referred once per programme: one live referral (not rejected or expired) per (programme, referred
 * user). Rows mirrored from a referral platform upsert on (source, external_id).
 */
export const referralTracking = domainTable(
  'referral_tracking',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => referralPrograms.id, { onDelete: 'restrict' }),
    /** The code used; nulled when its owner is erased (the code is theirs), the referral stays. */
    referralCodeId: uuid().references(() => referralCodes.id, { onDelete: 'set null' }),
    /** Who earns the referrer reward: a reward record, kept on erasure (restrict). */
    referrerUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The person referred, once signed up (null while only clicked); provenance, nulled on their erasure. */
    referredUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    status: textEnum(MARKETING_REFERRAL_STATUSES).notNull().default('clicked'),
    clickedAt: timestamptz(),
    signedUpAt: timestamptz(),
    qualifiedAt: timestamptz(),
    rewardedAt: timestamptz(),
    /** The subscription whose first payment qualified the referral. FK declared below: the generated name is too long. */
    qualifyingSubscriptionId: uuid(),
    /** The order that qualified it (first purchase or booking). */
    qualifyingOrderId: uuid().references(() => purchaseOrders.id, { onDelete: 'set null' }),
    /** What the referrer was granted, by the programme's rule at the time, in `currency` (the referred person's
     * welcome reward is applied at their checkout, under the programme's rule). */
    referrerRewardAmount: money(),
    currency: currency(),
    rejectionReason: textEnum(MARKETING_REFERRAL_REJECTION_REASONS),
    source: textEnum(MARKETING_REFERRAL_SOURCES).notNull().default('platform'),
    /** The referral's id at the source (Friendbuy, ReferralCandy, ...); null for the platform's own. */
    externalId: text(),
    /** When the source last changed the row: a re-import older than this is stale. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('referral_tracking_source_external_id_key').on(t.source, t.externalId),
    uniqueIndex('referral_tracking_live_referred_user_key')
      .on(t.programId, t.referredUserId)
      .where(sql`${t.status} not in ('rejected', 'expired')`),
    index('referral_tracking_program_id_idx').on(t.programId, t.status),
    index('referral_tracking_referral_code_id_idx').on(t.referralCodeId),
    index('referral_tracking_referrer_user_id_idx').on(t.referrerUserId, t.createdAt),
    index('referral_tracking_referred_user_id_idx').on(t.referredUserId),
    index('referral_tracking_qualifying_subscription_id_idx').on(t.qualifyingSubscriptionId),
    index('referral_tracking_qualifying_order_id_idx').on(t.qualifyingOrderId),
    /** The reward job's queue: qualified referrals not yet rewarded, oldest first. */
    index('referral_tracking_reward_queue_idx')
      .on(t.qualifiedAt)
      .where(sql`${t.status} = 'qualified'`),
    foreignKey({
      name: 'referral_tracking_qualifying_subscription_id_fkey',
      columns: [t.qualifyingSubscriptionId],
      foreignColumns: [userSubscriptions.id],
    }).onDelete('set null'),
    formatCheck(t.externalId, EXTERNAL_ID),
    inOrder(t.clickedAt, t.signedUpAt, { name: 'referral_tracking_signed_up_at_check', message: 'must not be before the click' }),
    inOrder(t.signedUpAt, t.qualifiedAt, { name: 'referral_tracking_qualified_at_check', message: 'must not be before the sign-up' }),
    inOrder(t.qualifiedAt, t.rewardedAt, { name: 'referral_tracking_rewarded_at_check', message: 'must not be before the qualification' }),
    requiredWhen(t.signedUpAt, t.status, 'signed_up', { name: 'referral_tracking_signed_up_status_check' }),
    requiredWhen(t.qualifiedAt, t.status, 'qualified', { name: 'referral_tracking_qualified_status_check' }),
    requiredWhen(t.rewardedAt, t.status, 'rewarded', { name: 'referral_tracking_rewarded_status_check' }),
    // A reward follows a qualification: rewarded_at is null or qualified_at is set.
    requiredWith(t.qualifiedAt, t.rewardedAt, { name: 'referral_tracking_reward_qualified_check', message: 'is required once the referral is rewarded' }),
    requiredWhen(t.rejectionReason, t.status, 'rejected', { name: 'referral_tracking_rejected_reason_check' }),
    onlyWhen(t.rejectionReason, t.status, 'rejected', { name: 'referral_tracking_rejection_status_check' }),
    nonNegative(t.referrerRewardAmount),
  ],
);
