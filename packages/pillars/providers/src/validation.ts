import {
  coordinateRefinements,
  coordinatesTogether,
  COUNTRY_CODE,
  decimalBetween,
  differ,
  E164_PHONE,
  EMAIL,
  formatted,
  HTTP_URL,
  inOrder,
  isAbsent,
  nonNegativeInt,
  nonNegativeMoney,
  positiveInt,
  requiredWhen,
  tableCatalog,
  tableSchemas,
  TIME_OF_DAY,
  together,
  withRowRules,
} from '@db/core';
import { z } from 'zod';
import { PROVIDER_EQUIPMENT_TYPES, VETERINARY_SPECIALTIES } from './constants.ts';
import { providerAvailability } from './schema/provider-availability.ts';
import { providerCredentials } from './schema/provider-credentials.ts';
import { providerEquipment } from './schema/provider-equipment.ts';
import { providerFacilities } from './schema/provider-facilities.ts';
import { providerInsurance } from './schema/provider-insurance.ts';
import { providerPartnerships } from './schema/provider-partnerships.ts';
import { providerServices } from './schema/provider-services.ts';
import { providerStaff } from './schema/provider-staff.ts';
import { vetPractices } from './schema/vet-practices.ts';
import { veterinarians } from './schema/veterinarians.ts';

/**
 * Zod schemas as strict as the tables: what PostgreSQL would reject, these reject first. Text formats, numeric
 * ranges and row rules (the twins of CHECKs that read several columns) come from @db/core.
 */


export const vetPracticeSchemas = withRowRules(
  tableSchemas(vetPractices, {
    email: formatted(EMAIL),
    phone: formatted(E164_PHONE),
    websiteUrl: formatted(HTTP_URL),
    countryCode: formatted(COUNTRY_CODE),
    ...coordinateRefinements,
  }),
  [
    together('registrationNumber', 'registeringBody', 'registration number and registering body go together'),
    coordinatesTogether,
  ],
);
export type VetPractice = typeof vetPractices.$inferSelect;
export type NewVetPractice = typeof vetPractices.$inferInsert;

export const veterinaryQualificationSchema = z.object({
  title: z.string().min(1),
  awardingBody: z.string().min(1),
  year: z.number().int().min(1900).max(2100).optional(),
  countryCode: formatted(COUNTRY_CODE)(z.string()).optional(),
});

export const veterinarianSchemas = withRowRules(
  tableSchemas(veterinarians, {
    email: formatted(EMAIL),
    phone: formatted(E164_PHONE),
    licenceCountry: formatted(COUNTRY_CODE),
    specialties: () =>
      z.array(z.enum(VETERINARY_SPECIALTIES, { message: `must be one of ${VETERINARY_SPECIALTIES.join(', ')}` })),
    qualifications: () => z.array(veterinaryQualificationSchema),
  }),
  [inOrder('licenceValidFrom', 'licenceValidUntil', 'licence cannot expire before it starts')],
);
export type Veterinarian = typeof veterinarians.$inferSelect;
export type NewVeterinarian = typeof veterinarians.$inferInsert;

export const providerStaffMemberSchemas = withRowRules(
  tableSchemas(providerStaff, {
    workEmail: formatted(EMAIL),
    workPhone: formatted(E164_PHONE),
    weeklyContractedHours: () => decimalBetween(4, 1, 0, 168),
  }),
  [inOrder('startedOn', 'endedOn', 'cannot end before it started')],
);
export type ProviderStaffMember = typeof providerStaff.$inferSelect;
export type NewProviderStaffMember = typeof providerStaff.$inferInsert;

export const providerCredentialSchemas = withRowRules(
  tableSchemas(providerCredentials, {
    issuingCountry: formatted(COUNTRY_CODE),
    documentUrl: formatted(HTTP_URL),
  }),
  [
    inOrder('issuedOn', 'expiresOn', 'cannot expire before it was issued'),
    requiredWhen('verifiedAt', 'verificationStatus', 'verified', 'a verified credential needs verifiedAt'),
  ],
);
export type ProviderCredential = typeof providerCredentials.$inferSelect;
export type NewProviderCredential = typeof providerCredentials.$inferInsert;

export const providerServiceSchemas = tableSchemas(providerServices, {
  durationMinutes: positiveInt,
  basePrice: nonNegativeMoney,
  calloutFee: nonNegativeMoney,
  vatRatePercent: () => decimalBetween(5, 2, 0, 100),
});
export type ProviderService = typeof providerServices.$inferSelect;
export type NewProviderService = typeof providerServices.$inferInsert;

export const providerFacilitySchemas = withRowRules(
  tableSchemas(providerFacilities, {
    countryCode: formatted(COUNTRY_CODE),
    ...coordinateRefinements,
    phone: formatted(E164_PHONE),
    stallCount: nonNegativeInt,
  }),
  [coordinatesTogether],
);
export type ProviderFacility = typeof providerFacilities.$inferSelect;
export type NewProviderFacility = typeof providerFacilities.$inferInsert;

