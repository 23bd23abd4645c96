import { domainTable, id, inOrder, nonNegative, positive, requiredWhen, textEnum, timestamps } from '@db/core';
import { horses } from '@db/horses/tables';
import { veterinarians } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SUPPLEMENT_DOSE_UNITS, SUPPLEMENT_FREQUENCIES, SUPPLEMENT_PURPOSES, SUPPLEMENT_REGIMEN_STATUSES } from '../constants.ts';
import { feedTypes } from './feed-types.ts';

/**
 * A course of a supplement for a horse (a joint supplement, a hoof supplement, electrolytes, a calmer): the
 * product (a feed type), dose and frequency, why, from when to when, who prescribed it, and how long before a
 * competition it must stop (calmers and some herbal products carry an FEI detection time). One open course per
 * horse and product. Medicines are the clinical record's (`medications` in @db/health), not this table's.
 */
export const supplementRegimens = domainTable(
  'supplement_regimens',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** The supplement product; restrict: a product in use is discontinued, not deleted. */
    feedTypeId: uuid()
      .notNull()
      .references(() => feedTypes.id, { onDelete: 'restrict' }),
    dose: numeric({ precision: 8, scale: 3 }).notNull(),
    doseUnit: textEnum(SUPPLEMENT_DOSE_UNITS).notNull(),
    frequency: textEnum(SUPPLEMENT_FREQUENCIES).notNull(),
    purpose: textEnum(SUPPLEMENT_PURPOSES).notNull(),
    startedOn: date().notNull(),
    endedOn: date(),
    status: textEnum(SUPPLEMENT_REGIMEN_STATUSES).notNull().default('active'),
    /** The vet who recommended it, if one did (a credit: set null). FK declared below: the generated name is too long. */
    prescribedByVeterinarianId: uuid(),
    /** Stop this many hours before competing (the product's FEI detection time or the vet's advice); null when none applies. */
    withdrawalBeforeCompetitionHours: integer(),
    instructions: text(),
    /** Who entered the course (a credit: nulled on erasure). */
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('supplement_regimens_horse_id_idx').on(t.horseId, t.startedOn),
    uniqueIndex('supplement_regimens_open_key').on(t.horseId, t.feedTypeId).where(sql`${t.endedOn} is null`),
    index('supplement_regimens_feed_type_id_idx').on(t.feedTypeId),
    index('supplement_regimens_prescribed_by_veterinarian_id_idx').on(t.prescribedByVeterinarianId),
    foreignKey({
      name: 'supplement_regimens_prescribed_by_veterinarian_id_fkey',
      columns: [t.prescribedByVeterinarianId],
      foreignColumns: [veterinarians.id],
    }).onDelete('set null'),
    index('supplement_regimens_created_by_user_id_idx').on(t.createdByUserId),
    // Competition planning: horses on a product that must be stopped before an event.
    index('supplement_regimens_withdrawal_idx')
      .on(t.horseId)
      .where(sql`${t.endedOn} is null and ${t.withdrawalBeforeCompetitionHours} > 0`),
    positive(t.dose),
    nonNegative(t.withdrawalBeforeCompetitionHours),
    inOrder(t.startedOn, t.endedOn, { name: 'supplement_regimens_ended_on_check', message: 'must not be before startedOn' }),
    requiredWhen(t.endedOn, t.status, 'completed', { name: 'supplement_regimens_completed_ended_on_check' }),
    requiredWhen(t.endedOn, t.status, 'stopped', { name: 'supplement_regimens_stopped_ended_on_check' }),
  ],
);
