import { currency, domainTable, id, inOrder, money, nonNegative, textEnum, timestamps } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PROVIDER_EQUIPMENT_STATUSES, PROVIDER_EQUIPMENT_TYPES } from '../constants.ts';
import { providerFacilities } from './provider-facilities.ts';
import { vetPractices } from './vet-practices.ts';

/** Diagnostic, therapeutic and working equipment of a provider, with its service schedule. */
export const providerEquipment = domainTable(
  'provider_equipment',
  {
    id: id(),
    practiceId: uuid()
      .notNull()
      .references(() => vetPractices.id, { onDelete: 'cascade' }),
    /** Where it is kept; portable kit moves, so it outlives a closed premises. */
    facilityId: uuid().references(() => providerFacilities.id, { onDelete: 'set null' }),
    equipmentType: textEnum(PROVIDER_EQUIPMENT_TYPES).notNull(),
    /** The practice's own label, e.g. 'Portable DR unit 2'. */
    name: text().notNull(),
    manufacturer: text().notNull(),
    modelName: text(),
    serialNumber: text(),
    /** The practice's inventory tag. */
    assetTag: text(),
    purchasedOn: date(),
    purchasePrice: money(),
    currency: currency(),
    warrantyExpiresOn: date(),
    lastServicedOn: date(),
    nextServiceDueOn: date(),
    isPortable: boolean().notNull().default(false),
    status: textEnum(PROVIDER_EQUIPMENT_STATUSES).notNull().default('operational'),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('provider_equipment_manufacturer_serial_number_key').on(t.manufacturer, t.serialNumber),
    uniqueIndex('provider_equipment_practice_id_asset_tag_key').on(t.practiceId, t.assetTag),
    index('provider_equipment_facility_id_idx').on(t.facilityId),
    index('provider_equipment_next_service_due_on_idx')
      .on(t.nextServiceDueOn)
      .where(sql`${t.status} <> 'retired'`),
    nonNegative(t.purchasePrice),
    inOrder(t.purchasedOn, t.warrantyExpiresOn, { name: 'provider_equipment_warranty_check' }),
    inOrder(t.lastServicedOn, t.nextServiceDueOn, { name: 'provider_equipment_service_dates_check' }),
  ],
);
