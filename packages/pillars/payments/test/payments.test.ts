import { queryRows, sqlLiteral, type Database } from '@db/core';
import {
  appendOnlyRefusal,
  type FixtureSet,
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { financeFixtureSet } from '@db/finance/fixtures';
import { horsesFixtureSet } from '@db/horses/fixtures';
import { providersFixtureSet } from '@db/providers/fixtures';
import { PURCHASE_PROCESSORS } from '@db/purchases/constants';
import { purchasesFixtureSet } from '@db/purchases/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  capturableAmount,
  capturesWithinAuthorization,
  PAYMENT_GATEWAY_PROVIDERS,
  paymentAuthorizations,
  paymentCaptures,
  paymentDisputes,
  paymentFees,
  paymentGateways,
  paymentMethods,
  paymentReconciliation,
  paymentReconciliationSchemas,
  paymentVoids,
  paymentWebhooks,
  paymentWebhookSchemas,
  recurringPaymentSchedules,
} from '../src/index.ts';
import { paymentsFixtures, paymentsFixtureSet } from './fixtures.ts';

/**
 * The processor's side of payments: natural keys (webhooks and reports upsert), webhook deduplication, the
 * append-only webhook log and its retention, captures within their authorisation (deferred triggers), ON DELETE,
 * one live schedule per subscription or plan, and reconciliation's matched rule. Statements the kit does not cover
 * are plain SQL: this file's type cost stays flat (one typed query, the webhook insert whose ON CONFLICT is the point).
 */
