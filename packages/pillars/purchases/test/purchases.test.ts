import { formatUnits } from '@db/core';
import {
  appendOnlyRefusal,
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  type Ref,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { horses, horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { userPaymentMethods, userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  billingAddresses,
  invoiceLineItems,
  invoiceLineItemSchemas,
  invoiceLinesReconcile,
  invoices,
  lineNetUnits,
  paymentRecords,
  purchaseHistory,
  purchaseOrders,
  purchasesCatalog,
  refundableAmount,
  refunds,
  refundsWithinPayment,
  shippingAddresses,
  subscriptionPayments,
  transactionAuditLog,
  transactions,
  transactionSchemas,
} from '../src/index.ts';
import { purchasesFixtures } from './fixtures.ts';

/** Natural keys (webhook and import upserts), ON DELETE, partial unique indexes, row rules and the cross-row reconciliation. */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...horsesFixtures, ...providersFixtures, ...purchasesFixtures };
const catalog = { ...usersCatalog, ...horsesCatalog, ...providersCatalog, ...purchasesCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);


describe('natural keys: webhooks and imports upsert', () => {
  test('a replayed webhook upserts the transaction on (processor, processor_transaction_id)', async () => {
    const { ref } = await seedParentsOf(transactions);
    const deliver = (overrides: Record<string, unknown>) => {
      const values = transactionSchemas.insert.parse({ ...purchasesFixtures.transactions!(ref), ...overrides });
      return t.db
        .insert(transactions)
        .values(values)
        .onConflictDoUpdate({
          target: [transactions.processor, transactions.processorTransactionId],
          set: { status: values.status, completedAt: values.completedAt ?? null, processorFeeAmount: values.processorFeeAmount ?? null },
        })
        .returning();
    };

    // payment_intent.requires_action, then payment_intent.succeeded twice (processors deliver at least once).
    const [pending] = await deliver({ status: 'requires_action', completedAt: undefined, processorFeeAmount: undefined });
    const [succeeded] = await deliver({});
    const [replayed] = await deliver({});
    expect(succeeded!.id).toBe(pending!.id);
    expect(replayed!.id).toBe(pending!.id);
    expect(await allRows(transactions)).toEqual([
      expect.objectContaining({ id: pending!.id, status: 'succeeded', completedAt: new Date('2024-05-20T11:02:05Z'), processorFeeAmount: '3.31' }),
    ]);

    // The key is the pair: the same id at another processor is another charge.
    await deliver({ processor: 'adyen' });
    expect(await rowCount(transactions)).toBe(2);
  });

  const keys: NaturalKeyCase[] = [
    {
      name: 'refunds',
      table: refunds,
      key: [refunds.processor, refunds.processorRefundId],
      set: { status: 'failed', processedAt: null, failureReason: 'charge_already_disputed' },
      distinct: {},
      index: 'refunds_processor_refund_id_key',
    },
    {
      name: 'payment_records',
      table: paymentRecords,
      key: [paymentRecords.transactionId, paymentRecords.invoiceId],
      set: { clearedOn: '2024-05-23' },
      distinct: {},
      index: 'payment_records_transaction_id_invoice_id_key',
    },
    {
      name: 'subscription_payments',
      table: subscriptionPayments,
      key: [subscriptionPayments.provider, subscriptionPayments.providerInvoiceId],
      set: { attemptCount: 2 },
      distinct: {},
      index: 'subscription_payments_provider_invoice_id_key',
    },
    {
      name: 'purchase_history',
      table: purchaseHistory,
      key: [purchaseHistory.userId, purchaseHistory.source, purchaseHistory.sourceReference],
      set: { amount: '164.30' },
      distinct: {},
      index: 'purchase_history_user_id_source_reference_key',
    },
    {
      name: 'invoices',
      table: invoices,
      key: [invoices.sourceSystem, invoices.externalInvoiceId],
      set: { notes: 'Re-synced from ezyVet' },
      distinct: { invoiceNumber: 'CEV-2024-00999' },
      index: 'invoices_source_system_external_invoice_id_key',
    },
    {
      name: 'purchase_orders',
      table: purchaseOrders,
      key: [purchaseOrders.sourceSystem, purchaseOrders.externalOrderId],
      set: { status: 'closed' },
      distinct: { orderNumber: 'PO-2024-000999' },
      index: 'purchase_orders_source_system_external_order_id_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test('an invoice number is unique per seller, not across sellers', async () => {
    const { ref } = await seed(invoices);
    const seller = await insertFixture(userProfiles, ref, anotherUserProfile('dealer'));
    const sameNumber = { sourceSystem: null, externalInvoiceId: null };
    expect(await refusal(t.db, () => insertFixture(invoices, ref, sameNumber))).toEqual({ code: '23505', constraint: 'invoices_seller_invoice_number_key' });
    // A private seller (a user) may use the same number as the practice.
    await insertFixture(invoices, ref, { ...sameNumber, sellerPracticeId: null, sellerUserId: seller.id, veterinarianId: null });
    expect(await rowCount(invoices)).toBe(2);
  });

  test('a redelivered webhook event is audited once', async () => {
    const entry = insertSchemaOf('transaction_audit_log').parse(purchasesFixtures.transaction_audit_log!(() => ''));
    for (let i = 0; i < 2; i++) {
      await t.db.insert(transactionAuditLog).values(entry as never).onConflictDoNothing({
        target: [transactionAuditLog.processor, transactionAuditLog.processorEventId],
      });
    }
    expect(await rowCount(transactionAuditLog)).toBe(1);
  });
});

describe('ON DELETE', () => {
  test('erasing a user with only an address book removes the addresses, and no one else\'s', async () => {
    const { ref } = await seed(billingAddresses, shippingAddresses);
    const leaver = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    const own = pointing(ref, { user_profiles: leaver.id });
    await insertFixture(billingAddresses, own);
    await insertFixture(shippingAddresses, own);

    await t.db.delete(userProfiles).where(eq(userProfiles.id, leaver.id));

    expect((await allRows(billingAddresses)).map((row) => row.userId)).toEqual([ref('user_profiles')]);
    expect((await allRows(shippingAddresses)).map((row) => row.userId)).toEqual([ref('user_profiles')]);
  });

  test('a buyer with an invoice cannot be deleted (23503/23001), nor the address the invoice was sent to', async () => {
    const { ref } = await seed(invoices);
    const buyer = await insertFixture(userProfiles, ref, anotherUserProfile('buyer'));
    const billedTo = await insertFixture(billingAddresses, pointing(ref, { user_profiles: buyer.id }));
    await insertFixture(invoices, ref, {
      invoiceNumber: 'CEV-2024-00124',
      buyerUserId: buyer.id,
      billingAddressId: billedTo.id,
      sourceSystem: null,
      externalInvoiceId: null,
    });

    expect(await refusal(t.db, (tx) => tx.delete(billingAddresses).where(eq(billingAddresses.id, billedTo.id)))).toEqual({
      code: restrictViolation,
      constraint: 'invoices_billing_address_id_billing_addresses_id_fkey',
    });
    const refused = await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, buyer.id)));
    expect(refused?.code).toEqual(restrictViolation);
    // Either foreign key may be checked first: the buyer's, or the one of the address the delete cascades to.
    expect(['invoices_buyer_user_id_user_profiles_id_fkey', 'invoices_billing_address_id_billing_addresses_id_fkey']).toContain(refused?.constraint);
    expect(await rowByKey(userProfiles, buyer.id)).toBeDefined();

    // Archiving is how an address leaves the address book once used.
    await t.db.update(billingAddresses).set({ archivedAt: new Date(), isDefault: false }).where(eq(billingAddresses.id, billedTo.id));
    expect(await rowByKey(billingAddresses, billedTo.id)).toMatchObject({ isDefault: false });
  });

  test('deleting a draft invoice deletes its lines; one with a payment applied cannot be deleted', async () => {
    const { ref } = await seed(invoiceLineItems, paymentRecords);
    expect(await refusal(t.db, (tx) => tx.delete(invoices).where(eq(invoices.id, ref('invoices'))))).toEqual({
      code: restrictViolation,
      constraint: 'payment_records_invoice_id_invoices_id_fkey',
    });
    expect(await rowCount(invoiceLineItems)).toBe(1);

    const draft = await insertFixture(invoices, ref, {
      invoiceNumber: 'CEV-2024-00124',
      status: 'draft',
      paidAt: null,
      sourceSystem: null,
      externalInvoiceId: null,
    });
    await insertFixture(invoiceLineItems, pointing(ref, { invoices: draft.id }));
    await t.db.delete(invoices).where(eq(invoices.id, draft.id));
    expect((await allRows(invoiceLineItems)).map((line) => line.invoiceId)).toEqual([ref('invoices')]);
  });

  test('a refunded transaction cannot be deleted (23503/23001)', async () => {
    const { ref } = await seed(refunds);
    expect(await refusal(t.db, (tx) => tx.delete(transactions).where(eq(transactions.id, ref('transactions'))))).toEqual({
      code: restrictViolation,
      constraint: 'refunds_transaction_id_transactions_id_fkey',
    });
  });

  test("deleting a horse keeps the money: the order, the invoice line and the history entry lose only the horse link", async () => {
    const { ref } = await seed(purchaseOrders, invoiceLineItems, purchaseHistory);
    await t.db.delete(horses).where(eq(horses.id, ref('horses')));

    expect(await rowByKey(purchaseOrders, ref('purchase_orders'))).toMatchObject({ horseId: null, totalAmount: '204.30' });
    expect(await rowByKey(invoiceLineItems, ref('invoice_line_items'))).toMatchObject({ horseId: null, netAmount: '180.00' });
    expect(await rowByKey(purchaseHistory, ref('purchase_history'))).toMatchObject({ horseId: null, amount: '204.30' });
  });

  test('removing a saved card, or deleting a user who acted, keeps the records and unsets the link', async () => {
    const { ref } = await seed(transactions, refunds, paymentRecords);
    const clerk = await insertFixture(userProfiles, ref, anotherUserProfile('clerk'));
    await t.db.update(paymentRecords).set({ recordedByUserId: clerk.id });
    await t.db.update(refunds).set({ approvedByUserId: clerk.id });

    await t.db.delete(userPaymentMethods).where(eq(userPaymentMethods.id, ref('user_payment_methods')));
    await t.db.delete(userProfiles).where(eq(userProfiles.id, clerk.id));

    expect(await rowByKey(transactions, ref('transactions'))).toMatchObject({ paymentMethodId: null, amount: '204.30' });
    expect(await rowByKey(paymentRecords, ref('payment_records'))).toMatchObject({ recordedByUserId: null, payerUserId: ref('user_profiles') });
    expect(await rowByKey(refunds, ref('refunds'))).toMatchObject({ approvedByUserId: null, requestedByUserId: ref('user_profiles') });
  });

  test('the audit trail is append-only: it refuses UPDATE and DELETE, and keeps its actor from being deleted', async () => {
    const { ref } = await seed(transactions);
    const clerk = await insertFixture(userProfiles, ref, anotherUserProfile('clerk'));
    const audit = await insertFixture(transactionAuditLog, ref, {
      actorType: 'user',
      actorUserId: clerk.id,
      processor: null,
      processorEventId: null,
      action: 'refund_issued',
      previousStatus: null,
      newStatus: null,
    });
    const edit = (tx: typeof t.db) => tx.update(transactionAuditLog).set({ reason: 'edited' }).where(eq(transactionAuditLog.id, audit.id));
    expect(await refusal(t.db, edit)).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(transactionAuditLog).where(eq(transactionAuditLog.id, audit.id)))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, clerk.id)))).toEqual({
      code: restrictViolation,
      constraint: 'transaction_audit_log_actor_user_id_user_profiles_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(transactionAuditLog, audit.id)).toMatchObject({ actorUserId: clerk.id, reason: audit.reason });
  });
});

