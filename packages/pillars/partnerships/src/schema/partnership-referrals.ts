import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  requiredWhen,
  SHA256_HEX,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles, userSubscriptions } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  PARTNERSHIP_COMMISSION_STATUSES,
  PARTNERSHIP_REFERRAL_DIRECTIONS,
  PARTNERSHIP_REFERRAL_PRODUCTS,
  PARTNERSHIP_REFERRAL_STATUSES,
} from '../constants.ts';
import { partnerships } from './partnerships.ts';

/**
 * A lead between the platform and a partner: one the partner sends (inbound: a Pony Club member invited to the
 * platform) or receives (outbound: an owner asking the partner insurer for a quote), from submission to
 * conversion, with the commission it earns. It is the commission record: its partnership is kept (restrict). The
 * person referred is provenance (set null on erasure); before they have an account the lead is matched on a
 * SHA-256 of their email, never the email itself. Natural key: (`partnership_id`, `partner_referral_id`), the
 * partner's id for the lead, which every inbound lead carries. Person-to-person refer-a-friend referrals are
 * marketing's `referral_tracking`, not these.
 */
export const partnershipReferrals = domainTable(
  'partnership_referrals',
  {
    id: id(),
    partnershipId: uuid()
      .notNull()
      .references(() => partnerships.id, { onDelete: 'restrict' }),
    direction: textEnum(PARTNERSHIP_REFERRAL_DIRECTIONS).notNull(),
    /** The partner's id for the lead (required inbound; outbound, once the partner acknowledges it). */
    partnerReferralId: text(),
    status: textEnum(PARTNERSHIP_REFERRAL_STATUSES).notNull().default('submitted'),
    product: textEnum(PARTNERSHIP_REFERRAL_PRODUCTS).notNull(),
    /** The person referred, once on the platform: provenance, nulled on their erasure. */
    referredUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** SHA-256 of the lead's lower-cased email, to match a sign-up before the account exists. */
    leadEmailSha256: text(),
    /** The campaign or tracking code the lead came with, e.g. ipc-spring-2024. */
    trackingCode: text(),
    referredAt: timestamptz().notNull(),
    contactedAt: timestamptz(),
    convertedAt: timestamptz(),
    /** The platform subscription an inbound lead converted into; it outlives it (set null). FK below. */
    convertedSubscriptionId: uuid(),
    commissionStatus: textEnum(PARTNERSHIP_COMMISSION_STATUSES).notNull().default('none'),
    /** Owed to the partner (inbound) or by the partner (outbound), in `currency`. */
    commissionAmount: money(),
    currency: currency(),
    commissionPaidOn: date(),
    rejectionReason: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('partnership_referrals_partner_referral_key').on(t.partnershipId, t.partnerReferralId),
    index('partnership_referrals_partnership_status_idx').on(t.partnershipId, t.status, t.referredAt),
    index('partnership_referrals_referred_user_id_idx').on(t.referredUserId),
    index('partnership_referrals_converted_subscription_id_idx').on(t.convertedSubscriptionId),
    index('partnership_referrals_lead_email_sha256_idx')
      .on(t.leadEmailSha256)
      .where(sql`${t.leadEmailSha256} is not null and ${t.referredUserId} is null`),
    /** The commission run: approved commissions not yet paid. */
    index('partnership_referrals_commission_due_idx')
      .on(t.partnershipId, t.convertedAt)
      .where(sql`${t.commissionStatus} = 'approved'`),
    foreignKey({
      name: 'partnership_referrals_converted_subscription_id_fkey',
      columns: [t.convertedSubscriptionId],
      foreignColumns: [userSubscriptions.id],
    }).onDelete('set null'),
    formatCheck(t.partnerReferralId, EXTERNAL_ID),
    requiredWhen(t.partnerReferralId, t.direction, 'inbound', {
      name: 'partnership_referrals_inbound_id_check',
      message: "an inbound lead carries the partner's id (partnerReferralId)",
    }),
    formatCheck(t.leadEmailSha256, SHA256_HEX),
    formatCheck(t.trackingCode, EXTERNAL_ID),
    inOrder(t.referredAt, t.contactedAt, { name: 'partnership_referrals_contacted_at_check', message: 'must not be before referredAt' }),
    inOrder(t.referredAt, t.convertedAt, { name: 'partnership_referrals_converted_at_check', message: 'must not be before referredAt' }),
    requiredWhen(t.convertedAt, t.status, 'converted', { name: 'partnership_referrals_converted_status_check' }),
    requiredWhen(t.rejectionReason, t.status, 'rejected', { name: 'partnership_referrals_rejection_reason_check' }),
    nonNegative(t.commissionAmount),
    requiredWhen(t.commissionAmount, t.commissionStatus, 'approved', { name: 'partnership_referrals_commission_approved_check' }),
    requiredWhen(t.commissionAmount, t.commissionStatus, 'paid', { name: 'partnership_referrals_commission_paid_amount_check' }),
    requiredWhen(t.commissionPaidOn, t.commissionStatus, 'paid', { name: 'partnership_referrals_commission_paid_check' }),
  ],
);
