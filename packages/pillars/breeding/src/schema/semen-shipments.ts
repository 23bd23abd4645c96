import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  positive,
  postalAddress,
  postalAddressChecks,
  range,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { vetPractices } from '@db/providers/tables';
import { sql } from 'drizzle-orm';
import { date, index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { BREEDING_SEMEN_TYPES, BREEDING_SHIPMENT_STATUSES } from '../constants.ts';
import { breedingContracts } from './breeding-contracts.ts';
import { studServices } from './stud-services.ts';

/**
 * A shipment of chilled or frozen semen from a stallion's stud service to the mare's vet or yard: collection,
 * doses, quality on dispatch, courier. Germinal products are traced (EU animal health law), so a stud service with
 * shipments cannot be deleted (restrict). The courier's tracking number is the natural key tracking feeds upsert
 * on, with `source_updated_at` the courier's last event.
 */
export const semenShipments = domainTable(
  'semen_shipments',
  {
    id: id(),
    studServiceId: uuid()
      .notNull()
      .references(() => studServices.id, { onDelete: 'restrict' }),
    breedingContractId: uuid().references(() => breedingContracts.id, { onDelete: 'set null' }),
    /** The mare it is for, when known at dispatch. */
    mareId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** The inseminating practice, when a provider on the platform. */
    destinationPracticeId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    /** Where it is delivered (the practice or the mare's yard). */
    ...postalAddress(),
    semenType: textEnum(BREEDING_SEMEN_TYPES).notNull(),
    /** Collection day (frozen semen: the day it was collected and frozen). */
    collectedOn: date().notNull(),
    dispatchedAt: timestamptz(),
    deliveredAt: timestamptz(),
    /** Insemination doses (frozen: straws). */
    doseCount: smallint().notNull(),
    /** Progressive motility on dispatch (post-thaw for frozen semen): 30-35 % is a common minimum. */
    progressiveMotilityPercent: numeric({ precision: 5, scale: 2 }),
    /** Stable machine name of the courier, e.g. dhl_express, fedex, an_post. */
    courier: text(),
    trackingNumber: text(),
    status: textEnum(BREEDING_SHIPMENT_STATUSES).notNull().default('ordered'),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('semen_shipments_courier_tracking_number_key').on(t.courier, t.trackingNumber),
    index('semen_shipments_stud_service_id_idx').on(t.studServiceId, t.collectedOn),
    index('semen_shipments_breeding_contract_id_idx').on(t.breedingContractId),
    index('semen_shipments_mare_id_idx').on(t.mareId),
    index('semen_shipments_destination_practice_id_idx').on(t.destinationPracticeId),
    /** Shipments on the road. */
    index('semen_shipments_in_transit_idx').on(t.dispatchedAt).where(sql`${t.status} = 'dispatched'`),
    ...postalAddressChecks(t),
    inOrder(t.dispatchedAt, t.deliveredAt, { name: 'semen_shipments_delivered_at_check', message: 'must not be before the dispatch' }),
    requiredWhen(t.dispatchedAt, t.status, 'dispatched', { name: 'semen_shipments_dispatched_check' }),
    requiredWhen(t.deliveredAt, t.status, 'delivered', { name: 'semen_shipments_delivered_check' }),
    positive(t.doseCount),
    range(t.progressiveMotilityPercent, { min: 0, max: 100 }),
    together(t.courier, t.trackingNumber, { name: 'semen_shipments_tracking_check' }),
    formatCheck(t.courier, SNAKE_CASE_KEY),
    formatCheck(t.trackingNumber, EXTERNAL_ID),
  ],
);