describe('one default address per user (partial unique indexes)', () => {
  test.each([
    { table: billingAddresses, index: 'billing_addresses_user_id_default_key' },
    { table: shippingAddresses, index: 'shipping_addresses_user_id_default_key' },
  ])('$index: a second default is refused; archived defaults and other users do not count', async ({ table, index }) => {
    const { ref } = await seed(table);
    expect(await refusal(t.db, () => insertFixture(table, ref, { label: 'Second default' }))).toEqual({ code: '23505', constraint: index });

    await insertFixture(table, ref, { label: 'Old yard', isDefault: true, archivedAt: new Date('2023-01-01T00:00:00Z') });
    await insertFixture(table, ref, { label: 'Holiday let', isDefault: false });
    const other = await insertFixture(userProfiles, ref, anotherUserProfile('neighbour'));
    await insertFixture(table, pointing(ref, { user_profiles: other.id }));
    expect(await rowCount(table)).toBe(4);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: (ref: Ref) => Record<string, unknown>; check: string }[] = [
  { table: 'invoices', field: 'totalAmount', bad: () => ({ totalAmount: '214.30' }), check: 'invoices_total_check' },
  { table: 'purchase_orders', field: 'totalAmount', bad: () => ({ shippingAmount: '25.00' }), check: 'purchase_orders_total_check' },
  { table: 'purchase_orders', field: 'sellerUserId', bad: () => ({ sellerPracticeId: null }), check: 'purchase_orders_seller_check' },
  {
    table: 'invoice_line_items',
    field: 'netAmount',
    bad: () => ({ quantity: '1.000', unitPrice: '180.00', discountAmount: '18.00', netAmount: '180.00' }),
    check: 'invoice_line_items_net_check',
  },
  {
    table: 'transactions',
    field: 'settlementCurrency',
    bad: () => ({ settlementAmount: null, settlementCurrency: null }),
    check: 'transactions_fee_currency_check',
  },
  { table: 'refunds', field: 'processedAt', bad: () => ({ processedAt: null }), check: 'refunds_processed_at_check' },
  { table: 'payment_records', field: 'reference', bad: () => ({ method: 'cheque', reference: null }), check: 'payment_records_cheque_number_check' },
  {
    table: 'transaction_audit_log',
    field: 'actorUserId',
    bad: (ref) => ({ actorUserId: ref('user_profiles') }),
    check: 'transaction_audit_log_actor_user_check',
  },
];

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $check', async ({ table: name, field, bad, check }) => {
    const { table, insert } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad(ref) };

    expect(insert.safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(table).values(row as never))).toEqual({ code: '23514', constraint: check });
    expect(await rowCount(table)).toBe(0);
  });

  test('a line rounds quantity x unit price half away from zero, as PostgreSQL does', async () => {
    const { ref } = await seedParentsOf(invoiceLineItems);
    // 2.5 hours of physiotherapy at 33.33 = 83.325, which PostgreSQL's round() makes 83.33.
    const line = { ...purchasesFixtures.invoice_line_items!(ref), quantity: '2.500', unit: 'hour', unitPrice: '33.33', discountAmount: '0.00' };
    expect(formatUnits(lineNetUnits('2.500', '33.33', '0.00'), 2)).toBe('83.33');

    const off = { ...line, netAmount: '83.32' };
    expect(invoiceLineItemSchemas.insert.safeParse(off).error?.issues.map((issue) => issue.path[0])).toEqual(['netAmount']);
    expect(await refusal(t.db, (tx) => tx.insert(invoiceLineItems).values(off as never))).toEqual({ code: '23514', constraint: 'invoice_line_items_net_check' });

    const right = invoiceLineItemSchemas.insert.parse({ ...line, netAmount: '83.33' });
    const [written] = await t.db.insert(invoiceLineItems).values(right).returning();
    expect(written).toMatchObject({ quantity: '2.500', unitPrice: '33.33', netAmount: '83.33' });
  });
});

