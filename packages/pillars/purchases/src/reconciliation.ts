import { type DatabaseObject, formatUnits, isDecimal, sumUnits, units } from '@db/core';
import { z } from 'zod';
import { PURCHASE_INVOICE_STATUSES, PURCHASE_REFUND_ACTIVE_STATUSES, PURCHASE_REFUND_STATUSES, PURCHASE_TRANSACTION_STATUSES } from './constants.ts';

/**
 * Rules across rows, which no CHECK can state: an issued invoice's lines sum to its subtotal and tax, and the
 * active refunds of a transaction never exceed what it collected, in its currency. Each is declared twice, side by
 * side: as a Zod schema (what an API runs before writing a document) and as a deferred constraint trigger
 * (`purchasesReconciliation`, carried by a migration). Deferred, they judge the transaction's end state at
 * COMMIT: an invoice and its lines are written in any order, and a test's rolled-back rows are never judged
 * (`SET CONSTRAINTS ALL IMMEDIATE` judges them on the spot). They raise check_violation (23514) naming
 * `invoices_lines_reconcile_check`, `refunds_within_payment_check` or `refunds_payment_currency_check`.
 */

const decimal = z.string().refine(isDecimal, 'must be a decimal amount');
const ACTIVE_REFUNDS: readonly string[] = PURCHASE_REFUND_ACTIVE_STATUSES;

/**
 * An invoice with all its lines: unless it is a draft, the lines' net amounts sum to `subtotalAmount` and their
 * VAT to `taxAmount`. Takes rows or insert input (extra keys are ignored); issues are reported on
 * `invoice.subtotalAmount` and `invoice.taxAmount`.
 */
export const invoiceLinesReconcile = z
  .object({
    invoice: z.object({
      status: z.enum(PURCHASE_INVOICE_STATUSES).default('draft'),
      subtotalAmount: decimal,
      taxAmount: decimal.default('0.00'),
    }),
    lines: z.array(z.object({ netAmount: decimal, taxAmount: decimal.default('0.00') })),
  })
  .superRefine(({ invoice, lines }, ctx) => {
    if (invoice.status === 'draft') return;
    const net = sumUnits(
      lines.map((line) => line.netAmount),
      2,
    );
    const tax = sumUnits(
      lines.map((line) => line.taxAmount),
      2,
    );
    if (net !== units(invoice.subtotalAmount, 2)) {
      ctx.addIssue({ code: 'custom', path: ['invoice', 'subtotalAmount'], message: `must equal the sum of the lines' net amounts, ${formatUnits(net, 2)}` });
    }
    if (tax !== units(invoice.taxAmount, 2)) {
      ctx.addIssue({ code: 'custom', path: ['invoice', 'taxAmount'], message: `must equal the sum of the lines' tax amounts, ${formatUnits(tax, 2)}` });
    }
  });

/**
 * A transaction with all its refunds: every refund is in the transaction's currency, and the pending and
 * succeeded ones sum to at most what the transaction collected (its amount once succeeded, nothing before).
 * Issues: `refunds.<i>.currency`, and `refunds` for the total.
 */
export const refundsWithinPayment = z
  .object({
    transaction: z.object({ amount: decimal, currency: z.string(), status: z.enum(PURCHASE_TRANSACTION_STATUSES) }),
    refunds: z.array(z.object({ amount: decimal, currency: z.string(), status: z.enum(PURCHASE_REFUND_STATUSES).default('pending') })),
  })
  .superRefine(({ transaction, refunds }, ctx) => {
    refunds.forEach((refund, index) => {
      if (refund.currency !== transaction.currency) {
        ctx.addIssue({ code: 'custom', path: ['refunds', index, 'currency'], message: `must be the transaction's currency, ${transaction.currency}` });
      }
    });
    const refunded = sumUnits(
      refunds.filter((refund) => ACTIVE_REFUNDS.includes(refund.status)).map((refund) => refund.amount),
      2,
    );
    const collected = refundableUnits(transaction);
    if (refunded > collected) {
      ctx.addIssue({
        code: 'custom',
        path: ['refunds'],
        message: `pending and succeeded refunds total ${formatUnits(refunded, 2)}, more than the ${formatUnits(collected, 2)} ${transaction.currency} collected`,
      });
    }
  });

/** What a transaction collected and can be refunded from, in cents: its amount once succeeded, else nothing. */
const refundableUnits = (transaction: { amount: string; status: string }) => (transaction.status === 'succeeded' ? units(transaction.amount, 2) : 0n);

/** What is left to refund of a transaction, given its refunds so far: a decimal string in its currency. */
export function refundableAmount(
  transaction: { amount: string; status: string },
  refunds: readonly { amount: string; status: string }[],
): string {
  const refunded = sumUnits(
    refunds.filter((refund) => ACTIVE_REFUNDS.includes(refund.status)).map((refund) => refund.amount),
    2,
  );
  const left = refundableUnits(transaction) - refunded;
  return formatUnits(left > 0n ? left : 0n, 2);
}

const activeRefundStatuses = PURCHASE_REFUND_ACTIVE_STATUSES.map((status) => `'${status}'`).join(', ');

/**
 * The database side: four functions and four deferred constraint triggers, carried by the migration that
 * introduced them (`databaseObjectsSql`). Re-runnable: functions are replaced, triggers dropped and created again.
 */
