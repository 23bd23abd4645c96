import { domainTable, id, inOrder, positive, requiredWhen, textEnum, timestamps } from '@db/core';
import { horses } from '@db/horses/tables';
import { veterinarians } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { date, index, integer, text, uuid } from 'drizzle-orm/pg-core';
import {
  HEALTH_BODY_LOCATIONS,
  HEALTH_INJURY_CAUSES,
  HEALTH_INJURY_STATUSES,
  HEALTH_INJURY_TYPES,
  HEALTH_SEVERITIES,
} from '../constants.ts';
import { healthRecords } from './health-records.ts';
import { vetVisits } from './vet-visits.ts';

/**
 * An injury, from the day it happened to the day it healed: what, where on the horse, how bad, how it happened
 * (insurers and yard managers ask), and who reported and treated it.
 */
export const injuries = domainTable(
  'injuries',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    healthRecordId: uuid().references(() => healthRecords.id, { onDelete: 'set null' }),
    /** The visit at which a vet first treated it. */
    vetVisitId: uuid().references(() => vetVisits.id, { onDelete: 'set null' }),
    reportedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    treatedByVeterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'set null' }),
    occurredOn: date().notNull(),
    injuryType: textEnum(HEALTH_INJURY_TYPES).notNull(),
    bodyLocation: textEnum(HEALTH_BODY_LOCATIONS).notNull(),
    /** Precise site, e.g. "dorsal aspect of the cannon, mid-metacarpus". */
    locationDetail: text(),
    severity: textEnum(HEALTH_SEVERITIES).notNull(),
    cause: textEnum(HEALTH_INJURY_CAUSES).notNull().default('unknown'),
    description: text().notNull(),
    /** What was done before the vet came: cold hosing, pressure bandage, ... */
    firstAidGiven: text(),
    status: textEnum(HEALTH_INJURY_STATUSES).notNull().default('active'),
    healedOn: date(),
    /** The vet's estimate of the time off work, in weeks. */
    estimatedRecoveryWeeks: integer(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    index('injuries_horse_id_idx').on(t.horseId, t.occurredOn),
    index('injuries_health_record_id_idx').on(t.healthRecordId),
    index('injuries_vet_visit_id_idx').on(t.vetVisitId),
    index('injuries_reported_by_user_id_idx').on(t.reportedByUserId),
    index('injuries_treated_by_veterinarian_id_idx').on(t.treatedByVeterinarianId),
    inOrder(t.occurredOn, t.healedOn, { name: 'injuries_healed_on_check', message: 'must not be before the injury' }),
    requiredWhen(t.healedOn, t.status, 'healed', { name: 'injuries_healed_status_check' }),
    positive(t.estimatedRecoveryWeeks),
  ],
);
