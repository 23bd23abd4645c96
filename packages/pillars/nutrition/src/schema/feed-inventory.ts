import {
  atLeastOneOf,
  currency,
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  isAbsent,
  isDecimal,
  money,
  nonNegative,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
  units,
} from '@db/core';
import { providerFacilities } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FEED_MOVEMENT_TYPES } from '../constants.ts';
import { feedSuppliers } from './feed-suppliers.ts';
import { feedTypes } from './feed-types.ts';

/**
 * The feed stock ledger: one row per movement of one feed in or out of one stock, signed (a delivery adds, usage
 * and wastage take away, a stocktake adjustment goes either way). A stock is held by a user, by a yard
 * (`provider_facilities`), or by a user at a yard; its level is the sum of its movements, and it never goes below
 * zero: a deferred constraint trigger (`feedStockObjects`) refuses the movement that would take it there
 * (23514, `feed_inventory_stock_check`). Stable systems and suppliers' delivery feeds upsert on (source, external id).
 */
export const feedInventory = domainTable(
  'feed_inventory',
  {
    id: id(),
    /** The person whose stock it is; cascade: a person's own feed store goes with them on erasure. */
    ownerUserId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The yard whose feed room holds it; cascade: a yard's stock goes with the yard. */
    facilityId: uuid().references(() => providerFacilities.id, { onDelete: 'cascade' }),
    /** Restrict: a feed with stock movements is discontinued, not deleted. */
    feedTypeId: uuid()
      .notNull()
      .references(() => feedTypes.id, { onDelete: 'restrict' }),
    movementType: textEnum(FEED_MOVEMENT_TYPES).notNull(),
    /** Signed: > 0 for a delivery, < 0 for usage and wastage, either way (not 0) for an adjustment. */
    quantityKg: numeric({ precision: 10, scale: 3 }).notNull(),
    occurredAt: timestamptz().notNull(),
    /** Who delivered it (deliveries); set null if the supplier is removed. */
    feedSupplierId: uuid().references(() => feedSuppliers.id, { onDelete: 'set null' }),
    /** Lot number on the bags, for tracing a contaminated batch. */
    batchNumber: text(),
    /** The delivery note or docket number. */
    deliveryReference: text(),
    /** What the movement cost or what the loss was worth, VAT included. */
    totalCost: money(),
    currency: currency(),
    /** Why stock was adjusted or wasted, e.g. "stocktake 31 May", "bags split by rats". */
    reason: text(),
    /** Who recorded it (a credit: nulled on erasure). */
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** Stable machine name of the system that reported it, e.g. equicloud, barrow_valley_edi. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    // The stock of one holder and one feed: the trigger's balance query, and the feed type's FK index.
    index('feed_inventory_stock_idx').on(t.feedTypeId, t.ownerUserId, t.facilityId),
    index('feed_inventory_owner_user_id_idx').on(t.ownerUserId, t.occurredAt),
    index('feed_inventory_facility_id_idx').on(t.facilityId, t.occurredAt),
    index('feed_inventory_feed_supplier_id_idx').on(t.feedSupplierId),
    index('feed_inventory_recorded_by_user_id_idx').on(t.recordedByUserId),
    uniqueIndex('feed_inventory_source_external_id_key').on(t.source, t.externalId),
    atLeastOneOf([t.ownerUserId, t.facilityId], { name: 'feed_inventory_holder_check', message: 'a stock is held by a user, a facility or both' }),
    customCheck(
      'feed_inventory_quantity_sign_check',
      sql`(${t.movementType} = 'delivery' and ${t.quantityKg} > 0) or (${t.movementType} in ('usage', 'wastage') and ${t.quantityKg} < 0) or (${t.movementType} = 'adjustment' and ${t.quantityKg} <> 0)`,
      {
        columns: [t.movementType, t.quantityKg],
        column: t.quantityKg,
        message: 'must be above 0 for a delivery, below 0 for usage and wastage, and not 0 for an adjustment',
        holds: (row) => signHolds(row.movement_type, row.quantity_kg),
        violations: [
          { movement_type: 'delivery', quantity_kg: '-20.000' },
          { movement_type: 'usage', quantity_kg: '5.000' },
          { movement_type: 'adjustment', quantity_kg: '0.000' },
        ],
      },
    ),
    requiredWhen(t.reason, t.movementType, 'adjustment', { name: 'feed_inventory_adjustment_reason_check' }),
    nonNegative(t.totalCost),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
    together(t.source, t.externalId, { name: 'feed_inventory_source_check' }),
  ],
);

/** The CHECK's twin: the sign the movement type requires, read from the decimal's digits. */
function signHolds(movementType: unknown, quantityKg: unknown): boolean {
  if (isAbsent(movementType) || isAbsent(quantityKg)) return true;
  if (!isDecimal(quantityKg)) return true;
  const grams = units(quantityKg, 3);
  if (movementType === 'delivery') return grams > 0n;
  if (movementType === 'usage' || movementType === 'wastage') return grams < 0n;
  if (movementType === 'adjustment') return grams !== 0n;
  return true;
}
