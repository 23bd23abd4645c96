import {
  allDecimal,
  cents,
  currency,
  customCheck,
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  requiredWhen,
  requiredWith,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { FINANCE_IMPORT_SOURCES, FINANCE_JURISDICTION, FINANCE_TAX_RECORD_STATUSES, FINANCE_TAX_REFERENCE, FINANCE_TAX_TYPES } from '../constants.ts';

/**
 * A tax return or tax-year summary of a user (an owner, a yard, a breeder) in one jurisdiction: a VAT return for
 * a period, an income or corporation tax year, capital gains on a horse sold. Taxable amounts, output and input
 * VAT (due = output - input, negative for a repayment), what was due and paid, and the authority's receipt
 * reference once filed: (jurisdiction_code, filing_reference) is the natural key, (source, external_id) that of a
 * return imported from an accounting app. An amended return is a new row that names the one it amends, which
 * becomes `superseded`: history is kept, and one return per user, jurisdiction, tax type and period is current.
 */
export const taxRecords = domainTable(
  'tax_records',
  {
    id: id(),
    /** A legal and financial record: the taxpayer cannot be deleted (RESTRICT); erasure keeps it, anonymised. */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    taxType: textEnum(FINANCE_TAX_TYPES).notNull(),
    /** IE, GB, or a subdivision such as US-KY. */
    jurisdictionCode: text().notNull(),
    /** The taxpayer's VAT number or tax reference as the return states it. */
    taxpayerReference: text(),
    periodStart: date().notNull(),
    periodEnd: date().notNull(),
    /** The filing (and payment) deadline: for Irish VAT the 19th (23rd via ROS) of the month after the period. */
    dueOn: date(),
    currency: currency(),
    /** Sales or income subject to the tax, net of VAT. */
    taxableAmount: money().notNull(),
    /** VAT charged on sales (VAT returns only). */
    outputTaxAmount: money(),
    /** VAT reclaimed on purchases (VAT returns only). */
    inputTaxAmount: money(),
    /** What the return says is due; negative when a VAT return claims a repayment. */
    taxDueAmount: money().notNull(),
    /** What was paid against it, and when; neither for a nil or repayment return. */
    taxPaidAmount: money(),
    paidOn: date(),
    status: textEnum(FINANCE_TAX_RECORD_STATUSES).notNull().default('draft'),
    filedAt: timestamptz(),
    /** The authority's acknowledgement of the filing: an HMRC form bundle number, a ROS notice number. */
    filingReference: text(),
    /** The return this one amends (RESTRICT: the amended return stays as history). */
    amendsTaxRecordId: uuid().references((): AnyPgColumn => taxRecords.id, { onDelete: 'restrict' }),
    /** The accountant or staff member who prepared it: a credit (SET NULL). */
    preparedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    source: textEnum(FINANCE_IMPORT_SOURCES),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('tax_records_jurisdiction_code_filing_reference_key').on(t.jurisdictionCode, t.filingReference),
    uniqueIndex('tax_records_source_external_id_key').on(t.source, t.externalId),
    /** One current return per user, jurisdiction, tax and period: amended ones are superseded, not overwritten. */
    uniqueIndex('tax_records_current_key')
      .on(t.userId, t.jurisdictionCode, t.taxType, t.periodStart)
      .where(sql`${t.status} <> 'superseded'`),
    index('tax_records_user_id_period_start_idx').on(t.userId, t.periodStart),
    /** An amended return at most once: one successor per return. */
    uniqueIndex('tax_records_amends_tax_record_id_key').on(t.amendsTaxRecordId),
    index('tax_records_prepared_by_user_id_idx').on(t.preparedByUserId),
    /** Deadlines: returns not yet filed, by due date. */
    index('tax_records_unfiled_due_on_idx')
      .on(t.dueOn)
      .where(sql`${t.status} = 'draft'`),
    formatCheck(t.jurisdictionCode, FINANCE_JURISDICTION),
    formatCheck(t.taxpayerReference, FINANCE_TAX_REFERENCE),
    inOrder(t.periodStart, t.periodEnd, { name: 'tax_records_period_check', message: 'must not be before periodStart' }),
    nonNegative(t.taxableAmount),
    nonNegative(t.outputTaxAmount),
    nonNegative(t.inputTaxAmount),
    nonNegative(t.taxPaidAmount),
    together(t.outputTaxAmount, t.inputTaxAmount, { name: 'tax_records_vat_amounts_check' }),
    onlyWhen(t.outputTaxAmount, t.taxType, 'vat', { name: 'tax_records_output_tax_check' }),
    customCheck(
      'tax_records_vat_due_check',
      sql`${t.outputTaxAmount} is null or ${t.inputTaxAmount} is null or ${t.taxDueAmount} = ${t.outputTaxAmount} - ${t.inputTaxAmount}`,
      {
        columns: [t.taxDueAmount, t.outputTaxAmount, t.inputTaxAmount],
        column: t.taxDueAmount,
        message: 'must equal outputTaxAmount - inputTaxAmount',
        holds: (row) => {
          const amounts = [row.tax_due_amount, row.output_tax_amount, row.input_tax_amount];
          if (!allDecimal(amounts)) return true;
          const [due, output, input] = amounts.map(cents);
          return due === output! - input!;
        },
        violations: [
          { tax_due_amount: '1932.40', output_tax_amount: '2875.00', input_tax_amount: '842.60' },
          { tax_due_amount: '0.00', output_tax_amount: '310.50', input_tax_amount: '1204.75' },
        ],
      },
    ),
    together(t.taxPaidAmount, t.paidOn, { name: 'tax_records_payment_check' }),
    requiredWhen(t.filedAt, t.status, 'submitted', { name: 'tax_records_submitted_filed_at_check' }),
    requiredWhen(t.filingReference, t.status, 'accepted', { name: 'tax_records_accepted_reference_check', message: "an accepted return has the authority's reference" }),
    requiredWith(t.filedAt, t.filingReference, { name: 'tax_records_filed_at_check' }),
    formatCheck(t.filingReference, EXTERNAL_ID),
    differ(t.id, t.amendsTaxRecordId, { name: 'tax_records_amends_check', message: 'a return cannot amend itself' }),
    together(t.source, t.externalId, { name: 'tax_records_external_id_check' }),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
