import {
  COUNTRY_CODE,
  domainTable,
  E164_PHONE,
  EMAIL,
  formatCheck,
  IANA_TIME_ZONE,
  id,
  jsonObject,
  onlyWhen,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { char, date, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { USER_ACCOUNT_TYPES, USER_STATUSES } from '../constants.ts';

/** The identity root of the platform: one row per person or organisation that signs in. */
export const userProfiles = domainTable(
  'user_profiles',
  {
    id: id(),
    /** The subject id issued by the authentication provider; ingestion upserts on it. */
    authSubject: text().notNull(),
    email: text().notNull(),
    emailVerifiedAt: timestamptz(),
    /** E.164, e.g. +353871234567. */
    phone: text(),
    displayName: text().notNull(),
    givenName: text(),
    familyName: text(),
    accountType: textEnum(USER_ACCOUNT_TYPES).notNull().default('individual'),
    status: textEnum(USER_STATUSES).notNull().default('pending'),
    avatarUrl: text(),
    bio: text(),
    dateOfBirth: date(),
    countryCode: char({ length: 2 }),
    region: text(),
    city: text(),
    postalCode: text(),
    /** IANA zone name, e.g. Europe/Dublin. */
    timezone: text().notNull().default('UTC'),
    /** BCP 47 tag, e.g. en-IE. */
    locale: text().notNull().default('en'),
    lastSeenAt: timestamptz(),
    onboardedAt: timestamptz(),
    deactivatedAt: timestamptz(),
    /** When the person's data was erased: the row is then anonymised, kept for the records that point at it. */
    erasedAt: timestamptz(),
    metadata: jsonObject<Record<string, unknown>>(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_profiles_auth_subject_key').on(t.authSubject),
    uniqueIndex('user_profiles_email_lower_key').on(sql`lower(${t.email})`),
    formatCheck(t.email, EMAIL),
    formatCheck(t.phone, E164_PHONE),
    formatCheck(t.countryCode, COUNTRY_CODE),
    formatCheck(t.timezone, IANA_TIME_ZONE),
    requiredWhen(t.erasedAt, t.status, 'erased'),
    onlyWhen(t.erasedAt, t.status, 'erased'),
  ],
);
