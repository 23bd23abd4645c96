import {
  currency,
  domainTable,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  money,
  nonNegative,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PROVIDER_INSURANCE_COVERAGE_TYPES, PROVIDER_INSURANCE_STATUSES } from '../constants.ts';
import { vetPractices } from './vet-practices.ts';

/** An insurance policy a provider holds: professional indemnity, public liability, care-custody-control, ... */
export const providerInsurance = domainTable(
  'provider_insurance',
  {
    id: id(),
    practiceId: uuid()
      .notNull()
      .references(() => vetPractices.id, { onDelete: 'cascade' }),
    insurer: text().notNull(),
    policyNumber: text().notNull(),
    coverageType: textEnum(PROVIDER_INSURANCE_COVERAGE_TYPES).notNull(),
    /** Indemnity limit per claim, in `currency`. */
    coverageLimit: money().notNull(),
    currency: currency(),
    /** The policyholder's excess per claim, in `currency`. */
    excessAmount: money(),
    annualPremium: money(),
    brokerName: text(),
    /** e.g. 'UK and Ireland', 'Worldwide excl. USA/Canada'. */
    territorialLimits: text(),
    effectiveOn: date().notNull(),
    expiresOn: date().notNull(),
    status: textEnum(PROVIDER_INSURANCE_STATUSES).notNull().default('active'),
    certificateUrl: text(),
    /** When a platform operator last checked the certificate. */
    verifiedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('provider_insurance_insurer_policy_number_key').on(t.insurer, t.policyNumber),
    index('provider_insurance_practice_id_expires_on_idx').on(t.practiceId, t.expiresOn),
    nonNegative(t.coverageLimit),
    nonNegative(t.excessAmount),
    nonNegative(t.annualPremium),
    inOrder(t.effectiveOn, t.expiresOn, { strict: true, name: 'provider_insurance_period_check' }),
    formatCheck(t.certificateUrl, HTTP_URL),
  ],
);
