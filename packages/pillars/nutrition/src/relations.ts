import { vitalSigns } from '@db/health/tables';
import { horses } from '@db/horses/tables';
import { providerFacilities, veterinarians } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * horses, user_profiles, veterinarians, provider_facilities and vital_signs (keys named after this pillar's tables
 * or prefixed with feed/nutrition, so they cannot meet other pillars').
 */
export const nutritionRelations = defineRelationsPart(
  { ...schema, horses, userProfiles, veterinarians, providerFacilities, vitalSigns },
  (r) => ({
    feedSuppliers: {
      createdBy: r.one.userProfiles({ from: r.feedSuppliers.createdByUserId, to: r.userProfiles.id }),
      feedTypes: r.many.feedTypes({ from: r.feedSuppliers.id, to: r.feedTypes.feedSupplierId }),
      deliveries: r.many.feedInventory({ from: r.feedSuppliers.id, to: r.feedInventory.feedSupplierId }),
    },
    feedTypes: {
      supplier: r.one.feedSuppliers({ from: r.feedTypes.feedSupplierId, to: r.feedSuppliers.id }),
      createdBy: r.one.userProfiles({ from: r.feedTypes.createdByUserId, to: r.userProfiles.id }),
      feedingSchedules: r.many.feedingSchedules({ from: r.feedTypes.id, to: r.feedingSchedules.feedTypeId }),
      consumption: r.many.feedConsumption({ from: r.feedTypes.id, to: r.feedConsumption.feedTypeId }),
      feedings: r.many.feedingHistory({ from: r.feedTypes.id, to: r.feedingHistory.feedTypeId }),
      supplementRegimens: r.many.supplementRegimens({ from: r.feedTypes.id, to: r.supplementRegimens.feedTypeId }),
      analyses: r.many.nutritionalAnalysis({ from: r.feedTypes.id, to: r.nutritionalAnalysis.feedTypeId }),
      stockMovements: r.many.feedInventory({ from: r.feedTypes.id, to: r.feedInventory.feedTypeId }),
    },
    feedingSchedules: {
      horse: r.one.horses({ from: r.feedingSchedules.horseId, to: r.horses.id, optional: false }),
      feedType: r.one.feedTypes({ from: r.feedingSchedules.feedTypeId, to: r.feedTypes.id, optional: false }),
      createdBy: r.one.userProfiles({ from: r.feedingSchedules.createdByUserId, to: r.userProfiles.id }),
      feedings: r.many.feedingHistory({ from: r.feedingSchedules.id, to: r.feedingHistory.feedingScheduleId }),
    },
    feedConsumption: {
      horse: r.one.horses({ from: r.feedConsumption.horseId, to: r.horses.id, optional: false }),
      feedType: r.one.feedTypes({ from: r.feedConsumption.feedTypeId, to: r.feedTypes.id, optional: false }),
      recordedBy: r.one.userProfiles({ from: r.feedConsumption.recordedByUserId, to: r.userProfiles.id }),
    },
    feedingHistory: {
      horse: r.one.horses({ from: r.feedingHistory.horseId, to: r.horses.id, optional: false }),
      schedule: r.one.feedingSchedules({ from: r.feedingHistory.feedingScheduleId, to: r.feedingSchedules.id }),
      feedType: r.one.feedTypes({ from: r.feedingHistory.feedTypeId, to: r.feedTypes.id, optional: false }),
      fedBy: r.one.userProfiles({ from: r.feedingHistory.fedByUserId, to: r.userProfiles.id }),
    },
    weightTracking: {
      horse: r.one.horses({ from: r.weightTracking.horseId, to: r.horses.id, optional: false }),
      vitalSign: r.one.vitalSigns({ from: r.weightTracking.vitalSignId, to: r.vitalSigns.id }),
      recordedBy: r.one.userProfiles({ from: r.weightTracking.recordedByUserId, to: r.userProfiles.id }),
      requirements: r.many.nutritionalRequirements({ from: r.weightTracking.id, to: r.nutritionalRequirements.weightTrackingId }),
    },
    nutritionalRequirements: {
      horse: r.one.horses({ from: r.nutritionalRequirements.horseId, to: r.horses.id, optional: false }),
      weighing: r.one.weightTracking({ from: r.nutritionalRequirements.weightTrackingId, to: r.weightTracking.id }),
      computedBy: r.one.userProfiles({ from: r.nutritionalRequirements.computedByUserId, to: r.userProfiles.id }),
    },
    supplementRegimens: {
      horse: r.one.horses({ from: r.supplementRegimens.horseId, to: r.horses.id, optional: false }),
      feedType: r.one.feedTypes({ from: r.supplementRegimens.feedTypeId, to: r.feedTypes.id, optional: false }),
      prescribedBy: r.one.veterinarians({ from: r.supplementRegimens.prescribedByVeterinarianId, to: r.veterinarians.id }),
      createdBy: r.one.userProfiles({ from: r.supplementRegimens.createdByUserId, to: r.userProfiles.id }),
    },
    nutritionalAnalysis: {
      feedType: r.one.feedTypes({ from: r.nutritionalAnalysis.feedTypeId, to: r.feedTypes.id, optional: false }),
      requestedBy: r.one.userProfiles({ from: r.nutritionalAnalysis.requestedByUserId, to: r.userProfiles.id }),
    },
    feedInventory: {
      owner: r.one.userProfiles({ from: r.feedInventory.ownerUserId, to: r.userProfiles.id }),
      facility: r.one.providerFacilities({ from: r.feedInventory.facilityId, to: r.providerFacilities.id }),
      feedType: r.one.feedTypes({ from: r.feedInventory.feedTypeId, to: r.feedTypes.id, optional: false }),
      supplier: r.one.feedSuppliers({ from: r.feedInventory.feedSupplierId, to: r.feedSuppliers.id }),
      recordedBy: r.one.userProfiles({ from: r.feedInventory.recordedByUserId, to: r.userProfiles.id }),
    },
    horses: {
      feedingSchedules: r.many.feedingSchedules({ from: r.horses.id, to: r.feedingSchedules.horseId }),
      currentFeedingSchedules: r.many.feedingSchedules({
        from: r.horses.id,
        to: r.feedingSchedules.horseId,
        where: { validTo: { isNull: true } },
      }),
      feedConsumption: r.many.feedConsumption({ from: r.horses.id, to: r.feedConsumption.horseId }),
      feedingHistory: r.many.feedingHistory({ from: r.horses.id, to: r.feedingHistory.horseId }),
      weightTracking: r.many.weightTracking({ from: r.horses.id, to: r.weightTracking.horseId }),
      nutritionalRequirements: r.many.nutritionalRequirements({ from: r.horses.id, to: r.nutritionalRequirements.horseId }),
      currentNutritionalRequirement: r.one.nutritionalRequirements({
        from: r.horses.id,
        to: r.nutritionalRequirements.horseId,
        where: { validTo: { isNull: true } },
      }),
      supplementRegimens: r.many.supplementRegimens({ from: r.horses.id, to: r.supplementRegimens.horseId }),
    },
    userProfiles: {
      feedSuppliersAdded: r.many.feedSuppliers({ from: r.userProfiles.id, to: r.feedSuppliers.createdByUserId }),
      feedTypesAdded: r.many.feedTypes({ from: r.userProfiles.id, to: r.feedTypes.createdByUserId }),
      feedingSchedulesWritten: r.many.feedingSchedules({ from: r.userProfiles.id, to: r.feedingSchedules.createdByUserId }),
      feedConsumptionRecorded: r.many.feedConsumption({ from: r.userProfiles.id, to: r.feedConsumption.recordedByUserId }),
      feedingsGiven: r.many.feedingHistory({ from: r.userProfiles.id, to: r.feedingHistory.fedByUserId }),
      weightsRecorded: r.many.weightTracking({ from: r.userProfiles.id, to: r.weightTracking.recordedByUserId }),
      nutritionalRequirementsComputed: r.many.nutritionalRequirements({
        from: r.userProfiles.id,
        to: r.nutritionalRequirements.computedByUserId,
      }),
      supplementRegimensEntered: r.many.supplementRegimens({ from: r.userProfiles.id, to: r.supplementRegimens.createdByUserId }),
      nutritionalAnalysesRequested: r.many.nutritionalAnalysis({ from: r.userProfiles.id, to: r.nutritionalAnalysis.requestedByUserId }),
      feedStockMovements: r.many.feedInventory({ from: r.userProfiles.id, to: r.feedInventory.ownerUserId }),
      feedStockMovementsRecorded: r.many.feedInventory({ from: r.userProfiles.id, to: r.feedInventory.recordedByUserId }),
    },
    veterinarians: {
      supplementRegimensPrescribed: r.many.supplementRegimens({
        from: r.veterinarians.id,
        to: r.supplementRegimens.prescribedByVeterinarianId,
      }),
    },
    providerFacilities: {
      feedStockMovements: r.many.feedInventory({ from: r.providerFacilities.id, to: r.feedInventory.facilityId }),
    },
    vitalSigns: {
      nutritionWeighing: r.one.weightTracking({ from: r.vitalSigns.id, to: r.weightTracking.vitalSignId }),
    },
  }),
);
