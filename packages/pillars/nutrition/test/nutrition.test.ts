import {
  appendOnlyRefusal,
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  type Ref,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { healthCatalog, vitalSigns } from '@db/health';
import { healthFixtures } from '@db/health/fixtures';
import { horses, horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog, veterinarians } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  feedConsumption,
  feedingHistory,
  feedingSchedules,
  feedInventory,
  feedSuppliers,
  feedTypes,
  nutritionalAnalysis,
  nutritionalRequirements,
  nutritionCatalog,
  supplementRegimens,
  weightTracking,
} from '../src/index.ts';
import { nutritionFixtures } from './fixtures.ts';

/**
 * The feed stock that never goes below zero, feeding history as append-only evidence, natural keys (ingestion
 * upserts), ON DELETE, the current-row partial unique indexes and the row rules of this pillar.
 */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...horsesFixtures, ...providersFixtures, ...healthFixtures, ...nutritionFixtures };
const catalog = { ...usersCatalog, ...horsesCatalog, ...providersCatalog, ...healthCatalog, ...nutritionCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** Deletes or changes one row of any table (erased types: one query-builder instantiation for all calls). */
const deleteRow = (table: PgTable, id: string) => t.db.delete(table).where(eq((table as unknown as { id: never }).id, id));
const updateRow = (table: PgTable, id: string, set: Record<string, unknown>) =>
  t.db.update(table).set(set as never).where(eq((table as unknown as { id: never }).id, id));

/** What COMMIT would do: run the deferred stock check now. */
const commitChecks = () => t.db.execute(sql`set constraints all immediate`);
const stockCheck = { code: '23514', constraint: 'feed_inventory_stock_check' };
const stock: PgTable = feedInventory;

/** A movement of the fixture stock (the fixture user's feed at the hospital's feed room), without a source id. */
const movement = (movementType: string, quantityKg: string, extra: Record<string, unknown> = {}) => ({
  movementType,
  quantityKg,
  feedSupplierId: null,
  deliveryReference: null,
  totalCost: null,
  source: null,
  externalId: null,
  sourceUpdatedAt: null,
  ...extra,
});

describe('feed stock never goes below zero (the deferred feed_inventory_stock trigger)', () => {
  test('a usage beyond the stock is refused at COMMIT and nothing of it is written; the exact stock can be used', async () => {
    await t.commits(feedInventory);
    // 400 kg delivered, committed.
    const { ref } = await seed(feedInventory);

    // Outside a test transaction, the statement runs on refusal's own transaction (\`tx\`), committed or refused there.
    const write = (row: Record<string, unknown>) => (tx: typeof t.db) =>
      tx.insert(stock).values(insertSchemaOf('feed_inventory').parse({ ...nutritionFixtures.feed_inventory!(ref), ...row }) as never);
    expect(await refusal(t.db, write(movement('usage', '-400.500')))).toEqual(stockCheck);
    expect(await allRows(feedInventory)).toEqual([expect.objectContaining({ id: ref('feed_inventory'), quantityKg: '400.000' })]);

    // Using all of it leaves 0 kg, which is allowed; then a kilo of wastage more is refused.
    await insertFixture(feedInventory, ref, movement('usage', '-400.000'));
    expect(await refusal(t.db, write(movement('wastage', '-1.000', { reason: 'Split bag' })))).toEqual(stockCheck);
    expect(await rowCount(feedInventory)).toBe(2);
  });

  test('each stock is its own: a user at a yard, the same user alone, the yard alone, another feed', async () => {
    const { ref } = await seed(feedInventory);
    const hay = await insertFixture(feedTypes, ref, { name: 'Meadow hay 2024', category: 'forage', supplierProductCode: 'HAY-24', gtin: null });
    // 400 kg of balancer are held by the user at the hospital; none of the other stocks has any.
    const attempts = [
      movement('usage', '-0.500', { facilityId: null }),
      movement('usage', '-0.500', { ownerUserId: null }),
      movement('usage', '-0.500', { feedTypeId: hay.id }),
    ];
    for (const attempt of attempts) {
      expect(
        await refusal(t.db, async () => {
          await insertFixture(feedInventory, ref, attempt);
          await commitChecks();
        }),
      ).toEqual(stockCheck);
    }
    expect(await refusal(t.db, async () => {
      await insertFixture(feedInventory, ref, movement('usage', '-0.500'));
      await commitChecks();
    })).toBeUndefined();
  });

  test('judged at COMMIT, so usage and the delivery covering it go in either order; removing a covering delivery is refused', async () => {
    const { ref } = await seedParentsOf(feedInventory);
    const used = await insertFixture(feedInventory, ref, movement('usage', '-25.000'));
    const delivered = await insertFixture(feedInventory, ref);
    expect(await refusal(t.db, commitChecks)).toBeUndefined();

    // Deleting the delivery would leave -25 kg; deleting the usage is fine.
    expect(await refusal(t.db, async () => {
      await deleteRow(feedInventory, delivered.id);
      await commitChecks();
    })).toEqual(stockCheck);
    // Nor may an update shrink the delivery below what was used.
    expect(await refusal(t.db, async () => {
      await updateRow(feedInventory, delivered.id, { quantityKg: '20.000' });
      await commitChecks();
    })).toEqual(stockCheck);
    await deleteRow(feedInventory, used.id);
    expect(await allRows(feedInventory)).toEqual([expect.objectContaining({ id: delivered.id, quantityKg: '400.000' })]);
  });

  test("erasing a user deletes their own stock (cascade), movements they only recorded stay with the recorder nulled", async () => {
    const { ref } = await seed(feedInventory);
    const owner = await insertFixture(userProfiles, ref, anotherUserProfile('liveryowner'));
    const own = await insertFixture(feedInventory, ref, movement('delivery', '60.000', { ownerUserId: owner.id, facilityId: null, recordedByUserId: owner.id }));
    await insertFixture(feedInventory, ref, movement('usage', '-12.000', { ownerUserId: owner.id, facilityId: null, recordedByUserId: owner.id }));
    await updateRow(feedInventory, ref('feed_inventory'), { recordedByUserId: owner.id });

    await deleteRow(userProfiles, owner.id);

    expect(await rowByKey(feedInventory, own.id)).toBeUndefined();
    expect(await allRows(feedInventory)).toEqual([expect.objectContaining({ id: ref('feed_inventory'), recordedByUserId: null })]);
    expect(await refusal(t.db, commitChecks)).toBeUndefined();
  });
});

describe('feeding_history: append-only evidence', () => {
  test('an entry cannot be edited or removed, nor can the groom who gave it be deleted', async () => {
    const { ref } = await seed(feedingHistory);
    const groom = await insertFixture(userProfiles, ref, anotherUserProfile('groom'));
    const evening = await insertFixture(feedingHistory, ref, {
      fedByUserId: groom.id,
      fedAt: new Date('2024-05-20T16:30:00Z'),
      feedingScheduleId: null,
      source: null,
      externalId: null,
    });

    expect(await refusal(t.db, () => updateRow(feedingHistory, evening.id, { quantityKg: '0.250' }))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, () => deleteRow(feedingHistory, evening.id))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, () => deleteRow(userProfiles, groom.id))).toEqual({
      code: restrictViolation,
      constraint: 'feeding_history_fed_by_user_id_user_profiles_id_fkey',
    });
    expect(await rowByKey(feedingHistory, evening.id)).toMatchObject({ quantityKg: '0.500', fedByUserId: groom.id });

    // A skipped feed is appended too, with its reason and no quantity.
    await insertFixture(feedingHistory, ref, {
      status: 'skipped',
      quantityKg: null,
      skipReason: 'At Millstreet for the day',
      fedAt: new Date('2024-05-21T06:30:00Z'),
      source: null,
      externalId: null,
    });
    expect(await rowCount(feedingHistory)).toBe(3);
  });

  test("a smart feeder's replayed event is added once, on (source, external_id), without touching the first", async () => {
    const { ref } = await seedParentsOf(feedingHistory);
    const event = insertSchemaOf('feeding_history').parse(nutritionFixtures.feeding_history!(ref));
    const table: PgTable = feedingHistory;
    for (let i = 0; i < 2; i++) {
      await t.db
        .insert(table)
        .values(event as never)
        .onConflictDoNothing({ target: [feedingHistory.source, feedingHistory.externalId] });
    }
    expect(await rowCount(feedingHistory)).toBe(1);
    // An upsert that would change the entry is an UPDATE, which the log refuses.
    expect(
      await refusal(t.db, () =>
        t.db
          .insert(table)
          .values(event as never)
          .onConflictDoUpdate({ target: [feedingHistory.source, feedingHistory.externalId], set: { quantityKg: '0.400' } as never }),
      ),
    ).toEqual(appendOnlyRefusal);
  });
});

