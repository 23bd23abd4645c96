import {
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { and, count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  horseBloodlines,
  horseDataSources,
  horseIdentifiers,
  horseMarkings,
  horseOwnershipHistory,
  horsePhotos,
  horseRegistryRecords,
  horseRegistryRecordSchemas,
  horses,
  horseSocialProfiles,
  horsesCatalog,
} from '../src/index.ts';
import { horsesFixtures } from './fixtures.ts';

/** ON DELETE behaviour and natural keys (ingestion upserts). Partial unique indexes and row rules: horses-rules.test.ts. */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...horsesFixtures };
const catalog = { ...usersCatalog, ...horsesCatalog };
const { seed, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** Every table of the package (seeding them brings user_profiles too). */
const everyTable = Object.values(horsesCatalog).map((schemas) => schemas.table);


describe('ON DELETE', () => {
  test('deleting a horse cascades to every row of it, and leaves another horse alone', async () => {
    const { ref } = await seed(...everyTable);
    const other = await insertFixture(horses, ref, { registeredName: 'Another Horse' });
    await insertFixture(horseRegistryRecords, pointing(ref, { horses: other.id }), { registrationNumber: 'OTHER-1' });

    await t.db.delete(horses).where(eq(horses.id, ref('horses')));

    for (const { table } of Object.values(horsesCatalog)) {
      if (table === horses || table === horseRegistryRecords) continue;
      expect(await rowCount(table)).toBe(0);
    }
    expect(await allRows(horses)).toEqual([expect.objectContaining({ id: other.id })]);
    expect(await allRows(horseRegistryRecords)).toEqual([expect.objectContaining({ horseId: other.id })]);
    expect(await rowCount(userProfiles)).toBe(1);
  });

  test("deleting an owner's user profile is refused (23503/23001), even for an ownership that has ended", async () => {
    const { ref } = await seed(horses);
    const seller = await insertFixture(userProfiles, ref, anotherUserProfile('seller'));
    const past = await insertFixture(horseOwnershipHistory, ref, {
      ownerUserId: seller.id,
      isPrimaryOwner: false,
      startedOn: '2017-01-01',
      endedOn: '2019-06-01',
      endReason: 'sold',
    });

    expect(await refusal(t.db, () => t.db.delete(userProfiles).where(eq(userProfiles.id, seller.id)))).toEqual({
      code: restrictViolation,
      constraint: 'horse_ownership_history_owner_user_id_user_profiles_id_fkey',
    });
    expect(await rowByKey(horseOwnershipHistory, past.id)).toMatchObject({ ownerUserId: seller.id });
    expect(await rowByKey(userProfiles, seller.id)).toBeDefined();
  });

  test('deleting the user who entered a horse is refused (23503/23001)', async () => {
    const { ref } = await seed(horses);
    expect(await refusal(t.db, () => t.db.delete(userProfiles).where(eq(userProfiles.id, ref('user_profiles'))))).toEqual({
      code: restrictViolation,
      constraint: 'horses_created_by_user_id_user_profiles_id_fkey',
    });
    expect(await rowByKey(horses, ref('horses'))).toMatchObject({ createdByUserId: ref('user_profiles') });
  });

  test('deleting a user nulls the optional user references (breeder, uploader, recorder, reviewer, ...)', async () => {
    const { ref } = await seed(...everyTable);
    const helper = await insertFixture(userProfiles, ref, anotherUserProfile('helper'));
    const references: [PgTable, string][] = [
      [horses, 'breederUserId'],
      [horsePhotos, 'uploadedByUserId'],
      [horseMarkings, 'recordedByUserId'],
      [catalog.horse_location_history!.table, 'recordedByUserId'],
      [horseSocialProfiles, 'managedByUserId'],
      [catalog.horse_ai_insights!.table, 'reviewedByUserId'],
      [catalog.horse_verification_status!.table, 'verifiedByUserId'],
      [catalog.horse_related_entities!.table, 'createdByUserId'],
    ];
    for (const [table, key] of references) await t.db.update(table).set({ [key]: helper.id } as never);

    await t.db.delete(userProfiles).where(eq(userProfiles.id, helper.id));

    for (const [table, key] of references) {
      const [row] = await allRows(table);
      expect(row, `${key} row kept`).toBeDefined();
      expect(row![key], key).toBeNull();
    }
  });

  test("deleting a sire nulls the foal's sire_id and the pedigree's ancestor link, keeping both rows", async () => {
    const { ref } = await seed(horseBloodlines);
    const sire = await insertFixture(horses, ref, { registeredName: 'Cruising Sire', sex: 'stallion' });
    const dam = await insertFixture(horses, ref, { registeredName: 'Kildare Dam' });
    await t.db.update(horses).set({ sireId: sire.id, damId: dam.id }).where(eq(horses.id, ref('horses')));
    const sireLine = await insertFixture(horseBloodlines, ref, { generation: 1, pedigreePosition: 'S', ancestorName: 'Cruising Sire', ancestorHorseId: sire.id });

    await t.db.delete(horses).where(eq(horses.id, sire.id));

    expect(await rowByKey(horses, ref('horses'))).toMatchObject({ sireId: null, damId: dam.id });
    expect(await rowByKey(horseBloodlines, sireLine.id)).toMatchObject({ ancestorHorseId: null, ancestorName: 'Cruising Sire' });
  });

  test("deleting a photo nulls the marking's photo_id and keeps the marking", async () => {
    const { ref } = await seed(horseMarkings);
    await t.db.delete(horsePhotos).where(eq(horsePhotos.id, ref('horse_photos')));
    expect(await rowByKey(horseMarkings, ref('horse_markings'))).toMatchObject({ photoId: null, location: 'face' });
  });
});

describe('natural keys', () => {
  test('a registry record is upserted on (registry_code, registration_number)', async () => {
    const { ref } = await seed(horseRegistryRecords);
    const ingest = (overrides: Record<string, unknown>) => {
      const values = horseRegistryRecordSchemas.insert.parse({ ...horsesFixtures.horse_registry_records!(ref), ...overrides });
      return t.db
        .insert(horseRegistryRecords)
        .values(values)
        .onConflictDoUpdate({
          target: [horseRegistryRecords.registryCode, horseRegistryRecords.registrationNumber],
          set: {
            registeredName: values.registeredName,
            registrationStatus: values.registrationStatus,
            studbookSection: values.studbookSection,
            lastVerifiedAt: values.lastVerifiedAt,
          },
        })
        .returning();
    };
    const update = { registrationStatus: 'transferred', studbookSection: 'Appendix', lastVerifiedAt: new Date('2024-06-01T08:00:00Z') };

    const [first] = await ingest(update);
    const [second] = await ingest(update);
    expect(second!.id).toBe(first!.id);
    expect(first!.id).toBe(ref('horse_registry_records'));
    expect(await allRows(horseRegistryRecords)).toEqual([expect.objectContaining({ id: first!.id, ...update })]);

    // The key is the pair: the same number at another registry is another record.
    await ingest({ registryCode: 'FEI', registryName: 'FEI' });
    expect(await rowCount(horseRegistryRecords)).toBe(2);
    const at = (code: string) =>
      and(eq(horseRegistryRecords.registryCode, code), eq(horseRegistryRecords.registrationNumber, '372002FB1634516'));
    expect(await t.db.select({ n: count() }).from(horseRegistryRecords).where(at('HSI'))).toEqual([{ n: 1 }]);

    expect(await refusal(t.db, () => insertFixture(horseRegistryRecords, ref))).toEqual({
      code: '23505',
      constraint: 'horse_registry_records_registry_code_registration_number_key',
    });
  });

  const otherKeys: NaturalKeyCase[] = [
    { name: 'horse_identifiers', table: horseIdentifiers, key: [horseIdentifiers.identifierType, horseIdentifiers.identifierValue], set: { isActive: false, implantSite: 'right nuchal ligament' }, index: 'horse_identifiers_identifier_type_identifier_value_key' },
    { name: 'horse_data_sources', table: horseDataSources, key: [horseDataSources.sourceName, horseDataSources.externalRecordId], set: { syncStatus: 'stale', syncAttemptCount: 2 }, index: 'horse_data_sources_source_name_external_record_id_key' },
    { name: 'horse_social_profiles', table: horseSocialProfiles, key: [horseSocialProfiles.platform, horseSocialProfiles.handle], set: { followerCount: 2100, isVerified: true }, index: 'horse_social_profiles_platform_handle_key' },
  ];

  naturalKeyTests(t, catalog, fixtures, otherKeys);
});
