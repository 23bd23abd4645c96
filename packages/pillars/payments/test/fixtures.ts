import type { Fixtures, FixtureSet, InvalidRow } from '@db/core/testing';
import { paymentsCatalog } from '../src/index.ts';

/**
 * The processor's side of Siobhán Byrne's payments (the users, horses, providers, purchases and finance fixtures
 * are the parents). The platform's live Stripe account in Ireland tokenised her saved Visa debit card (Apple Pay).
 * Curragh Equine Vets pre-authorised EUR 250.00 on it for the estimate of Whisper's lameness work-up; the final
 * bill was EUR 204.30 (invoice CEV-2024-00123), captured against the hold and settling the `transactions` row
 * pi_3PJq..., and the unused EUR 45.70 was released. Stripe took 1.5% + EUR 0.25 = EUR 3.31 and paid the capture
 * out on 22 May. A "services not provided" chargeback on it was contested with the clinical notes and won. Her barn
 * plan (3 seats, EUR 88.56 a month) renews on a Stripe subscription schedule.
 */
export const paymentsFixtures: Fixtures = {
  payment_gateways: () => ({
    provider: 'stripe',
    displayName: 'Stripe IE (platform, live)',
    merchantAccountId: 'acct_1Nv0FGLkdIwHu7ix',
    environment: 'live',
    status: 'active',
    supportedCurrencies: ['EUR', 'GBP', 'USD'],
    settlementCurrency: 'EUR',
    countryCode: 'IE',
    merchantCategoryCode: '0742',
    statementDescriptor: 'EQUINE PLATFORM',
    credentialsSecretRef: 'vault:payments/stripe-ie-live/secret-key',
    webhookUrl: 'https://api.example.ie/webhooks/stripe/ie-live',
    routingPriority: 0,
    activatedAt: new Date('2023-11-02T10:00:00Z'),
  }),

  payment_methods: (ref) => ({
    gatewayId: ref('payment_gateways'),
    userId: ref('user_profiles'),
    userPaymentMethodId: ref('user_payment_methods'),
    processorMethodId: 'pm_1PJq2hLkdIwHu7ixQ9bT4a1Z',
    processorCustomerId: 'cus_Q8xYz1AbCdEf',
    methodType: 'card',
    brand: 'visa',
    wallet: 'apple_pay',
    lastFour: '4242',
    expiryMonth: 8,
    expiryYear: 2027,
    fingerprint: 'Xt5EWLLDS7FJjR1c',
    issuerCountry: 'IE',
    status: 'active',
    sourceUpdatedAt: new Date('2024-05-01T09:58:12Z'),
  }),

  recurring_payment_schedules: (ref) => ({
    gatewayId: ref('payment_gateways'),
    userSubscriptionId: ref('user_subscriptions'),
    paymentMethodId: ref('payment_methods'),
    processorScheduleId: 'sub_1PJq3ALkdIwHu7ix5nV8rQe2',
    interval: 'month',
    intervalCount: 1,
    // 3 seats x EUR 24.00, plus 23% VAT.
    amount: '88.56',
    currency: 'EUR',
    status: 'active',
    startsOn: '2024-02-01',
    nextChargeOn: '2024-06-01',
    failedAttemptCount: 0,
    sourceUpdatedAt: new Date('2024-05-01T11:00:14Z'),
  }),

  payment_authorizations: (ref) => ({
    gatewayId: ref('payment_gateways'),
    paymentMethodId: ref('payment_methods'),
    transactionId: ref('transactions'),
    invoiceId: ref('invoices'),
    processorAuthorizationId: 'ch_3PJqAbLkdIwHu7ix1Hs8uVw2',
    // The estimate held on the card; the bill came to EUR 204.30.
    amount: '250.00',
    currency: 'EUR',
    status: 'partially_captured',
    initiator: 'customer',
    authorizationCode: '83J2KD',
    networkTransactionId: '583124567812345',
    threeDsOutcome: 'authenticated',
    riskScore: 12,
    authorizedAt: new Date('2024-05-13T09:20:41Z'),
    expiresAt: new Date('2024-05-20T09:20:41Z'),
    sourceUpdatedAt: new Date('2024-05-20T11:02:05Z'),
  }),

  payment_captures: (ref) => ({
    authorizationId: ref('payment_authorizations'),
    transactionId: ref('transactions'),
    processorCaptureId: 'txn_3PJqAbLkdIwHu7ix1QwErTyU',
    captureSequence: 1,
    isFinalCapture: true,
    amount: '204.30',
    currency: 'EUR',
    status: 'succeeded',
    captureMethod: 'manual',
    capturedByUserId: ref('user_profiles'),
    requestedAt: new Date('2024-05-20T11:01:40Z'),
    capturedAt: new Date('2024-05-20T11:02:05Z'),
    expectedSettlementOn: '2024-05-22',
    sourceUpdatedAt: new Date('2024-05-20T11:02:05Z'),
  }),

  payment_voids: (ref) => ({
    authorizationId: ref('payment_authorizations'),
    processorVoidId: 'evt_3PJqAbLkdIwHu7ix1ReLs45A',
    reason: 'amount_adjusted',
    status: 'succeeded',
    amount: '45.70',
    currency: 'EUR',
    isAutomatic: false,
    requestedByUserId: ref('user_profiles'),
    requestedAt: new Date('2024-05-20T11:02:06Z'),
    voidedAt: new Date('2024-05-20T11:02:09Z'),
    sourceUpdatedAt: new Date('2024-05-20T11:02:09Z'),
  }),

  payment_disputes: (ref) => ({
    gatewayId: ref('payment_gateways'),
    captureId: ref('payment_captures'),
    processorDisputeId: 'dp_1PNa9cLkdIwHu7ixv2KJ3d1W',
    kind: 'chargeback',
    // Visa 13.1: merchandise or services not received.
    reasonCode: '13.1',
    reason: 'product_not_received',
    amount: '204.30',
    currency: 'EUR',
    status: 'won',
    openedAt: new Date('2024-06-20T08:14:00Z'),
    evidenceDueBy: new Date('2024-07-05T23:59:59Z'),
    evidenceSubmittedAt: new Date('2024-06-24T15:30:00Z'),
    isLiabilityShifted: false,
    handledByUserId: ref('user_profiles'),
    closedAt: new Date('2024-08-02T10:00:00Z'),
    outcome: 'evidence_accepted',
    sourceUpdatedAt: new Date('2024-08-02T10:00:03Z'),
  }),

  payment_webhooks: (ref) => ({
    gatewayId: ref('payment_gateways'),
    providerEventId: 'evt_3PJqAbLkdIwHu7ix1kLmNoPq',
    eventType: 'payment_intent.succeeded',
    apiVersion: '2024-04-10',
    relatedObjectId: 'pi_3PJqAbLkdIwHu7ix1Gx2yZ9Q',
    occurredAt: new Date('2024-05-20T11:02:05Z'),
    receivedAt: new Date('2024-05-20T11:02:06Z'),
    deliveryAttempt: 1,
    signatureVerified: true,
    sourceIp: '54.187.174.169',
    payload: {
      id: 'evt_3PJqAbLkdIwHu7ix1kLmNoPq',
      type: 'payment_intent.succeeded',
      livemode: true,
      data: { object: { id: 'pi_3PJqAbLkdIwHu7ix1Gx2yZ9Q', amount_received: 20430, currency: 'eur', status: 'succeeded' } },
    },
    payloadSha256: '5d41c3a7e0f9b2846d1e8c7f3a2b9d0e4f6a8c1b3d5e7f9a0b2c4d6e8f0a1b3c',
    processingStatus: 'processed',
    processedAt: new Date('2024-05-20T11:02:06Z'),
  }),

  payment_fees: (ref) => ({
    gatewayId: ref('payment_gateways'),
    captureId: ref('payment_captures'),
    processorBalanceTransactionId: 'txn_3PJqAbLkdIwHu7ix1QwErTyU',
    feeType: 'processing',
    // EEA card: 1.5% of EUR 204.30 + EUR 0.25 = EUR 3.31.
    amount: '3.31',
    currency: 'EUR',
    ratePercent: '1.5000',
    fixedAmount: '0.25',
    isReversal: false,
    incurredAt: new Date('2024-05-20T11:02:05Z'),
    availableOn: '2024-05-22',
    sourceUpdatedAt: new Date('2024-05-20T11:02:05Z'),
  }),

  payment_reconciliation: (ref) => ({
    gatewayId: ref('payment_gateways'),
    processorPayoutId: 'po_1PKc2ZLkdIwHu7ixR5tY7uI8',
    lineNumber: 1,
    settledOn: '2024-05-22',
    lineType: 'charge',
    processorReference: 'txn_3PJqAbLkdIwHu7ix1QwErTyU',
    captureId: ref('payment_captures'),
    expectedAmount: '204.30',
    settledAmount: '204.30',
    currency: 'EUR',
    status: 'matched',
    sourceUpdatedAt: new Date('2024-05-22T06:00:00Z'),
  }),
};

