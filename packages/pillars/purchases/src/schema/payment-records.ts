import { currency, domainTable, id, inOrder, money, positive, requiredWhen, textEnum, timestamps } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PURCHASE_PAYMENT_METHODS, PURCHASE_PAYMENT_STATUSES } from '../constants.ts';
import { invoices } from './invoices.ts';
import { transactions } from './transactions.ts';

/**
 * A payment applied to an invoice: the receipts ledger. One transaction can settle several invoices (a client
 * paying a month's statement) and an invoice can be paid in several goes (deposit, balance), so each
 * application is a row. Offline payments (cheque, cash, bank transfer keyed in by the practice) have no
 * transaction. Webhooks upsert the application of a transaction to an invoice on (transaction_id, invoice_id).
 */
export const paymentRecords = domainTable(
  'payment_records',
  {
    id: id(),
    /** The invoice paid: it cannot be deleted once a payment is applied to it. */
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: 'restrict' }),
    transactionId: uuid().references(() => transactions.id, { onDelete: 'restrict' }),
    /** Who paid, when a user (a co-owner may pay another's invoice); informative. */
    payerUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** Who paid as printed on the remittance, e.g. an insurer or a syndicate's bank account. */
    payerName: text(),
    /** The practice staff member who keyed in an offline payment. */
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    method: textEnum(PURCHASE_PAYMENT_METHODS).notNull(),
    status: textEnum(PURCHASE_PAYMENT_STATUSES).notNull().default('pending'),
    /** The amount applied to this invoice, in the invoice's currency. */
    amount: money().notNull(),
    currency: currency(),
    /** The banking day the payment was received or lodged. */
    receivedOn: date().notNull(),
    /** The banking day it cleared (funds available). */
    clearedOn: date(),
    /** Cheque number, bank transfer reference, or the processor's charge id shown on the receipt. */
    reference: text(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('payment_records_transaction_id_invoice_id_key').on(t.transactionId, t.invoiceId),
    index('payment_records_invoice_id_idx').on(t.invoiceId, t.receivedOn),
    index('payment_records_payer_user_id_idx').on(t.payerUserId),
    index('payment_records_recorded_by_user_id_idx').on(t.recordedByUserId),
    /** Money announced but not yet cleared: cheques lodged, transfers promised. */
    index('payment_records_uncleared_idx')
      .on(t.receivedOn)
      .where(sql`${t.status} = 'pending'`),
    positive(t.amount),
    requiredWhen(t.clearedOn, t.status, 'cleared', { name: 'payment_records_cleared_on_check' }),
    inOrder(t.receivedOn, t.clearedOn, { name: 'payment_records_cleared_after_received_check', message: 'must not be before receivedOn' }),
    requiredWhen(t.reference, t.method, 'cheque', { name: 'payment_records_cheque_number_check', message: 'a cheque payment needs its cheque number' }),
  ],
);