export const purchasesReconciliation: readonly DatabaseObject[] = [
  { kind: 'function', name: 'purchases_assert_invoice_reconciled', statements: [`CREATE OR REPLACE FUNCTION purchases_assert_invoice_reconciled(target uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  invoice record;
  line_net numeric;
  line_tax numeric;
BEGIN
  SELECT status, subtotal_amount, tax_amount INTO invoice FROM invoices WHERE id = target;
  IF NOT FOUND OR invoice.status = 'draft' THEN
    RETURN;
  END IF;
  SELECT coalesce(sum(net_amount), 0), coalesce(sum(tax_amount), 0) INTO line_net, line_tax
    FROM invoice_line_items WHERE invoice_id = target;
  IF line_net <> invoice.subtotal_amount OR line_tax <> invoice.tax_amount THEN
    RAISE EXCEPTION 'invoice %: lines sum to % net and % tax, the invoice says % and %',
      target, line_net, line_tax, invoice.subtotal_amount, invoice.tax_amount
      USING ERRCODE = 'check_violation', CONSTRAINT = 'invoices_lines_reconcile_check', TABLE = 'invoices';
  END IF;
END $$`] },
  { kind: 'function', name: 'purchases_invoice_reconcile_trigger', statements: [`CREATE OR REPLACE FUNCTION purchases_invoice_reconcile_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'invoices' THEN
    PERFORM purchases_assert_invoice_reconciled(NEW.id);
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM purchases_assert_invoice_reconciled(OLD.invoice_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM purchases_assert_invoice_reconciled(NEW.invoice_id);
  END IF;
  RETURN NULL;
END $$`] },
  {
    kind: 'trigger',
    name: 'invoices_reconcile',
    table: 'invoices',
    statements: [
      `DROP TRIGGER IF EXISTS invoices_reconcile ON invoices`,
      `CREATE CONSTRAINT TRIGGER invoices_reconcile AFTER INSERT OR UPDATE OF status, subtotal_amount, tax_amount ON invoices
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION purchases_invoice_reconcile_trigger()`,
    ],
  },
  {
    kind: 'trigger',
    name: 'invoice_line_items_reconcile',
    table: 'invoice_line_items',
    statements: [
      `DROP TRIGGER IF EXISTS invoice_line_items_reconcile ON invoice_line_items`,
      `CREATE CONSTRAINT TRIGGER invoice_line_items_reconcile AFTER INSERT OR UPDATE OR DELETE ON invoice_line_items
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION purchases_invoice_reconcile_trigger()`,
    ],
  },
  { kind: 'function', name: 'purchases_assert_refunds_within_payment', statements: [`CREATE OR REPLACE FUNCTION purchases_assert_refunds_within_payment(target uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  paid record;
  collected numeric;
  refunded numeric;
BEGIN
  -- Locks the transaction: concurrent refunds of it are judged one after the other, each seeing the other's.
  SELECT amount, currency, status INTO paid FROM transactions WHERE id = target FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF EXISTS (SELECT FROM refunds WHERE transaction_id = target AND currency <> paid.currency) THEN
    RAISE EXCEPTION 'transaction %: a refund is not in its currency %', target, paid.currency
      USING ERRCODE = 'check_violation', CONSTRAINT = 'refunds_payment_currency_check', TABLE = 'refunds';
  END IF;
  collected := CASE WHEN paid.status = 'succeeded' THEN paid.amount ELSE 0 END;
  SELECT coalesce(sum(amount), 0) INTO refunded FROM refunds
    WHERE transaction_id = target AND status IN (${activeRefundStatuses});
  IF refunded > collected THEN
    RAISE EXCEPTION 'transaction %: refunds total % %, more than the % collected', target, refunded, paid.currency, collected
      USING ERRCODE = 'check_violation', CONSTRAINT = 'refunds_within_payment_check', TABLE = 'refunds';
  END IF;
END $$`] },
  { kind: 'function', name: 'purchases_refund_reconcile_trigger', statements: [`CREATE OR REPLACE FUNCTION purchases_refund_reconcile_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'transactions' THEN
    PERFORM purchases_assert_refunds_within_payment(NEW.id);
  ELSE
    PERFORM purchases_assert_refunds_within_payment(NEW.transaction_id);
  END IF;
  RETURN NULL;
END $$`] },
  {
    kind: 'trigger',
    name: 'refunds_reconcile',
    table: 'refunds',
    statements: [
      `DROP TRIGGER IF EXISTS refunds_reconcile ON refunds`,
      `CREATE CONSTRAINT TRIGGER refunds_reconcile AFTER INSERT OR UPDATE OF transaction_id, amount, currency, status ON refunds
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION purchases_refund_reconcile_trigger()`,
    ],
  },
  {
    kind: 'trigger',
    name: 'transactions_refunds_reconcile',
    table: 'transactions',
    statements: [
      `DROP TRIGGER IF EXISTS transactions_refunds_reconcile ON transactions`,
      `CREATE CONSTRAINT TRIGGER transactions_refunds_reconcile AFTER UPDATE OF amount, currency, status ON transactions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION purchases_refund_reconcile_trigger()`,
    ],
  },
];
