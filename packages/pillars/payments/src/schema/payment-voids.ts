import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  onlyWhen,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PAYMENT_VOID_REASONS, PAYMENT_VOID_STATUSES } from '../constants.ts';
import { paymentAuthorizations } from './payment-authorizations.ts';

/**
 * A release of an authorisation's hold, whole or the part no capture took (an authorisation reversal): the funds
 * go back to the cardholder's available balance, no money moved. Released plus captured never exceeds what was
 * authorised (a deferred trigger, reconciliation.ts); one succeeded void per authorisation. Upserted on
 * (authorization_id, processor_void_id).
 */
export const paymentVoids = domainTable(
  'payment_voids',
  {
    id: id(),
    /** A financial record pointing at a financial record (RESTRICT). */
    authorizationId: uuid()
      .notNull()
      .references(() => paymentAuthorizations.id, { onDelete: 'restrict' }),
    /** The processor's id of the release: Adyen's cancel pspReference, or the id of the event that reported it. */
    processorVoidId: text().notNull(),
    reason: textEnum(PAYMENT_VOID_REASONS).notNull(),
    status: textEnum(PAYMENT_VOID_STATUSES).notNull().default('pending'),
    /** What is released, in the authorisation's currency. */
    amount: money().notNull(),
    currency: currency(),
    /** The processor released the hold by itself (it lapsed), rather than on the platform's request. */
    isAutomatic: boolean().notNull().default(false),
    /** Who asked for the release: a credit (SET NULL). */
    requestedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    requestedAt: timestamptz().notNull().defaultNow(),
    voidedAt: timestamptz(),
    failureCode: text(),
    /** When the processor last changed the void: an older webhook never overwrites a newer state. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('payment_voids_authorization_id_processor_void_id_key').on(t.authorizationId, t.processorVoidId),
    /** An authorisation is released once. */
    uniqueIndex('payment_voids_succeeded_key')
      .on(t.authorizationId)
      .where(sql`${t.status} = 'succeeded'`),
    index('payment_voids_requested_by_user_id_idx').on(t.requestedByUserId),
    formatCheck(t.processorVoidId, EXTERNAL_ID),
    positive(t.amount),
    requiredWhen(t.voidedAt, t.status, 'succeeded', { name: 'payment_voids_voided_at_check' }),
    inOrder(t.requestedAt, t.voidedAt, { name: 'payment_voids_voided_after_requested_check', message: 'must not be before requestedAt' }),
    onlyWhen(t.failureCode, t.status, 'failed', { name: 'payment_voids_failure_code_check' }),
  ],
);