const t = setupTestDatabase();
const sets: FixtureSet[] = [usersFixtureSet, horsesFixtureSet, providersFixtureSet, purchasesFixtureSet, financeFixtureSet, paymentsFixtureSet];
const fixtures = Object.assign({}, ...sets.map((set) => set.fixtures)) as FixtureSet['fixtures'];
const catalog = Object.assign({}, ...sets.map((set) => set.catalog)) as FixtureSet['catalog'];
const { seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** A statement as plain SQL on the test's transaction (or the savepoint `refusal` opens). */
const run = (db: Database, statement: string) => queryRows(db, statement);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('natural keys: ingestion upserts', () => {
  const updated = new Date('2024-06-01T08:00:00Z');
  const keys: NaturalKeyCase[] = [
    {
      name: 'payment_gateways',
      table: paymentGateways,
      key: [paymentGateways.provider, paymentGateways.merchantAccountId, paymentGateways.environment],
      set: { status: 'suspended', routingPriority: 5 },
      index: 'payment_gateways_merchant_account_key',
    },
    {
      name: 'payment_methods',
      table: paymentMethods,
      key: [paymentMethods.gatewayId, paymentMethods.processorMethodId],
      set: { expiryMonth: 11, expiryYear: 2029, sourceUpdatedAt: updated },
      // A second token of the same saved method would also break the one-live-token key.
      distinct: { userPaymentMethodId: null },
      index: 'payment_methods_gateway_id_processor_method_id_key',
    },
    {
      name: 'recurring_payment_schedules',
      table: recurringPaymentSchedules,
      key: [recurringPaymentSchedules.gatewayId, recurringPaymentSchedules.processorScheduleId],
      set: { status: 'past_due', failedAttemptCount: 1, sourceUpdatedAt: updated },
      distinct: { status: 'cancelled', cancelledAt: updated },
      index: 'recurring_payment_schedules_processor_schedule_id_key',
    },
    {
      name: 'payment_authorizations',
      table: paymentAuthorizations,
      key: [paymentAuthorizations.gatewayId, paymentAuthorizations.processorAuthorizationId],
      set: { status: 'captured', sourceUpdatedAt: updated },
      index: 'payment_authorizations_processor_authorization_id_key',
    },
    {
      name: 'payment_captures',
      table: paymentCaptures,
      key: [paymentCaptures.authorizationId, paymentCaptures.processorCaptureId],
      set: { expectedSettlementOn: '2024-05-23', sourceUpdatedAt: updated },
      index: 'payment_captures_authorization_id_processor_capture_id_key',
    },
    {
      name: 'payment_voids',
      table: paymentVoids,
      key: [paymentVoids.authorizationId, paymentVoids.processorVoidId],
      set: { sourceUpdatedAt: updated },
      distinct: { status: 'pending' },
      index: 'payment_voids_authorization_id_processor_void_id_key',
    },
    {
      name: 'payment_disputes',
      table: paymentDisputes,
      key: [paymentDisputes.gatewayId, paymentDisputes.processorDisputeId],
      given: { status: 'under_review', closedAt: null, outcome: null },
      set: { status: 'lost', closedAt: new Date('2024-08-09T10:00:00Z'), outcome: 'evidence_rejected', sourceUpdatedAt: new Date('2024-08-09T10:00:02Z') },
      index: 'payment_disputes_gateway_id_processor_dispute_id_key',
    },
    {
      name: 'payment_fees',
      table: paymentFees,
      key: [paymentFees.gatewayId, paymentFees.processorBalanceTransactionId, paymentFees.feeType],
      set: { availableOn: '2024-05-23', sourceUpdatedAt: updated },
      index: 'payment_fees_balance_transaction_fee_type_key',
    },
    {
      name: 'payment_reconciliation',
      table: paymentReconciliation,
      key: [paymentReconciliation.gatewayId, paymentReconciliation.processorPayoutId, paymentReconciliation.lineNumber],
      given: { status: 'unmatched', expectedAmount: null },
      set: { status: 'matched', expectedAmount: '204.30', sourceUpdatedAt: updated },
      index: 'payment_reconciliation_payout_line_key',
    },
  ];
  naturalKeyTests(t, catalog, fixtures, keys);
});

describe('payment_webhooks: deduplicated, append-only, purged', () => {
  /** A delivery as the receiver logs it: ON CONFLICT DO NOTHING on the event's single application. */
  const deliver = (ref: (table: string) => string, overrides: Record<string, unknown>) =>
    t.db
      .insert(paymentWebhooks)
      .values(paymentWebhookSchemas.insert.parse({ ...paymentsFixtures.payment_webhooks!(ref), ...overrides }))
      .onConflictDoNothing({
        target: [paymentWebhooks.gatewayId, paymentWebhooks.providerEventId],
        where: sql`processing_status in ('processed', 'ignored')`,
      })
      .returning({ id: paymentWebhooks.id });

  test('a re-delivered event is applied once; failed and rejected deliveries are logged as often as they come', async () => {
    const { ref } = await seedParentsOf(paymentWebhooks);
    const failed = { processingStatus: 'failed', processedAt: null, failureReason: 'lock timeout on payment_authorizations' };

    expect(await deliver(ref, failed)).toHaveLength(1);
    expect(await deliver(ref, { deliveryAttempt: 2 })).toHaveLength(1);
    // Stripe retries (the first answer was slow): nothing is inserted, so the receiver undoes the effects it applied.
    expect(await deliver(ref, { deliveryAttempt: 3 })).toHaveLength(0);
    expect(await deliver(ref, { deliveryAttempt: 3, processingStatus: 'ignored' })).toHaveLength(0);
    // A forged delivery with the same id: logged as rejected, and it blocks nothing.
    expect(await deliver(ref, { signatureVerified: false, processingStatus: 'rejected', processedAt: null, failureReason: 'signature mismatch' })).toHaveLength(1);

    expect((await allRows(paymentWebhooks)).map((row) => row.processingStatus).sort()).toEqual(['failed', 'processed', 'rejected']);
    expect(await refusal(t.db, () => insertFixture(paymentWebhooks, ref))).toMatchObject({ code: '23505', constraint: 'payment_webhooks_provider_event_id_key' });
  });

  test('a delivery cannot be edited or removed, and its gateway cannot be deleted', async () => {
    const { ref } = await seed(paymentWebhooks);
    const id = sqlLiteral(ref('payment_webhooks'));

    expect(await refusal(t.db, (tx) => run(tx, `update payment_webhooks set processing_status = 'ignored' where id = ${id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => run(tx, `delete from payment_webhooks where id = ${id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => run(tx, `delete from payment_gateways where id = ${sqlLiteral(ref('payment_gateways'))}`))).toEqual({
      code: restrictViolation,
      constraint: 'payment_webhooks_gateway_id_payment_gateways_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(paymentWebhooks, ref('payment_webhooks'))).toMatchObject({ processingStatus: 'processed' });
  });

  test('purge_payment_webhooks keeps 540 days: older deliveries go, newer stay; outside it, deleting is refused', async () => {
    const { ref } = await seedParentsOf(paymentWebhooks);
    const at = (days: number) => ({ receivedAt: daysAgo(days), occurredAt: daysAgo(days), processedAt: daysAgo(days) });
    await insertFixture(paymentWebhooks, ref, { providerEventId: 'evt_old', ...at(541) });
    await insertFixture(paymentWebhooks, ref, { providerEventId: 'evt_recent', ...at(539) });

    const [purged] = await run(t.db, 'select purge_payment_webhooks() as purged');
    expect(Number(purged!.purged)).toBe(1);
    expect((await allRows(paymentWebhooks)).map((row) => row.providerEventId)).toEqual(['evt_recent']);

    // An explicit cut-off (a shorter period decided after a complaint).
    const [again] = await run(t.db, "select purge_payment_webhooks(now() - interval '30 days') as purged");
    expect(Number(again!.purged)).toBe(1);
    expect(await rowCount(paymentWebhooks)).toBe(0);
    await insertFixture(paymentWebhooks, ref);
    expect(await refusal(t.db, (tx) => run(tx, 'delete from payment_webhooks'))).toEqual(appendOnlyRefusal);
  });
});

describe('an authorisation settles no more than it holds (deferred triggers, judged here on the spot)', () => {
  const immediately = 'set constraints payment_captures_settlement, payment_voids_settlement, payment_authorizations_settlement immediate';

  test('captures plus released voids stay within the amount authorised, in its currency', async () => {
    // EUR 250.00 held: EUR 204.30 captured, EUR 45.70 released. Nothing is left.
    const { ref } = await seed(paymentCaptures, paymentVoids);
    await run(t.db, immediately);
    const another = (overrides: Record<string, unknown>) =>
      insertFixture(paymentCaptures, ref, { processorCaptureId: `txn_${String(overrides.amount)}_${String(overrides.status)}`, captureSequence: 2, ...overrides });

    expect(await refusal(t.db, () => another({ amount: '0.01' }))).toMatchObject({ code: '23514', constraint: 'payment_captures_within_authorization_check' });
    // A failed capture takes nothing.
    await another({ amount: '10.00', status: 'failed', failureCode: 'charge_expired_for_capture' });
    expect(await refusal(t.db, () => another({ amount: '1.00', status: 'failed', failureCode: 'currency_mismatch', currency: 'GBP' }))).toMatchObject({
      code: '23514',
      constraint: 'payment_captures_authorization_currency_check',
    });
    // Nor can the hold shrink below what was taken (a reduction after the capture).
    const authorization = sqlLiteral(ref('payment_authorizations'));
    expect(await refusal(t.db, (tx) => run(tx, `update payment_authorizations set amount = 240.00 where id = ${authorization}`))).toMatchObject({
      code: '23514',
      constraint: 'payment_captures_within_authorization_check',
    });
    // Without the release, the remaining EUR 45.70 can be captured to the cent.
    await run(t.db, `update payment_voids set status = 'failed', failure_code = 'already_released' where authorization_id = ${authorization}`);
    await another({ amount: '45.70', status: 'pending', transactionId: null, capturedAt: null });
    expect(await rowCount(paymentCaptures)).toBe(3);
  });

  test('the Zod twin says the same before the processor is asked', () => {
    const authorization = { amount: '250.00', currency: 'EUR' };
    const captures = [{ amount: '204.30', currency: 'EUR', status: 'succeeded' }];
    const voids = [{ amount: '45.70', currency: 'EUR', status: 'succeeded' }];
    expect(capturesWithinAuthorization.safeParse({ authorization, captures, voids }).success).toBe(true);
    const over = capturesWithinAuthorization.safeParse({ authorization, captures: [...captures, { amount: '0.01', currency: 'EUR' }], voids });
    expect(over.error?.issues.map((issue) => issue.path)).toEqual([['captures']]);
    const sterling = capturesWithinAuthorization.safeParse({ authorization, captures: [{ amount: '1.00', currency: 'GBP', status: 'failed' }] });
    expect(sterling.error?.issues.map((issue) => issue.path)).toEqual([['captures', 0, 'currency']]);
    expect(capturableAmount(authorization, captures)).toBe('45.70');
    expect(capturableAmount(authorization, captures, voids)).toBe('0.00');
  });
});

describe('ON DELETE: financial records are kept, a person’s tokens go', () => {
  test('a disputed capture cannot be deleted (RESTRICT); a removed token is nulled on its authorisation and schedule (SET NULL)', async () => {
    const { ref } = await seed(paymentDisputes);
    expect(await refusal(t.db, (tx) => run(tx, `delete from payment_captures where id = ${sqlLiteral(ref('payment_captures'))}`))).toEqual({
      code: restrictViolation,
      constraint: 'payment_disputes_capture_id_payment_captures_id_fkey',
      column: undefined,
    });

    // Erasure deletes a person's tokens (payment_methods.user_id is CASCADE); the records that used them stay.
    await run(t.db, `delete from payment_methods where id = ${sqlLiteral(ref('payment_methods'))}`);
    expect(await rowByKey(paymentAuthorizations, ref('payment_authorizations'))).toMatchObject({ paymentMethodId: null, amount: '250.00' });
    expect(await rowByKey(recurringPaymentSchedules, ref('recurring_payment_schedules'))).toMatchObject({ paymentMethodId: null, status: 'active' });
  });
});

describe('one live schedule per subscription or plan (partial unique)', () => {
  test('a second live schedule is refused until the first is cancelled; a plan has its own', async () => {
    const { ref } = await seed(recurringPaymentSchedules);
    const replacement = { processorScheduleId: 'sub_1PRepl4ceLkdIwHu7ix0aZ1' };
    expect(await refusal(t.db, () => insertFixture(recurringPaymentSchedules, ref, replacement))).toMatchObject({
      code: '23505',
      constraint: 'recurring_payment_schedules_live_key',
    });

    await run(t.db, `update recurring_payment_schedules set status = 'cancelled', cancelled_at = now() where id = ${sqlLiteral(ref('recurring_payment_schedules'))}`);
    await insertFixture(recurringPaymentSchedules, ref, replacement);
    // The instalment plan of Whisper's vet bill, collected by a subscription schedule: EUR 50.00 a month, three times.
    await insertFixture(recurringPaymentSchedules, ref, {
      userSubscriptionId: null,
      paymentPlanId: ref('payment_plans'),
      processorScheduleId: 'sub_sched_1PLan5LkdIwHu7ixQw3rT',
      amount: '50.00',
      startsOn: '2024-06-15',
      endsOn: '2024-08-15',
      nextChargeOn: '2024-06-15',
    });
    expect(await rowCount(recurringPaymentSchedules)).toBe(3);
  });
});

describe('reconciliation: a matched line has no difference', () => {
  test('refused by Zod and by the database; a resolved difference is kept, computed by the database', async () => {
    const { ref } = await seedParentsOf(paymentReconciliation);
    const short = { ...paymentsFixtures.payment_reconciliation!(ref), settledAmount: '200.99' };
    expect(paymentReconciliationSchemas.insert.safeParse(short).error?.issues.map((issue) => issue.path)).toEqual([['settledAmount']]);
    const insert = `insert into payment_reconciliation (gateway_id, processor_payout_id, line_number, settled_on, line_type, expected_amount, settled_amount, currency, status)
      values (${sqlLiteral(ref('payment_gateways'))}, 'po_1PKc2ZLkdIwHu7ixR5tY7uI8', 1, '2024-05-22', 'charge', 204.30, 200.99, 'EUR', 'matched')`;
    expect(await refusal(t.db, (tx) => run(tx, insert))).toMatchObject({ code: '23514', constraint: 'payment_reconciliation_matched_check' });

    const line = await insertFixture(paymentReconciliation, ref, {
      ...short,
      status: 'resolved',
      resolvedAt: new Date('2024-05-23T10:00:00Z'),
      resolvedByUserId: ref('user_profiles'),
      resolutionNote: 'Stripe withheld EUR 3.31 for the dispute fee reserve; released on the next payout.',
    });
    expect(await rowByKey(paymentReconciliation, line.id)).toMatchObject({ differenceAmount: '-3.31', status: 'resolved' });
  });
});

describe('lists', () => {
  test('every gateway provider is a processor of @db/purchases', () => {
    expect(PAYMENT_GATEWAY_PROVIDERS.filter((provider) => !(PURCHASE_PROCESSORS as readonly string[]).includes(provider))).toEqual([]);
  });
});
