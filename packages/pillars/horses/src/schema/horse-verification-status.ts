import { domainTable, id, inOrder, jsonList, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HORSE_VERIFICATION_METHODS, HORSE_VERIFICATION_STATUSES, HORSE_VERIFICATION_TYPES } from '../constants.ts';
import { horses } from './horses.ts';

/** One piece of evidence behind a verification: a document, a scan, a registry lookup. */
export interface HorseVerificationEvidence {
  kind: string;
  storageKey?: string | undefined;
  url?: string | undefined;
  note?: string | undefined;
}

/** The current state of each kind of verification of a horse (identity, ownership, pedigree, ...). */
export const horseVerificationStatus = domainTable(
  'horse_verification_status',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    verificationType: textEnum(HORSE_VERIFICATION_TYPES).notNull(),
    status: textEnum(HORSE_VERIFICATION_STATUSES).notNull().default('pending'),
    method: textEnum(HORSE_VERIFICATION_METHODS),
    requestedAt: timestamptz().notNull().defaultNow(),
    verifiedAt: timestamptz(),
    expiresAt: timestamptz(),
    /** FK declared below with an explicit name: the generated one would exceed 63 characters. */
    verifiedByUserId: uuid(),
    rejectionReason: text(),
    /** Lab case number, registry query id, vet certificate number. */
    externalReference: text(),
    evidence: jsonList<HorseVerificationEvidence>(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('horse_verification_status_horse_id_verification_type_key').on(t.horseId, t.verificationType),
    index('horse_verification_status_verified_by_user_id_idx').on(t.verifiedByUserId),
    foreignKey({
      name: 'horse_verification_status_verified_by_user_id_fkey',
      columns: [t.verifiedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    requiredWhen(t.verifiedAt, t.status, 'verified', { name: 'horse_verification_status_verified_at_check' }),
    inOrder(t.verifiedAt, t.expiresAt, { strict: true, name: 'horse_verification_status_expires_at_check' }),
  ],
);
