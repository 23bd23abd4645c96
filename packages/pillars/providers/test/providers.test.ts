import { fixtureKit, refusal, setupTestDatabase } from '@db/core/testing';
import { userProfiles, usersCatalog } from '@db/users';
import { usersFixtures } from '@db/users/fixtures';
import { eq, getColumns } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  providerAvailability,
  providerCredentials,
  providerEquipment,
  providerFacilities,
  providerInsurance,
  providerPartnerships,
  providerServices,
  providerStaff,
  providersCatalog,
  veterinarians,
  veterinarianSchemas,
  vetPractices,
} from '../src/index.ts';
import { providersFixtures } from './fixtures.ts';

const t = setupTestDatabase();

const fixtures = { ...usersFixtures, ...providersFixtures };
const schemas = { ...usersCatalog, ...providersCatalog };
const { insertSchemaOf, insert, seed, seedParentsOf, rowCount } = fixtureKit(t, schemas, fixtures);

/** A second practice, without the fixture's registration (its natural key). */
const anotherPractice = (ref: (name: string) => string, legalName: string) =>
  insert(vetPractices, { ...fixtures.vet_practices!(ref), legalName, registrationNumber: null, registeringBody: null });

describe('ON DELETE', () => {
  test('deleting a practice cascades to all it owns, as either side of a partnership; its vets stay, unattached', async () => {
    const { ref } = await seed(
      providerAvailability,
      providerCredentials,
      providerEquipment,
      providerInsurance,
      providerPartnerships,
      providerServices,
    );
    const other = await anotherPractice(ref, 'Kildare Farriery Services');
    await insert(providerPartnerships, {
      practiceId: other.id,
      partnerPracticeId: ref('vet_practices'),
      partnershipType: 'out_of_hours_cover',
    });

    await t.db.delete(vetPractices).where(eq(vetPractices.id, ref('vet_practices')));

    const owned = [providerStaff, providerCredentials, providerServices, providerFacilities, providerAvailability];
    for (const table of [...owned, providerEquipment, providerInsurance, providerPartnerships]) {
      expect(await rowCount(table)).toBe(0);
    }
    expect((await t.db.select().from(vetPractices)).map((practice) => practice.id)).toEqual([other.id]);
    const [vet] = await t.db.select().from(veterinarians);
    expect(vet).toMatchObject({ id: ref('veterinarians'), practiceId: null });
  });

  test("erasing a user removes their memberships and what hangs off them; other records keep the history, user unset", async () => {
    // Committed first, as in production: PostgreSQL re-checks every foreign key of a row its own transaction
    // inserted, so within one transaction the staff cascade and the credentials' SET NULL would collide.
    await t.commits(providerAvailability, providerCredentials);
    const { ref } = await seed(providerAvailability, providerCredentials);
    const practiceCredential = await insert(providerCredentials, {
      ...fixtures.provider_credentials!(ref),
      staffId: null,
      credentialType: 'practice_registration',
      title: 'Registered veterinary premises',
      issuingBody: 'Veterinary Council of Ireland',
      credentialNumber: 'VCI-PP-04217',
    });
    const practiceHours = await insert(providerAvailability, {
      practiceId: ref('vet_practices'),
      kind: 'closure',
      exceptionDate: '2025-12-25',
    });

    await t.db.delete(userProfiles).where(eq(userProfiles.id, ref('user_profiles')));

    expect(await rowCount(providerStaff)).toBe(0);
    expect(await t.db.select({ id: providerAvailability.id }).from(providerAvailability)).toEqual([{ id: practiceHours.id }]);
    expect(await t.db.select().from(providerCredentials)).toEqual([
      expect.objectContaining({ id: practiceCredential.id, verifiedByUserId: null }),
    ]);
    expect(await t.db.select().from(vetPractices)).toEqual([expect.objectContaining({ ownerUserId: null })]);
    expect(await t.db.select().from(veterinarians)).toEqual([
      expect.objectContaining({ id: ref('veterinarians'), userId: null }),
    ]);
  });

  test('removing a vet record keeps the staff membership, unlinked', async () => {
    const { ref } = await seed(providerStaff);
    await t.db.delete(veterinarians).where(eq(veterinarians.id, ref('veterinarians')));
    expect(await t.db.select().from(providerStaff)).toEqual([
      expect.objectContaining({ id: ref('provider_staff'), veterinarianId: null }),
    ]);
  });

  test('closing a premises removes its hours; its equipment stays with the practice, location unset', async () => {
    const { ref } = await seed(providerAvailability, providerEquipment);
    await t.db.delete(providerFacilities).where(eq(providerFacilities.id, ref('provider_facilities')));
    expect(await rowCount(providerAvailability)).toBe(0);
    expect(await t.db.select().from(providerEquipment)).toEqual([
      expect.objectContaining({ id: ref('provider_equipment'), practiceId: ref('vet_practices'), facilityId: null }),
    ]);
    expect(await rowCount(providerStaff)).toBe(1);
  });
});

