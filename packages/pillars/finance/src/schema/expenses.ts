import {
  between,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  money,
  nonNegative,
  positive,
  SHA256_HEX,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { vetPractices } from '@db/providers/tables';
import { invoices, transactions } from '@db/purchases/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FINANCE_EXPENSE_PAYMENT_METHODS, FINANCE_IMPORT_SOURCES, FINANCE_VAT_TREATMENTS } from '../constants.ts';
import { expenseCategories } from './expense-categories.ts';

/**
 * A horse-related expense in an owner's or a yard's own books: what was bought from whom, for which horse, in which
 * category, for how much (VAT included, and the VAT in it), when and how it was paid, with the receipt. When it
 * was paid through the platform, the invoice and transaction of @db/purchases are linked (the commercial record
 * stays theirs). Rows imported from a bank feed or an accounting app (Xero, QuickBooks) carry (source,
 * external_id), the upsert key that makes a re-import update instead of duplicating.
 */
export const expenses = domainTable(
  'expenses',
  {
    id: id(),
    /** The person's own books: deleted with them (CASCADE). */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The horse it was for; null for yard-wide costs (insurance of the yard, a new arena surface). */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** Uncategorised when null (imports start so); a deleted category leaves its expenses uncategorised. */
    categoryId: uuid().references(() => expenseCategories.id, { onDelete: 'set null' }),
    /** The supplier as the receipt names it: a feed merchant, a farrier, a saddler. */
    vendorName: text().notNull(),
    /** The supplier when it is a practice on the platform (descriptive: SET NULL). */
    vendorPracticeId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    description: text().notNull(),
    /** What was paid, VAT included. */
    amount: money().notNull(),
    /** The VAT included in amount (reclaimable for a VAT-registered yard). */
    vatAmount: money().notNull().default('0.00'),
    vatTreatment: textEnum(FINANCE_VAT_TREATMENTS),
    vatRatePercent: numeric({ precision: 5, scale: 2 }),
    currency: currency(),
    incurredOn: date().notNull(),
    paymentMethod: textEnum(FINANCE_EXPENSE_PAYMENT_METHODS),
    /** Whether it is claimed as a business expense (a yard's, a breeder's). */
    isTaxDeductible: boolean().notNull().default(false),
    /** The scanned or photographed receipt, with its SHA-256 to prove the file was not altered. */
    receiptUrl: text(),
    receiptSha256: text(),
    /** The platform invoice it paid (provenance: SET NULL, the commercial record stays in @db/purchases). */
    invoiceId: uuid().references(() => invoices.id, { onDelete: 'set null' }),
    /** The platform charge that paid it (provenance: SET NULL). */
    transactionId: uuid().references(() => transactions.id, { onDelete: 'set null' }),
    /** Where an imported expense came from; null for one keyed in by hand. */
    source: textEnum(FINANCE_IMPORT_SOURCES),
    /** Its id in `source`: a Xero bank transaction id, an open-banking transaction id. */
    externalId: text(),
    /** When the source last changed it: an older import never overwrites a newer one. */
    sourceUpdatedAt: timestamptz(),
    /** When it was matched to a bank statement line. */
    reconciledAt: timestamptz(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('expenses_source_external_id_key').on(t.source, t.externalId),
    /** A user's spending, most recent first. */
    index('expenses_user_id_incurred_on_idx').on(t.userId, t.incurredOn),
    /** A horse's cost timeline. */
    index('expenses_horse_id_incurred_on_idx').on(t.horseId, t.incurredOn),
    index('expenses_category_id_idx').on(t.categoryId),
    index('expenses_vendor_practice_id_idx').on(t.vendorPracticeId),
    index('expenses_invoice_id_idx').on(t.invoiceId),
    index('expenses_transaction_id_idx').on(t.transactionId),
    /** The to-do list after an import: expenses still to categorise. */
    index('expenses_uncategorised_idx')
      .on(t.userId, t.incurredOn)
      .where(sql`${t.categoryId} is null`),
    positive(t.amount),
    nonNegative(t.vatAmount),
    inOrder(t.vatAmount, t.amount, { name: 'expenses_vat_within_amount_check', message: 'must be at least vatAmount (the VAT is included in the amount)' }),
    between(t.vatRatePercent, 0, 100),
    formatCheck(t.receiptUrl, HTTP_URL),
    formatCheck(t.receiptSha256, SHA256_HEX),
    together(t.receiptUrl, t.receiptSha256, { name: 'expenses_receipt_check' }),
    together(t.source, t.externalId, { name: 'expenses_external_id_check' }),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