export const providerAvailabilitySchemas = withRowRules(
  tableSchemas(providerAvailability, {
    dayOfWeek: (s) => s.min(0, 'must be 0 (Sunday) to 6 (Saturday)').max(6, 'must be 0 (Sunday) to 6 (Saturday)'),
    startTime: formatted(TIME_OF_DAY),
    endTime: formatted(TIME_OF_DAY),
    slotDurationMinutes: positiveInt,
    maxConcurrentBookings: positiveInt,
  }),
  [
    together('startTime', 'endTime', 'start and end time go together'),
    inOrder('startTime', 'endTime', 'must be after the start time', { strict: true }),
    inOrder('effectiveFrom', 'effectiveTo', 'cannot end before it takes effect'),
    {
      fields: ['kind', 'dayOfWeek'],
      path: 'dayOfWeek',
      message: 'a recurring slot needs a day of week; an exception has none',
      holds: (row) => (row.kind === 'recurring') === !isAbsent(row.dayOfWeek),
    },
    {
      fields: ['kind', 'exceptionDate'],
      path: 'exceptionDate',
      message: 'a closure or extra opening needs an exception date; a recurring slot has none',
      holds: (row) => (row.kind === 'recurring') === isAbsent(row.exceptionDate),
    },
    {
      fields: ['kind', 'startTime'],
      path: 'startTime',
      message: 'a recurring slot or an extra opening needs a start and end time',
      holds: (row) => row.kind === 'closure' || !isAbsent(row.startTime),
    },
    {
      fields: ['kind', 'effectiveFrom', 'effectiveTo'],
      path: 'effectiveFrom',
      message: 'only recurring slots have an effective period',
      holds: (row) => row.kind === 'recurring' || (isAbsent(row.effectiveFrom) && isAbsent(row.effectiveTo)),
    },
  ],
);
export type ProviderAvailability = typeof providerAvailability.$inferSelect;
export type NewProviderAvailability = typeof providerAvailability.$inferInsert;

export const providerEquipmentSchemas = withRowRules(
  tableSchemas(providerEquipment, {
    purchasePrice: nonNegativeMoney,
  }),
  [
    inOrder('purchasedOn', 'warrantyExpiresOn', 'warranty cannot expire before the purchase'),
    inOrder('lastServicedOn', 'nextServiceDueOn', 'next service cannot be due before the last one'),
  ],
);
export type ProviderEquipment = typeof providerEquipment.$inferSelect;
export type NewProviderEquipment = typeof providerEquipment.$inferInsert;

export const providerInsurancePolicySchemas = withRowRules(
  tableSchemas(providerInsurance, {
    coverageLimit: nonNegativeMoney,
    excessAmount: nonNegativeMoney,
    annualPremium: nonNegativeMoney,
    certificateUrl: formatted(HTTP_URL),
  }),
  [inOrder('effectiveOn', 'expiresOn', 'must be after the effective date', { strict: true })],
);
export type ProviderInsurancePolicy = typeof providerInsurance.$inferSelect;
export type NewProviderInsurancePolicy = typeof providerInsurance.$inferInsert;

export const providerPartnershipTermsSchema = z.object({
  referralFeePercent: z.number().min(0).max(100).optional(),
  responseTimeMinutes: z.number().int().min(1).optional(),
  coverHours: z.string().min(1).optional(),
  noticePeriodDays: z.number().int().min(0).optional(),
  billing: z.enum(['direct_to_client', 'via_referring_practice']).optional(),
  sharedEquipmentTypes: z.array(z.enum(PROVIDER_EQUIPMENT_TYPES)).optional(),
  notes: z.string().optional(),
});

export const providerPartnershipSchemas = withRowRules(
  tableSchemas(providerPartnerships, {
    terms: () => providerPartnershipTermsSchema,
    agreementUrl: formatted(HTTP_URL),
  }),
  [
    differ('practiceId', 'partnerPracticeId', 'a practice cannot partner with itself'),
    {
      fields: ['partnerPracticeId', 'externalPartnerName'],
      path: 'externalPartnerName',
      message: 'give exactly one of partnerPracticeId (on the platform) or externalPartnerName',
      holds: (row) => isAbsent(row.partnerPracticeId) !== isAbsent(row.externalPartnerName),
    },
    inOrder('startedOn', 'endedOn', 'cannot end before it started'),
  ],
);
export type ProviderPartnership = typeof providerPartnerships.$inferSelect;
export type NewProviderPartnership = typeof providerPartnerships.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const providersCatalog = tableCatalog(
  vetPracticeSchemas,
  veterinarianSchemas,
  providerStaffMemberSchemas,
  providerCredentialSchemas,
  providerServiceSchemas,
  providerFacilitySchemas,
  providerAvailabilitySchemas,
  providerEquipmentSchemas,
  providerInsurancePolicySchemas,
  providerPartnershipSchemas,
);
