import {
  createdAt,
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  requiredWith,
  SHA256_HEX,
  textEnum,
  textLength,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { associationDirectories } from '@db/partnerships/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  DIPLOMACY_ASSOCIATION_BODIES,
  DIPLOMACY_COMMUNICATION_CHANNELS,
  DIPLOMACY_COMMUNICATION_DIRECTIONS,
  DIPLOMACY_COMMUNICATION_KINDS,
  DIPLOMACY_CONFIDENTIALITY_LEVELS,
} from '../constants.ts';

/**
 * The platform's exchanges with an association as a body: letters to and from its council or board, meetings with
 * its committees, consultations it runs or answers, formal submissions, position statements, complaints. Not the
 * partner log of `@db/partnerships` (`partnership_communications`): that one records the running of a commercial
 * partnership with whoever the partner is (a review call about a contract, an email about a promo code); this one
 * records what the platform and the association said to each other officially, whether or not they are partners,
 * and keys each entry on the association's own reference number. Append-only (`diplomacyDatabaseObjects`): it is
 * the evidence of what was put to the association and what it answered, so a mistake is corrected by a new entry
 * (`corrects_communication_id`) and every foreign key is RESTRICT. It holds ids, a business summary and the organ of
 * the association, never a person's name or contact details. Natural key: (`association_id`,
 * `association_reference`), inserted ON CONFLICT DO NOTHING by the mailroom import.
 */
export const associationCommunications = domainTable(
  'association_communications',
  {
    id: id(),
    /** FK below (restrict). */
    associationId: uuid().notNull(),
    kind: textEnum(DIPLOMACY_COMMUNICATION_KINDS).notNull(),
    channel: textEnum(DIPLOMACY_COMMUNICATION_CHANNELS).notNull(),
    direction: textEnum(DIPLOMACY_COMMUNICATION_DIRECTIONS).notNull(),
    /** The organ of the association the exchange was with: its council, the studbook registrar, a committee. */
    associationBody: textEnum(DIPLOMACY_ASSOCIATION_BODIES),
    subject: text().notNull(),
    /** What was said or agreed, for the business: no personal details of the people present. */
    summary: text().notNull(),
    occurredAt: timestamptz().notNull(),
    /**
     * The association's own number for this item, e.g. IPC/COU/2024/117: its letter's number (inbound), or the
     * number its registry gave the platform's letter (outbound), when it reports one. A reply quotes the number of
     * what it answers through `in_reply_to_communication_id`, not by reusing it.
     */
    associationReference: text(),
    /** The platform's reference, e.g. EP-DIP-2024-031. */
    platformReference: text(),
    /** A reply (or consultation response) is due by this day. */
    responseDueOn: date(),
    /** The staff member who wrote, received or attended (restrict: evidence). FK below. */
    staffAdminUserId: uuid().notNull(),
    confidentiality: textEnum(DIPLOMACY_CONFIDENTIALITY_LEVELS).notNull().default('internal'),
    /** The letter or minutes as filed, and its SHA-256: proof of what was sent or received. */
    documentUrl: text(),
    documentSha256: text(),
    /** The entry this one answers. FK below. */
    inReplyToCommunicationId: uuid(),
    /** The entry this one corrects (append-only: entries are never edited). FK below. */
    correctsCommunicationId: uuid(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('association_communications_association_reference_key').on(t.associationId, t.associationReference),
    uniqueIndex('association_communications_platform_reference_key').on(t.platformReference),
    index('association_communications_association_id_idx').on(t.associationId, t.occurredAt),
    index('association_communications_staff_admin_user_id_idx').on(t.staffAdminUserId, t.occurredAt),
    index('association_communications_in_reply_to_id_idx').on(t.inReplyToCommunicationId),
    index('association_communications_corrects_id_idx').on(t.correctsCommunicationId),
    /** Replies and consultation responses due, soonest first. */
    index('association_communications_response_due_idx')
      .on(t.responseDueOn)
      .where(sql`${t.responseDueOn} is not null`),
    foreignKey({
      name: 'association_communications_association_id_fkey',
      columns: [t.associationId],
      foreignColumns: [associationDirectories.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'association_communications_staff_admin_user_id_fkey',
      columns: [t.staffAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'association_communications_in_reply_to_id_fkey',
      columns: [t.inReplyToCommunicationId],
      foreignColumns: [t.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'association_communications_corrects_id_fkey',
      columns: [t.correctsCommunicationId],
      foreignColumns: [t.id],
    }).onDelete('restrict'),
    textLength(t.subject, { min: 1, max: 300 }),
    textLength(t.summary, { min: 1, max: 10000 }),
    formatCheck(t.associationReference, EXTERNAL_ID),
    formatCheck(t.platformReference, EXTERNAL_ID),
    formatCheck(t.documentUrl, HTTP_URL),
    formatCheck(t.documentSha256, SHA256_HEX),
    requiredWith(t.documentUrl, t.documentSha256, {
      name: 'association_communications_document_check',
      message: 'a checksum belongs to a filed document (documentUrl)',
    }),
    differ(t.id, t.inReplyToCommunicationId, { name: 'association_communications_reply_check', message: 'an entry cannot answer itself' }),
    differ(t.id, t.correctsCommunicationId, { name: 'association_communications_corrects_check', message: 'an entry cannot correct itself' }),
  ],
);