const f = paymentsFixtures;

export const paymentsInvalidRows: InvalidRow[] = [
  {
    table: 'payment_gateways',
    field: 'provider',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.payment_gateways!(ref), provider: 'stripe_connect' }),
  },
  {
    table: 'payment_gateways',
    field: 'supportedCurrencies',
    why: 'a currency code in lower case',
    row: (ref) => ({ ...f.payment_gateways!(ref), supportedCurrencies: ['EUR', 'gbp'] }),
  },
  {
    table: 'payment_gateways',
    field: 'merchantCategoryCode',
    why: 'merchant category code is not four digits',
    row: (ref) => ({ ...f.payment_gateways!(ref), merchantCategoryCode: '742' }),
  },
  {
    table: 'payment_methods',
    field: 'processorMethodId',
    why: 'missing required field',
    row: (ref) => ({ ...f.payment_methods!(ref), processorMethodId: undefined }),
  },
  {
    table: 'payment_methods',
    field: 'lastFour',
    why: 'last four is five digits (a card number is never stored)',
    row: (ref) => ({ ...f.payment_methods!(ref), lastFour: '42424' }),
  },
  {
    table: 'payment_methods',
    field: 'brand',
    why: 'a card brand on a SEPA direct debit',
    row: (ref) => ({ ...f.payment_methods!(ref), methodType: 'sepa_debit', wallet: undefined }),
  },
  {
    table: 'recurring_payment_schedules',
    field: 'paymentPlanId',
    why: 'a schedule for both a subscription and a plan',
    row: (ref) => ({ ...f.recurring_payment_schedules!(ref), paymentPlanId: ref('payment_plans') }),
  },
  {
    table: 'recurring_payment_schedules',
    field: 'intervalCount',
    why: 'zero intervals between charges',
    row: (ref) => ({ ...f.recurring_payment_schedules!(ref), intervalCount: 0 }),
  },
  {
    table: 'payment_authorizations',
    field: 'amount',
    why: 'negative amount',
    row: (ref) => ({ ...f.payment_authorizations!(ref), amount: '-250.00' }),
  },
  {
    table: 'payment_authorizations',
    field: 'currency',
    why: 'wrong currency code',
    row: (ref) => ({ ...f.payment_authorizations!(ref), currency: 'eur' }),
  },
  {
    table: 'payment_authorizations',
    field: 'transactionId',
    why: 'malformed uuid',
    row: (ref) => ({ ...f.payment_authorizations!(ref), transactionId: 'pi_3PJqAbLkdIwHu7ix1Gx2yZ9Q' }),
  },
  {
    table: 'payment_authorizations',
    field: 'expiresAt',
    why: 'the hold lapses before it was placed',
    row: (ref) => ({ ...f.payment_authorizations!(ref), expiresAt: new Date('2024-05-13T09:20:40Z') }),
  },
  {
    table: 'payment_captures',
    field: 'amount',
    why: 'a zero capture',
    row: (ref) => ({ ...f.payment_captures!(ref), amount: '0.00' }),
  },
  {
    table: 'payment_captures',
    field: 'transactionId',
    why: 'a succeeded capture without the transaction it settled',
    row: (ref) => ({ ...f.payment_captures!(ref), transactionId: undefined }),
  },
  {
    table: 'payment_voids',
    field: 'reason',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.payment_voids!(ref), reason: 'customer_changed_mind' }),
  },
  {
    table: 'payment_disputes',
    field: 'status',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.payment_disputes!(ref), status: 'pending' }),
  },
  {
    table: 'payment_disputes',
    field: 'reasonCode',
    why: 'not a card network reason code',
    row: (ref) => ({ ...f.payment_disputes!(ref), reasonCode: 'services not received' }),
  },
  {
    table: 'payment_disputes',
    field: 'outcome',
    why: 'closed without an outcome',
    row: (ref) => ({ ...f.payment_disputes!(ref), outcome: undefined }),
  },
  {
    table: 'payment_webhooks',
    field: 'payloadSha256',
    why: 'digest is not lower-case hex SHA-256',
    row: (ref) => ({ ...f.payment_webhooks!(ref), payloadSha256: 'SHA256:5d41c3a7' }),
  },
  {
    table: 'payment_webhooks',
    field: 'processingStatus',
    why: 'processed although its signature was not verified',
    row: (ref) => ({ ...f.payment_webhooks!(ref), signatureVerified: false }),
  },
  {
    table: 'payment_fees',
    field: 'refundId',
    why: 'a fee on nothing',
    row: (ref) => ({ ...f.payment_fees!(ref), captureId: undefined }),
  },
  {
    table: 'payment_fees',
    field: 'feeType',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.payment_fees!(ref), feeType: 'stripe_fee' }),
  },
  {
    table: 'payment_reconciliation',
    field: 'settledAmount',
    why: 'matched although settled and expected differ',
    row: (ref) => ({ ...f.payment_reconciliation!(ref), settledAmount: '201.00' }),
  },
  {
    table: 'payment_reconciliation',
    field: 'lineNumber',
    why: 'line numbers start at 1',
    row: (ref) => ({ ...f.payment_reconciliation!(ref), lineNumber: 0 }),
  },
  {
    table: 'payment_reconciliation',
    field: 'captureId',
    why: 'a fee line pointing at a capture',
    row: (ref) => ({ ...f.payment_reconciliation!(ref), lineType: 'fee' }),
  },
];

/** This package's catalog, fixtures and invalid rows, for the generic per-table suite. */
export const paymentsFixtureSet: FixtureSet = { catalog: paymentsCatalog, fixtures: paymentsFixtures, invalidRows: paymentsInvalidRows };
