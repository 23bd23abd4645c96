import {
  allOneOf,
  COUNTRY_CODE,
  domainTable,
  E164_PHONE,
  EMAIL,
  formatCheck,
  id,
  inOrder,
  jsonList,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { char, date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { VETERINARIAN_STATUSES, VETERINARY_SPECIALTIES, type VeterinarySpecialty } from '../constants.ts';
import { vetPractices } from './vet-practices.ts';

/** A qualification as printed after a vet's name, e.g. { title: 'MVB', awardingBody: 'University College Dublin' }. */
export type VeterinaryQualification = {
  title: string;
  awardingBody: string;
  year?: number | undefined;
  countryCode?: string | undefined;
};

/**
 * A veterinary surgeon as a professional: the licence and register facts. Linked optionally to a platform
 * account and to the practice that currently employs them (both set null: the record outlives either).
 */
export const veterinarians = domainTable(
  'veterinarians',
  {
    id: id(),
    userId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    practiceId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    givenName: text().notNull(),
    familyName: text().notNull(),
    /** As the register prints them, e.g. 'MVB CertAVP(EM) MRCVS'. */
    postNominals: text(),
    email: text(),
    /** E.164. */
    phone: text(),
    licenceNumber: text().notNull(),
    /** The statutory register, e.g. RCVS, VCI, AVMA state board. */
    licensingBody: text().notNull(),
    /** ISO 3166-1 alpha-2 of the licensing jurisdiction. */
    licenceCountry: char({ length: 2 }).notNull(),
    licenceValidFrom: date(),
    licenceValidUntil: date(),
    // drizzle types `$type` as the element type and wraps it per array dimension, so it goes before `.array()`.
    specialties: text()
      .$type<VeterinarySpecialty>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    qualifications: jsonList<VeterinaryQualification>(),
    status: textEnum(VETERINARIAN_STATUSES).notNull().default('practising'),
    /** When the licence was last checked against the licensing body's public register. */
    registerCheckedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('veterinarians_licensing_body_licence_number_key').on(t.licensingBody, t.licenceNumber),
    uniqueIndex('veterinarians_user_id_key').on(t.userId),
    index('veterinarians_practice_id_idx').on(t.practiceId),
    formatCheck(t.email, EMAIL),
    formatCheck(t.phone, E164_PHONE),
    formatCheck(t.licenceCountry, COUNTRY_CODE),
    inOrder(t.licenceValidFrom, t.licenceValidUntil, { name: 'veterinarians_licence_validity_check' }),
    allOneOf(t.specialties, VETERINARY_SPECIALTIES),
  ],
);
