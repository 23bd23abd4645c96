import { userProfiles } from '@db/users';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/** This package's relations part: `r.one` edges from its tables and their reverse `r.many`, onto user_profiles too. */
export const providersRelations = defineRelationsPart({ ...schema, userProfiles }, (r) => ({
  vetPractices: {
    owner: r.one.userProfiles({ from: r.vetPractices.ownerUserId, to: r.userProfiles.id }),
    veterinarians: r.many.veterinarians({ from: r.vetPractices.id, to: r.veterinarians.practiceId }),
    staff: r.many.providerStaff({ from: r.vetPractices.id, to: r.providerStaff.practiceId }),
    credentials: r.many.providerCredentials({ from: r.vetPractices.id, to: r.providerCredentials.practiceId }),
    services: r.many.providerServices({ from: r.vetPractices.id, to: r.providerServices.practiceId }),
    facilities: r.many.providerFacilities({ from: r.vetPractices.id, to: r.providerFacilities.practiceId }),
    availability: r.many.providerAvailability({ from: r.vetPractices.id, to: r.providerAvailability.practiceId }),
    equipment: r.many.providerEquipment({ from: r.vetPractices.id, to: r.providerEquipment.practiceId }),
    insurancePolicies: r.many.providerInsurance({ from: r.vetPractices.id, to: r.providerInsurance.practiceId }),
    partnerships: r.many.providerPartnerships({
      from: r.vetPractices.id,
      to: r.providerPartnerships.practiceId,
      alias: 'partnership_practice',
    }),
    partneredBy: r.many.providerPartnerships({
      from: r.vetPractices.id,
      to: r.providerPartnerships.partnerPracticeId,
      alias: 'partnership_partner_practice',
    }),
  },
  veterinarians: {
    user: r.one.userProfiles({ from: r.veterinarians.userId, to: r.userProfiles.id }),
    practice: r.one.vetPractices({ from: r.veterinarians.practiceId, to: r.vetPractices.id }),
    staffMemberships: r.many.providerStaff({ from: r.veterinarians.id, to: r.providerStaff.veterinarianId }),
  },
  providerStaff: {
    user: r.one.userProfiles({ from: r.providerStaff.userId, to: r.userProfiles.id, optional: false }),
    practice: r.one.vetPractices({ from: r.providerStaff.practiceId, to: r.vetPractices.id, optional: false }),
    veterinarian: r.one.veterinarians({ from: r.providerStaff.veterinarianId, to: r.veterinarians.id }),
    credentials: r.many.providerCredentials({ from: r.providerStaff.id, to: r.providerCredentials.staffId }),
    availability: r.many.providerAvailability({ from: r.providerStaff.id, to: r.providerAvailability.staffId }),
  },
  providerCredentials: {
    practice: r.one.vetPractices({
      from: r.providerCredentials.practiceId,
      to: r.vetPractices.id,
      optional: false,
    }),
    staffMember: r.one.providerStaff({ from: r.providerCredentials.staffId, to: r.providerStaff.id }),
    verifiedBy: r.one.userProfiles({ from: r.providerCredentials.verifiedByUserId, to: r.userProfiles.id }),
  },
  providerServices: {
    practice: r.one.vetPractices({ from: r.providerServices.practiceId, to: r.vetPractices.id, optional: false }),
  },
  providerFacilities: {
    practice: r.one.vetPractices({ from: r.providerFacilities.practiceId, to: r.vetPractices.id, optional: false }),
    equipment: r.many.providerEquipment({ from: r.providerFacilities.id, to: r.providerEquipment.facilityId }),
    availability: r.many.providerAvailability({
      from: r.providerFacilities.id,
      to: r.providerAvailability.facilityId,
    }),
  },
  providerAvailability: {
    practice: r.one.vetPractices({
      from: r.providerAvailability.practiceId,
      to: r.vetPractices.id,
      optional: false,
    }),
    staffMember: r.one.providerStaff({ from: r.providerAvailability.staffId, to: r.providerStaff.id }),
    facility: r.one.providerFacilities({ from: r.providerAvailability.facilityId, to: r.providerFacilities.id }),
  },
  providerEquipment: {
    practice: r.one.vetPractices({ from: r.providerEquipment.practiceId, to: r.vetPractices.id, optional: false }),
    facility: r.one.providerFacilities({ from: r.providerEquipment.facilityId, to: r.providerFacilities.id }),
  },
  providerInsurance: {
    practice: r.one.vetPractices({ from: r.providerInsurance.practiceId, to: r.vetPractices.id, optional: false }),
  },
  providerPartnerships: {
    practice: r.one.vetPractices({
      from: r.providerPartnerships.practiceId,
      to: r.vetPractices.id,
      optional: false,
      alias: 'partnership_practice',
    }),
    partnerPractice: r.one.vetPractices({
      from: r.providerPartnerships.partnerPracticeId,
      to: r.vetPractices.id,
      alias: 'partnership_partner_practice',
    }),
  },
  userProfiles: {
    providerRoles: r.many.providerStaff({ from: r.userProfiles.id, to: r.providerStaff.userId }),
    veterinarianRecord: r.one.veterinarians({ from: r.userProfiles.id, to: r.veterinarians.userId }),
    providerOwnedPractices: r.many.vetPractices({ from: r.userProfiles.id, to: r.vetPractices.ownerUserId }),
    providerVerifiedCredentials: r.many.providerCredentials({
      from: r.userProfiles.id,
      to: r.providerCredentials.verifiedByUserId,
    }),
  },
}));
