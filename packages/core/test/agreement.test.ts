import { sql } from 'drizzle-orm';
import { integer, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connect, type Connection, domainTable, id, queryRows, tableCatalog, tableSchemas } from '../src/index.ts';
import { TableAgreement } from '../src/testing/agreement.ts';

// A table whose trigger refuses what its Zod schema accepts: the agreement suite must catch every such row.
const parcels = domainTable(
  'parcels',
  { id: id(), trackingNumber: text().notNull(), weightG: integer().notNull() },
  (table) => [uniqueIndex('parcels_tracking_number_key').on(table.trackingNumber)],
);
// A table without triggers whose CHECK (not declared to drizzle) refuses what Zod accepts.
const crates = domainTable(
  'crates',
  { id: id(), label: text().notNull(), volumeL: integer().notNull() },
  (table) => [uniqueIndex('crates_label_key').on(table.label)],
);
// Through a catalog: a concrete schema passed where a TableSchemaEntry is expected costs the checker 0.2M
// instantiations (validation.ts, tableCatalog).
const catalog = tableCatalog(tableSchemas(parcels), tableSchemas(crates));

let connection: Connection;
beforeAll(async () => {
  connection = await connect();
  for (const statement of [
    'create table parcels (id uuid primary key default gen_random_uuid(), tracking_number text not null, weight_g integer not null)',
    'create unique index parcels_tracking_number_key on parcels (tracking_number)',
    `create function parcels_refuse_heavy() returns trigger language plpgsql as $$
       begin raise exception 'too heavy' using errcode = '23514', constraint = 'parcels_weight_limit'; end $$`,
    `create constraint trigger parcels_weight_limit after insert on parcels
       for each row when (new.weight_g > 30000) execute function parcels_refuse_heavy()`,
    'create table crates (id uuid primary key default gen_random_uuid(), label text not null, volume_l integer not null constraint crates_volume_limit check (volume_l <= 1000))',
    'create unique index crates_label_key on crates (label)',
  ]) {
    await connection.db.execute(sql.raw(statement));
  }
});
afterAll(() => connection.close());

/** What checkValid reports: the failure message, or undefined when every row inserted. */
async function verdict(rows: Record<string, unknown>[], table: 'parcels' | 'crates' = 'parcels'): Promise<string | undefined> {
  try {
    await new TableAgreement(catalog[table]!).checkValid(connection.db, rows, (message) => {
      throw new Error(message);
    });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('checkValid: every generated row must insert', () => {
  test('rows the database accepts pass, also when several share a unique key, and nothing is written', async () => {
    expect(await verdict([{ trackingNumber: 'A1', weightG: 500 }, { trackingNumber: 'A1', weightG: 900 }, { trackingNumber: 'B2', weightG: 1 }])).toBeUndefined();
    expect(await queryRows(connection.db, 'select * from parcels')).toEqual([]);
  });

  test('a row the database refuses is named', async () => {
    const message = await verdict([{ trackingNumber: 'A1', weightG: 500 }, { trackingNumber: 'C3', weightG: 40000 }]);
    expect(message).toMatch(/parcels: Zod accepted a row the database refused \(23514 parcels_weight_limit\).*"C3"/);
  });

  test('a refused row that shares its unique key with an accepted one is still tried alone, and named', async () => {
    const message = await verdict([{ trackingNumber: 'A1', weightG: 500 }, { trackingNumber: 'A1', weightG: 40000 }]);
    expect(message).toMatch(/parcels_weight_limit.*"weightG":40000/);
  });

  test('on a table without triggers, a row sharing a unique key is still judged on its CHECKs, and named', async () => {
    const rows = [{ label: 'L', volumeL: 10 }, { label: 'L', volumeL: 5000 }];
    expect(await verdict(rows, 'crates')).toMatch(/crates: Zod accepted a row the database refused \(23514 crates_volume_limit\).*"volumeL":5000/);
    expect(await verdict([{ label: 'L', volumeL: 10 }, { label: 'L', volumeL: 20 }], 'crates')).toBeUndefined();
  });
});
