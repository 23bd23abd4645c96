import {
  COUNTRY_CODE,
  domainTable,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { char, date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PROVIDER_CREDENTIAL_TYPES, PROVIDER_VERIFICATION_STATUSES } from '../constants.ts';
import { providerStaff } from './provider-staff.ts';
import { vetPractices } from './vet-practices.ts';

/**
 * A certification or licence held by a practice, or by one of its staff members (`staffId` set). Ingested from
 * issuing bodies, so (issuing_body, credential_number) is the natural key.
 */
export const providerCredentials = domainTable(
  'provider_credentials',
  {
    id: id(),
    practiceId: uuid()
      .notNull()
      .references(() => vetPractices.id, { onDelete: 'cascade' }),
    /** Null for a credential of the practice itself. */
    staffId: uuid().references(() => providerStaff.id, { onDelete: 'cascade' }),
    credentialType: textEnum(PROVIDER_CREDENTIAL_TYPES).notNull(),
    /** e.g. 'RCVS Certificate in Advanced Veterinary Practice (Equine)'. */
    title: text().notNull(),
    issuingBody: text().notNull(),
    credentialNumber: text().notNull(),
    /** ISO 3166-1 alpha-2 of the issuing jurisdiction. */
    issuingCountry: char({ length: 2 }),
    issuedOn: date(),
    expiresOn: date(),
    verificationStatus: textEnum(PROVIDER_VERIFICATION_STATUSES).notNull().default('unverified'),
    verifiedAt: timestamptz(),
    /** The platform operator who checked the document; kept as history when the account goes. */
    verifiedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    documentUrl: text(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('provider_credentials_issuing_body_credential_number_key').on(t.issuingBody, t.credentialNumber),
    index('provider_credentials_practice_id_expires_on_idx').on(t.practiceId, t.expiresOn),
    index('provider_credentials_staff_id_idx').on(t.staffId),
    index('provider_credentials_verified_by_user_id_idx').on(t.verifiedByUserId),
    inOrder(t.issuedOn, t.expiresOn, { name: 'provider_credentials_validity_check' }),
    formatCheck(t.issuingCountry, COUNTRY_CODE),
    formatCheck(t.documentUrl, HTTP_URL),
    requiredWhen(t.verifiedAt, t.verificationStatus, 'verified', { name: 'provider_credentials_verified_at_check' }),
  ],
);
