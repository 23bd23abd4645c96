import { userProfiles } from '@db/users';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/** This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and edges onto userProfiles. */
export const horsesRelations = defineRelationsPart({ ...schema, userProfiles }, (r) => ({
  horses: {
    sire: r.one.horses({ from: r.horses.sireId, to: r.horses.id, alias: 'horse_sire' }),
    dam: r.one.horses({ from: r.horses.damId, to: r.horses.id, alias: 'horse_dam' }),
    offspringAsSire: r.many.horses({ from: r.horses.id, to: r.horses.sireId, alias: 'horse_sire' }),
    offspringAsDam: r.many.horses({ from: r.horses.id, to: r.horses.damId, alias: 'horse_dam' }),
    breeder: r.one.userProfiles({ from: r.horses.breederUserId, to: r.userProfiles.id }),
    createdBy: r.one.userProfiles({ from: r.horses.createdByUserId, to: r.userProfiles.id, optional: false }),
    profile: r.one.horseProfiles({ from: r.horses.id, to: r.horseProfiles.horseId }),
    registryRecords: r.many.horseRegistryRecords({ from: r.horses.id, to: r.horseRegistryRecords.horseId }),
    bloodlines: r.many.horseBloodlines({ from: r.horses.id, to: r.horseBloodlines.horseId }),
    bloodlineAppearances: r.many.horseBloodlines({ from: r.horses.id, to: r.horseBloodlines.ancestorHorseId }),
    photos: r.many.horsePhotos({ from: r.horses.id, to: r.horsePhotos.horseId }),
    primaryPhoto: r.one.horsePhotos({ from: r.horses.id, to: r.horsePhotos.horseId, where: { isPrimary: true } }),
    markings: r.many.horseMarkings({ from: r.horses.id, to: r.horseMarkings.horseId }),
    identifiers: r.many.horseIdentifiers({ from: r.horses.id, to: r.horseIdentifiers.horseId }),
    ownershipHistory: r.many.horseOwnershipHistory({ from: r.horses.id, to: r.horseOwnershipHistory.horseId }),
    currentOwnership: r.one.horseOwnershipHistory({
      from: r.horses.id,
      to: r.horseOwnershipHistory.horseId,
      where: { endedOn: { isNull: true }, isPrimaryOwner: true },
    }),
    owners: r.many.userProfiles({
      from: r.horses.id.through(r.horseOwnershipHistory.horseId),
      to: r.userProfiles.id.through(r.horseOwnershipHistory.ownerUserId),
    }),
    locationHistory: r.many.horseLocationHistory({ from: r.horses.id, to: r.horseLocationHistory.horseId }),
    currentLocation: r.one.horseLocationHistory({
      from: r.horses.id,
      to: r.horseLocationHistory.horseId,
      where: { departedAt: { isNull: true } },
    }),
    socialProfiles: r.many.horseSocialProfiles({ from: r.horses.id, to: r.horseSocialProfiles.horseId }),
    aiInsights: r.many.horseAiInsights({ from: r.horses.id, to: r.horseAiInsights.horseId }),
    dataSources: r.many.horseDataSources({ from: r.horses.id, to: r.horseDataSources.horseId }),
    verifications: r.many.horseVerificationStatus({ from: r.horses.id, to: r.horseVerificationStatus.horseId }),
    relatedEntities: r.many.horseRelatedEntities({ from: r.horses.id, to: r.horseRelatedEntities.horseId }),
  },
  horseProfiles: {
    horse: r.one.horses({ from: r.horseProfiles.horseId, to: r.horses.id, optional: false }),
  },
  horseRegistryRecords: {
    horse: r.one.horses({ from: r.horseRegistryRecords.horseId, to: r.horses.id, optional: false }),
  },
  horseBloodlines: {
    horse: r.one.horses({ from: r.horseBloodlines.horseId, to: r.horses.id, optional: false }),
    ancestorHorse: r.one.horses({ from: r.horseBloodlines.ancestorHorseId, to: r.horses.id }),
  },
  horsePhotos: {
    horse: r.one.horses({ from: r.horsePhotos.horseId, to: r.horses.id, optional: false }),
    uploadedBy: r.one.userProfiles({ from: r.horsePhotos.uploadedByUserId, to: r.userProfiles.id }),
    markings: r.many.horseMarkings({ from: r.horsePhotos.id, to: r.horseMarkings.photoId }),
  },
  horseMarkings: {
    horse: r.one.horses({ from: r.horseMarkings.horseId, to: r.horses.id, optional: false }),
    photo: r.one.horsePhotos({ from: r.horseMarkings.photoId, to: r.horsePhotos.id }),
    recordedBy: r.one.userProfiles({ from: r.horseMarkings.recordedByUserId, to: r.userProfiles.id }),
  },
  horseIdentifiers: {
    horse: r.one.horses({ from: r.horseIdentifiers.horseId, to: r.horses.id, optional: false }),
  },
  horseOwnershipHistory: {
    horse: r.one.horses({ from: r.horseOwnershipHistory.horseId, to: r.horses.id, optional: false }),
    owner: r.one.userProfiles({ from: r.horseOwnershipHistory.ownerUserId, to: r.userProfiles.id, optional: false }),
  },
  horseLocationHistory: {
    horse: r.one.horses({ from: r.horseLocationHistory.horseId, to: r.horses.id, optional: false }),
    recordedBy: r.one.userProfiles({ from: r.horseLocationHistory.recordedByUserId, to: r.userProfiles.id }),
  },
  horseSocialProfiles: {
    horse: r.one.horses({ from: r.horseSocialProfiles.horseId, to: r.horses.id, optional: false }),
    managedBy: r.one.userProfiles({ from: r.horseSocialProfiles.managedByUserId, to: r.userProfiles.id }),
  },
  horseAiInsights: {
    horse: r.one.horses({ from: r.horseAiInsights.horseId, to: r.horses.id, optional: false }),
    reviewedBy: r.one.userProfiles({ from: r.horseAiInsights.reviewedByUserId, to: r.userProfiles.id }),
  },
  horseDataSources: {
    horse: r.one.horses({ from: r.horseDataSources.horseId, to: r.horses.id, optional: false }),
  },
  horseVerificationStatus: {
    horse: r.one.horses({ from: r.horseVerificationStatus.horseId, to: r.horses.id, optional: false }),
    verifiedBy: r.one.userProfiles({ from: r.horseVerificationStatus.verifiedByUserId, to: r.userProfiles.id }),
  },
  horseRelatedEntities: {
    horse: r.one.horses({ from: r.horseRelatedEntities.horseId, to: r.horses.id, optional: false }),
    createdBy: r.one.userProfiles({ from: r.horseRelatedEntities.createdByUserId, to: r.userProfiles.id }),
  },
  userProfiles: {
    horseOwnerships: r.many.horseOwnershipHistory({
      from: r.userProfiles.id,
      to: r.horseOwnershipHistory.ownerUserId,
    }),
    ownedHorses: r.many.horses({
      from: r.userProfiles.id.through(r.horseOwnershipHistory.ownerUserId),
      to: r.horses.id.through(r.horseOwnershipHistory.horseId),
    }),
    horsesBred: r.many.horses({ from: r.userProfiles.id, to: r.horses.breederUserId }),
    horsesCreated: r.many.horses({ from: r.userProfiles.id, to: r.horses.createdByUserId }),
    horsePhotosUploaded: r.many.horsePhotos({ from: r.userProfiles.id, to: r.horsePhotos.uploadedByUserId }),
    horseMarkingsRecorded: r.many.horseMarkings({ from: r.userProfiles.id, to: r.horseMarkings.recordedByUserId }),
    horseLocationsRecorded: r.many.horseLocationHistory({
      from: r.userProfiles.id,
      to: r.horseLocationHistory.recordedByUserId,
    }),
    horseSocialProfilesManaged: r.many.horseSocialProfiles({
      from: r.userProfiles.id,
      to: r.horseSocialProfiles.managedByUserId,
    }),
    horseAiInsightsReviewed: r.many.horseAiInsights({
      from: r.userProfiles.id,
      to: r.horseAiInsights.reviewedByUserId,
    }),
    horseVerificationsPerformed: r.many.horseVerificationStatus({
      from: r.userProfiles.id,
      to: r.horseVerificationStatus.verifiedByUserId,
    }),
    horseRelatedEntitiesCreated: r.many.horseRelatedEntities({
      from: r.userProfiles.id,
      to: r.horseRelatedEntities.createdByUserId,
    }),
  },
}));
