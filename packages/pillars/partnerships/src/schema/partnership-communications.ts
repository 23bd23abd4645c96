import {
  createdAt,
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  positive,
  textEnum,
  textLength,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  PARTNERSHIP_COMMUNICATION_CHANNELS,
  PARTNERSHIP_COMMUNICATION_DIRECTIONS,
  PARTNERSHIP_COMMUNICATION_SOURCES,
} from '../constants.ts';
import { partnershipContracts } from './partnership-contracts.ts';
import { partnerships } from './partnerships.ts';

/**
 * The log of the platform's dealings with a partner: meetings, calls, emails, letters, with the staff member who
 * had them. Append-only (the database refuses UPDATE and DELETE: `partnershipsDatabaseObjects`): what was said
 * and agreed is evidence in a dispute over a contract, so a mistake is corrected by a new entry pointing at the
 * one it corrects. It holds ids and a business summary: the partner's people by their role, not their names.
 * Every foreign key is RESTRICT, as the trigger requires. Emails and calendar entries synced from a mailbox or the
 * CRM are inserted on (`source`, `external_id`) with ON CONFLICT DO NOTHING: the source never changes a message.
 */
export const partnershipCommunications = domainTable(
  'partnership_communications',
  {
    id: id(),
    partnershipId: uuid()
      .notNull()
      .references(() => partnerships.id, { onDelete: 'restrict' }),
    /** The contract under discussion, if any. FK below. */
    contractId: uuid(),
    /** The staff member who had the meeting, call or exchange. FK below. */
    staffAdminUserId: uuid().notNull(),
    direction: textEnum(PARTNERSHIP_COMMUNICATION_DIRECTIONS).notNull(),
    channel: textEnum(PARTNERSHIP_COMMUNICATION_CHANNELS).notNull(),
    occurredAt: timestamptz().notNull(),
    durationMinutes: integer(),
    subject: text(),
    /** What was discussed or agreed, for the business: no personal details of the people present. */
    summary: text().notNull(),
    /** The partner's side by role, e.g. "Head of Marketing", "Branch secretary". */
    partnerContactRole: text(),
    /** A follow-up promised, by this day. */
    followUpDueOn: date(),
    /** The entry this one corrects (append-only: entries are never edited). FK below. */
    correctsCommunicationId: uuid(),
    source: textEnum(PARTNERSHIP_COMMUNICATION_SOURCES).notNull().default('manual'),
    /** The message's or event's id at the source: an email Message-ID, a CRM engagement id. */
    externalId: text(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('partnership_communications_source_external_id_key').on(t.source, t.externalId),
    index('partnership_communications_partnership_id_idx').on(t.partnershipId, t.occurredAt),
    index('partnership_communications_contract_id_idx').on(t.contractId),
    index('partnership_communications_staff_admin_user_id_idx').on(t.staffAdminUserId, t.occurredAt),
    index('partnership_communications_corrects_id_idx').on(t.correctsCommunicationId),
    /** Follow-ups due, soonest first. */
    index('partnership_communications_follow_up_idx')
      .on(t.followUpDueOn)
      .where(sql`${t.followUpDueOn} is not null`),
    foreignKey({
      name: 'partnership_communications_contract_id_fkey',
      columns: [t.contractId],
      foreignColumns: [partnershipContracts.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'partnership_communications_staff_admin_user_id_fkey',
      columns: [t.staffAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'partnership_communications_corrects_id_fkey',
      columns: [t.correctsCommunicationId],
      foreignColumns: [t.id],
    }).onDelete('restrict'),
    positive(t.durationMinutes),
    textLength(t.summary, { min: 1, max: 10000 }),
    formatCheck(t.externalId, EXTERNAL_ID),
    differ(t.id, t.correctsCommunicationId, {
      name: 'partnership_communications_corrects_check',
      message: 'an entry cannot correct itself',
    }),
  ],
);