describe('reconciliation across rows: the deferred triggers and their Zod twins', () => {
  /** What COMMIT would do: run the deferred checks now. */
  const commitChecks = (tx: typeof t.db) => tx.execute(sql`set constraints all immediate`);

  test("an issued invoice's lines must sum to its subtotal and tax; a draft's need not", async () => {
    const { ref } = await seed(invoiceLineItems);
    const callOut = {
      lineNumber: 2,
      category: 'delivery',
      description: 'Call-out, Naas area',
      serviceId: null,
      productCode: 'CALLOUT',
      unitPrice: '35.00',
      netAmount: '35.00',
      taxAmount: '4.73',
    };
    // The line is accepted: the check is deferred to COMMIT, when the invoice still says 180.00 + 24.30.
    const extra = await insertFixture(invoiceLineItems, ref, callOut);
    expect(await refusal(t.db, commitChecks)).toEqual({ code: '23514', constraint: 'invoices_lines_reconcile_check' });

    const invoice = (await rowByKey(invoices, ref('invoices')))!;
    const lines = await allRows(invoiceLineItems);
    expect(invoiceLinesReconcile.safeParse({ invoice, lines }).error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'invoice.subtotalAmount',
      'invoice.taxAmount',
    ]);
    // As a draft, the invoice may disagree with its lines while it is being written.
    expect(invoiceLinesReconcile.safeParse({ invoice: { ...invoice, status: 'draft' }, lines }).success).toBe(true);

    // Bringing the invoice's totals in line with its lines reconciles it.
    const totals = { subtotalAmount: '215.00', taxAmount: '29.03', totalAmount: '244.03' };
    await t.db.update(invoices).set(totals).where(eq(invoices.id, ref('invoices')));
    expect(invoiceLinesReconcile.safeParse({ invoice: { ...invoice, ...totals }, lines }).success).toBe(true);
    expect(await refusal(t.db, commitChecks)).toBeUndefined();
    expect(extra.netAmount).toBe('35.00');
  });

  test('the active refunds of a transaction never exceed what it collected, in its currency', async () => {
    const { ref } = await seed(refunds, invoiceLineItems);
    const [transaction] = await t.db.select().from(transactions).where(eq(transactions.id, ref('transactions')));
    const [first] = await t.db.select().from(refunds).where(eq(refunds.id, ref('refunds')));
    const refund = (overrides: Record<string, unknown>) =>
      insertSchemaOf('refunds').parse({ ...purchasesFixtures.refunds!(ref), processorRefundId: 're_second', status: 'pending', processedAt: null, ...overrides });
    expect(refundableAmount(transaction!, [first!])).toBe('164.30');

    // 40.00 refunded already: 170.00 more would return 210.00 of 204.30.
    const tooMuch = refund({ amount: '170.00' });
    expect(refundsWithinPayment.safeParse({ transaction, refunds: [first, tooMuch] }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['refunds']);
    expect(
      await refusal(t.db, async (tx) => {
        await tx.insert(refunds).values(tooMuch as never);
        await commitChecks(tx);
      }),
    ).toEqual({ code: '23514', constraint: 'refunds_within_payment_check' });

    const otherCurrency = refund({ amount: '10.00', currency: 'GBP' });
    expect(refundsWithinPayment.safeParse({ transaction, refunds: [first, otherCurrency] }).error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'refunds.1.currency',
    ]);
    expect(
      await refusal(t.db, async (tx) => {
        await tx.insert(refunds).values(otherCurrency as never);
        await commitChecks(tx);
      }),
    ).toEqual({ code: '23514', constraint: 'refunds_payment_currency_check' });

    // The rest, exactly, is accepted; a failed refund does not count.
    const rest = refund({ amount: '164.30' });
    const failed = refund({ processorRefundId: 're_failed', amount: '50.00', status: 'failed', failureReason: 'expired_or_canceled_card' });
    expect(refundsWithinPayment.safeParse({ transaction, refunds: [first, rest, failed] }).success).toBe(true);
    expect(
      await refusal(t.db, async (tx) => {
        await tx.insert(refunds).values([rest, failed] as never);
        await commitChecks(tx);
      }),
    ).toBeUndefined();
    expect(await rowCount(refunds)).toBe(3);
  });
});
