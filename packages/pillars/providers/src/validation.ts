import { COUNTRY_CODE, formatted, tableCatalog, tableSchemas } from '@db/core';
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
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns and the element type of
 * `specialties`.
 */

export const vetPracticeSchemas = tableSchemas(vetPractices);
export type VetPractice = typeof vetPractices.$inferSelect;
export type NewVetPractice = typeof vetPractices.$inferInsert;

export const veterinaryQualificationSchema = z.object({
  title: z.string().min(1),
  awardingBody: z.string().min(1),
  year: z.number().int().min(1900).max(2100).optional(),
  countryCode: formatted(COUNTRY_CODE)(z.string()).optional(),
});

export const veterinarianSchemas = tableSchemas(veterinarians, {
  /**
   * The element type, which drizzle-orm/zod does not derive (it types this text[] as string[]): TypeScript needs
   * it to write parsed rows back, and the agreement suite to generate valid ones. An unknown element is reported
   * here, on its index; the table's `allOneOf` rule (the CHECK's twin) is applied on top.
   */
  specialties: () =>
    z.array(z.enum(VETERINARY_SPECIALTIES, { message: `must be one of ${VETERINARY_SPECIALTIES.join(', ')}` })),
  qualifications: () => z.array(veterinaryQualificationSchema),
});
export type Veterinarian = typeof veterinarians.$inferSelect;
export type NewVeterinarian = typeof veterinarians.$inferInsert;

export const providerStaffMemberSchemas = tableSchemas(providerStaff);
export type ProviderStaffMember = typeof providerStaff.$inferSelect;
export type NewProviderStaffMember = typeof providerStaff.$inferInsert;

export const providerCredentialSchemas = tableSchemas(providerCredentials);
export type ProviderCredential = typeof providerCredentials.$inferSelect;
export type NewProviderCredential = typeof providerCredentials.$inferInsert;

export const providerServiceSchemas = tableSchemas(providerServices);
export type ProviderService = typeof providerServices.$inferSelect;
export type NewProviderService = typeof providerServices.$inferInsert;

export const providerFacilitySchemas = tableSchemas(providerFacilities);
export type ProviderFacility = typeof providerFacilities.$inferSelect;
export type NewProviderFacility = typeof providerFacilities.$inferInsert;

export const providerAvailabilitySchemas = tableSchemas(providerAvailability);
export type ProviderAvailability = typeof providerAvailability.$inferSelect;
export type NewProviderAvailability = typeof providerAvailability.$inferInsert;

export const providerEquipmentSchemas = tableSchemas(providerEquipment);
export type ProviderEquipment = typeof providerEquipment.$inferSelect;
export type NewProviderEquipment = typeof providerEquipment.$inferInsert;

export const providerInsurancePolicySchemas = tableSchemas(providerInsurance);
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

export const providerPartnershipSchemas = tableSchemas(providerPartnerships, {
  terms: () => providerPartnershipTermsSchema,
});
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