describe('natural keys', () => {
  test('a register record upserts on (licensing_body, licence_number), keeping the practice link', async () => {
    const { ref } = await seed(vetPractices);
    const ingest = (record: Record<string, unknown>) => {
      const values = veterinarianSchemas.insert.parse(record);
      return t.db
        .insert(veterinarians)
        .values(values)
        .onConflictDoUpdate({
          target: [veterinarians.licensingBody, veterinarians.licenceNumber],
          // What the register owns; the platform's links (user, practice) are not the register's to change.
          set: {
            givenName: values.givenName,
            familyName: values.familyName,
            postNominals: values.postNominals,
            licenceValidFrom: values.licenceValidFrom,
            licenceValidUntil: values.licenceValidUntil,
            status: values.status,
            registerCheckedAt: values.registerCheckedAt,
          },
        })
        .returning();
    };
    const record = { ...fixtures.veterinarians!(ref), userId: null };
    const [first] = await ingest(record);
    const [again] = await ingest({
      ...record,
      practiceId: null,
      postNominals: 'MVB CertAVP(EM) DipECVS MRCVS',
      licenceValidFrom: '2026-01-01',
      licenceValidUntil: '2026-12-31',
      status: 'non_practising',
      registerCheckedAt: new Date('2026-01-05T08:00:00Z'),
    });

    expect(again!.id).toBe(first!.id);
    expect(await t.db.select().from(veterinarians)).toEqual([
      expect.objectContaining({
        id: first!.id,
        practiceId: ref('vet_practices'),
        postNominals: 'MVB CertAVP(EM) DipECVS MRCVS',
        licenceValidUntil: '2026-12-31',
        status: 'non_practising',
        registerCheckedAt: new Date('2026-01-05T08:00:00Z'),
      }),
    ]);

    // The same number on another register is another vet.
    await ingest({ ...record, licensingBody: 'Royal College of Veterinary Surgeons', licenceCountry: 'GB' });
    expect(await rowCount(veterinarians)).toBe(2);

    expect(await refusal(t.db, () => t.db.insert(veterinarians).values(veterinarianSchemas.insert.parse(record)))).toEqual({
      code: '23505',
      constraint: 'veterinarians_licensing_body_licence_number_key',
    });
  });

  const naturalKeys: {
    table: string;
    key: string[];
    index: string;
    /** What the second delivery of the same record changes. */
    changed: Record<string, unknown>;
    /** Makes a plain duplicate collide on this key only. */
    duplicate?: Record<string, unknown>;
  }[] = [
    {
      table: 'vet_practices',
      key: ['registeringBody', 'registrationNumber'],
      index: 'vet_practices_registering_body_registration_number_key',
      changed: { legalName: 'Curragh Equine Veterinary Clinic DAC', status: 'suspended' },
    },
    {
      table: 'veterinarians',
      key: ['licensingBody', 'licenceNumber'],
      index: 'veterinarians_licensing_body_licence_number_key',
      changed: { status: 'retired', licenceValidUntil: '2025-06-30' },
      duplicate: { userId: null },
    },
    {
      table: 'provider_staff',
      key: ['practiceId', 'userId', 'staffRole'],
      index: 'provider_staff_practice_id_user_id_staff_role_key',
      changed: { jobTitle: 'Clinical Director', weeklyContractedHours: '38.0' },
      duplicate: { isPrimaryContact: false },
    },
    {
      table: 'provider_credentials',
      key: ['issuingBody', 'credentialNumber'],
      index: 'provider_credentials_issuing_body_credential_number_key',
      changed: { verificationStatus: 'revoked', expiresOn: '2025-06-30' },
    },
    {
      table: 'provider_services',
      key: ['practiceId', 'serviceCode'],
      index: 'provider_services_practice_id_service_code_key',
      changed: { basePrice: '260.00', durationMinutes: 120 },
    },
    {
      table: 'provider_equipment',
      key: ['manufacturer', 'serialNumber'],
      index: 'provider_equipment_manufacturer_serial_number_key',
      changed: { status: 'under_maintenance', lastServicedOn: '2025-06-02' },
      duplicate: { assetTag: 'CEV-IMG-003' },
    },
    {
      table: 'provider_equipment',
      key: ['practiceId', 'assetTag'],
      index: 'provider_equipment_practice_id_asset_tag_key',
      changed: { name: 'Portable DR unit 2 (yard kit)' },
      duplicate: { serialNumber: 'SND-EQ-220392' },
    },
    {
      table: 'provider_insurance',
      key: ['insurer', 'policyNumber'],
      index: 'provider_insurance_insurer_policy_number_key',
      changed: { status: 'lapsed', annualPremium: '5100.00' },
    },
  ];

  const cases = naturalKeys.map((naturalKey) => [`${naturalKey.table} (${naturalKey.key.join(', ')})`, naturalKey] as const);
  test.each(cases)('%s: upserts idempotently; a plain duplicate is refused', async (_, { table: name, key, index, changed, duplicate }) => {
    const table = schemas[name]!.table;
    const { ref } = await seedParentsOf(table);
    const columns = getColumns(table) as Record<string, unknown>;
    const upsert = async (row: Record<string, unknown>) => {
      const values = insertSchemaOf(name).parse(row) as Record<string, unknown>;
      const set = Object.fromEntries(Object.entries(values).filter(([field]) => !key.includes(field)));
      const query = t.db.insert(table).values(values as never);
      const [written] = await query.onConflictDoUpdate({ target: key.map((field) => columns[field]) as never, set }).returning();
      return written as { id: string };
    };
    const record = fixtures[name]!(ref);

    const first = await upsert(record);
    const again = await upsert({ ...record, ...changed });

    expect(again.id).toBe(first.id);
    expect(await t.db.select().from(table)).toEqual([expect.objectContaining({ id: first.id, ...changed })]);
    const values = insertSchemaOf(name).parse({ ...record, ...duplicate });
    expect(await refusal(t.db, () => t.db.insert(table).values(values as never))).toEqual({ code: '23505', constraint: index });
    expect(await rowCount(table)).toBe(1);
  });
});

