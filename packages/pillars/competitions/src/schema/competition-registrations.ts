import {
  COUNTRY_CODE,
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
import { vaccinations } from '@db/health/tables';
import { horses } from '@db/horses/tables';
import { invoiceLineItems, transactions } from '@db/purchases/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { char, foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COMPETITION_BIB, COMPETITION_ENTRY_STATUSES } from '../constants.ts';
import { competitionClasses } from './competition-classes.ts';

/**
 * An entry: one horse and rider in one class, as the federation's or organiser's entry system holds it. Start
 * lists include horses and riders who are not on the platform, so each is a link when known and a name as
 * published always. (class, federation entry id) is the upsert key of the entries import. The fee is paid
 * through @db/purchases: the invoice line that billed it and the transaction that paid it.
 *
 * The back number is unique within the class, not the whole show: a horse keeps its number in every class it
 * enters there, so one number appears once per class.
 */
export const competitionRegistrations = domainTable(
  'competition_registrations',
  {
    id: id(),
    /** An entry list is a record: a class with entries is cancelled, not deleted. */
    classId: uuid()
      .notNull()
      .references(() => competitionClasses.id, { onDelete: 'restrict' }),
    /** The horse on the platform, when known: the entry stays with horseName if the horse goes. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    horseName: text().notNull(),
    /** The horse's id with the federation (FEI id 106XY23, a national registration number). */
    horseFederationId: text(),
    /** A credit, nulled on erasure; riderName is the public record. */
    riderUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    riderName: text().notNull(),
    riderFederationId: text(),
    /** The nation the rider rides for, ISO 3166-1 alpha-2 (results lists print IOC codes: IRL is IE). */
    riderNationality: char({ length: 2 }),
    /** A credit, nulled on erasure; ownerName is as the programme prints it. */
    ownerUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ownerName: text(),
    /** Who made the entry on the platform (rider, owner, yard manager): a credit. FK below (named: too long). */
    enteredByUserId: uuid(),
    federationEntryId: text(),
    sourceUpdatedAt: timestamptz(),
    bibNumber: text(),
    status: textEnum(COMPETITION_ENTRY_STATUSES).notNull().default('pending'),
    enteredAt: timestamptz().notNull().defaultNow(),
    withdrawnAt: timestamptz(),
    entryFeeAmount: money(),
    currency: currency(),
    /** The billing link: a deleted draft line unbills the entry. FK below. */
    invoiceLineItemId: uuid(),
    /** The payment link; the transaction itself is kept by @db/purchases's own rules. */
    transactionId: uuid().references(() => transactions.id, { onDelete: 'set null' }),
    /** The influenza vaccination the entry was cleared on (FEI: within 6 months + 21 days of arrival). FK below. */
    eligibilityVaccinationId: uuid(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('competition_registrations_class_id_federation_entry_id_key').on(t.classId, t.federationEntryId),
    uniqueIndex('competition_registrations_class_id_bib_number_key').on(t.classId, t.bibNumber),
    /** One live entry per horse per class (a horse jumps a class once); withdrawn and rejected ones stay as history. */
    uniqueIndex('competition_registrations_live_horse_key')
      .on(t.classId, t.horseId)
      .where(sql`${t.horseId} is not null and ${t.status} in ('pending', 'accepted', 'waitlisted')`),
    index('competition_registrations_horse_id_idx').on(t.horseId, t.enteredAt),
    index('competition_registrations_rider_user_id_idx').on(t.riderUserId, t.enteredAt),
    index('competition_registrations_owner_user_id_idx').on(t.ownerUserId),
    // Foreign keys named explicitly: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'competition_registrations_entered_by_user_id_fkey',
      columns: [t.enteredByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'competition_registrations_invoice_line_item_id_fkey',
      columns: [t.invoiceLineItemId],
      foreignColumns: [invoiceLineItems.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'competition_registrations_eligibility_vaccination_id_fkey',
      columns: [t.eligibilityVaccinationId],
      foreignColumns: [vaccinations.id],
    }).onDelete('set null'),
    index('competition_registrations_entered_by_user_id_idx').on(t.enteredByUserId, t.enteredAt),
    index('competition_registrations_invoice_line_item_id_idx').on(t.invoiceLineItemId),
    index('competition_registrations_transaction_id_idx').on(t.transactionId),
    index('competition_registrations_eligibility_vaccination_id_idx').on(t.eligibilityVaccinationId),
    /** The organiser's queue: entries to accept, oldest first. */
    index('competition_registrations_pending_idx')
      .on(t.classId, t.enteredAt)
      .where(sql`${t.status} in ('pending', 'waitlisted')`),
    textLength(t.horseName, { min: 1, max: 200 }),
    textLength(t.riderName, { min: 1, max: 200 }),
    formatCheck(t.horseFederationId, EXTERNAL_ID),
    formatCheck(t.riderFederationId, EXTERNAL_ID),
    formatCheck(t.riderNationality, COUNTRY_CODE),
    formatCheck(t.federationEntryId, EXTERNAL_ID),
    formatCheck(t.bibNumber, COMPETITION_BIB),
    requiredWhen(t.withdrawnAt, t.status, 'withdrawn', { name: 'competition_registrations_withdrawn_at_check' }),
    inOrder(t.enteredAt, t.withdrawnAt, { name: 'competition_registrations_withdrawn_after_entry_check', message: 'must not be before enteredAt' }),
    nonNegative(t.entryFeeAmount),
  ],
);
