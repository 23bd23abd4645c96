import {
  allOneOf,
  between,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  requiredWhen,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { transactions } from '@db/purchases/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  COMPETITION_ACCESS_ZONES,
  COMPETITION_TICKET_STATUSES,
  COMPETITION_TICKET_TYPES,
  COMPETITION_TICKETING_PROVIDERS,
} from '../constants.ts';
import { competitions } from './competitions.ts';

export type CompetitionAccessZone = (typeof COMPETITION_ACCESS_ZONES)[number];

/**
 * A ticket or credential for a competition: a spectator's day ticket or season pass, a competitor's, groom's,
 * official's or press accreditation, with the zones it opens and when it was scanned at the gate. Tickets come
 * from ticketing systems and accreditation lists again and again: (competition, provider, ticket number) is the
 * upsert key. A ticket belongs to its holder alone (cascade on erasure); what was paid stays in @db/purchases.
 */
export const eventAttendees = domainTable(
  'event_attendees',
  {
    id: id(),
    competitionId: uuid()
      .notNull()
      .references(() => competitions.id, { onDelete: 'cascade' }),
    /** The holder on the platform, when known; their tickets go with them on erasure. */
    userId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The name printed on a named ticket or credential. */
    holderName: text(),
    ticketType: textEnum(COMPETITION_TICKET_TYPES).notNull(),
    ticketingProvider: textEnum(COMPETITION_TICKETING_PROVIDERS).notNull(),
    ticketNumber: text().notNull(),
    sourceUpdatedAt: timestamptz(),
    status: textEnum(COMPETITION_TICKET_STATUSES).notNull().default('issued'),
    /** The days it admits on (a season pass, a weekend ticket). */
    validFrom: date(),
    validTo: date(),
    /** People admitted on it: a family ticket admits several. */
    admitCount: smallint().notNull().default(1),
    accessZones: text()
      .$type<CompetitionAccessZone>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    pricePaid: money(),
    currency: currency(),
    /** The payment link; the transaction itself is kept by @db/purchases's own rules. */
    transactionId: uuid().references(() => transactions.id, { onDelete: 'set null' }),
    issuedAt: timestamptz().notNull().defaultNow(),
    /** The first scan at the gate. */
    checkedInAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('event_attendees_ticket_key').on(t.competitionId, t.ticketingProvider, t.ticketNumber),
    index('event_attendees_user_id_idx').on(t.userId, t.issuedAt),
    index('event_attendees_transaction_id_idx').on(t.transactionId),
    /** Gate figures: who is in. */
    index('event_attendees_checked_in_idx').on(t.competitionId, t.checkedInAt).where(sql`${t.checkedInAt} is not null`),
    formatCheck(t.ticketNumber, EXTERNAL_ID),
    textLength(t.holderName, { min: 1, max: 200 }),
    inOrder(t.validFrom, t.validTo, { name: 'event_attendees_valid_to_check', message: 'must not be before validFrom' }),
    between(t.admitCount, 1, 50),
    allOneOf(t.accessZones, COMPETITION_ACCESS_ZONES),
    nonNegative(t.pricePaid),
    requiredWhen(t.checkedInAt, t.status, 'checked_in', { name: 'event_attendees_checked_in_at_check' }),
  ],
);
