import { domainTable, id, inOrder, nonNegative, onlyWhen, requiredWhen, textEnum, timestamps } from '@db/core';
import { horses } from '@db/horses/tables';
import { veterinarians } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HEALTH_PROTOCOL_ASSIGNMENT_STATUSES } from '../constants.ts';
import { healthProtocols } from './health-protocols.ts';
import { healthRecords } from './health-records.ts';

/**
 * A protocol applied to a horse (not in the seed's list: health_protocols alone cannot say which horse follows
 * which protocol since when). A protocol in use cannot be deleted (restrict); the horse's assignments go with the
 * horse. A horse follows a protocol once at a time: one planned or active assignment per (horse, protocol).
 */
export const healthProtocolAssignments = domainTable(
  'health_protocol_assignments',
  {
    id: id(),
    /** FK declared below, as this table's others: the generated names are too long. */
    protocolId: uuid().notNull(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** The condition being treated. */
    healthRecordId: uuid(),
    assignedByUserId: uuid(),
    supervisingVeterinarianId: uuid(),
    status: textEnum(HEALTH_PROTOCOL_ASSIGNMENT_STATUSES).notNull().default('planned'),
    startedOn: date().notNull(),
    endedOn: date(),
    /** Index into the protocol's steps of the step under way, from 0. */
    currentStepIndex: integer().notNull().default(0),
    discontinuedReason: text(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    index('health_protocol_assignments_protocol_id_idx').on(t.protocolId),
    index('health_protocol_assignments_horse_id_idx').on(t.horseId, t.startedOn),
    uniqueIndex('health_protocol_assignments_current_key')
      .on(t.horseId, t.protocolId)
      .where(sql`${t.status} in ('planned', 'active')`),
    index('health_protocol_assignments_health_record_id_idx').on(t.healthRecordId),
    index('health_protocol_assignments_assigned_by_user_id_idx').on(t.assignedByUserId),
    index('health_protocol_assignments_supervising_vet_id_idx').on(t.supervisingVeterinarianId),
    foreignKey({
      name: 'health_protocol_assignments_protocol_id_fkey',
      columns: [t.protocolId],
      foreignColumns: [healthProtocols.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'health_protocol_assignments_health_record_id_fkey',
      columns: [t.healthRecordId],
      foreignColumns: [healthRecords.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'health_protocol_assignments_assigned_by_user_id_fkey',
      columns: [t.assignedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'health_protocol_assignments_supervising_vet_id_fkey',
      columns: [t.supervisingVeterinarianId],
      foreignColumns: [veterinarians.id],
    }).onDelete('set null'),
    inOrder(t.startedOn, t.endedOn, { name: 'health_protocol_assignments_ended_on_check', message: 'must not be before the start' }),
    requiredWhen(t.endedOn, t.status, 'completed', { name: 'health_protocol_assignments_completed_check' }),
    requiredWhen(t.discontinuedReason, t.status, 'discontinued', { name: 'health_protocol_assignments_discontinued_check' }),
    onlyWhen(t.discontinuedReason, t.status, 'discontinued', { name: 'health_protocol_assignments_reason_check' }),
    nonNegative(t.currentStepIndex),
  ],
);
