import {
  differ,
  domainTable,
  exactlyOneOf,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  jsonObject,
  textEnum,
  timestamps,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PROVIDER_PARTNERSHIP_STATUSES, PROVIDER_PARTNERSHIP_TYPES, type ProviderEquipmentType } from '../constants.ts';
import { vetPractices } from './vet-practices.ts';

/** The agreed terms of a partnership; which keys matter depends on the partnership type. */
export type ProviderPartnershipTerms = {
  /** Share of the referred case's fees paid to the referrer, 0-100. */
  referralFeePercent?: number | undefined;
  /** Promised response time for out-of-hours calls. */
  responseTimeMinutes?: number | undefined;
  /** Free text, e.g. 'Weekdays 18:00-08:00, weekends and bank holidays'. */
  coverHours?: string | undefined;
  noticePeriodDays?: number | undefined;
  billing?: 'direct_to_client' | 'via_referring_practice' | undefined;
  sharedEquipmentTypes?: ProviderEquipmentType[] | undefined;
  notes?: string | undefined;
};

/**
 * An agreement between a practice and a partner: another practice on the platform (`partnerPracticeId`) or one
 * that is not (`externalPartnerName`), exactly one of the two.
 */
export const providerPartnerships = domainTable(
  'provider_partnerships',
  {
    id: id(),
    practiceId: uuid()
      .notNull()
      .references(() => vetPractices.id, { onDelete: 'cascade' }),
    partnerPracticeId: uuid().references(() => vetPractices.id, { onDelete: 'cascade' }),
    /** A partner that has no listing on the platform, e.g. a university referral hospital. */
    externalPartnerName: text(),
    partnershipType: textEnum(PROVIDER_PARTNERSHIP_TYPES).notNull(),
    status: textEnum(PROVIDER_PARTNERSHIP_STATUSES).notNull().default('proposed'),
    terms: jsonObject<ProviderPartnershipTerms>(),
    /** Both sides provide the service to each other (e.g. alternating out-of-hours rota). */
    isReciprocal: boolean().notNull().default(false),
    startedOn: date(),
    endedOn: date(),
    agreementUrl: text(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('provider_partnerships_practice_partner_type_key').on(
      t.practiceId,
      t.partnerPracticeId,
      t.partnershipType,
    ),
    uniqueIndex('provider_partnerships_practice_external_type_key')
      .on(t.practiceId, sql`lower(${t.externalPartnerName})`, t.partnershipType)
      .where(sql`${t.partnerPracticeId} is null`),
    index('provider_partnerships_partner_practice_id_idx').on(t.partnerPracticeId),
    differ(t.practiceId, t.partnerPracticeId, {
      name: 'provider_partnerships_distinct_practices_check',
      message: 'a practice cannot partner with itself',
    }),
    exactlyOneOf([t.partnerPracticeId, t.externalPartnerName], {
      name: 'provider_partnerships_partner_check',
      message: 'give exactly one of partnerPracticeId (on the platform) or externalPartnerName',
    }),
    inOrder(t.startedOn, t.endedOn, { name: 'provider_partnerships_dates_check' }),
    formatCheck(t.agreementUrl, HTTP_URL),
  ],
);
