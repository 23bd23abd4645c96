import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { associationEvents } from '@db/partnerships/tables';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DIPLOMACY_EVENT_ROLES, DIPLOMACY_PARTICIPATION_STATUSES } from '../constants.ts';

/**
 * The platform's participation in an association's event (`association_events`, @db/partnerships: an AGM, a show,
 * a seminar): as sponsor, exhibitor, speaker or attendee, its status, the staff lead and how many staff go, the
 * package or stand, the session, the budget and the cost in one currency, and the leads gathered and converted. One
 * row per event and role. What it cost is a financial record: the event is kept while a participation points at
 * it (restrict), so an association's calendar entry is cancelled, not deleted, once the platform has taken part.
 * Natural key: (`association_event_id`, `booking_reference`), the association's booking or exhibitor number, which
 * its event system exports and a re-import upserts on.
 */
export const associationEventParticipation = domainTable(
  'association_event_participation',
  {
    id: id(),
    /** FK below (restrict). */
    associationEventId: uuid().notNull(),
    role: textEnum(DIPLOMACY_EVENT_ROLES).notNull(),
    status: textEnum(DIPLOMACY_PARTICIPATION_STATUSES).notNull().default('proposed'),
    /** The staff member in charge: an assignment, nulled when the account goes. FK below. */
    leadStaffAdminUserId: uuid(),
    /** Staff attending for the platform, the lead included. */
    staffCount: integer().notNull().default(1),
    /** The sponsorship package, stand or tier, as the association sells it: "AGM lunch sponsor", "Stand B14". */
    packageName: text(),
    /** The talk or panel, for a speaker. */
    sessionTitle: text(),
    budgetAmount: money(),
    /** What taking part cost: fees, stand, travel, materials. */
    costAmount: money(),
    currency: currency(),
    /** Contacts gathered at the event (stand scans, sign-up forms). */
    leadsGathered: integer().notNull().default(0),
    /** Of them, those who signed up to the platform. */
    leadsConverted: integer().notNull().default(0),
    /** The association's booking, sponsorship or exhibitor number for the platform, e.g. IPC-AGM24-SP03. */
    bookingReference: text(),
    sourceUpdatedAt: timestamptz(),
    cancelledAt: timestamptz(),
    /** What came of it, for the relationship owner. */
    outcomeNotes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('association_event_participation_event_role_key').on(t.associationEventId, t.role),
    uniqueIndex('association_event_participation_booking_key').on(t.associationEventId, t.bookingReference),
    index('association_event_participation_lead_staff_idx').on(t.leadStaffAdminUserId),
    foreignKey({
      name: 'association_event_participation_event_id_fkey',
      columns: [t.associationEventId],
      foreignColumns: [associationEvents.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'association_event_participation_lead_staff_fkey',
      columns: [t.leadStaffAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    nonNegative(t.staffCount),
    requiredWhen(t.sessionTitle, t.role, 'speaker', { name: 'association_event_participation_session_check', message: 'a speaker has a session title' }),
    textLength(t.sessionTitle, { min: 1, max: 300 }),
    nonNegative(t.budgetAmount),
    nonNegative(t.costAmount),
    nonNegative(t.leadsGathered),
    nonNegative(t.leadsConverted),
    inOrder(t.leadsConverted, t.leadsGathered, {
      name: 'association_event_participation_leads_check',
      message: 'must be at least leadsConverted: a converted lead was gathered',
    }),
    formatCheck(t.bookingReference, EXTERNAL_ID),
    requiredWith(t.sourceUpdatedAt, t.bookingReference, { name: 'association_event_participation_source_updated_check' }),
    requiredWhen(t.cancelledAt, t.status, 'cancelled', { name: 'association_event_participation_cancelled_check' }),
  ],
);
