import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  positive,
  range,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { invoices, transactions } from '@db/purchases/tables';
import { userProfiles } from '@db/users/tables';
import { date, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FINANCE_IMPORT_SOURCES, FINANCE_INCOME_TYPES, FINANCE_RECURRENCES } from '../constants.ts';

/**
 * Money an owner, breeder or yard received: prize money, stud fees, a horse's sale, livery, sponsorship, leases,
 * lessons. One row per receipt (a monthly livery fee is a row a month, `recurrence` saying it recurs), with the
 * horse that earned it and, when it came through the platform, the invoice the user issued and the transaction
 * that paid it (@db/purchases). Imports from a bank feed or an accounting app upsert on (source, external_id).
 */
export const incomeSources = domainTable(
  'income_sources',
  {
    id: id(),
    /** The person's own books: deleted with them (CASCADE). */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    incomeType: textEnum(FINANCE_INCOME_TYPES).notNull(),
    /** The horse that earned it; the income stays if the horse's record goes. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /**
     * Who paid, as the remittance names them: a show, a sponsor, a stud farm. Left empty when the payer is a
     * platform user (`payerUserId`), so that person's erasure leaves no copy of their name here.
     */
    payerName: text(),
    /** The payer when a platform user (a livery client): a credit, nulled on their erasure (SET NULL). */
    payerUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    description: text().notNull(),
    /** What was received, VAT included. */
    amount: money().notNull(),
    /** The VAT included in amount (livery and stud fees are VAT-able for a registered yard). */
    vatAmount: money().notNull().default('0.00'),
    currency: currency(),
    receivedOn: date().notNull(),
    recurrence: textEnum(FINANCE_RECURRENCES).notNull().default('one_off'),
    /** The show and class for prize money, e.g. "Dublin Horse Show 2024, Class 82 (Speed Derby)". */
    eventName: text(),
    /** The placing that won prize money, 1 = winner. */
    placing: smallint(),
    /** The invoice the user issued for it on the platform (provenance: SET NULL). */
    invoiceId: uuid().references(() => invoices.id, { onDelete: 'set null' }),
    /** The platform charge that paid it (provenance: SET NULL). */
    transactionId: uuid().references(() => transactions.id, { onDelete: 'set null' }),
    source: textEnum(FINANCE_IMPORT_SOURCES),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('income_sources_source_external_id_key').on(t.source, t.externalId),
    /** A user's income, most recent first. */
    index('income_sources_user_id_received_on_idx').on(t.userId, t.receivedOn),
    /** What a horse has earned. */
    index('income_sources_horse_id_received_on_idx').on(t.horseId, t.receivedOn),
    index('income_sources_payer_user_id_idx').on(t.payerUserId),
    index('income_sources_invoice_id_idx').on(t.invoiceId),
    index('income_sources_transaction_id_idx').on(t.transactionId),
    positive(t.amount),
    nonNegative(t.vatAmount),
    inOrder(t.vatAmount, t.amount, { name: 'income_sources_vat_within_amount_check', message: 'must be at least vatAmount (the VAT is included in the amount)' }),
    range(t.placing, { min: 1 }),
    onlyWhen(t.placing, t.incomeType, 'prize_money', { name: 'income_sources_placing_prize_money_check' }),
    together(t.source, t.externalId, { name: 'income_sources_external_id_check' }),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