describe('partial unique indexes', () => {
  test('one primary premises per practice', async () => {
    const { ref } = await seed(providerFacilities);
    const yard = { ...fixtures.provider_facilities!(ref), name: 'Brownstown Isolation Yard', facilityType: 'isolation_unit' };

    expect(await refusal(t.db, () => t.db.insert(providerFacilities).values({ ...yard, isPrimary: true } as never))).toEqual({
      code: '23505',
      constraint: 'provider_facilities_primary_key',
    });
    const secondary = await insert(providerFacilities, { ...yard, isPrimary: false });
    const other = await anotherPractice(ref, 'Kildare Farriery Services');
    await insert(providerFacilities, { ...yard, practiceId: other.id, isPrimary: true });

    // Moving the primary flag: demote first, then promote.
    await t.db.update(providerFacilities).set({ isPrimary: false }).where(eq(providerFacilities.id, ref('provider_facilities')));
    await t.db.update(providerFacilities).set({ isPrimary: true }).where(eq(providerFacilities.id, secondary.id));
    expect(await rowCount(providerFacilities)).toBe(3);
  });

  test('one primary contact per practice', async () => {
    const { ref } = await seed(providerStaff);
    const manager = { ...fixtures.provider_staff!(ref), staffRole: 'practice_manager', veterinarianId: null };

    expect(await refusal(t.db, () => t.db.insert(providerStaff).values({ ...manager, isPrimaryContact: true } as never))).toEqual({
      code: '23505',
      constraint: 'provider_staff_primary_contact_key',
    });
    await insert(providerStaff, { ...manager, isPrimaryContact: false });
    expect(await rowCount(providerStaff)).toBe(2);
  });

  test('an external partner is unique per practice and type whatever its case; a platform partner per type', async () => {
    const { ref } = await seed(providerPartnerships);
    const referral = fixtures.provider_partnerships!(ref);

    const sameNameOtherCase = { ...referral, externalPartnerName: 'ucd veterinary HOSPITAL' };
    expect(await refusal(t.db, () => t.db.insert(providerPartnerships).values(sameNameOtherCase as never))).toEqual({
      code: '23505',
      constraint: 'provider_partnerships_practice_external_type_key',
    });
    await insert(providerPartnerships, { ...sameNameOtherCase, partnershipType: 'laboratory_services' });

    const other = await anotherPractice(ref, 'Kildare Farriery Services');
    const platform = { ...referral, externalPartnerName: null, partnerPracticeId: other.id };
    await insert(providerPartnerships, platform);
    expect(await refusal(t.db, () => t.db.insert(providerPartnerships).values(platform as never))).toEqual({
      code: '23505',
      constraint: 'provider_partnerships_practice_partner_type_key',
    });
    expect(await rowCount(providerPartnerships)).toBe(3);
  });
});
