import { appendOnly, type DatabaseObject, purgeOlderThan } from '@db/core';
import { paymentsSettlement } from './reconciliation.ts';
import { paymentWebhooks } from './schema/payment-webhooks.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry:
 * - the settlement of an authorisation: captures plus released voids within the amount authorised, in its currency
 *   (deferred constraint triggers, reconciliation.ts);
 * - `payment_webhooks` as evidence: the database refuses UPDATE and DELETE (SQLSTATE 23001), and
 *   `purge_payment_webhooks(before timestamptz default now() - 540 days)` is the only DELETE its trigger lets
 *   through, run nightly by a scheduler. 540 days is the longest card-scheme dispute window (Visa and Mastercard
 *   allow some chargebacks up to 540 days after processing): past it no delivery is evidence for anything, and the
 *   payloads (which carry customers' names and emails) have no reason to stay. The financial facts the deliveries
 *   reported live on in authorisations, captures, disputes and the @db/purchases ledger.
 */
export const paymentsDatabaseObjects: readonly DatabaseObject[] = [
  ...paymentsSettlement,
  ...appendOnly(paymentWebhooks),
  ...purgeOlderThan(paymentWebhooks, paymentWebhooks.receivedAt, '540 days'),
];
