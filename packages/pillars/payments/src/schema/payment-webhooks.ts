import {
  createdAt,
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  isAbsent,
  jsonObject,
  positive,
  requiredWhen,
  SHA256_HEX,
  textEnum,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, index, inet, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PAYMENT_WEBHOOK_EVENT_TYPE, PAYMENT_WEBHOOK_STATUSES } from '../constants.ts';
import { paymentGateways } from './payment-gateways.ts';

/** A provider's event as delivered: its envelope and object, whatever the provider and event type. */
export type PaymentWebhookPayload = Record<string, unknown>;

/**
 * Every webhook delivery a gateway received, append-only (the database refuses UPDATE and DELETE): the evidence of
 * what the processor told the platform. A delivery is logged once handled, in the transaction of its effects,
 * with what became of it (`processingStatus`). The event's single application is keyed on (gateway_id,
 * provider_event_id) among `processed` and `ignored` rows: a re-delivered event is inserted with
 * `ON CONFLICT DO NOTHING`, which inserts nothing, so the transaction knows it is a duplicate and undoes its
 * effects. Failed and rejected deliveries are logged as often as they come. High volume: a BRIN index on
 * `received_at` and `purge_payment_webhooks()` (540 days, database-objects.ts).
 */
export const paymentWebhooks = domainTable(
  'payment_webhooks',
  {
    id: id(),
    /** RESTRICT: a log row's foreign keys cannot write (append-only). */
    gatewayId: uuid()
      .notNull()
      .references(() => paymentGateways.id, { onDelete: 'restrict' }),
    /** The provider's event id (Stripe evt_..., Adyen's eventCode + pspReference, PayPal WH-...). */
    providerEventId: text().notNull(),
    eventType: text().notNull(),
    /** The provider's API version the payload is rendered in. */
    apiVersion: text(),
    /** The processor object the event is about, e.g. pi_3PJq..., dp_1PNa...: an object's events in order. */
    relatedObjectId: text(),
    /** When the provider created the event. */
    occurredAt: timestamptz(),
    receivedAt: timestamptz().notNull().defaultNow(),
    /** The provider's delivery attempt number, when it says (Stripe and Adyen retry for days). */
    deliveryAttempt: smallint(),
    /** The signature header checked against the endpoint's secret. */
    signatureVerified: boolean().notNull(),
    /** The provider's server address (checked against its published ranges). */
    sourceIp: inet(),
    /** The body as received: open-ended by provider and event type. Purged with the row. */
    payload: jsonObject<PaymentWebhookPayload>(),
    /** SHA-256 of the raw body, as signed. */
    payloadSha256: text().notNull(),
    processingStatus: textEnum(PAYMENT_WEBHOOK_STATUSES).notNull(),
    processedAt: timestamptz(),
    /** Why the handler failed or the delivery was rejected. */
    failureReason: text(),
    ...createdAt(),
  },
  (t) => [
    /** One application of an event: a re-delivery is recognised and ignored. */
    uniqueIndex('payment_webhooks_provider_event_id_key')
      .on(t.gatewayId, t.providerEventId)
      .where(sql`${t.processingStatus} in ('processed', 'ignored')`),
    index('payment_webhooks_related_object_idx').on(t.gatewayId, t.relatedObjectId, t.receivedAt),
    /** The log is written in time order: a BRIN index serves time ranges (and the purge) at a fraction of a btree. */
    index('payment_webhooks_received_at_idx').using('brin', t.receivedAt),
    /** Deliveries that failed, for the replay tool. */
    index('payment_webhooks_failed_idx')
      .on(t.receivedAt)
      .where(sql`${t.processingStatus} = 'failed'`),
    formatCheck(t.providerEventId, EXTERNAL_ID),
    formatCheck(t.eventType, PAYMENT_WEBHOOK_EVENT_TYPE),
    formatCheck(t.relatedObjectId, EXTERNAL_ID),
    positive(t.deliveryAttempt),
    formatCheck(t.payloadSha256, SHA256_HEX),
    customCheck('payment_webhooks_signature_check', sql`${t.signatureVerified} or ${t.processingStatus} = 'rejected'`, {
      columns: [t.signatureVerified, t.processingStatus],
      column: t.processingStatus,
      message: 'must be rejected when the signature was not verified',
      holds: (row) => isAbsent(row.signature_verified) || row.signature_verified === true || isAbsent(row.processing_status) || row.processing_status === 'rejected',
      violations: [
        { signature_verified: false, processing_status: 'processed' },
        { signature_verified: false, processing_status: 'failed' },
      ],
    }),
    requiredWhen(t.processedAt, t.processingStatus, 'processed', { name: 'payment_webhooks_processed_at_check' }),
    inOrder(t.receivedAt, t.processedAt, { name: 'payment_webhooks_processed_after_received_check', message: 'must not be before receivedAt' }),
    requiredWhen(t.failureReason, t.processingStatus, 'failed', { name: 'payment_webhooks_failure_reason_check', message: 'a failed delivery says why' }),
    requiredWhen(t.failureReason, t.processingStatus, 'rejected', { name: 'payment_webhooks_rejection_reason_check', message: 'a rejected delivery says why' }),
  ],
);
