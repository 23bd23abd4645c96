import {
  COUNTRY_CODE,
  customCheck,
  domainTable,
  formatCheck,
  id,
  isAbsent,
  jsonObject,
  nonNegative,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { char, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  USER_VERIFICATION_DOCUMENT_TYPES,
  USER_VERIFICATION_METHODS,
  USER_VERIFICATION_STATUSES,
  USER_VERIFICATION_TYPES,
} from '../constants.ts';
import { userProfiles } from './user-profiles.ts';

/** What the verifier reported: check results, never raw document images or numbers. */
export interface UserVerificationDetails {
  [key: string]: unknown;
  checks?: Record<string, 'pass' | 'fail' | 'unavailable'>;
  /** Vendor confidence 0-1. */
  score?: number;
  /** Ids of documents in the document store. */
  documentIds?: string[];
  /** Issuing body of a professional licence, e.g. "Veterinary Council of Ireland". */
  issuingBody?: string;
}

/** Current state of each kind of verification per user (email, phone, identity, professional licence, ...). */
export const userVerificationStatus = domainTable(
  'user_verification_status',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    verificationType: textEnum(USER_VERIFICATION_TYPES).notNull(),
    status: textEnum(USER_VERIFICATION_STATUSES).notNull().default('pending'),
    method: textEnum(USER_VERIFICATION_METHODS),
    /** Verification vendor or registry, e.g. stripe_identity, onfido, rcvs_register. */
    provider: text(),
    /** The vendor's id for the check; webhooks upsert on provider + reference. */
    providerReference: text(),
    /** What was verified, masked where sensitive: the email, the phone, a licence number, "passport ••••4821". */
    verifiedValue: text(),
    issuingCountryCode: char({ length: 2 }),
    documentType: textEnum(USER_VERIFICATION_DOCUMENT_TYPES),
    attemptCount: integer().notNull().default(0),
    lastAttemptAt: timestamptz(),
    verifiedAt: timestamptz(),
    /** When the verification lapses (licence renewal, document expiry). */
    expiresAt: timestamptz(),
    rejectionReason: text(),
    /** The staff member who reviewed it manually. */
    reviewedBy: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    details: jsonObject<UserVerificationDetails>(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_verification_status_user_id_verification_type_key').on(t.userId, t.verificationType),
    uniqueIndex('user_verification_status_provider_reference_key').on(t.provider, t.providerReference),
    index('user_verification_status_reviewed_by_idx').on(t.reviewedBy),
    index('user_verification_status_expires_at_idx').on(t.expiresAt),
    nonNegative(t.attemptCount),
    formatCheck(t.issuingCountryCode, COUNTRY_CODE),
    requiredWhen(t.verifiedAt, t.status, 'verified', {
      name: 'user_verification_status_verified_check',
      message: 'is required when the status is verified',
    }),
    customCheck(
      'user_verification_status_expiry_check',
      sql`${t.expiresAt} is null or ${t.verifiedAt} is null or ${t.expiresAt} > ${t.verifiedAt}`,
      {
        columns: [t.verifiedAt, t.expiresAt],
        column: t.expiresAt,
        message: 'must be after the verification date',
        holds: (row) =>
          isAbsent(row.expires_at) ||
          isAbsent(row.verified_at) ||
          (row.expires_at as Date).getTime() > (row.verified_at as Date).getTime(),
        violations: [{ verified_at: new Date('2024-05-02T00:00:00Z'), expires_at: new Date('2024-05-01T00:00:00Z') }],
      },
    ),
  ],
);
