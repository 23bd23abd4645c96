import { domainTable, formatCheck, HTTP_URL, id, inOrder, nonNegative, positive, requiredWhen, requiredWith, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MARKETING_REFERRAL_CODE, MARKETING_REFERRAL_CODE_STATUSES } from '../constants.ts';
import { referralPrograms } from './referral-programs.ts';

/**
 * A person's referral code in a programme (added to the seed's list: a code is shared by its owner and used by
 * many referred people, so it cannot live on referral_tracking, one row per referral). Codes are unique across
 * the platform, as people type them at checkout; one active code per person and programme. The code is its
 * owner's alone (it often spells their name): deleted on erasure, referrals keep their row (set null there).
 */
export const referralCodes = domainTable(
  'referral_codes',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => referralPrograms.id, { onDelete: 'cascade' }),
    ownerUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** As typed at sign-up or checkout, e.g. SIOBHAN-10. */
    code: text().notNull(),
    status: textEnum(MARKETING_REFERRAL_CODE_STATUSES).notNull().default('active'),
    /** Uses allowed; null: unlimited. */
    maxUses: integer(),
    /** Sign-ups that used the code so far (kept by the referral job). */
    useCount: integer().notNull().default(0),
    /** The link the code is shared as, e.g. https://equine.example.ie/r/SIOBHAN-10. */
    shareUrl: text(),
    issuedAt: timestamptz().notNull().defaultNow(),
    expiresAt: timestamptz(),
    revokedAt: timestamptz(),
    revokeReason: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('referral_codes_code_key').on(t.code),
    index('referral_codes_program_id_idx').on(t.programId),
    index('referral_codes_owner_user_id_idx').on(t.ownerUserId, t.issuedAt),
    uniqueIndex('referral_codes_active_owner_key')
      .on(t.programId, t.ownerUserId)
      .where(sql`${t.status} = 'active'`),
    formatCheck(t.code, MARKETING_REFERRAL_CODE),
    formatCheck(t.shareUrl, HTTP_URL),
    positive(t.maxUses),
    nonNegative(t.useCount),
    inOrder(t.issuedAt, t.expiresAt, { strict: true, name: 'referral_codes_expires_at_check', message: 'must be after the code is issued' }),
    inOrder(t.issuedAt, t.revokedAt, { name: 'referral_codes_revoked_at_check', message: 'must not be before the code is issued' }),
    requiredWhen(t.revokedAt, t.status, 'revoked', { name: 'referral_codes_revoked_status_check' }),
    requiredWith(t.revokedAt, t.revokeReason, { name: 'referral_codes_revoke_reason_check' }),
  ],
);