describe('natural keys: ingestion upserts', () => {
  const cases: NaturalKeyCase[] = [
    {
      name: 'feed_suppliers',
      table: feedSuppliers,
      key: [feedSuppliers.countryCode, feedSuppliers.companyRegistrationNumber],
      set: { tradingName: 'Barrow Valley Horse Feeds', sourceUpdatedAt: new Date('2024-06-01T08:00:00Z') },
      index: 'feed_suppliers_country_code_company_registration_number_key',
    },
    {
      name: 'feed_types',
      table: feedTypes,
      key: [feedTypes.feedSupplierId, feedTypes.supplierProductCode],
      set: { crudeProteinGPerKg: '260.0', sourceUpdatedAt: new Date('2024-06-01T08:00:00Z') },
      distinct: { gtin: '5391234567906' },
      index: 'feed_types_feed_supplier_id_supplier_product_code_key',
    },
    {
      name: 'feed_types',
      table: feedTypes,
      key: [feedTypes.gtin],
      set: { name: 'Barrow Valley Performance Balancer (new formula)', starchPercent: '6.50' },
      distinct: { supplierProductCode: 'BV-PB-15' },
      index: 'feed_types_gtin_key',
    },
    {
      name: 'feed_consumption',
      table: feedConsumption,
      key: [feedConsumption.horseId, feedConsumption.feedTypeId, feedConsumption.consumedOn],
      set: { refusedKg: '0.10', appetite: 'picky' },
      distinct: { externalId: 'EC-CONS-88213-20240520-BVPB-2' },
      index: 'feed_consumption_horse_id_feed_type_id_consumed_on_key',
    },
    {
      name: 'feed_consumption',
      table: feedConsumption,
      key: [feedConsumption.source, feedConsumption.externalId],
      set: { offeredKg: '0.75', sourceUpdatedAt: new Date('2024-05-21T07:00:00Z') },
      distinct: { consumedOn: '2024-05-21' },
      index: 'feed_consumption_source_external_id_key',
    },
    {
      name: 'weight_tracking',
      table: weightTracking,
      key: [weightTracking.source, weightTracking.externalId],
      set: { bodyConditionScore: '6.0', sourceUpdatedAt: new Date('2024-04-19T08:00:00Z') },
      distinct: { vitalSignId: null },
      index: 'weight_tracking_source_external_id_key',
    },
    {
      name: 'nutritional_requirements',
      table: nutritionalRequirements,
      key: [nutritionalRequirements.source, nutritionalRequirements.externalId],
      set: { digestibleEnergyMjPerDay: '95.0', sourceUpdatedAt: new Date('2024-05-02T09:00:00Z') },
      distinct: { validTo: '2024-06-30' },
      index: 'nutritional_requirements_source_external_id_key',
    },
    {
      name: 'nutritional_analysis',
      table: nutritionalAnalysis,
      key: [nutritionalAnalysis.laboratoryCode, nutritionalAnalysis.accessionNumber],
      set: { status: 'amended', crudeProteinPercent: '28.10', sourceUpdatedAt: new Date('2024-05-20T10:00:00Z') },
      index: 'nutritional_analysis_laboratory_code_accession_number_key',
    },
    {
      name: 'feed_inventory',
      table: feedInventory,
      key: [feedInventory.source, feedInventory.externalId],
      set: { batchNumber: 'L24-118B', sourceUpdatedAt: new Date('2024-05-02T12:00:00Z') },
      index: 'feed_inventory_source_external_id_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, cases);
});

describe('ON DELETE', () => {
  test("deleting a horse with no feeding history deletes its charts, intake, weights, requirements and courses; the feed stays", async () => {
    const { ref } = await seed(feedingSchedules, feedConsumption, weightTracking, nutritionalRequirements, supplementRegimens);
    const other = await insertFixture(horses, ref, { registeredName: 'Another Horse' });
    await insertFixture(feedingSchedules, pointing(ref, { horses: other.id }));

    await deleteRow(horses, ref('horses'));

    for (const table of [feedConsumption, weightTracking, nutritionalRequirements, supplementRegimens, vitalSigns]) {
      expect(await rowCount(table)).toBe(0);
    }
    expect(await allRows(feedingSchedules)).toEqual([expect.objectContaining({ horseId: other.id })]);
    expect(await rowByKey(feedTypes, ref('feed_types'))).toBeDefined();
  });

  test('a horse with feeding history, and a feed on a chart, cannot be deleted (23503/23001)', async () => {
    const { ref } = await seed(feedingHistory);
    expect(await refusal(t.db, () => deleteRow(feedTypes, ref('feed_types')))).toMatchObject({ code: restrictViolation });
    const onChartOnly = await insertFixture(feedTypes, ref, { name: 'Speedi-Beet', category: 'straight', supplierProductCode: 'SB-20', gtin: null });
    await insertFixture(feedingSchedules, ref, { feedTypeId: onChartOnly.id, feedTime: '17:00', unit: 'litre', quantity: '2.000', quantityKg: '0.400000' });
    expect(await refusal(t.db, () => deleteRow(feedTypes, onChartOnly.id))).toEqual({
      code: restrictViolation,
      constraint: 'feeding_schedules_feed_type_id_feed_types_id_fkey',
    });
    expect(await refusal(t.db, () => deleteRow(horses, ref('horses')))).toMatchObject({ code: restrictViolation });
    expect(await rowCount(feedingHistory)).toBe(1);
  });

  test('a lab report keeps its feed type (restrict)', async () => {
    const { ref } = await seed(nutritionalAnalysis);
    expect(await refusal(t.db, () => deleteRow(feedTypes, ref('feed_types')))).toEqual({
      code: restrictViolation,
      constraint: 'nutritional_analysis_feed_type_id_feed_types_id_fkey',
    });
  });

  test('credits and descriptive links are nulled, the rows kept: supplier, prescribing vet, clinical reading', async () => {
    const { ref } = await seed(feedInventory, supplementRegimens, weightTracking);
    const cases: [PgTable, string, PgTable, string][] = [
      [feedSuppliers, ref('feed_suppliers'), feedTypes, 'feedSupplierId'],
      [feedSuppliers, ref('feed_suppliers'), feedInventory, 'feedSupplierId'],
      [veterinarians, ref('veterinarians'), supplementRegimens, 'prescribedByVeterinarianId'],
      [vitalSigns, ref('vital_signs'), weightTracking, 'vitalSignId'],
    ];
    for (const [parent, id] of new Map(cases.map(([parent, id]) => [parent, id]))) await deleteRow(parent, id);
    for (const [, , child, key] of cases) {
      const [row] = await allRows(child);
      expect(row, `${key} row kept`).toBeDefined();
      expect(row![key], key).toBeNull();
    }
  });
});

/** The current-row keys: closing the current row (valid_to, ended_on) before opening the next keeps the history. */
const currentKeys = [
  { table: feedingSchedules, index: 'feeding_schedules_current_key', close: { validTo: '2024-05-31' }, next: { validFrom: '2024-06-01', quantity: '2.000', quantityKg: '1.000000' } },
  { table: nutritionalRequirements, index: 'nutritional_requirements_current_key', close: { validTo: '2024-06-30' }, next: { validFrom: '2024-07-01', workload: 'moderate', source: null, externalId: null } },
  { table: supplementRegimens, index: 'supplement_regimens_open_key', close: { endedOn: '2024-06-30', status: 'completed' }, next: { startedOn: '2024-08-01' } },
] as const;

describe('one current row: partial unique indexes', () => {
  test.each(currentKeys)('$index: a second current row is refused; close the first and the next is accepted', async ({ table, index, close, next }) => {
    const { ref } = await seed(table);
    const name = index.replace(/_(current|open)_key$/, '');
    expect(await refusal(t.db, () => insertFixture(table, ref, next))).toEqual({ code: '23505', constraint: index });
    await updateRow(table, ref(name), close);
    await insertFixture(table, ref, next);
    expect(await rowCount(table)).toBe(2);
  });

  test('feeding_schedules: the same feed at another time of day is another current line', async () => {
    const { ref } = await seed(feedingSchedules);
    await insertFixture(feedingSchedules, ref, { feedTime: '17:30' });
    expect(await refusal(t.db, () => insertFixture(feedingSchedules, ref, { feedTime: '17:30:00', quantity: '2.000', quantityKg: '1.000000' }))).toEqual({
      code: '23505',
      constraint: 'feeding_schedules_current_key',
    });
  });
});

/** Rules over two columns, refused by Zod on `field` and by the database naming `check`. */
const rowRules = [
  { table: 'feeding_schedules', field: 'quantityKg', bad: { unit: 'g', quantity: '250.000', quantityKg: '0.500000' }, check: 'feeding_schedules_kg_equivalent_check' },
  { table: 'feed_inventory', field: 'quantityKg', bad: { movementType: 'usage', quantityKg: '12.000' }, check: 'feed_inventory_quantity_sign_check' },
  { table: 'feed_consumption', field: 'offeredKg', bad: { offeredKg: '0.50', refusedKg: '0.60' }, check: 'feed_consumption_refused_within_offered_check' },
  { table: 'weight_tracking', field: 'method', bad: { method: null }, check: 'weight_tracking_weight_method_check' },
  { table: 'weight_tracking', field: 'bodyLengthCm', bad: { method: 'formula', heartGirthCm: '192.0' }, check: 'weight_tracking_formula_length_check' },
] as const;

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $field ($check)', async ({ table: name, field, bad, check }) => {
    const { table, insert } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad };

    expect(insert.safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, () => t.db.insert(table).values(row as never))).toEqual({ code: '23514', constraint: check });
    expect(await rowCount(table)).toBe(0);
  });

  test('kg equivalents: a kg or g quantity fixes it exactly; a scoop, flake or litre is whatever the feed weighs', () => {
    const { insert } = catalog.feeding_schedules!;
    const line = (overrides: Record<string, unknown>) => insert.safeParse({ ...nutritionFixtures.feeding_schedules!(fakeRef), ...overrides }).success;
    expect(line({ unit: 'g', quantity: '50.000', quantityKg: '0.050000' })).toBe(true);
    expect(line({ unit: 'g', quantity: '0.125', quantityKg: '0.000125' })).toBe(true);
    expect(line({ unit: 'kg', quantity: '3.500', quantityKg: '3.500000' })).toBe(true);
    expect(line({ unit: 'flake', quantity: '1.500', quantityKg: '2.700000' })).toBe(true);
    expect(line({ unit: 'g', quantity: '50.000', quantityKg: '0.500000' })).toBe(false);
  });
});

const fakeRef: Ref = () => '5aad9a35-b07f-4a06-a192-cdb22af74140';
